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
  /** For a version made by `createVersion`: its release markers, dates as month-day ("0813"). */
  versionKey?: string;
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
 * Release markers sources append to a model's name for one version of it: dates
 * (`-2024-12-17`, `-20241022`, `-02-24`, `-0813`, `-11-25-2024`) and checkpoint qualifiers
 * (`-Preview`, `-Exp`, `-beta`, `-bf16`, `-high`). A name made of a known model's name plus
 * such markers is a version (child) of that model: see `ModelRegistry.variantOf`.
 * Four-digit codes count only as month-day (`0813`); `2407` (Mistral's year-month) is a
 * release name of its own, not a date.
 */
const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const SUFFIXES: RegExp[] = [
  /[-_ ]\(?(\d{4}-\d{2}-\d{2})\)?$/,
  /[-_ ]\(?(20\d{6})\)?$/,
  /[-_ ](\d{2}-\d{2}-20\d{2})$/,
  new RegExp(`[-_ ](${MONTH}-${DAY})$`),
  new RegExp(`[-_ ](${MONTH}${DAY})$`),
  /[-_ ]\(?(preview|exp|experimental|beta|latest|bf16|fp8|fp16|int8|int4|high|medium|low)\)?$/i,
];
/** Organisation prefixes ("meta-llama/…", "Meta-Llama-…") in front of a known model's name. */
const ORG_PREFIX = /^(?:[A-Za-z0-9_.-]+\/|Meta[- ](?=Llama))/i;
/** "Mistral-Small-24B-Instruct-2501" names the same release as the endpoint "mistral-small-2501". */
const SIZED_RELEASE = /^(.+?)[-_ ]\d+(?:\.\d+)?B[-_ ]Instruct[-_ ](\d{4})$/i;

/** Month-day key of a date marker ("2024-08-13", "20240813", "08-13", "0813" → "0813"). */
function dateKey(part: string): string {
  let m = /^\d{4}-(\d{2})-(\d{2})$/.exec(part) ?? /^20\d{2}(\d{2})(\d{2})$/.exec(part);
  m ??= /^(\d{2})-(\d{2})(?:-20\d{2})?$/.exec(part) ?? /^(\d{2})(\d{2})$/.exec(part);
  return m ? `${m[1]}${m[2]}` : part.toLowerCase();
}

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

  /**
   * Lookup that also tries the name without an organisation prefix ("meta-llama/…",
   * "Meta-Llama-3.1-…") and a sized release name reduced to its endpoint
   * ("Mistral-Small-24B-Instruct-2501" → "mistral-small-2501").
   */
  private lookupRelated(name: string): DraftModel | undefined {
    const org = ORG_PREFIX.exec(name);
    const bare = org ? name.slice(org[0].length) : undefined;
    const sized = SIZED_RELEASE.exec(name);
    return (
      (bare && /^[a-z]/i.test(bare) ? this.lookup(bare) : undefined) ??
      (sized ? this.lookup(`${sized[1]}-${sized[2]}`) : undefined)
    );
  }

  /**
   * The known model a name is a version of: strips release markers (SUFFIXES) from the end one
   * at a time until the rest names a known model ("Grok-3-Preview-02-24" → Grok-3, label
   * "Preview-02-24"; "o1-2024-12-17" → o1; "claude-3-5-sonnet-20241022" → Claude 3.5 Sonnet).
   */
  variantOf(name: string): { parent: DraftModel; label: string; key: string } | undefined {
    let base = name.trim();
    const parts: string[] = [];
    for (;;) {
      const m = SUFFIXES.map((re) => re.exec(base)).find((x) => x !== null);
      if (!m) return undefined;
      parts.unshift(m[1]);
      base = base.slice(0, m.index).trim();
      const parent = this.lookup(base) ?? this.lookupRelated(base);
      if (parent) return { parent, label: parts.join('-'), key: parts.map(dateKey).join('-') };
    }
  }

  private versionKeyOf(m: DraftModel): string | undefined {
    if (m.versionKey !== undefined || !m.parent) return m.versionKey;
    const v = this.variantOf(m.name);
    return v && v.parent.id === m.parent ? v.key : undefined;
  }

  /**
   * Creates a model for an unknown name; a name that is a known model plus release markers
   * becomes its child (`parent` + `variantLabel`), or joins the sibling with the same markers
   * that another source spelled differently ("Grok-2-08-13" = "grok-2-0813" = "grok-2-2024-08-13").
   * The child id follows the parent's id ("claude-3-5-sonnet-20241022" → claude-3.5-sonnet-20241022),
   * so one model never gets two ids from two version spellings.
   */
  createVersion(name: string, sourceId: string, fields: Partial<DraftModel> = {}): DraftModel {
    const v = fields.parent ? undefined : this.variantOf(name);
    if (!v) return this.create(name, fields);
    for (const x of this.models.values())
      if (x.parent === v.parent.id && !x.seenIn.has(sourceId) && this.versionKeyOf(x) === v.key) {
        x.names.add(name);
        this.index(name, x.id);
        return x;
      }
    const id = `${v.parent.id}-${modelIdFromName(v.label)}`;
    const display = modelIdFromName(name) === id ? name : `${v.parent.name} (${v.label})`;
    const m = this.create(display, {
      family: v.parent.family,
      vendor: v.parent.vendor,
      ...fields,
      parent: v.parent.id,
      variantLabel: v.label,
    });
    m.versionKey = v.key;
    if (display !== name) {
      m.names.add(name);
      this.index(name, m.id);
    }
    return m;
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
        let base = this.lookup(baseName) ?? this.lookupRelated(baseName);
        if (!base && opts.createIfMissing) base = this.createVersion(baseName, sourceId, opts.create);
        if (base) {
          found = isEffort ? base : (this.thinkingChild(base) ?? base);
          setting = isEffort
            ? `${m[1].toLowerCase()} reasoning effort`
            : `${m[1].toUpperCase()} thinking budget`;
        }
      }
    }
    if (!found) {
      // Another spelling of a model no row of this source named yet.
      const related = this.lookupRelated(name);
      if (related && !related.seenIn.has(sourceId)) found = related;
    }
    if (!found) {
      if (!opts.createIfMissing) return undefined;
      found = this.createVersion(name, sourceId, opts.create);
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
