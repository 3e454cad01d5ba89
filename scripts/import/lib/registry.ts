import type { Model } from '../../../lib/factbase/schema';
import { aliasKey } from '../../../lib/factbase/aliases';
import { modelIdFromName } from '../../../lib/factbase/model-ids';
import { CORE_MODELS, NAME_SETTINGS, type CoreModel } from '../curated/core-models';

/** A model as the importers build it: schema fields plus every raw name the sources used. */
export interface DraftModel extends Omit<Model, 'aliases'> {
  names: Set<string>;
  familyNames: Set<string>;
  core: boolean;
  /** Source ids that mention the model (for the report). */
  seenIn: Set<string>;
}

export interface Resolved {
  model: DraftModel;
  setting?: string;
  extra?: Record<string, string>;
}

/** Source spellings carrying a thinking budget or reasoning effort suffix ("_64K", "_high"). */
const BUDGET = /_(\d+K)$/i;
const EFFORT = /(?:_|\s*\()(high|medium|low|minimal)\)?$/i;
/** Serving provider prefixes in run names ("chutes/…"): the provider goes to `extra`. */
const PROVIDER = /^(chutes|together|fireworks|deepinfra|openrouter|nvidia_nim|groq)\//i;
const AIDER_THINKING = /\s*\((\d+k) thinking(?: tokens)?\)$/i;

const looseKey = (name: string) => aliasKey(name).replace(/[().]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * One identity per model across sources. Names are looked up by `aliasKey` (case and
 * separator-insensitive); an unknown name creates a model whose id is derived from the name.
 */
export class ModelRegistry {
  readonly models = new Map<string, DraftModel>();
  private readonly byKey = new Map<string, string>();
  /** Keys two different source rows claimed: never resolved by name again. */
  readonly ambiguous = new Map<string, string[]>();

  constructor(core: CoreModel[] = CORE_MODELS) {
    for (const c of core) {
      const { names, familyNames, ...rest } = c;
      const m: DraftModel = {
        ...rest,
        names: new Set(names),
        familyNames: new Set(familyNames ?? []),
        core: true,
        seenIn: new Set(),
      };
      this.models.set(m.id, m);
      for (const n of [m.id, m.name, ...names]) this.index(n, m.id);
    }
  }

  /** Looser key: also ignores parentheses and dots ("Claude 3.5 Sonnet (20241022)" = "claude-3-5-sonnet-20241022"). */
  private readonly byLoose = new Map<string, string | null>();

  private index(name: string, id: string): void {
    const lk = looseKey(name);
    if (lk) {
      const prev = this.byLoose.get(lk);
      if (prev === undefined) this.byLoose.set(lk, id);
      else if (prev !== null && prev !== id) {
        const core = [prev, id].filter((x) => this.models.get(x)?.core);
        this.byLoose.set(lk, core.length === 1 ? core[0] : null);
      }
    }
    const k = aliasKey(name);
    if (!k || this.ambiguous.has(k)) return;
    const prev = this.byKey.get(k);
    if (prev && prev !== id) {
      // Core wins over generated; otherwise the key is ambiguous and resolves to nobody.
      if (this.models.get(prev)?.core) return;
      if (this.models.get(id)?.core) {
        this.byKey.set(k, id);
        return;
      }
      this.byKey.delete(k);
      this.ambiguous.set(k, [prev, id]);
      return;
    }
    this.byKey.set(k, id);
  }

  lookup(name: string): DraftModel | undefined {
    const k = aliasKey(name);
    const id = this.byKey.get(k) ?? (this.ambiguous.has(k) ? undefined : this.byLoose.get(looseKey(name)));
    return id ? this.models.get(id) : undefined;
  }

  get(id: string): DraftModel | undefined {
    return this.models.get(id);
  }

  /** Finds (or, with `create`, makes) the model a source name refers to, plus any setting it implies. */
  resolve(
    rawName: string,
    sourceId: string,
    opts: {
      create?: Partial<Omit<DraftModel, 'names' | 'familyNames' | 'core' | 'seenIn'>>;
      createIfMissing?: boolean;
    } = {},
  ): Resolved | undefined {
    let name = rawName.trim();
    const fixed = NAME_SETTINGS[name];
    let found = this.lookup(name);
    let setting = fixed?.setting;
    const extra: Record<string, string> | undefined = fixed?.extra ? { ...fixed.extra } : undefined;
    let provider: string | undefined;
    if (!found) {
      const p = PROVIDER.exec(name);
      if (p) {
        provider = p[1].toLowerCase();
        name = name.slice(p[0].length);
        found = this.lookup(name);
      }
    }
    if (!found) {
      const thinking = BUDGET.exec(name) ?? AIDER_THINKING.exec(name);
      const effort = thinking ? null : EFFORT.exec(name);
      const m = thinking ?? effort;
      if (m) {
        const baseName = name.slice(0, m.index).trim();
        const isEffort = effort !== null;
        let base = this.lookup(baseName);
        if (!base && opts.createIfMissing) base = this.create(baseName, opts.create);
        if (base) {
          found = isEffort ? base : (this.thinkingChild(base) ?? base);
          setting = isEffort
            ? `${m[1].toLowerCase()} reasoning effort`
            : `${m[1].toUpperCase()} thinking budget`;
        }
      }
    }
    if (!found) {
      if (!opts.createIfMissing) return undefined;
      found = this.create(name, opts.create);
    } else if (!found.names.has(name) && !provider && !setting) {
      found.names.add(name);
      this.index(name, found.id);
    }
    if (provider) return this.finish(found, sourceId, setting, { ...(extra ?? {}), provider });
    return this.finish(found, sourceId, setting, extra);
  }

  private finish(
    model: DraftModel,
    sourceId: string,
    setting?: string,
    extra?: Record<string, string>,
  ): Resolved {
    model.seenIn.add(sourceId);
    return { model, setting, extra };
  }

  private thinkingChild(m: DraftModel): DraftModel | undefined {
    for (const x of this.models.values())
      if (x.parent === m.id && /thinking/i.test(x.variantLabel ?? '')) return x;
    return undefined;
  }

  /** Creates a model for a name no curated entry or earlier source knows. Ids stay unique. */
  create(name: string, fields: Partial<DraftModel> = {}): DraftModel {
    const baseId = modelIdFromName(name);
    let id = baseId;
    for (let i = 2; this.models.has(id); i++) id = `${baseId}-${i}`;
    const m: DraftModel = {
      id,
      name,
      status: 'released',
      ...fields,
      names: new Set([name]),
      familyNames: new Set(),
      core: false,
      seenIn: new Set(),
    };
    this.models.set(id, m);
    this.index(name, id);
    if (id !== baseId) this.ambiguous.set(aliasKey(name), [baseId, id]);
    return m;
  }
}
