/** Public API of the claim engine (browser- and Node-safe; no linkedom here). */
export { createClaimEngine, createContext, type ClaimEngine, type EngineContext } from './engine';
export {
  extractDocument,
  extractBlocks,
  docFromText,
  type DocText,
  type Block,
  type Table,
  type TableCell,
  type Segment,
} from './extract-text';
export { findPageDate } from './page-date';
export { foldText, nameKey } from './fold-text';
export { parseQuantityAt, findQuantities, type Quantity } from './parse-quantity';
export type { Claim, ModelDictionary } from './types';
