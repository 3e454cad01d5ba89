/**
 * The claim engine: dictionary in, claims out. Built once per dictionary;
 * works block by block (sentences never span blocks), carrying an article
 * context (families named so far, the last model for "it"/"the model").
 */
import type { Hedge } from '../factbase/metrics';
import { findComparisonVerbs, GAP_STOP, LIST_GAP, OBJECT_GAP } from './comparisons';
import {
  ATTRIBUTE_AFTER,
  ATTRIBUTE_OF_NAME,
  COMMA_THEN_VERB,
  FIGURE_FOR_NAME,
  ATTRIBUTE_SUBJECT,
  ELIDED_OBJECT,
  EVERY_OTHER_INCLUDING,
  FIGURE_OF_OBJECT,
  MUTUAL_TIE,
  OTHER_MAKERS_MODEL,
  PLURAL_POINTER_SUBJECT,
  POSSESSIVE_ATTRIBUTE,
  PRONOUN_OBJECT,
  SUBJECTLESS_CLAUSE,
} from './comparison-shapes';
import { buildDictionaryIndex, type DictionaryIndex } from './dictionary-index';
import { docFromText, type DocText } from './extract-text';
import { foldSlice, foldText } from './fold-text';
import { hedgeBefore, isReported, joinKind } from './hedges';
import { maskNames } from './mask-names';
import { familiesNamed, resolveMentions, type BenchmarkMention, type ModelMention } from './mentions';
import { classifyQuantity, readsModelJustBefore, type Cue } from './metric-cues';
import { findQuantities, findWordQuantities, type Quantity } from './parse-quantity';
import { pointThousands } from './point-thousands';
import { detectNumberLocale, setNumberLocale, type NumberLocale } from './number-locale';
import { readTable } from './read-tables';
import { dropContrastTwins } from './contrast-figure';
import { isDateline } from './dateline';
import { isFamilyTotal } from './family-total';
import { isTrainingRate, tooSmallWindow, totalBeforeActive } from './figure-sanity';
import { isTestLength } from './test-length';
import { asideHead, secondPredicate, whoseOwner } from './aside-owner';
import { multipleYardstick, notComparisonSubject } from './comparison-subject';
import { isUsageLength } from './usage-length';
import { relativeReleaseOwner } from './relative-release';
import {
  humanScore,
  isCheckpointNamePart,
  isPerItemCount,
  isYear,
  isPriorValue,
  isSumOfEarlier,
  isWholeOfPart,
} from './figure-roles';
import {
  fieldCountMetric,
  isFieldLabel,
  isCountMetric,
  readField,
  splitField,
  splitFields,
  type FieldSpan,
  type FieldValue,
} from './field-lists';
import { splitSentences } from './sentences';
import { findDates, findLicenses } from './dates-licenses';
import { licenceBrandClash } from './licence-brand';
import { noteUnreleased } from './unreleased-models';
import { followedOwner, gappedDateOwner, relativeDateOwner } from './gapped-date';
import { isRunSetting, isSumFigure } from './incidental-figures';
import { isVersionBeforeTier, versionWords } from './version-words';
import { versionedShortNames, versionedTails } from './versioned-short-names';
import { bareShortNameIndex, bareShortNames } from './bare-short-names';
import { variantRefs } from './variant-ref';
import { possessiveInPhrase, sharedYardstick } from './shared-yardstick';
import { yardstickOwner } from './yardstick-owner';
import { alongsideNames } from './follow-release';
import { hasForeignUnit } from './foreign-units';
import { centsRangeLow } from './shared-units';
import { listGap, pairLead, pairSubjects } from './shared-subject';
import { isSizeClass } from './size-class';
import { measuresOther, ownEvalFigure } from './other-measures';
import { forUnnamedOther } from './unnamed-other-owner';
import { relativeOwner } from './relative-owner';
import { appositiveOwner } from './appositive-owner';
import { restatedFigure } from './restated-figure';
import { parallelScore } from './parallel-scores';
import { respectiveScores } from './respective-scores';
import { respectiveModels } from './respective-models';
import { scoreSetting } from './score-setting';
import { sameSetting, windowSetting } from './window-setting';
import { unknownScoreOwner } from './unknown-score-owner';
import { restatedCue, restatedScores, rewindScores, scoreShaped } from './restated-score';
import { carriedBenchmark, noteBlockBenchmarks, type BenchmarkScope } from './carried-benchmark';
import { citedVendors, familiesByVendor, leadingVendor, ownedBy, usedVendor } from './vendor-cues';
import { FAMILY_METRICS, familyOwner, familySentenceSubject } from './family-claims';
import { isNameSize, sizeInName } from './name-size';
import { siblingOf, siblingSubject } from './sibling-ref';
import { coordinatedVerb, humanScorer, interruptionEnd, possessivePhrase } from './clause-subject';
import { relabelShareOfWhole } from './share-of-whole';
import { closesFrontedComparison } from './fronted-comparison';
import { buildLineFlagships, lineObjectFrom } from './line-flagship';
import { modePair } from './mode-siblings';
import { snapshotTails } from './snapshot-tail';
import { advertisedWindow } from './advertised-window';
import { windowByTopic } from './window-topic';
import { pastClauseBreak } from './trailing-clause';
import { tableNamesCarried } from './table-carry';
import { inOutFirst } from './in-out-pair';
import { restateQuotedHeading } from './quoted-heading';
import { correctedFigures } from './corrected-figure';
import { isJsSpace } from './js-space';
import { subHeadingKeepsSection } from './section-levels';
import type { Claim, ModelDictionary } from './types';

export interface EngineContext {
  /** Families the article has named so far (enables family-scoped aliases). */
  families: Set<string>;
  /** Last model named as a subject, for "it" / "the model". */
  lastModel: ModelMention | null;
  /** The coordinated subjects of that sentence ("Scout and Maverick"), for "both" / "they". */
  lastGroup: ModelMention[];
  /** Block index where lastModel was set. */
  lastModelBlock: number;
  /** Distinct subjects of the last sentence that named models (for "both"). */
  lastSubjects: ModelMention[];
  /** Distinct recent subjects, oldest first (for "both models"). */
  recent: ModelMention[];
  /** The model the current section's heading names (listicles, model cards). */
  sectionModel: ModelMention | null;
  /** The level of the heading that named sectionModel (sub-headings below it keep it). */
  sectionLevel?: number;
  /** The model the page's first heading names (null: it names none or several). */
  pageModel?: ModelMention | null;
  /** The article has mentioned the arena / Elo. */
  arenaSeen: boolean;
  /** A context window has been read in the article (bare "claims 128k" then means tokens). */
  contextSeen?: boolean;
  /** Last (non-arena) benchmark named in running text, for tables without one. */
  lastBenchmark?: string;
  /** Article publication date (YYYY-MM-DD), used for dates without a year. */
  pageDate?: string;
  /** A label-only list block just read (a <dt>), for the value block after it. */
  fieldLabel?: { block: number; text: string; heading?: boolean };
  /** First block of the current run of list blocks, and the kind of the last block scanned. */
  listStart?: number;
  prevKind?: string;
  /** The model a "Model: Gemma 3 27B" field named, for the rest of that list (`list` = its listStart). */
  listModel?: { model: ModelMention; list: number };
  /** How often each model has been a sentence subject (the article's topic is the most frequent). */
  subjectCounts?: Map<string, number>;
  maxSubjectCount?: number;
  secondSubjectCount?: number;
  topicId?: string;
  /** Distinct models named so far (objects too), newest last, at most 8: for "the mini model". */
  mentioned?: ModelMention[];
  /** Tables already read (so a table is read once even if several of its cells are scanned). */
  tablesDone: Set<object>;
  /** The page's title benchmark and the last benchmark named, for paragraphs that name none. */
  benchScope?: BenchmarkScope;
  /** The last block that named any model named only one (the model a following block may go on about). */
  soloModel?: string | null;
  /** The page's number typography ('eu': "128.000", "74,3 %"); unset until its text shows either. */
  numberLocale?: NumberLocale;
  /** A family that was the last sentence's subject ("Llama 4 refuses fewer prompts."), and that sentence's block. */
  familyTopic?: { mention: ModelMention; block: number; end: number } | null;
  /** A maker that opened a sentence naming no model ("DeepSeek was candid."), and that sentence's block. */
  vendorSubject?: { key: string; block: number } | null;
  /** Models the article calls unreleased or still in training (they have no licence). */
  unreleased?: Set<string>;
}

export function createContext(pageDate?: string): EngineContext {
  return {
    families: new Set(),
    lastModel: null,
    lastGroup: [],
    lastModelBlock: -1,
    lastSubjects: [],
    recent: [],
    sectionModel: null,
    arenaSeen: false,
    pageDate,
    tablesDone: new Set(),
  };
}

export interface ClaimEngine {
  index: DictionaryIndex;
  findClaims(doc: DocText, opts?: { pageDate?: string }): Claim[];
  findClaimsInText(text: string, opts?: { pageDate?: string }): Claim[];
  /** Incremental: scan only these blocks, carrying `ctx` between calls. */
  scanBlocks(doc: DocText, blockIndices: Iterable<number>, ctx: EngineContext): Claim[];
}

const BACKREF_RE =
  /(?:^|[^a-z])(?:it|its|it's|the model|this model|that model|the new model|the released model|the same model|the same version|(?:of|for) the same snapshot|this version|the smaller model|the larger model|the bigger model|the (?:new |released |experimental |open |smaller |larger |reasoning |flagship )?checkpoint|(?:[a-z]+'s|the|this) (?:(?:[a-z]+|fp\d+|bf16|int\d|\d-bit) ){0,2}(?:model|checkpoint|version|release)|the (?:[a-z]+ )?refresh)(?:[^a-z]|$)/;
/** BACKREF_RE behind a cheap look: every match holds "it" or ends in model, version, snapshot,
 *  checkpoint, release or refresh (most sentence heads hold neither and skip the regex).
 *  (one literal alternation: cheaper than seven substring searches) */
const BACKREF_CUE = /it|model|version|snapshot|checkpoint|release|refresh/;
const BACKREF = {
  test: (t: string): boolean => BACKREF_CUE.test(t) && BACKREF_RE.test(t),
};
/** "it", "its", "it's": a pronoun (binds to the last model named, unlike "the released model"). */
const PRONOUN = /(?:^|[^a-z])it(?:s|'s)?(?:[^a-z]|$)/;
/** Idioms whose "it" refers to no model ("for what it's worth", "it turns out", "make it clear"). */
const IDIOM_IT =
  /\b(?:for what it'?s worth|it (?:turns out|seems|appears|goes without saying)|(?:make|makes|made) it (?:clear|plain|easy|hard)|that said)\b/g;
const GROUP_REF =
  /(?:^|[^a-z])(?:both|they|the two|both models|the two models|these models|each)(?:[^a-z]|$)/;
const OBJECT_BEFORE =
  /\b(?:than|ahead of|vs\.?|versus|against|compared (?:to|with)|relative to|like|unlike|beats?|beating|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|trails?|matches|rivals?|over|behind|same as|as|times|from|above|below|\d+(?:\.\d+)?x(?:\s+what)?|times what|building (?:on|upon)|based on|instead of|rather than|in place of|successor to|distilled from|derived from|including|such as|except(?: for)?|besides|other than|apart from|(?:second|next|only) to)\s*(?:both\s+|either\s+)?(?:the\s+|a\s+|an\s+)?(?:[a-z0-9]+'s\s+)?$/;
/** A comparison verb, a short name that is not a known model, then "and"/"or" before this one. */
const OBJECT_LIST_BEFORE =
  /\b(?:than|ahead of|vs\.?|versus|against|compared (?:to|with)|beats?|beating|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|trails?|trailing|behind|rivals?)\s+(?:both\s+|either\s+)?(?:the\s+)?(?!(?:it|its|them|on|in|at|for|with|by|to|of|the|and|or|but|while|most|all|every|many)\b)[a-z][\w.-]*(?:\s+(?!(?:on|in|at|for|with|by|to|of|the|and|or|but|while|it|its)\b)[\w.-]+){0,2}\s*,?\s*(?:and|or)\s+$/;
/** "the compute behind Behemoth", "the team behind X": who or what made it, not a ranking. */
const BEHIND_MAKER =
  /\bthe\s+(?:team|teams|lab|company|firm|startup|people|engineers|researchers|compute|money|hardware|cluster|data|tech|technology|architecture|work|effort|group|idea|story)\s+behind\s+(?:the\s+)?$/;
/** ", Claude costs us": after an opening phrase, a capitalised subject (not a pointer) and a verb. */
const OWN_SUBJECT_AFTER =
  /^[^,.;:]{0,40},\s+(?!(?:It|Its|The|This|That|These|Those|They|We|I|You|He|She|And|But|So|Then|Now)\b)[A-Z][\w.-]*\s+(?:costs?|charges?|gets?|scores?|runs?|is|was|has|needs?|takes?|uses?)\b/;
const HAS_DIGIT = /\d/;
/** A sentence's figures when it has none (shared, never written to). */
const NO_QUANTITIES: readonly Quantity[] = [];
/** HAS_DIGIT.test(f.slice(s, e)) without the slice (ASCII digits, as \d). */
function hasDigitIn(f: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = f.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
/** Counts a writer may print once with a scale word and once in full ("2 million" / "900,000"). */
const COUNT_METRICS = new Set(['downloads', 'training_gpus', 'training_gpu_hours', 'context_window']);
/** "the whole thing is", "the entire model weighs", "a total of", "17B active out of 400B", "17B of its 109B":
 *  the whole a share was taken from. */
const WHOLE_BEFORE =
  /\b(?:the (?:whole|entire|full) (?:thing|model|network|checkpoint)(?:'s| is| was| has| weighs| comes to| totals?)?|(?:a|its|the) total (?:of|is|was)|in total (?:it has|there are)|(?:active\s+)?(?:out of|from a pool of|of (?:its|the|a)(?: total)?)|(?:active\s+)?of)\s+(?:(?:about|around|roughly|nearly|some|over)\s+)?$/;
/** ", first released on December 11, 2024," right after a name: a description set off by commas. */
const APPOSITIVE = /^,\s*(?:[a-z][^,;()]{0,24}\s(?:on|in)\s[^;()]{0,24}|(?:the|a|an)\s[^,;()\d]{0,40}),\s*/;
/** "Gemma 3 and ", "Qwen2.5-72B, ": a list joint right before a name. */
const SENTENCE_GAP = /[.!?;:]\s/;
const LIST_JOINT = /\s*(?:,\s*(?:and\s+|or\s+)?|\band\s+|\bor\s+)$/;
/** "beats Gemma 3 and <name>": the name before the joint (one to three words, with a version digit) is an object. */
function unlistedObject(before: string): boolean {
  // (LIST_JOINT ends in ",", "and" or "or", then spaces: a look at the last other character first)
  let k = before.length - 1;
  while (k >= 0 && (before.charCodeAt(k) === 32 || (before.charCodeAt(k) >= 9 && before.charCodeAt(k) <= 13)))
    k--;
  const last = k >= 0 ? before.charCodeAt(k) : 0;
  if (last !== 44 && last !== 100 && last !== 114 && last < 128) return false;
  const j = LIST_JOINT.exec(before);
  if (!j) return false;
  // the name is the last one, two or three words before the joint (found from the spaces before it,
  // not by splitting and re-joining the words: the cheap tests first, for every name there)
  for (let k = 1, p = j.index; k <= 3 && p > 0; k++) {
    p = before.lastIndexOf(' ', p - 1);
    if (p < 0) break;
    const c = before.charCodeAt(p + 1);
    if (
      c >= 97 &&
      c <= 122 &&
      HAS_DIGIT.test(before.slice(p + 1, j.index)) &&
      // (the name's words stay in this sentence: "ahead of GPT-4o. On LMArena, X" lists nothing)
      !SENTENCE_GAP.test(before.slice(p + 1, j.index)) &&
      OBJECT_BEFORE.test(before.slice(0, p) + ' ')
    )
      return true;
  }
  return false;
}
/** The words between a comparison verb and its first object allow it ("beats", "outperforms comparable models like"). */
const objectGapOk = (gap: string) =>
  (OBJECT_GAP.test(gap) && !GAP_STOP.test(gap)) || EVERY_OTHER_INCLUDING.test(gap);
const COMPARISON_LEAD = /^\W*(?:for|by|in) comparison\b|^\W*compare (?:that|this) (?:with|to)\b/;
const ELLIPSIS_END = /^\s*(?:[.;,)!:]|$|(?:in|on|at|with|and|or|but|by|across|vs|versus|while)\b)/;
const VERSUS = /^\s*(?:against|versus|vs\.?|compared (?:to|with))\s+~?$/;
/** "$20 a month", "$2 per hour": a subscription or rental, not a per-token price. */
const PER_PERIOD = /^\s*(?:a|an|per|\/|each|every)\s*(?:month|mo\b|year|yr|seat|user|hour|hr|day|week)/;
/** Words that make a digit-less sentence worth reading: a licence, or numbers in words. */
const WORTH_WORDS = /licen|illion|thousand|expert|apache|\bmit\b/;
/** Cheap gate for numbers in words ("two trillion", "a million", "eight experts"). */
const NUMBER_WORDS = /illion|thousand|expert|dollar|cents/;
const numberWords = (t: string) => NUMBER_WORDS.test(t);
/** Cheap gate for isReported (one regex pass instead of six substring scans). */
const REPORT_WORDS = /report|said|rumo|alleged|suppos|purport/;
/** The text before `at` ends with ";" (spaces aside). */
function afterSemicolon(f: string, at: number): boolean {
  // (char codes, and never f[-1]: a negative index is a slow generic property lookup in V8)
  let k = at - 1;
  while (k >= 0 && f.charCodeAt(k) === 32) k--;
  return k >= 0 && f.charCodeAt(k) === 59;
}
/** A transcript turn: "Nadia: ...", "[00:01:08] SAM: ...", "Q: ...". */
const SPEAKER_TURN = /^(?:\[[\d:]+\]\s*)?(?:[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?|[A-Z]+):\s/;
/** Cheap gate for familiesByVendor: a possessive or a citing verb somewhere in the block. */
const MAKER_WORDS =
  /['’]s\s|\b(?:says|said|report|claim|list|put|quot|give|gave|advertis|cite|cited|state|announc|publish|tout|charg|bill|according to)/;
/** MAKER_WORDS, remembered for the last text (a block asks once per sentence with figures). */
let makerText = '';
let makerHit = false;
/** MAKER_WORDS.test(f), remembered: the block's vendor gate and its figures' maker test share one pass
 *  (a regex over the whole block, among the costliest in the engine). */
function makerWordsAnywhere(f: string): boolean {
  if (f !== makerText) {
    makerText = f;
    makerHit = MAKER_WORDS.test(f);
  }
  return makerHit;
}
/** MAKER_WORDS.test(f.slice(a, e)), skipped where the whole of `f` has no match: a match in the
 *  slice is one in `f` too, unless it opens the slice (its word boundary) right after a word character. */
function makerWordsIn(f: string, a: number, e: number): boolean {
  if (!makerWordsAnywhere(f) && (a === 0 || !/\w/.test(f[a - 1]))) return false;
  return MAKER_WORDS.test(f.slice(a, e));
}
/** Where the sentence holding `at` starts (after the last full stop, question or exclamation mark). */
function sentenceStart(f: string, at: number): number {
  const k = Math.max(f.lastIndexOf('. ', at), f.lastIndexOf('? ', at), f.lastIndexOf('! ', at));
  return k < 0 ? 0 : k + 2;
}
/** The block ends with a question mark (closing quotes, brackets and spaces aside). */
function endsWithQuestion(f: string): boolean {
  let k = f.length - 1;
  while (k >= 0 && ' \n"\')'.includes(f[k])) k--;
  return k >= 0 && f[k] === '?';
}
const THAT_IS =
  /^\s*(?:(?:for context|for comparison|for reference|in other words|so|and|but|still|even so),?\s+)?(?:that|this|which)(?:'s|\s+(?:is|was|puts it|places it|would be))?\s+(?:[a-z]+\s+)?$/;
/** The clause runs on to a question mark: a question, not a claim. */
const QUESTION_AHEAD = /^(?:[^.!?]|\.\d)*\?/;
/** "75.9 for that snapshot": a figure pinned to the model the sentence just mentioned. */
const THAT_MODEL_AFTER =
  /\s*(?:%|percent)?\s*(?:for|from|of|by) (?:that|this|the same) (?:snapshot|model|version|checkpoint|release)\b/y;
/** "a different model", "some other model": a figure said to belong to an unnamed other model. */
const DIFFERENT_MODEL =
  /\b(?:different|another|other|unrelated|separate)\s+(?:[a-z-]+\s+)?(?:model|checkpoint|version|system)\b/g;
/** ...introduced by "is for", "belongs to", "describes": "for a different model", "to another model". */
const DISOWNING_BEFORE = /\b(?:for|to|from|of|about|describes?|belongs? to)\s+(?:a|an|some)?\s*$/;
/** "(1295)" right after an object name in a comparison list. */
const BRACKETED_FIGURE = /^\s*\(\d[\d.,]*%?\)/;
/** "on par with", "level with", "tied with", "neck and neck with" right before a name: a yardstick. */
const YARDSTICK_WITH = /\b(?:par|level|tied|neck|as) with\s*(?:the\s+|a\s+|an\s+)?(?:[a-z0-9]+'s\s+)?$/;
/** A comparison word right before a name: the name is a yardstick, not what a pointer means. */
const COMPARED_BEFORE =
  /(?:than|ahead of|vs\.?|versus|against|compared (?:to|with)|beats?|beating|outperform\w*|trails?|trailing|behind|above|below|over|like|unlike|matches|as good as|same as)\s*(?:the\s+|a\s+|an\s+)?$/;
/** "a vendor ... its model", "any lab ... their model": an indefinite organisation's own model. */
const GENERIC_OWNER_BEFORE =
  /\b(?:a|an|any|every|each|some|another)\s+(?:[a-z-]+\s+)?(?:vendor|company|lab|startup|firm|provider|developer|maker|team|rival|competitor|organi[sz]ation|business)s?\b[^.;]{0,40}$/;
const OWNED_MODEL_AFTER = /^\s+(?:[a-z-]+\s+)?(?:model|llm|system|chatbot)s?\b/;
/** Does the sentence say "its model" of an indefinite maker? Looks only around the first "its". */
function genericOwner(sent: string): boolean {
  const i = sent.indexOf(' its ');
  if (i < 0) return false;
  return (
    OWNED_MODEL_AFTER.test(sent.slice(i + 4, i + 40)) &&
    GENERIC_OWNER_BEFORE.test(sent.slice(Math.max(0, i - 70), i))
  );
}
/** "(0.475 vs 0.641": a value right after another value and "vs", with no name in between. */
const VS_PAIR_SECOND = /^[^\d;]{0,60}\d[\d.,]*\s*%?\s*(?:vs\.?|versus)\s*~?$/;

const AGAINST_FOR =
  /^\s*(?:(?:thousand|million|billion|trillion)\s+)?(?:tokens?\s+|parameters?\s+|points?\s+)?(?:against|versus|vs\.?|compared (?:to|with)|to)\s+~?\$?\d[\d.,]*\s*(?:%|(?:thousand|million|billion|trillion|[kmbt])\b)?\s*(?:for|by|from)\s+(?:the\s+)?$/;
/** A capitalised word right before a size ("Gemma 27B", "Qwen 72B") makes the size part of a name. */
/** Between a name and a figure in brackets: "'s November snapshot (", " (" . */
const NAME_PHRASE_BRACKET = /^(?:'s(?:\s+[a-z0-9-]+){1,3})?\s*\(\s*~?$/;
/** NAME_PHRASE_BRACKET's end, read backwards without a regex: "(" then spaces and an optional "~" close [a, e). */
function bracketBefore(f: string, a: number, e: number): boolean {
  let k = e - 1;
  if (k >= a && f.charCodeAt(k) === 126) k--;
  while (k >= a && isJsSpace(f.charCodeAt(k))) k--;
  return k >= a && f.charCodeAt(k) === 40;
}
const AFTER_NAME = /\s[A-Z][A-Za-z0-9.]*[\s-]$/;
/** "$2.50 and $10 respectively": the numbers of a list the previous sentence gave the unit for. */
const RESPECTIVELY = /^(?:\s*(?:,|and|,\s*and)?\s*\$?\d[\d.,]*\s*[kmbt%]?)*\s*,?\s*respectively\b/;
/** A clause opening with a pointer and a short verb phrase: "the model itself supports up to ". */
const POINTER_LEAD =
  /^\s*(?:(?:so|and|but|while|whereas)\s+)?(?:it|the model(?: itself)?|this model|the same model)\s+(?:[a-z]+\s+){1,3}$/;
/** A figure a host imposes ("capped at 430K tokens on our hardware"), not the model's own. */
const HOST_CAP =
  /\b(?:capped|limited|restricted|cap(?:ping)? it|limit(?:ing)? it|offer(?:s|ed|ing)? it|serv(?:e|es|ed|ing) it)\s+(?:at|to)\s+(?:~\s*)?$/;
/** "we serve it with a 256K cap", "will serve Scout with a 512K-token limit": serving is a host's act. */
const SERVED_WITH = /\bserv(?:e|es|ed|ing)\s+(?:it|them|[\w.-]+(?:\s+[\w.-]+){0,3})\s+with\s+(?:an?\s+)?~?$/;
const CAP_AFTER = /^(?:[\s-]*tokens?)?[\s-]*(?:cap|limit)\b/;
function servedWithCap(f: string, s: number, qStart: number, qEnd: number): boolean {
  return (
    SERVED_WITH.test(f.slice(Math.max(s, qStart - 50), qStart)) && CAP_AFTER.test(f.slice(qEnd, qEnd + 14))
  );
}
const HOST_WORDS = /\b(?:our|we|for now|on this (?:endpoint|provider|platform))\b/;
/** A sentence opening with "Both" / "The two" (models) as its subject. */
/** "beats both", "trails both of them", closing the verb's phrase */
const BOTH_OBJECT = /^\s*both(?:\s+of\s+them)?(?=\s*(?:[.,;:!)]|$|by\b|on\b|in\b|at\b|across\b))/;
/** The head of a clause whose bare licence word ("... are now under MIT") is a model's: weights, code, it */
const BARE_OWNER = /\b(?:(?:the|its|their)\s+(?:\w+\s+)?(?:weights|code|model|checkpoints?)|it|it's)\s/;
/** "Llama 4 is ...", "Llama 4 uses ...": the family itself as the subject (not "Llama 4 models are") */
const FAMILY_VERB = /^\s*(?:is|was|uses|ships|comes|falls|sits)\b/;
/** "no less than", "not more than": a bound on the figure, not a comparison with another one. */
const BOUND_THAN = /\b(?:no|not) (?:less|fewer|more|greater) than\s*$/;
/** "a 400B Maverick": a size alone (no unit word) right before a name. */
const SIZE_BEFORE_NAME = /^~?\d[\d.,]*\s?(?:b|t|bn|tn|billion|trillion)$/;
/** "$0.15 / $0.50": two figures joined by a slash alone. */
const SLASH_PAIR = /^\s?\/\s?$/;
/** "Both models", "the two models", "both of the models": the pair named as models. */
// ("For completeness: both released models ...": a short label before it; "released"/"open" describe the pair)
const BOTH_MODELS_LEAD =
  /^\s*(?:[a-z]+(?:\s+[a-z]+)?:\s+)?(?:both|the two)\s+(?:of\s+the\s+)?(?:(?:new|released|launched|open|open-weight)\s+)?models\b/;
const BOTH_LEAD = /^\s*(?:both|the two|they both)\b(?!\s+of\b)/;
/** "from Meta", "per Epoch", "according to DeepSeek": who reported a figure. */
const SOURCE_TAIL = /^\s*(?:from|per|according to|in)\s+(?:[a-z]+'s\s+)?[a-z][\w.-]*(?:\s+[a-z][\w.-]*)?/;
function sourceWord(f: string, at: number): string | null {
  const m = /^\s*(from|per|according to)\s/.exec(f.slice(at, at + 16));
  return m ? m[1] : null;
}
/** The verb right before an arena score whose unit is elided ("is at 1273", "landed at 1273"). */
const ARENA_LEAD =
  /\b(?:at|to|hit|hits|reached|reaches|scored|scores|sits at|with)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)?$/;
/** A press-release dateline before the date ("MOUNTAIN VIEW, Calif., "), then a dash after it. */
const DATELINE = /^\s*[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,20}\.?)?,\s*$/;
/** A maker as the releaser: "Meta's release", "Meta’s launch", "Meta released", "Mistral shipped". */
const MAKER_RELEASE =
  /\b[A-Z][A-Za-z0-9]+(?:['’]s\s+(?:release|launch|debut)\b|\s+(?:released|launched|shipped|dropped|unveiled|announced)\b)/;
/** A model card's licence or release-date field: "License: ...", "Model Release Date: ...". */
const PAGE_FIELD_LEAD = /^\s*(?:model\s+)?(?:licen[cs]e|release\s+date|released)\s*:/;
/** Clause breaks that separate one model's licence or date from another's. */
/** "for the August 2024 snapshot of", "that OpenAI reported for the May 2024 version of": the owner follows. */
const VERSION_OF_AFTER =
  /^\s*%?\s*(?:(?:per\s*cent|percent|points?)\s+)?(?:that\s+[a-z]+\s+(?:reported|measured|lists?|listed|gave|gives|published)\s+)?for\s+(?:the|its)\s+(?:[a-z0-9-]+\s+){0,3}(?:version|snapshot|release|checkpoint|build)\s+of\s+$/;
/** "... were both released", "both shipped": the verb's subject is the two names before it. */
const BOTH_VERB =
  /\b(?:(?:were|are|have been|had been)\s+both|both\s+(?:were|are|have|had|shipped|launched|arrived|came|went))\b/;
/** "the models were", "these models have": a plural subject. */
const PLURAL_MODELS_SUBJECT =
  /\b(?:the|these|those|both|all|its|their)\s+(?:(?:two|three|new|released|open|open-weight|llama 4)\s+)?models\s+(?:were|are|have|had|was|got|each)\b/;
/** "compared with $2.50": a figure held up against the subject's. */
const YARDSTICK_FIGURE =
  /\b(?:compared (?:with|to)|against|versus|vs\.?)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?~?$/;
const CLAUSE_BREAK = /;|,?\s(?:while|whereas|because)\s|,\s(?:but|although|though)\s/g;
/** Cheap precondition for the sum check on parallel figures. */
const SUM_HINT_AFTER = /across|between|pair/;

/** "the 10M figure", "the 1M-token claim": a window cited as a known number. */
const QUOTED_WINDOW_AFTER =
  /^["”’']?\s*(?:-?\s*tokens?\s+)?(?:figure|number|claim|promise|context(?:\s+window)?|window)\b/;

/** Separator, then a model as the subject of a price verb, right before the figure. */
/** "Output runs between", "Input is", "Output tokens cost": a sentence whose subject is the other token kind. */
const TOKEN_KIND_SUBJECT =
  /^\W*(?:and\s+|but\s+)?(?:the\s+)?(?:input|output|prompt|completion)(?:\s+tokens?)?\s+(?:(?:runs?|costs?|is|are|goes|go|sits?|comes? in|lands?|starts?|ranges?)\s+)?(?:at\s+|from\s+|between\s+|for\s+(?:between\s+)?)?(?:about\s+|around\s+|roughly\s+|just\s+)?$/;
const PRICE_CLAUSE_VERB =
  /^\s*(?:'s\s+price\s+is|costs?|is\s+priced\s+at|(?:stays?|sits?|lists?|comes?\s+in|goes|runs|sells)\s+(?:[a-z-]+,?\s+){0,2}at|charges?)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|less than\s+|under\s+)?$/;

/** "...; GPT-4.5 costs $75": a model named after a clause break whose price verb leads to the figure. */
function secondPriceClause(f: string, models: ModelMention[], from: number, at: number): boolean {
  const m = models.find((x) => x.start >= from && x.end <= at && !x.isFamily);
  if (!m || !PRICE_CLAUSE_VERB.test(f.slice(m.end, at))) return false;
  // ("..., and its stripped-down sibling Flash-Lite costs ...": a described name after the break)
  return /(?:;|,\s*(?:and|while|whereas|but)|\b(?:and|while|whereas|but))\s*(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2})?$/.test(
    f.slice(from, m.start),
  );
}

/** A pointer as a clause's subject ("Meta describes it as", "It can handle"), not a possessive "its". */
const POINTER_SUBJECT =
  /(?:^|[^a-z'])(?:it|the model|this model|that model)(?:\s+[a-z]+)?\s+(?:as|is|was|has|had|can|could|will|would|uses?|used|packs?|carries|handles?|supports?|offers?|gets?)\b/;
/** "on the same three", "across the same 4 benchmarks": a list mapped onto benchmarks just given. */
const SAME_N = /\b(?:on|across|in|for|over) the same (two|three|four|five|six|[2-9])\b/;
/** "corresponding numbers are", "respective scores were": figures mapped onto the benchmarks just listed. */
const CORRESPONDING =
  /\b(?:(?:corresponding|respective|equivalent|matching)\s+(?:numbers|figures|scores|results)|equivalents|counterparts)\s*(?:are|were|come in at|read|:)/;
const WORD_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
/** The gap between a figure and the name that owns it ("7% for Llama 3"). */
const FOR_GAP = /^\s*\)?\s*(?:for|by|of)\s+(?:the\s+)?(?:[a-z]+'s\s+)?$/;
/** Downloads counted over a whole family ("across all versions", "its Llama models have been downloaded"). */
const FAMILY_TOTAL =
  /\b(?:across|for|of|over) (?:all|every) (?:\w+ )?(?:versions?|models?|variants?|releases?|sizes?)\b|\bmodels have (?:now )?been downloaded\b|\bcombined\b/;
const OWN_CHECKPOINTS =
  /\b(?:base|instruct|chat|pretrained|fine-tuned)\s+(?:and|&|\+)\s+(?:base|instruct|chat|pretrained|fine-tuned)\s+(?:checkpoints|weights|versions|variants)\s+combined\b/;
/** An indefinite, often hypothetical model as the subject ("somebody will ship a 70B model that beats X"). */
const INDEFINITE_MODEL =
  /\b(?:an?|any|some)\s+(?:[\w-]+\s+){0,3}(?:model|llm|system)\s+(?:that|which)\s+(?:will\s+|would\s+|could\s+|might\s+)?$/;
/** " for Llama 3": a capitalised versioned name after a figure (group 1 = the name). */
const UNKNOWN_OWNER =
  /^\s(?:for|by|in)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)([A-Z][A-Za-z]*[\s-]?\d[\w.]*)(?![\w.-]*\s*(?:tokens?|GPUs?|users?|hours?)\b)/;
/** A verb that states a window when its unit is left out ("claims 128k", "supports up to 1M"). */
const CONTEXT_WORD = /\bcontext\b|\bwindows?\b|\btokens?\b/;
const CONTEXT_VERB =
  /\b(?:claims?|claimed|advertises?|advertised|supports?|supported|offers?|offered|handles?|accepts?|tops? out at|maxes out at|makes? do with|stretches to)\s+(?:only\s+|just\s+|up to\s+)?$/;
const SAME_TEST =
  /\b(?:same|similar)\s+(?:[a-z-]+\s+){0,2}(?:gap|test|benchmark|harness|eval|evaluation|suite|split|run|length|questions|problems|tasks|leaderboard)s?\b/;
/** Between a bare figure and its owner: "40 trillion for Scout", "22 trillion figure belongs to Maverick". */
const OWNER_AFTER =
  /^\s*(?:(?:for|by)\s+(?:the\s+)?|(?:figure|number|estimate)\s+(?:belongs to|is for|refers to|is)\s+(?:the\s+)?)$/;
/** "The model is 671B", "it has 24B": a pointer as the subject right before the figure (as a name would be). */
const POINTER_IS =
  /(?:^|[^a-z'])(?:it|the model|this model)\s+(?:is|was|has)\s+(?:a\s+|just\s+|only\s+|(?:around|about|roughly|nearly)\s+)?$/;
/** POINTER_IS, run only where "it" or "model" occurs (every match holds one): it is tried per figure. */
const pointerIs = (w: string) => (w.includes('it') || w.includes('model')) && POINTER_IS.test(w);
/** "... for the previous generation", "... for its predecessor" right after a figure. */
const PREDECESSOR_AFTER =
  /^\s*%?\s*(?:[a-z]+\s+(?:reported|measured|gave|cited|claimed)\s+)?(?:for|from|with|in|by)\s+(?:(?:the|its|their)\s+(?:previous|prior|last|older|earlier)\s+(?:generation|models?|versions?|releases?)|(?:its|their|the)\s+predecessors?)\b/;
/** A month word and a snapshot noun in one sentence: worth looking for "the November snapshot". */
const SNAP_GATE_RE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:20\d\d\s+)?(?:snapshot|version|release|checkpoint|build|update|refresh|upgrade|variant|model|one)\b/;
/** SNAP_GATE_RE, remembered for the last text: a sentence asks up to four times. */
let snapText = '';
let snapHit = false;
const SNAP_GATE = {
  test(t: string): boolean {
    if (t !== snapText) {
      snapText = t;
      snapHit = SNAP_GATE_RE.test(t);
    }
    return snapHit;
  },
};
const TRAILING_HEDGE =
  /\s(?:over|about|around|roughly|nearly|almost|just|only|some|more than|at least|as many as|as much as|up to)\s+$/;
/** "the experimental checkpoint scored", "the same experimental version drops to": an unnamed experimental build. */
const EXPERIMENTAL_LEAD =
  /(?:^|[^a-z])(?<!\b(?:for|of|from|in|on|with|by|to)\s+)(?:the|an?|this|that)\s+(?:same\s+)?experimental\s+(?:[a-z]+\s+)?(?:checkpoint|version|build|model|variant|release|entry|one)\b[^;]*$/;
/**
 * "1417 ... belonged to an experimental chat checkpoint", "is for an experimental version", "had been
 * achieved by an experimental chat-tuned version": the figure disowned onto it.
 */
const EXPERIMENTAL_AFTER =
  /^[^.;]{0,60}?\b(?:belong(?:s|ed)? to|(?:is|was) for|for|c(?:a|o)mes? from|refers? to|(?:earned|achieved|set|posted|reached|obtained)\b[^.;]{0,40}?\bby)\s+(?:an?|the)\s+["“‘']?(?:[a-z0-9-]+\s+){0,2}?experimental\b/;
const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SNAPSHOT_NOUN =
  '(?:20\\d\\d\\s+)?(?:snapshot|version|release|checkpoint|build|update|refresh|upgrade|variant)';
/** "... 85.7 for the November snapshot" (also "the August one" after a first dated snapshot). */
const SNAPSHOT_AFTER = new RegExp(
  `^\\s*(?:%|percent)?\\s*\\)?\\s*(?:for|from|of|by|with|in)\\s+the\\s+${MONTH_WORD}\\.?\\s+(?:${SNAPSHOT_NOUN}|one|model)\\b`,
);
/** "53.1% on GPQA for the August 2024 snapshot": the same, after the score's benchmark. */
const SNAPSHOT_AFTER_BENCH = new RegExp(
  `^\\s*(?:%|percent)?\\s*on\\s+[a-z][\\w.-]*(?:\\s+[a-z][\\w.-]*)?\\s+for\\s+the\\s+${MONTH_WORD}\\.?\\s+${SNAPSHOT_NOUN}\\b`,
);
/** "beats the November one", "lower than the August version": a dated snapshot named by its month. */
const MONTH_OBJECT = new RegExp(`^\\s*the\\s+${MONTH_WORD}\\.?\\s+(?:${SNAPSHOT_NOUN}|one|model)\\b`);
/** "the August snapshot beats ...": the same, as the comparison's subject (nothing else named after it). */
const MONTH_SUBJECT = new RegExp(
  `\\bthe\\s+${MONTH_WORD}\\.?\\s+(?:${SNAPSHOT_NOUN}|one|model)\\s+(?:[a-z]+ly\\s+)?$`,
);
/** "the November snapshot fell to": the clause's subject, before the figure. */
const SNAPSHOT_LEAD = new RegExp(
  `\\b(?:the|[a-z]+['’]s)\\s+(?:(?:older|earlier|original|first|previous|newer|later|latest|current|second|third)\\s+)?${MONTH_WORD}\\.?\\s+${SNAPSHOT_NOUN}\\b(?=[^\\d;]*$)`,
);
function monthNumber(w: string): number {
  return 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(w.slice(0, 3)) / 3 + 1;
}
/** The month a variant is dated in: "2024-11-20" → 11, "0324" (MMDD) → 3, "03-26-Experimental" → 3. */
function labelMonth(label: string | undefined, id: string): number {
  const iso = /\b20\d\d-(\d\d)-\d\d\b/.exec(`${label ?? ''} ${id}`);
  if (iso) return Number(iso[1]);
  const md = label ? /^(\d\d)-?(\d\d)(?:\b|-|$)/.exec(label) : null;
  const n = md ? Number(md[1]) : 0;
  return n >= 1 && n <= 12 && Number(md![2]) <= 31 ? n : 0;
}
/** Between a name and a figure: an optional place phrase, then ", which scored" (the name is the antecedent). */
const WHICH_SCORED =
  /^(?:\s+(?:on|in|at)\s+[^,;\d]{0,40})?,\s*(?:which|whose\s+[a-z]+)\s+(?:[a-z]+\s+)?(?:scor\w*|(?:holds?|held|stands?|stood|stays?|stayed|remains?|remained)(?:\s+at)?|gets?|got|reach\w*|hit|posts?|posted|manag\w*|advertis\w*|claims?|claimed|supports?|offers?|handles?|accepts?|(?:sits?|sat|came in|comes in|is|was|lands?|landed) at)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)?$/;
const ARENA_LOWER = /\b(?:on|in|at|to|from|atop|top of) (?:the )?arena\b/g;

/** A figure whose own words name its count ("22B activated", "5.0M GPU hours"): no label overrides it. */
const OWN_UNIT = /activ|total|token|param|expert|gpu|flop|hour/i;

export interface EngineOptions {
  /** Debug only (scripts/bench/tools/attribution-routes.ts): told which rule chose each prose claim's model. */
  onRoute?: (claim: Claim, route: string) => void;
}

export function createClaimEngine(dict: ModelDictionary, opts?: EngineOptions): ClaimEngine {
  const idx = buildDictionaryIndex(dict);
  const lineFlagships = buildLineFlagships(dict);
  const onRoute = opts?.onRoute;
  // the rule that decided the last attribution (named at each return of attributeTo; read only by onRoute)
  let route = '';
  const via = (r: string, who: ModelMention[]): ModelMention[] => {
    route = r;
    return who;
  };
  const tierWords = versionWords(dict.models);
  const shortTails = versionedTails(dict.models);
  const bareWords = bareShortNameIndex(idx);
  const parentOf = (id: string) => idx.models.get(id)?.parent;

  /** The (non-arena) benchmarks a table caption names. */
  function captionBenchmarks(caption: string): string[] {
    const names: string[] = [];
    for (const m of idx.matcher.findAll(foldText(caption), caption))
      for (const en of m.entries)
        if (en.kind === 'benchmark' && !en.familyScoped && en.id !== idx.arenaName) names.push(en.id);
    return names;
  }

  /** The level of the heading block being scanned (undefined: not a heading, or no level known). */
  let headingLevel: number | undefined;

  function scanBlocks(doc: DocText, blockIndices: Iterable<number>, ctx: EngineContext): Claim[] {
    ctx.numberLocale ??= detectNumberLocale(doc.text) ?? undefined;
    const prevLocale = setNumberLocale(ctx.numberLocale ?? 'en');
    try {
      return scanBlocksIn(doc, blockIndices, ctx);
    } finally {
      setNumberLocale(prevLocale);
    }
  }

  function scanBlocksIn(doc: DocText, blockIndices: Iterable<number>, ctx: EngineContext): Claim[] {
    const out: Claim[] = [];
    for (const bi of blockIndices) {
      const blk = doc.blocks[bi];
      if (!blk) continue;
      if (blk.kind === 'table' && blk.table !== undefined) {
        const table = doc.tables[blk.table];
        // (a table's cells are blocks too: the benchmark the text before it, or its caption, named
        // still holds for the paragraph right after it)
        const scope = ctx.benchScope;
        if (scope?.last && scope.last.block === bi - 1) scope.last.block = bi;
        if (!table || ctx.tablesDone.has(table)) continue;
        ctx.tablesDone.add(table);
        const carried = ctx.lastModel;
        readTable(idx, doc.text, table, ctx, out, ctx.lastBenchmark);
        // "<caption>Fiction.LiveBench, percent correct</caption> ... it scores 40.0% at 8k": the
        // paragraph after a table on one benchmark is still about that benchmark
        if (table.caption) {
          const names = captionBenchmarks(table.caption);
          if (names.length) noteBlockBenchmarks((ctx.benchScope ??= {}), names, bi, 'table');
        }
        // a table of the current model beside its rivals ("... | GPT-4o" as its last column) leaves the
        // prose about that model: the rival is a yardstick, not what a later "it" means
        if (carried && ctx.lastModel !== carried && tableNamesCarried(doc.text, table, carried))
          ctx.lastModel = carried;
        continue;
      }
      if (blk.kind === 'list' && ctx.prevKind !== 'list') ctx.listStart = bi;
      ctx.prevKind = blk.kind;
      const before = out.length;
      headingLevel = blk.level;
      scanProse(doc.text, blk.start, blk.end, blk.kind, bi, ctx, out);
      if (blk.kind === 'heading') restateQuotedHeading(doc.text, blk.start, blk.end, out, before);
      if (out.length > before) {
        dropContrastTwins(doc.text, out, before);
        for (let i = out.length - 1; i >= before; i--)
          if (
            isDateline(doc.text, blk.start, out[i]) ||
            isFamilyTotal(doc.text, blk.start, out[i], idx.families.has(out[i].model.id)) ||
            tooSmallWindow(out[i]) ||
            isTrainingRate(doc.text, out[i]) ||
            isNameSize(doc.text, out[i]) ||
            isTestLength(doc.text, blk.start, blk.end, out[i])
          )
            out.splice(i, 1);
          else if (totalBeforeActive(doc.text, out[i]))
            out[i] = { ...out[i], metric: 'total_params', id: `${out[i].start}:${out[i].end}:total_params` };
        relabelShareOfWhole(doc.text, out, before);
        relabelByField(doc.text, blk.start, blk.end, out, before);
        if (blk.kind === 'list') toListModel(doc.text, blk.start, blk.end, ctx, out, before);
      }
      // (the edits above may have dropped or replaced this block's claims: re-read them for restated scores)
      rewindScores(out, before);
      if (blk.kind === 'list' || blk.end - blk.start < 120)
        scanField(doc.text, blk.start, blk.end, blk.kind, bi, ctx, out, out.length > before, before);
      if (blk.kind !== 'heading') {
        // (a loop, not push(...spread): most blocks correct nothing)
        const prev = doc.blocks[bi - 1]?.start ?? blk.start;
        for (const c of correctedFigures(doc.text, blk.start, blk.end, out, prev)) out.push(c);
      }
    }
    return dedupe(out);
  }

  /** "Active parameters: 17B", "Training tokens: ~22T": the field's label, not the prose cue, picks the count. */
  function relabelByField(text: string, bStart: number, bEnd: number, out: Claim[], from: number): void {
    if (bEnd - bStart > 600) return;
    // (looked for in the block only: on a page without colons, indexOf from bStart read the rest of
    // the document for every block, quadratic on long pages)
    const k = text.slice(bStart, bEnd).indexOf(':');
    if (k < 0) return;
    const colon = bStart + k;
    let fields: FieldSpan[] | null = null;
    for (let i = from; i < out.length; i++) {
      const c = out[i];
      // only a bare count after a colon can take the label's metric
      if (c.start < colon || c.context !== 'prose' || !isCountMetric(c.metric) || OWN_UNIT.test(c.quote))
        continue;
      fields ??= splitFields(foldText(text.slice(bStart, bEnd)));
      const m = fieldCountMetric(fields, c.start - bStart, idx.arenaName);
      if (m && m !== c.metric) {
        c.id = c.id.replace(`:${c.metric}`, `:${m}`);
        c.metric = m;
      }
    }
  }

  /** The one model a short piece of text is ("Gemma 3 27B", "Llama 4 Maverick (Instruct)"), else null. */
  function nameAlone(f: string, orig: string, ctx: EngineContext): ModelMention | null {
    if (f.length > 60) return null;
    const matches = idx.matcher.findAll(f, orig);
    const here = new Set<string>();
    familiesNamed(matches, here);
    const { models } = resolveMentions(idx, f, orig, matches, ctx.families, here);
    for (const fam of here) ctx.families.add(fam);
    const named = models.filter((m) => !m.isFamily);
    if (named.length !== 1) return null;
    return f.replace(f.slice(named[0].start, named[0].end), '').trim().length <= 12 ? named[0] : null;
  }

  /** The list's "Model: X" field names whose the following fields are, unless a block names its own model. */
  function listModelFor(kind: string, ctx: EngineContext): ModelMention | null {
    return kind === 'list' && ctx.listModel && ctx.listModel.list === ctx.listStart
      ? ctx.listModel.model
      : null;
  }

  /** Claims prose cues gave the section's model, in a list block under a "Model: X" field, go to X. */
  function toListModel(
    text: string,
    bStart: number,
    bEnd: number,
    ctx: EngineContext,
    out: Claim[],
    from: number,
  ): void {
    const listed = listModelFor('list', ctx);
    if (!listed || bEnd - bStart > 200) return;
    const orig = text.slice(bStart, bEnd);
    const f = foldText(orig);
    if (idx.matcher.findAll(f, orig).some((m) => m.entries.some((e) => e.kind !== 'benchmark'))) return;
    for (let i = from; i < out.length; i++) {
      const c = out[i];
      if (c.model.id === listed.ref.id) continue;
      c.model = listed.ref;
      if (listed.variant) c.variant = listed.variant;
      else delete c.variant;
    }
  }

  /** "Number of Experts: 128" / <dt>Parameters</dt><dd>27 billion</dd>, when prose cues found nothing. */
  function scanField(
    text: string,
    bStart: number,
    bEnd: number,
    kind: string,
    block: number,
    ctx: EngineContext,
    out: Claim[],
    emitted: boolean,
    before = out.length,
  ): void {
    const orig = text.slice(bStart, bEnd);
    // cheap exit before folding: no colon, no pending <dt> label, not short enough to be one
    const pending = ctx.fieldLabel?.block === block - 1;
    if (!pending && bEnd - bStart > 40 && !orig.includes(':')) {
      ctx.fieldLabel = undefined;
      return;
    }
    const f = foldText(orig);
    // (a prose block with no colon and no pending label has no field and is no label: most table cells)
    if (!pending && kind !== 'list' && kind !== 'heading' && !f.includes(':')) {
      ctx.fieldLabel = undefined;
      return;
    }
    let label: string | null = null;
    let valueStart = 0;
    const split = splitField(f);
    if (split) ({ label, valueStart } = split);
    // (a sidebar's <h3>Downloads last month</h3><p>412,856</p>: a label-only heading over a bare value)
    else if (
      ctx.fieldLabel?.block === block - 1 &&
      (ctx.fieldLabel.heading ? kind !== 'heading' && f.length <= 40 : kind === 'list')
    )
      label = ctx.fieldLabel.text;
    ctx.fieldLabel =
      (kind === 'list' || kind === 'heading') && isFieldLabel(f)
        ? { block, text: f, ...(kind === 'heading' ? { heading: true } : {}) }
        : undefined;
    if (!label) return scanFieldRun(f, orig, bStart, kind, ctx, out, before);
    // "Model: Gemma 3 27B" (or <dt>Model</dt><dd>Gemma 3 27B</dd>): the list's fields are its
    if (kind === 'list' && /^\s*(?:model|model name|name)\s*$/.test(label)) {
      const named = nameAlone(f.slice(valueStart).trim(), orig.slice(valueStart).trim(), ctx);
      if (named) ctx.listModel = { model: named, list: ctx.listStart ?? block };
      return;
    }
    if (emitted) return;
    const values = readField(label, f, orig, valueStart, idx.arenaName);
    if (!values.length) return;
    // whose sheet: the section's model, else the model that introduced this list ("X has the following features:")
    const section = ctx.sectionModel && !ctx.sectionModel.isFamily ? ctx.sectionModel : null;
    const intro =
      kind === 'list' &&
      ctx.lastModel &&
      !ctx.lastModel.isFamily &&
      ctx.lastModelBlock >= (ctx.listStart ?? block) - 1
        ? ctx.lastModel
        : null;
    // a spec sheet under a sub-heading of a page about one model (h1 "Gemma 3 27B", h2 "Model information")
    const model = listModelFor(kind, ctx) ?? section ?? intro ?? (onePage(ctx) ? ctx.pageModel! : null);
    if (!model) return;
    for (const v of values) emit(out, [model], fieldClaim(v, orig, bStart), false, 'field');
  }

  /**
   * "Llama 4 Maverick. Active parameters: 17 billion. Total: 400 billion.": several fields in one
   * block, about the model the block's first piece names alone (else the section's). Figures prose
   * already claimed are left alone.
   */
  function scanFieldRun(
    f: string,
    orig: string,
    bStart: number,
    kind: string,
    ctx: EngineContext,
    out: Claim[],
    before: number,
  ): void {
    const fields = splitFields(f);
    if (!fields.length) return;
    const head = f.slice(0, /\.\s|;|:/.exec(f)?.index ?? f.length);
    let model: ModelMention | null = null;
    if (!head.includes(':')) model = nameAlone(head, orig.slice(0, head.length), ctx);
    if (!model) {
      const section = ctx.sectionModel && !ctx.sectionModel.isFamily ? ctx.sectionModel : null;
      model = section ?? (kind === 'list' && onePage(ctx) ? ctx.pageModel! : null);
    }
    if (!model) return;
    const taken = out.slice(before);
    for (const fld of fields) {
      for (const v of readField(
        fld.label,
        f.slice(0, fld.end),
        orig.slice(0, fld.end),
        fld.valueStart,
        idx.arenaName,
      )) {
        const s = bStart + v.start;
        const e = bStart + v.end;
        if (taken.some((c) => c.start < e && c.end > s)) continue;
        emit(out, [model], fieldClaim(v, orig, bStart), false, 'field');
      }
    }
  }

  interface SentenceData {
    s: number;
    e: number;
    models: ModelMention[];
    benchmarks: BenchmarkMention[];
    /** The sentence holds a digit (looked for once here; three rules asked, each with a slice and a regex). */
    digit: boolean;
  }

  function scanProse(
    text: string,
    bStart: number,
    bEnd: number,
    kind: string,
    block: number,
    ctx: EngineContext,
    out: Claim[],
  ): void {
    const orig = text.slice(bStart, bEnd);
    const f = foldSlice(text, bStart, bEnd, orig);
    const matches = idx.matcher.findAll(f, orig);
    // No name, no digit, no licence word: nothing here can be a claim (most filler paragraphs).
    const blockDigit = hasDigitIn(f, 0, f.length);
    if (!matches.length && !blockDigit && !WORTH_WORDS.test(f)) {
      if (kind === 'heading') {
        if (!subHeadingKeepsSection(ctx, headingLevel)) ctx.sectionModel = null;
        noteBlockBenchmarks((ctx.benchScope ??= {}), [], block, kind);
      }
      return;
    }
    const sentences = splitSentences(f, orig, 0, f.length);
    // (a maker can only establish a family where the block has a possessive or a citing word)
    const vendorWords = matches.length > 0 && makerWordsAnywhere(f);
    const hasArena = f.includes('arena');
    // Pass 1: mentions per sentence (family scope advances in reading order).
    const data: SentenceData[] = [];
    // (names of the block's earlier sentences, for short names: "Flash" after "Gemini 2.0 Flash")
    const blockNames: ModelMention[] = [];
    let mi = 0;
    for (const s of sentences) {
      // (one sentence is the whole block: its digit test is the block's)
      const digit = blockDigit && (sentences.length === 1 || hasDigitIn(f, s.start, s.end));
      const sm = [];
      while (mi < matches.length && matches[mi].start < s.end) sm.push(matches[mi++]);
      let models: ModelMention[];
      let benchmarks: BenchmarkMention[];
      // (a sentence without matches names nothing and establishes no family: no set, no resolve)
      if (sm.length) {
        const here = new Set<string>();
        familiesNamed(sm, here);
        if (vendorWords) familiesByVendor(idx, f, orig, s.start, s.end, sm, ctx.families, here);
        ({ models, benchmarks } = resolveMentions(idx, f, orig, sm, ctx.families, here));
        for (const fam of here) ctx.families.add(fam);
      } else {
        models = [];
        benchmarks = [];
      }
      // "ahead of the mini model", "the Mistral weights": a word of a model named earlier
      if (ctx.mentioned?.length) {
        const seg = f.slice(s.start, s.end);
        if (seg.includes('the ') && hasShortNoun(seg)) shortNames(f, s.start, s.end, models, ctx.mentioned);
        if (seg.includes("'s ")) makerNames(f, s.start, s.end, models, ctx.mentioned);
        // "the Instruct model", "the thinking variant": a variant of a model named recently
        variantRefs(idx, f, s.start, s.end, models, ctx.mentioned, blockNames);
        // "up from 77.9% for 1.5 Flash": a versioned name without its line's first word
        if (digit) {
          versionedShortNames(shortTails, f, orig, s.start, s.end, models, ctx.mentioned);
          // "the 0324 update": a dated snapshot of a recent model by its suffix alone
          // (a model named earlier in the same sentence counts: "V3 is at 1318 and the new 0324 checkpoint")
          snapshotTails(
            idx.children,
            parentOf,
            f,
            s.start,
            s.end,
            models,
            models.length ? [...ctx.mentioned, ...models] : ctx.mentioned,
          );
        }
        // "against Flash's 62.5%", "Epoch has Mistral at 0.475": one capitalised word of a recent model's name
        bareShortNames(
          idx,
          bareWords,
          f,
          orig,
          s.start,
          s.end,
          models,
          benchmarks,
          ctx.mentioned,
          blockNames,
        );
      }
      if (models.length) {
        noteMentioned(ctx, models);
        for (const x of models) blockNames.push(x);
      }
      if (hasArena && /\barena\b/.test(f.slice(s.start, s.end))) {
        ARENA_LOWER.lastIndex = 0;
        const seg = f.slice(s.start, s.end);
        let m: RegExpExecArray | null;
        while ((m = ARENA_LOWER.exec(seg))) {
          const at = s.start + m.index + m[0].length - 5;
          if (!benchmarks.some((b) => b.start <= at && b.end >= at + 5))
            benchmarks.push({ start: at, end: at + 5, name: idx.arenaName });
        }
        benchmarks.sort((a, b) => a.start - b.start);
      }
      data.push({ s: s.start, e: s.end, models, benchmarks, digit });
    }
    scanProseSentences(bStart, kind, block, ctx, out, f, orig, matches, data, hasArena);
  }

  /** Pass 2 of scanProse: the claims of each sentence, then what the block leaves for the next ones. */
  function scanProseSentences(
    bStart: number,
    kind: string,
    block: number,
    ctx: EngineContext,
    out: Claim[],
    f: string,
    orig: string,
    matches: ReturnType<typeof idx.matcher.findAll>,
    data: SentenceData[],
    hasArena: boolean,
  ): void {
    // Names are masked for the cue rules, so digits inside them ("Claude 3.7") never count as numbers.
    const masked = matches.length ? maskNames(f, data) : f;
    // (every alternative holds "elo", "arena" or "lmsys": the regex runs only where one does, and
    // only until the page has shown one)
    if (
      !ctx.arenaSeen &&
      (hasArena || f.includes('elo') || f.includes('lmsys')) &&
      /\belo\b|\barena\b|lmarena|lmsys/.test(f)
    )
      ctx.arenaSeen = true;
    const arenaBlock = ctx.arenaSeen;
    let paragraphBenchmark: BenchmarkMention | null = null;
    ctx.benchScope ??= {};
    const carriedName = kind === 'heading' ? null : carriedBenchmark(ctx.benchScope, block);
    const carried: BenchmarkMention | null = carriedName ? { start: -1, end: -1, name: carriedName } : null;
    const carry: SentenceInput['carry'] = { prev: null, benches: [], cues: [] };
    const blockModels: ModelMention[] = [];
    for (const d of data) {
      const sent = f.slice(d.s, d.e);
      // Yes/no questions ("Is Maverick better than GPT-4o?") assert nothing.
      const question =
        sent.includes('?') &&
        /\?\s*["')]*$/.test(sent) &&
        /^\s*["'(]*(?:\d+\s+)?(?:(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have|had)(?:n't)?|can't|won't|how (?:much|many|big|large))\b/.test(
          sent,
        );
      // Nothing to read in a sentence without digits, names or licence words.
      // ("It trails both.": a comparison whose objects are the two models just named)
      const worth =
        d.models.length > 0 ||
        d.digit ||
        WORTH_WORDS.test(sent) ||
        (ctx.lastModel !== null &&
          (sent.includes('both') || sent.includes('thinking') || SNAP_GATE.test(sent)));
      // "When a vendor tells me its model beats GPT-4o": an indefinite maker's model is nobody in
      // particular, so with no named subject the sentence says nothing about the current model.
      const generic = genericOwner(sent) && !d.models.some((m) => m.start < d.s + sent.indexOf(' its') + 4);
      // (one growing list; readers only look at names ending before their figure)
      for (const x of d.models) blockModels.push(x);
      if (!question && worth && !generic)
        scanSentence({
          f,
          m: masked,
          orig,
          base: bStart,
          // (the fields of d one by one, in order: cheaper than an object spread per sentence)
          s: d.s,
          e: d.e,
          models: d.models,
          benchmarks: d.benchmarks,
          digit: d.digit,
          ctx,
          kind,
          block,
          arenaBlock,
          paragraphBenchmark: paragraphBenchmark ?? sameBenchmark(sent, d.benchmarks, ctx),
          carriedBenchmark: paragraphBenchmark ? null : carried,
          blockModels,
          carry,
          out,
        });
      noteUnreleased(f, d.s, d.e, d.models, ctx.lastModel, (ctx.unreleased ??= new Set()));
      // "DeepSeek, a lab, was candid. Its model ...": a maker as the last subject (a named model clears it)
      if (!d.models.length) {
        // ("I tried DeepSeek ... it's a 671-billion-parameter model": the maker as the product used)
        const v = leadingVendor(idx, orig, d.s, d.e) ?? usedVendor(idx, orig, d.s, d.e);
        if (v) ctx.vendorSubject = { key: v, block };
      } else ctx.vendorSubject = null;
      // "For comparison, Gemini 2.0 Flash came out at 0.641": a yardstick, not what the article is about
      // (no models: no subjects, without the regex)
      let subjects =
        !d.models.length || COMPARISON_LEAD.test(sent)
          ? []
          : d.models.filter((m) => !isObject(f, m, d.models));
      // "Meta reports 69.8 for Llama 4 Maverick; ...": the one model a figure is "for" is what the sentence is about
      if (
        !subjects.length &&
        d.models.length &&
        d.models.every((x) => x.ref.id === d.models[0].ref.id) &&
        /\d[%a-z]*\s*\)?\s*for\s+(?:the\s+)?$/.test(
          f.slice(Math.max(d.s, d.models[0].start - 24), d.models[0].start),
        ) &&
        // not "It reports 79.8% versus 79.2% for o1": there the sentence is about someone else
        !BACKREF.test(f.slice(d.s, d.models[0].start)) &&
        !/\b(?:versus|vs\.?|against|compared|than)\b/.test(f.slice(d.s, d.models[0].start))
      )
        subjects = [d.models[0]];
      // A name deep in a sentence that opened with someone else ("OpenAI is charging $75 ...,
      // roughly 30x what GPT-4o costs") does not become what a later "it" means.
      const deep =
        subjects.length > 0 &&
        subjects[0].start - d.s > 60 &&
        ctx.lastModel !== null &&
        ctx.lastModelBlock >= block - 1 &&
        !d.models.some((x) => x.ref.id === ctx.lastModel!.ref.id);
      if (subjects.length && !deep) {
        // "When Meta launched Llama 4, it said Maverick scored 69.8": the family's member named after
        // it is the model a later "it" means, not the family
        ctx.lastModel =
          (subjects[0].isFamily && subjects.find((x) => !x.isFamily && x.family === subjects[0].family)) ||
          subjects[0];
        ctx.lastGroup = groupOf(f, subjects[0], d.models);
        const seen = new Set<string>();
        ctx.lastSubjects = subjects.filter((x) => !seen.has(x.ref.id) && !!seen.add(x.ref.id));
        ctx.subjectCounts ??= new Map();
        for (const x of ctx.lastSubjects) {
          const n = (ctx.subjectCounts.get(x.ref.id) ?? 0) + 1;
          ctx.subjectCounts.set(x.ref.id, n);
          // topic = most frequent subject; second = the best count of any other model (counts only grow)
          if (n > (ctx.maxSubjectCount ?? 0)) {
            if (ctx.topicId !== x.ref.id) ctx.secondSubjectCount = ctx.maxSubjectCount ?? 0;
            ctx.maxSubjectCount = n;
            ctx.topicId = x.ref.id;
          } else if (ctx.topicId !== x.ref.id && n > (ctx.secondSubjectCount ?? 0))
            ctx.secondSubjectCount = n;
        }
        for (const x of ctx.lastSubjects) {
          ctx.recent = ctx.recent.filter((r) => r.ref.id !== x.ref.id);
          ctx.recent.push(x);
        }
        if (ctx.recent.length > 4) ctx.recent = ctx.recent.slice(-4);
        ctx.lastModelBlock = block;
      } else if (ctx.lastModel && !generic && BACKREF.test(sent.slice(0, 40))) {
        // "None of this changes the released model's spec sheet.", opening a paragraph after one that
        // ended on a side model: a description (not "it") means the article's clear subject
        if (
          ctx.lastModelBlock < block &&
          ctx.lastModel !== ctx.sectionModel &&
          !isTopic(ctx, ctx.lastModel) &&
          !PRONOUN.test(sent.slice(0, 40))
        ) {
          const t = clearTopic(ctx);
          if (t) {
            ctx.lastModel = t;
            ctx.lastModelBlock = block;
          }
        } else ctx.lastModelBlock = block;
      }
      const benches = d.benchmarks.filter((b) => b.name !== idx.arenaName);
      if (benches.length) {
        paragraphBenchmark = benches[benches.length - 1];
        ctx.lastBenchmark = paragraphBenchmark.name;
      }
    }
    // An FAQ question naming its model ("Is Claude 3.7 Sonnet's thinking billed differently?"):
    // the answer in the next block is about that model, as if in the same paragraph.
    if (ctx.lastModelBlock === block && endsWithQuestion(f)) ctx.lastModelBlock = block + 1;
    // (a plain loop: flatMap/filter/map per block cost more than the rest of this tail)
    const blockBenches: string[] = [];
    for (const d of data)
      for (const b of d.benchmarks) if (b.name !== idx.arenaName) blockBenches.push(b.name);
    noteBlockBenchmarks(ctx.benchScope, blockBenches, block, kind);
    if (blockModels.length) {
      const first = blockModels.find((x) => !x.isFamily)?.ref.id ?? null;
      ctx.soloModel = first && blockModels.every((x) => x.isFamily || x.ref.id === first) ? first : null;
    }
    if (kind === 'heading') {
      const named = data.flatMap((d) => d.models);
      if (!named.length && subHeadingKeepsSection(ctx, headingLevel)) return;
      ctx.sectionModel =
        named.length === 1 || (named.length > 1 && named.every((x) => x.ref.id === named[0].ref.id))
          ? named[0]
          : null;
      ctx.sectionLevel = ctx.sectionModel ? headingLevel : undefined;
      if (ctx.pageModel === undefined) ctx.pageModel = ctx.sectionModel?.isFamily ? null : ctx.sectionModel;
    }
  }

  interface SentenceInput {
    f: string;
    /** folded text with names masked */
    m: string;
    orig: string;
    base: number;
    s: number;
    e: number;
    models: ModelMention[];
    benchmarks: BenchmarkMention[];
    /** the sentence holds a digit */
    digit: boolean;
    ctx: EngineContext;
    kind: string;
    block: number;
    arenaBlock: boolean;
    paragraphBenchmark: BenchmarkMention | null;
    /** The benchmark of the page title or the paragraph before, for a block that names none. */
    carriedBenchmark?: BenchmarkMention | null;
    /** Every model named in the block up to this sentence's end (objects too), in order. */
    blockModels: ModelMention[];
    /** The last cue of the previous clause, kept across a semicolon ("X costs $0.27 per million; Y $2.50"). */
    carry: {
      prev: { cue: Cue; q: Quantity } | null;
      benches: Cue[];
      cues: { cue: Cue; q: Quantity }[];
      /** The paragraph's last price ("Output runs between $0.30 and $0.60." after it). */
      price?: { cue: Cue; q: Quantity };
    };
    out: Claim[];
  }

  /** One sentence's findings, shared by the passes of scanSentence (figures, comparisons, dates and licences). */
  interface SentenceScan {
    inp: SentenceInput;
    f: string;
    mf: string;
    orig: string;
    base: number;
    s: number;
    e: number;
    benchmarks: BenchmarkMention[];
    ctx: EngineContext;
    out: Claim[];
    /** the sentence's models (families only where it names no model), licence names removed */
    models: ModelMention[];
    sentence: string;
    famsNamed: ModelMention[];
    reported: boolean;
    licenses: ReturnType<typeof findLicenses>;
    dates: ReturnType<typeof findDates>;
    familyAt: (at: number, metric: string) => ModelMention | null;
    quantities: Quantity[];
    subjectsAll: ModelMention[];
  }

  /** Add mentions for "the <word> model" where <word> belongs to the name of exactly one model named recently. */
  function shortNames(f: string, s: number, e: number, models: ModelMention[], recent: ModelMention[]): void {
    const seg = f.slice(s, e);
    SHORT_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    let added = false;
    while ((m = SHORT_NAME.exec(seg))) {
      const word = m[1];
      if (NOT_A_NAME_WORD.test(word)) continue;
      const start = s + m.index + 4;
      const end = s + m.index + m[0].length;
      if (models.some((x) => x.start < end && x.end > start - 4)) continue;
      const hits = recent.filter((r) => !r.isFamily && nameWords(r.ref.name).includes(word));
      if (hits.length !== 1) continue;
      const h = hits[0];
      models.push({ start, end, ref: h.ref, variant: h.variant, family: h.family, isFamily: false });
      added = true;
    }
    if (added) models.sort((a, b) => a.start - b.start);
  }

  /**
   * "DeepSeek's 3.4e24", "DeepSeek's API charges $0.27": a maker's possessive whose word opens the
   * names of models named recently means that product line's base model (all candidates one root).
   */
  function makerNames(f: string, s: number, e: number, models: ModelMention[], recent: ModelMention[]): void {
    const seg = f.slice(s, e);
    MAKER_POSSESSIVE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let added = false;
    while ((m = MAKER_POSSESSIVE.exec(seg))) {
      const word = m[1];
      const start = s + m.index + (m[0].length - word.length - 3);
      const end = start + word.length;
      if (models.some((x) => x.start < end + 2 && x.end > start)) continue;
      const roots = new Set<string>();
      let pick: ModelMention | null = null;
      for (const r of recent) {
        if (r.isFamily) continue;
        const n = r.ref.name.toLowerCase();
        if (!(n.startsWith(word + ' ') || n.startsWith(word + '-'))) continue;
        roots.add(idx.models.get(r.ref.id)?.parent ?? r.ref.id);
        pick = r;
      }
      if (roots.size !== 1 || !pick) continue;
      const rootModel = idx.models.get([...roots][0]);
      const ref = rootModel ? { id: rootModel.id, name: rootModel.name } : pick.ref;
      models.push({ start, end, ref, family: pick.family, isFamily: false });
      added = true;
    }
    if (added) models.sort((a, b) => a.start - b.start);
  }

  /** Is this name the object of a comparison ("beats GPT-4o", "than X", "GPT-4o and Gemini" after "beats")? */
  function isObject(f: string, m: ModelMention, models?: ModelMention[]): boolean {
    const before = f.slice(Math.max(0, m.start - 30), m.start);
    if (OBJECT_BEFORE.test(before) && !BEHIND_MAKER.test(before)) return true;
    // "outperforms Gemma 3 and GPT-4o mini": a list of objects led by a versioned name the dictionary lacks
    // (a name it knows right before is judged below, by the list rule)
    const at = models ? models.indexOf(m) : -1;
    const knownBefore = at > 0 && LIST_GAP.test(f.slice(models![at - 1].end, m.start));
    if (!knownBefore && unlistedObject(before)) return true;
    // "on par with X", "level with X", "tied with X": a yardstick (its own test: OBJECT_BEFORE runs on every name)
    if (before.includes(' with') && YARDSTICK_WITH.test(before)) return true;
    // "thirty times the price of the August GPT-4o snapshot": a multiple's yardstick
    if (before.includes(' of') && multipleYardstick(f, m.start)) return true;
    // "79.2% for o1": the name closes a number's phrase
    if (
      (before.includes('for') || before.includes('by')) &&
      /\d[%a-z]*\s*\)?\s*(?:for|by)\s+(?:the\s+)?(?:(?:original|earlier|older|previous|base|first|january|february|march|april|may|june|july|august|september|october|november|december)\s+)?$/.test(
        before,
      )
    )
      return true;
    // "outperforms Gemma 3 and GPT-4o mini": listed after a yardstick the dictionary lacks
    if (before.includes(' and ') || before.includes(' or ')) {
      if (OBJECT_LIST_BEFORE.test(f.slice(Math.max(0, m.start - 50), m.start))) return true;
    }
    if (!knownBefore) return false;
    // "beats X, Y and Z": listed after an object; "Compared with X, Y is ...": not
    const prev = models![at - 1];
    return !closesFrontedComparison(f, prev.start, f.slice(prev.end, m.start)) && isObject(f, prev, models);
  }

  /** "Scout and Maverick", "Scout, Maverick and Behemoth": coordinated names around `m`. */
  function groupOf(f: string, m: ModelMention, models: ModelMention[]): ModelMention[] {
    const i = models.indexOf(m);
    if (i < 0) return [m];
    let a = i;
    let b = i;
    // "Llama 4 Maverick (FP8 weights) and Llama 4 Scout": a short bracket without figures stays in the list
    const gapOf = (x: ModelMention, y: ModelMention) => listGap(f.slice(x.end, y.start));
    while (
      a > 0 &&
      LIST_GAP.test(gapOf(models[a - 1], models[a])) &&
      !/\bor\b/.test(f.slice(models[a - 1].end, models[a].start))
    )
      a--;
    while (
      b + 1 < models.length &&
      LIST_GAP.test(gapOf(models[b], models[b + 1])) &&
      !/\bor\b/.test(f.slice(models[b].end, models[b + 1].start))
    )
      b++;
    if (a < i && isObject(f, models[a], models)) return [m];
    const seen = new Set<string>();
    return models.slice(a, b + 1).filter((x) => !seen.has(x.ref.id) && !!seen.add(x.ref.id));
  }

  function emit(
    out: Claim[],
    all: ModelMention[],
    base: Omit<Claim, 'id' | 'model' | 'variant'>,
    family = false,
    why = '',
  ): void {
    // A family ("Llama 4") takes a claim only where family-claims.ts found it the figure's subject.
    // Hot path (one call per claim): plain loop and Object.assign, no per-claim spreads or closures.
    let k = 0;
    for (const model of all) {
      if (model.isFamily && !family) continue;
      const id = `${base.start}:${base.end}:${base.metric}` + (k > 0 ? `:${model.ref.id}` : '');
      k++;
      const c = Object.assign({ id }, base, { model: model.ref }) as Claim;
      if (model.variant) c.variant = model.variant;
      out.push(c);
      if (onRoute) onRoute(c, why || 'other');
    }
  }

  /** The base of a prose quantity claim, optional fields set only when present (same shape as before). */
  function quantityBase(
    quote: string,
    start: number,
    end: number,
    cue: Cue,
    value: number,
    low: number | undefined,
    hedge: Hedge,
  ): Omit<Claim, 'id' | 'model' | 'variant'> {
    const b = { quote, start, end, metric: cue.metric } as Omit<Claim, 'id' | 'model' | 'variant'>;
    if (cue.benchmark) b.benchmark = cue.benchmark;
    if (cue.setting) b.setting = cue.setting;
    b.value = value;
    if (low !== undefined) b.valueLow = low;
    if (cue.unit) b.unit = cue.unit;
    b.hedge = hedge;
    b.context = 'prose';
    return b;
  }

  function scanSentence(inp: SentenceInput): void {
    const { f, m: mf, orig, base, s, e, benchmarks, ctx, out } = inp;
    // A family name ("the smallest Llama 4 model") never takes a claim from a model named nearby.
    const models = inp.models.some((m) => !m.isFamily)
      ? inp.models.filter((m) => !m.isFamily)
      : [...inp.models];
    const sentence = f.slice(s, e);
    const famsNamed = models.length < inp.models.length ? inp.models.filter((m) => m.isFamily) : [];
    const reported = REPORT_WORDS.test(sentence) ? isReported(sentence) : false;
    // (every figure holds a digit: a sentence without one has only figures in words, if any)
    const digitQs = inp.digit ? findQuantities(f, s, e) : NO_QUANTITIES;
    const words = numberWords(sentence) ? findWordQuantities(f, s, e) : NO_QUANTITIES;
    // the spans figures may not overlap (names, licences, dates), kept only where a figure was found
    const anyQs = digitQs.length > 0 || words.length > 0;
    const blocked: [number, number][] = [];
    if (anyQs) {
      for (const m of models) blocked.push([m.start, m.end]);
      for (const b of benchmarks) blocked.push([b.start, b.end]);
    }
    const licenses = findLicenses(f, orig, s, e);
    if (anyQs) for (const l of licenses) blocked.push([l.start, l.end]);
    // Family claims: the sentence's mentions outside licence names, the family a previous sentence was about
    const famAll = inp.models.some((m) => m.isFamily)
      ? inp.models.filter((m) => !licenses.some((l) => m.start < l.end && m.end > l.start))
      : null;
    // ("Llama 4 refuses fewer prompts. Meta says the rate fell to 2%.": the next sentence, naming no model)
    const famCarry =
      ctx.familyTopic && ctx.familyTopic.block === inp.block && !inp.models.length
        ? ctx.familyTopic.mention
        : null;
    const famSubject = famAll ? familySentenceSubject(f, famAll, s) : null;
    ctx.familyTopic = famSubject ? { mention: famSubject, block: inp.block, end: e } : null;
    const familyAt = (at: number, metric: string): ModelMention | null =>
      !FAMILY_METRICS.has(metric) ? null : famAll ? familyOwner(f, orig, famAll, s, at, metric) : famCarry;
    // "Llama 4 Community License" names a licence, not the model
    if (licenses.length) {
      const kept = models.filter((m) => !licenses.some((l) => m.start < l.end && m.end > l.start));
      models.length = 0;
      models.push(...kept);
    }
    const dates = inp.digit ? findDates(f, s, e, ctx.pageDate) : [];
    if (anyQs) for (const d of dates) blocked.push([d.start, d.end]);

    const qs = !anyQs
      ? NO_QUANTITIES
      : (words.length ? [...digitQs, ...words] : digitQs)
          .filter((q) => !blocked.some(([a, b]) => q.start < b && q.end > a))
          .map((q) => pointThousands(f, q, s))
          .sort((a, b) => a.start - b.start);
    // Sizes right after a name ("Llama 3.1 405B") are name parts unless a parameter cue follows.
    const quantities: Quantity[] = [];
    for (const q of qs) {
      // "says 3.7 Sonnet gets 62.3%": a shortened model name, not a figure
      if (
        q.decimals > 0 &&
        !q.percent &&
        !q.currency &&
        !q.scale &&
        isVersionBeforeTier(orig, q.end, tierWords)
      )
        continue;
      // "Scout (17B-16E-Instruct)": a checkpoint name's size
      if (isCheckpointNamePart(f, q)) continue;
      const prev = models.find((m) => m.end <= q.start && q.start - m.end <= 1);
      if (
        prev &&
        (q.scale === 'b' || q.scale === 'm') &&
        !/^[\s-]*(?:total|active|activated|parameters?|params?)\b/.test(f.slice(q.end, q.end + 20)) &&
        // "Scout used 5.0M GPU-hours and Maverick 2.38M," is a parallel figure, not a name part
        !(
          /(?:\band|,|\bwhile|\bwhereas)\s*$/.test(f.slice(Math.max(s, prev.start - 8), prev.start)) &&
          /^\s*(?:[.,;)]|$)/.test(f.slice(q.end, q.end + 2)) &&
          quantities.some((x) => x.scale === q.scale && !x.currency && !x.percent)
        )
      )
        continue;
      quantities.push(q);
    }

    const subjectsAll = models.filter((m) => !isObject(f, m, models));
    // The rest in three passes of their own: one function this size is slow for V8 to optimise (seconds)
    // and every deopt recompiles all of it; smaller ones are optimised sooner and recompiled cheaply.
    const st: SentenceScan = {
      inp,
      f,
      mf,
      orig,
      base,
      s,
      e,
      benchmarks,
      ctx,
      out,
      models,
      sentence,
      famsNamed,
      reported,
      licenses,
      dates,
      familyAt,
      quantities,
      subjectsAll,
    };
    const sentenceWho = scanFigures(st);
    scanComparisons(st, sentenceWho);
    scanDatesAndLicences(st);
  }

  /** The sentence's figures, in order (metric, owner, hedge, setting); returns whose figures they were. */
  function scanFigures(st: SentenceScan): ModelMention[] {
    const {
      inp,
      f,
      mf,
      orig,
      base,
      s,
      e,
      benchmarks,
      ctx,
      out,
      models,
      sentence,
      famsNamed,
      reported,
      familyAt,
      quantities,
      subjectsAll,
    } = st;
    // the previous sentence's last cue: read across a full stop only in the narrow shapes below
    const crossPrev = inp.carry.prev;
    let prevCue = afterSemicolon(f, s) ? crossPrev : null;
    inp.carry.prev = null;
    // "Scout gets 74.3, 57.2 and 69.4 on the same three": the previous sentence's benchmarks, in order
    const prevBenches = inp.carry.benches;
    inp.carry.benches = [];
    // every cue of this clause, and of the clause before a semicolon (parallel figures of several kinds)
    const clauseCues = afterSemicolon(f, s) ? inp.carry.cues : [];
    inp.carry.cues = clauseCues;
    const sameList =
      prevBenches.length > 1 &&
      (sentence.includes('same') ||
        sentence.includes('respective') ||
        sentence.includes('correspond') ||
        sentence.includes('equivalent') ||
        sentence.includes('counterpart') ||
        sentence.includes('matching'))
        ? sameListCues(f, s, e, quantities, prevBenches)
        : null;
    // "scores 81.4 and 72.9 on AIME 2024 and AIME 2025, respectively": scores mapped onto tests in order
    const respective =
      benchmarks.length > 1 && quantities.length > 1 && sentence.includes('respectively')
        ? respectiveScores(mf, e, quantities, benchmarks, idx.arenaName)
        : null;
    // "Scout and Maverick have 10M and 1M tokens, respectively": one figure per model, in order
    const respModels =
      !respective && quantities.length > 1 && sentence.includes('respectively')
        ? respectiveModels(f, s, e, quantities, models, inp.blockModels)
        : null;
    let sentenceWho: ModelMention[] = [];
    // whose figures a pointer ("it") in this sentence already meant: a later "it" means the same model,
    // not the yardstick of a figure in between ("it drops to 46.0, from 53.1 for X, and it falls to 68.5")
    let pointerWho: ModelMention[] = [];
    // a maker cited as a source counts only where the sentence names no model of its own as subject
    // (looked for once a figure of the sentence gets that far)
    let mayCite: boolean | undefined;
    const citeMaker = (): boolean =>
      (mayCite ??=
        quantities.length > 0 &&
        !subjectsAll.some((x) => !x.isFamily) &&
        makerWordsIn(f, afterSemicolon(f, s) ? sentenceStart(f, s) : s, e));
    let vendors: string[] | undefined;
    // per-sentence gates for the indirect-name rules below (checked once, not per figure)
    const expSent = quantities.length > 0 && sentence.includes('experimental');
    let snapSent: boolean | undefined;
    let lastPriced: { q: Quantity; who: ModelMention[] } | null = null;
    for (let i = 0; i < quantities.length; i++) {
      let q = quantities[i];
      let hedge: Hedge = 'exact';
      let qStart = q.start;
      let low: number | undefined = q.low;
      if (q.low !== undefined) hedge = 'range';
      // join "from X to Y" / "between X and Y" / "X to Y"
      const next = quantities[i + 1];
      if (next) {
        const jk = joinKind(f.slice(q.end, next.start), f.slice(Math.max(s, q.start - 12), q.start));
        // "between 19 and 49 cents": a bare low end shares the high end's unit
        const centsLow = jk !== null && centsRangeLow(f, q, next);
        if (
          jk &&
          // ("falls from 40.0 at 8k to 16.0 at 32k": a scaled setting, then a bare score, is no range)
          !(q.scale && !next.scale && !next.percent && !next.currency) &&
          (next.percent === q.percent || !next.percent || !q.percent) &&
          (next.currency === q.currency || centsLow)
        ) {
          low = centsLow ? q.value / 100 : q.value;
          if (!q.scale && next.scale && !q.percent) low = q.raw * (next.value / next.raw);
          hedge = jk;
          if (jk === 'from-to')
            qStart = q.start - (/from\s*$/.exec(f.slice(Math.max(s, q.start - 6), q.start))?.[0].length ?? 0);
          q = { ...next, start: q.start };
          i++;
        }
      }
      // (looked for only where read: by the cue rules for the figures readsModelJustBefore names, and
      // by the ellipsis rule below)
      let justBefore: boolean | null = null;
      const modelJustBefore = (): boolean =>
        (justBefore ??=
          pointerIs(f.slice(Math.max(s, qStart - 24), qStart)) ||
          models.some(
            (m) =>
              m.end <= qStart &&
              qStart - m.end <= 14 &&
              /^(?:'s)?\s*(?:,\s*(?=is\b|was\b|has\b|had\b))?(?:is|was|has|had|at|:|,|\()?\s*(?:a\s+|just\s+|only\s+|(?:around|about|roughly|nearly)\s+)?$/.test(
                f.slice(m.end, qStart),
              ),
          ));
      const classify = (x: Quantity, just: boolean) =>
        classifyQuantity({
          f: mf,
          fOrig: f,
          sentStart: s,
          sentEnd: e,
          q: x,
          benchmarks,
          arenaName: idx.arenaName,
          arenaBlock: inp.arenaBlock,
          modelJustBefore: just,
          paragraphBenchmark: inp.paragraphBenchmark,
          carriedBenchmark: inp.carriedBenchmark,
          // (read only for a "b"/"t" size: looked for only there)
          afterName:
            (x.scale === 'b' || x.scale === 't') &&
            AFTER_NAME.test(orig.slice(Math.max(s + 1, x.start - 24), x.start)),
        });
      let cue = classify(q, readsModelJustBefore(q) && modelJustBefore());
      let pairedWith: Quantity | null = null;
      // ("4.08 × 10²⁴ and 2.244 × 10²⁴ FLOP respectively": the list's last figure gives the unit)
      const respLast = respModels?.last.get(q);
      if ((!cue || cue.weak) && respLast && respLast !== q && sameKind(q, respLast)) {
        const c = classify(respLast, false);
        if (c) cue = { ...c, quoteEnd: q.end };
      }
      // "62.3% against 38.0 for GPT-4.5 on SWE-bench Verified": the first score shares the second's cue
      const vs = quantities[i + 1];
      if (!cue && vs && sameKind(q, vs) && VERSUS.test(f.slice(q.end, vs.start))) {
        const c = classify(vs, false);
        if (c && !c.weak && (c.metric === 'benchmark_score' || c.metric === 'arena_elo'))
          cue = { ...c, quoteEnd: q.end };
      }
      // Parallel phrasing: "1 million tokens for Maverick and 10 million for Scout"
      const pc = prevCue as { cue: Cue; q: Quantity } | null;
      const xp = pc ?? crossPrev;
      // "the 671B/37B layout": total, then active, of one mixture-of-experts model
      if (
        pc &&
        pc.cue.metric === 'total_params' &&
        q.scale === 'b' &&
        pc.q.scale === 'b' &&
        q.value < pc.q.value &&
        /^\s*\/\s*$/.test(f.slice(pc.q.end, q.start)) &&
        !/^\s*(?:total|in total)\b/.test(f.slice(q.end, q.end + 12))
      )
        cue = { metric: 'active_params', unit: 'params', quoteEnd: q.end };
      if ((!cue || cue.weak) && xp && sameKind(q, xp.q)) {
        const tail = f.slice(q.end, Math.min(e, q.end + 60));
        // "GPT-4o is $2.50 and $10 respectively" after a sentence that gave the unit
        if (tail.includes('respectively') && RESPECTIVELY.test(tail)) cue = { ...xp.cue, quoteEnd: q.end };
        // "Maverick gets 1M." / "...; the model itself supports up to 1M": a bare figure closing a
        // clause whose subject is a model or a pointer, parallel to the figure just given
        else if (
          (q.scale
            ? q.scale === xp.q.scale || (xp.cue.metric === 'context_window' && kOrM(q) && kOrM(xp.q))
            : // ("... across 256 routed experts. Llama 4 Maverick has 128 and Scout 16": a bare count of experts)
              xp.cue.metric === 'experts' && !xp.q.scale && bareCount(q)) &&
          ELLIPSIS_END.test(f.slice(q.end, q.end + 12)) &&
          clauseSubject(f, models, s, qStart)
        )
          cue = { ...xp.cue, quoteEnd: q.end };
        // "...at $0.15 per million input tokens. It is $0.10.": a price restated, unit elided
        else if (
          xp.cue.metric === 'price' &&
          q.currency &&
          !PER_PERIOD.test(f.slice(q.end, q.end + 12)) &&
          ELLIPSIS_END.test(f.slice(q.end, q.end + 12)) &&
          clauseSubject(f, models, s, qStart)
        )
          cue = { ...xp.cue, quoteEnd: q.end };
        // "Meta's card gives roughly 40 trillion for Scout" / "the 22 trillion figure belongs to Maverick"
        else if (
          !!q.scale &&
          q.scale === xp.q.scale &&
          models.some((x) => x.start >= q.end && OWNER_AFTER.test(f.slice(q.end, x.start)))
        )
          cue = { ...xp.cue, quoteEnd: q.end };
        // "...scored 1417 on LMArena. The released one landed at 1273": another arena score, unit elided
        else if (
          xp.cue.metric === 'arena_elo' &&
          !q.percent &&
          q.decimals === 0 &&
          q.value >= 800 &&
          q.value <= 1800 &&
          ARENA_LEAD.test(f.slice(Math.max(s, qStart - 24), qStart)) &&
          !/^\s*(?:[a-z]+\s+)?(?:votes?|points?|users?|people|times|downloads?|tokens?|gpus?|stars?|likes?)\b/.test(
            f.slice(q.end, q.end + 24),
          )
        )
          cue = { ...xp.cue, quoteEnd: q.end };
      }
      if ((!cue || cue.weak) && pc && sameKind(q, pc.q)) {
        const nextM = models.find((m) => m.start >= q.end);
        const tail = nextM ? f.slice(q.end, nextM.start) : '';
        const link = f.slice(pc.q.end, q.start);
        const next12 = f.slice(q.end, q.end + 12);
        const closes =
          ELLIPSIS_END.test(next12) || ((q.currency || q.percent || !!q.scale) && !PER_PERIOD.test(next12));
        if (nextM && /^\s*\)?\s*(?:for|by|of|from)\s+(?:the\s+)?(?:[a-z]+\s+)?$/.test(tail))
          cue = { ...pc.cue, quoteEnd: q.end };
        // Ellipsis: "Scout uses 16 experts, while Maverick uses 128." / "..., and Maverick on about 22 trillion."
        // (the bare number must close its phrase: "Maverick has 400 fans" is about something else)
        else if (closes && modelJustBefore()) cue = { ...pc.cue, quoteEnd: q.end };
        else if (
          closes &&
          nextM === undefined &&
          // "GPT-4o advertises 128K tokens, and Gemini 2.0 Flash claims 1M": windows in K and M alike
          (q.scale === pc.q.scale || (pc.cue.metric === 'context_window' && kOrM(q) && kOrM(pc.q))) &&
          ellipsisSubject(f, models, pc.q.end, qStart)
        )
          cue = { ...pc.cue, quoteEnd: q.end };
        // "$3 per million input tokens and $15 for output": the second price shares the unit
        else if (
          pc.cue.metric === 'price' &&
          q.currency &&
          link.length < 60 &&
          (/(?:\band|,)\s*$/.test(link)
            ? /^\s*(?:(?:in|for|on)\s+)?(?:input|output|prompt|completion)\b/.test(f.slice(q.end, q.end + 20))
            : // "$3 per million, output $15"
              /(?:\band|,)\s*(?:for\s+)?(?:input|output|prompt|completion)s?(?:\s+tokens?)?\s*(?:at|is|:)?\s*$/.test(
                link,
              ))
        )
          cue = { ...pc.cue, quoteEnd: q.end };
        // "Scout at $0.15 / $0.50": a slashed pair of prices is input / output of one model
        else if (pc.cue.metric === 'price' && q.currency && pc.q.currency && SLASH_PAIR.test(link))
          cue = { ...pc.cue, quoteEnd: q.end };
        // "$0.27 per million input tokens and $1.10 per million output, against GPT-4o's $2.50 and $10":
        // a second bare pair mirrors the input/output pair the clause just priced
        else if (
          pc.cue.metric === 'price' &&
          q.currency &&
          pc.q.currency &&
          /^\s*and\s*$/.test(link) &&
          ELLIPSIS_END.test(next12) &&
          clauseCues.filter((c) => c.cue.metric === 'price').length >= 3
        ) {
          cue = { ...pc.cue, quoteEnd: q.end };
          pairedWith = pc.q;
        }
        // "...per million input tokens; GPT-4.5 costs $75 for the same": a second model's price clause
        else if (
          pc.cue.metric === 'price' &&
          q.currency &&
          !PER_PERIOD.test(next12) &&
          secondPriceClause(f, models, pc.q.end, qStart)
        )
          cue = { ...pc.cue, quoteEnd: q.end };
        else if (
          /^[^.;]{0,40}\b(?:versus|vs\.?|against|compared (?:to|with)|under|over|above|below|than)\s+(?:the\s+|a\s+|our\s+|my\s+|their\s+|its\s+|[a-z]+'s\s+(?:own\s+|independent\s+)?)?$/.test(
            link,
          )
        )
          cue = { ...pc.cue, quoteEnd: q.end };
        // "scores 52.8 at 8k but only 34.4 at 120k", "62.3% in standard mode, and 70.3% with ...":
        // a second score of the same test, joined to the first by a conjunction
        else if (parallelScore(f, pc, q, qStart, benchmarks)) cue = { ...pc.cue, quoteEnd: q.end };
        // "57.2 from Meta, 0.518 from Epoch": the same source phrase after both figures
        else if (
          /^\s*,?\s*(?:and\s+)?$/.test(link.replace(SOURCE_TAIL, '')) &&
          sourceWord(f, pc.q.end) !== null &&
          sourceWord(f, pc.q.end) === sourceWord(f, q.end)
        )
          cue = { ...pc.cue, quoteEnd: q.end };
      }
      // "...$0.08 per million input tokens. Output runs between $0.30 and $0.60.": the other token kind's
      // price, after the paragraph's last price (other figures may stand between)
      const lastPrice = inp.carry.price;
      if (
        (!cue || cue.weak) &&
        q.currency &&
        lastPrice &&
        TOKEN_KIND_SUBJECT.test(f.slice(s, qStart)) &&
        !PER_PERIOD.test(f.slice(q.end, q.end + 12))
      )
        cue = { ...lastPrice.cue, quoteEnd: q.end };
      // "Scout packed 109B parameters into 16 experts; Maverick spread 400B over 128": a parallel clause
      // repeats figures of several kinds; the bare one takes the cue of the same kind, not the last one
      if ((!cue || cue.weak) && pc && !sameKind(q, pc.q) && clauseCues.length > 1) {
        const alt = parallelCue(f, models, clauseCues, q, qStart, e);
        if (alt) cue = { ...alt.cue, quoteEnd: q.end };
      }
      // "Scout passed 2 million downloads, and Maverick about 900,000": a count printed in full in the
      // parallel clause, the unit elided
      if (
        (!cue || cue.weak) &&
        pc &&
        COUNT_METRICS.has(pc.cue.metric) &&
        !!pc.q.scale &&
        !q.scale &&
        !q.percent &&
        !q.currency &&
        q.decimals === 0 &&
        q.value >= 1000 &&
        !pc.q.percent &&
        !pc.q.currency &&
        ELLIPSIS_END.test(f.slice(q.end, q.end + 12)) &&
        !models.some((m) => m.start >= q.end && m.start < e) &&
        ellipsisSubject(f, models, pc.q.end, qStart)
      )
        cue = { ...pc.cue, quoteEnd: q.end };
      // "only 17 billion parameters are active, even though the whole thing is 400 billion": the total
      if (
        (!cue || cue.weak) &&
        pc &&
        pc.cue.metric === 'active_params' &&
        !!q.scale &&
        q.scale === pc.q.scale &&
        q.value > pc.q.value &&
        WHOLE_BEFORE.test(f.slice(Math.max(s, qStart - 40), qStart)) &&
        ELLIPSIS_END.test(f.slice(q.end, q.end + 12))
      )
        cue = { metric: 'total_params', unit: 'params', quoteEnd: q.end };
      // "Epoch estimates X at 3.81e25 FLOP; for Y the estimate is 3.35e25": a compute figure, unit elided
      if (
        (!cue || cue.weak) &&
        xp &&
        xp.cue.metric === 'training_compute' &&
        q.value >= 1e20 &&
        !q.percent &&
        !q.currency &&
        // not a yardstick ("roughly fifteen times DeepSeek's 3.4e24")
        // ("no less than 3.4e24" is a floor, not a yardstick)
        !/\b(?:times|than|vs\.?|versus|against|compared (?:to|with)|like)\b/.test(
          f.slice(Math.max(s, qStart - 40), qStart).replace(BOUND_THAN, ''),
        )
      )
        cue = { ...xp.cue, quoteEnd: q.end };
      // "Mistral Small 3.1 only claims 128k, but ...", once the article is about context windows
      // (and "GPT-4o tops out at 128,000": a round count of thousands printed in full)
      if (
        !cue &&
        ctx.contextSeen &&
        (windowSized(q) || roundThousands(q)) &&
        CONTEXT_VERB.test(f.slice(Math.max(s, qStart - 30), qStart)) &&
        ELLIPSIS_END.test(f.slice(q.end, q.end + 12)) &&
        clauseSubject(f, models, s, qStart)
      )
        cue = { metric: 'context_window', unit: 'tokens', quoteEnd: q.end };
      // "Maverick, advertised at 1M, ...", "sold as a 128K model": the marketed size, once windows are the topic
      if (
        !cue &&
        (windowSized(q) || roundThousands(q)) &&
        (ctx.contextSeen || CONTEXT_WORD.test(sentence)) &&
        advertisedWindow(f, s, qStart, q.end)
      )
        cue = { metric: 'context_window', unit: 'tokens', quoteEnd: q.end };
      // "people quote the 10M figure for it", once the article is about context windows
      if (
        !cue &&
        ctx.contextSeen &&
        windowSized(q) &&
        /\bthe\s+["“‘']?$/.test(f.slice(Math.max(s, qStart - 6), qStart)) &&
        QUOTED_WINDOW_AFTER.test(f.slice(q.end, q.end + 24))
      )
        cue = { metric: 'context_window', unit: 'tokens', quoteEnd: q.end };
      // "its window is also 128K", "Scout holds up for just 1K": a bare size in a paragraph about windows
      if (
        !cue &&
        low === undefined &&
        windowByTopic(f, s, e, q) &&
        !isRunSetting(f.slice(Math.max(s, qStart - 60), qStart), f.slice(q.end, q.end + 40))
      )
        cue = { metric: 'context_window', unit: 'tokens', quoteEnd: q.end };
      const listed = sameList?.get(q) ?? respective?.get(q);
      if (listed) cue = { ...listed, quoteEnd: q.end };
      // "weights that take up over 700 GB": a figure with a unit of its own measures something else
      if (cue && hasForeignUnit(f, q.end)) cue = null;
      // "45% fewer refusals", "Output ...: up to 64K tokens": the figure's phrase names another measure
      if (cue && cue.metric !== 'comparison' && measuresOther(f, q, cue.metric, s, e)) cue = null;
      // "falls off beyond 2K tokens", "capped prompts at 32,000 tokens": a length used, not the window
      if (cue && cue.metric === 'context_window' && isUsageLength(f, s, q.start, q.end)) cue = null;
      // "a research project in 2023", "human experts score about 65%": a year, people's score
      if (cue && (isYear(f, s, q) || humanScore(f, models, s, q))) cue = null;
      // "down from the 7% of its predecessor", "1 billion tokens each": an old value, a per-item count
      if (
        cue &&
        cue.metric !== 'comparison' &&
        low === undefined &&
        (isPriorValue(f, s, q) || isPerItemCount(f, q))
      )
        cue = null;
      // "uses 37 billion of its 671 billion parameters": the whole is the total
      if (cue && cue.metric === 'active_params' && isWholeOfPart(f, s, q))
        cue = { ...cue, metric: 'total_params' };
      // "Our own eval set: 91% acceptable answers for GPT-4o": not the benchmark an earlier sentence named
      if (cue && cue.metric === 'benchmark_score' && !benchmarks.length && ownEvalFigure(f, q, s, e))
        cue = null;
      // "... against 49% for the model it replaced": a figure of an unnamed other model
      if (cue && cue.metric !== 'comparison' && forUnnamedOther(f, cue.quoteEnd, e)) cue = null;
      // "human experts score about 65%": people, not a model
      if (cue && cue.metric === 'benchmark_score' && humanScorer(f.slice(Math.max(s, qStart - 60), qStart)))
        cue = null;
      if (
        cue &&
        (cue.metric === 'total_params' || cue.metric === 'active_params') &&
        isSizeClass(f, q.end, q.start)
      )
        cue = null;
      // a score this page already gave for the same model, restated without its benchmark
      let restated: Claim[] = [];
      // (one figure, not a move "from 71% to 66%", and not some other rate: "our resolution rate was 66%")
      // (the earlier scores of this value first: most figures have none, and then the rate test is moot)
      if (!cue && out.length && low === undefined && scoreShaped(q)) {
        const same = restatedScores(q, out, f.slice(q.end, q.end + 16));
        if (same.length && !/\brates?\b/.test(f.slice(s, qStart))) {
          restated = same;
          cue = restatedCue(q, restated[0]);
        }
      }
      // "Forget the 10M.": a size or window this page gave for one model, pointed at again
      const again = !cue && out.length && low === undefined ? restatedFigure(f, s, qStart, q, out) : null;
      if (again) cue = { metric: again.metric, unit: again.unit, quoteEnd: q.end };
      if (!cue) continue;
      // "..., 7.38M in total across the two": a parallel figure that sums the others
      if (
        cue !== null &&
        (pc || xp) &&
        (SUM_HINT_AFTER.test(f.slice(q.end, Math.min(e, q.end + 40))) ||
          // "...; together it is 7.38 million hours"
          f.slice(Math.max(s, q.start - 40), q.start).includes('together')) &&
        isSumFigure(
          f.slice(Math.max(s, q.start - 40), q.start),
          f.slice(q.end, Math.min(e, q.end + 60)).trimStart(),
        )
      )
        continue;
      // "5.0M for Scout and 2.38M for Maverick, 7.38M in total": a figure equal to the sum of the clause's
      // earlier figures of its kind is their total, no one model's
      if (clauseCues.length >= 2 && low === undefined && isSumOfEarlier(q, cue.metric, clauseCues)) continue;
      prevCue = inp.carry.prev = { cue, q };
      if (cue.metric === 'price') inp.carry.price = prevCue;
      clauseCues.push(prevCue);
      if (cue.metric === 'context_window') ctx.contextSeen = true;
      if (
        cue.metric === 'benchmark_score' &&
        cue.benchmark &&
        !inp.carry.benches.some((b) => b.benchmark === cue.benchmark)
      )
        inp.carry.benches.push(cue);
      // a host's limit is not the model's figure (but it still sets up a parallel "the model supports 1M")
      if (
        cue.metric === 'context_window' &&
        (sentence.includes('cap') || sentence.includes('limit') || sentence.includes('restrict')) &&
        ((HOST_CAP.test(f.slice(Math.max(s, qStart - 30), qStart)) && HOST_WORDS.test(sentence)) ||
          servedWithCap(f, s, qStart, q.end))
      )
        continue;
      if (hedge === 'exact') {
        const h = hedgeBefore(f.slice(Math.max(s, q.start - 40), q.start));
        if (h) hedge = h.hedge;
        else if (f[q.start] === '~') hedge = 'about';
        // "40k+", "100+": a lower bound printed after the figure
        else if (f[q.end] === '+' && !/\d/.test(f.charAt(q.end + 1))) hedge = 'over';
        else if (reported) hedge = 'reportedly';
      }
      let who = attribute(
        f,
        models,
        subjectsAll,
        qStart,
        cue.quoteEnd,
        s,
        e,
        ctx,
        inp.kind,
        inp.block,
        pointerWho.length ? pointerWho : sentenceWho,
      );
      let why = route;
      // "At $3 per million input tokens, Claude costs us ...": an opening figure whose clause goes on to a
      // subject of its own (a name the dictionary lacks) is that subject's, not the last model's
      if (
        why === 'opens-sentence' &&
        OWN_SUBJECT_AFTER.test(orig.slice(cue.quoteEnd, Math.min(e, cue.quoteEnd + 60)))
      )
        who = [];
      // (the second of a mirrored pair is priced for the first one's model)
      if (pairedWith && lastPriced?.q === pairedWith) {
        who = lastPriced.who;
        why = 'price-pair';
      }
      const respOwner = respModels?.owner.get(q);
      if (respOwner) {
        who = [respOwner];
        why = 'respective';
      }
      // "Llama 4 now refuses under 2%": the family itself is the figure's subject
      const famOwn = familyAt(qStart, cue.metric);
      if (famOwn) {
        // "fell from 7% in Llama 3.3 to below 2%": the figure of the versioned name right after it
        if (
          /^\s(?:in|for|by|with)\s+(?:the\s+)?[A-Z][A-Za-z]*[\s-]?\d/.test(
            orig.slice(cue.quoteEnd, cue.quoteEnd + 30),
          )
        )
          continue;
        who = [famOwn];
        why = 'family';
      }
      // "Meta's bigger Llama 4 model": a family reference means the family's model under discussion
      else if (who.length && who.every((w) => w.isFamily)) {
        const fam = who[0].family;
        const cand = [ctx.sectionModel, ctx.lastModel].find((x) => x && !x.isFamily && x.family === fam);
        who = cand ? [cand] : [];
        why = 'family-ref';
      }
      if (!who.length && !sentenceWho.length && SPEAKER_TURN.test(orig)) {
        who = turnCarry(inp, sentence);
        why = 'turn-carry';
      }
      if (
        !who.length &&
        sentenceWho.length &&
        // ("..., compared with $2.50 for the same input to GPT-4o": the named yardstick's figure, not the subject's)
        !(
          YARDSTICK_FIGURE.test(f.slice(Math.max(s, qStart - 24), qStart)) &&
          models.some((m) => m.start >= cue.quoteEnd)
        )
      ) {
        who = sentenceWho;
        why = 'sentence-who';
        // "... about 40T tokens against 22T for Maverick": never the contrasted model's own figure
        const nm = models.find((m) => m.start >= cue.quoteEnd);
        if (nm && AGAINST_FOR.test(f.slice(cue.quoteEnd, nm.start)))
          who = who.filter((w) => w.ref.id !== nm.ref.id);
      }
      // "Meta says 57.2", "Anthropic said 62.3%": a maker cited as the figure's source, no model of it named
      if (!who.some((w) => models.some((x) => x.ref.id === w.ref.id)) && citeMaker()) {
        vendors ??= sentenceVendors(orig, mf, f, s, e);
        if (vendors.length) {
          who = vendorOwner(who, vendors, ctx);
          why += '+vendor';
        }
      }
      // "Meta said the models were pretrained on 30 trillion tokens": a plural subject no name in the
      // sentence spells out is not the one model the paragraph was about
      if (
        who.length === 1 &&
        sentence.includes('models') &&
        PLURAL_MODELS_SUBJECT.test(f.slice(s, qStart)) &&
        !models.some((x) => x.end <= qStart)
      ) {
        who = [];
        why += '+plural';
      }
      // "the November snapshot fell to 18.2%", "85.7 for the November snapshot": a dated sibling
      snapSent ??= SNAP_GATE.test(sentence);
      const month = snapSent ? snapshotMonth(f, s, qStart, cue.quoteEnd, e, models) : 0;
      if (month) {
        // the model meant: this figure's owner, else the nearest name before it in the paragraph
        const cands: (ModelMention | null)[] = who.length === 1 ? [who[0]] : [...sentenceWho];
        const named = inp.blockModels.filter((x) => x.end <= qStart);
        for (let k = named.length - 1; k >= 0; k--) cands.push(named[k]);
        cands.push(ctx.lastModel);
        for (const c of cands) {
          const dated = c ? monthVariant(c, month) : null;
          if (dated) {
            who = [dated];
            why += '+snapshot';
            break;
          }
        }
      }
      // "the experimental checkpoint scored 1417, while the public Llama 4 Maverick ...": the
      // experimental child of the model the paragraph is about (picked up just below)
      const expAfter = expSent && EXPERIMENTAL_AFTER.test(f.slice(cue.quoteEnd, e));
      if (
        expSent &&
        (expAfter || EXPERIMENTAL_LEAD.test(f.slice(Math.max(s, qStart - 60), qStart))) &&
        !(who.length === 1 && experimentalKid(who[0])) &&
        // (a model this sentence names keeps its figure: "X sits at 22.2% for the experimental build")
        !who.some((w) => models.some((x) => x.ref.id === w.ref.id))
      ) {
        const named = inp.blockModels.filter((x) => x.end <= qStart);
        const cands = [...models, ...named.reverse(), ctx.lastModel, ...[...ctx.recent].reverse()];
        const c = cands.find((x) => x && !x.isFamily && experimentalKid(x));
        if (c) {
          who = [c];
          why += '+experimental';
        }
      }
      if (again) {
        // (the model the figure was given for, unless this sentence names models and not that one)
        const named = models.length > 0 && !models.some((x) => sameOrParent(x.ref.id, again.model.id));
        const m = named ? undefined : ctx.mentioned?.find((x) => x.ref.id === again.model.id);
        who = m ? [m] : [];
      }
      if (!who.length) continue;
      // (a restated score counts only for the model it was given for)
      const mine = restated.length
        ? restated.find((c) => who.length === 1 && sameOrParent(c.model.id, who[0].ref.id))
        : undefined;
      if (restated.length && !mine) continue;
      // "down from 7% for Llama 3": the figure is the named family's, not this model's
      if (
        famsNamed.length &&
        famsNamed.some((x) => x.start >= cue.quoteEnd && FOR_GAP.test(f.slice(cue.quoteEnd, x.start)))
      )
        continue;
      // "down from 7% for the previous generation": a predecessor's figure, not this model's
      // (for a dated or variant child, "the previous version" is its base model: "V3-0324 ... up from 75.9 for the previous version")
      if (PREDECESSOR_AFTER.test(f.slice(cue.quoteEnd, Math.min(e, cue.quoteEnd + 40)))) {
        const parent =
          who.length === 1 ? idx.models.get(idx.models.get(who[0].ref.id)?.parent ?? '') : undefined;
        if (!parent) continue;
        who = [{ ...who[0], ref: { id: parent.id, name: parent.name }, variant: undefined }];
      }
      // ...or a versioned name the dictionary lacks ("7% for Llama 3"): not this model's either
      // (also "fell from 7% in Llama 3.3 to below 2%": the from-figure of an older name)
      if (
        f.startsWith(' for ', cue.quoteEnd) ||
        f.startsWith(' by ', cue.quoteEnd) ||
        (f.startsWith(' in ', cue.quoteEnd) &&
          /\bfrom\s+(?:the\s+)?$/.test(f.slice(Math.max(s, qStart - 12), qStart)))
      ) {
        const un = UNKNOWN_OWNER.exec(orig.slice(cue.quoteEnd, cue.quoteEnd + 40));
        if (un && !models.some((x) => x.start === cue.quoteEnd + un[0].length - un[1].length)) continue;
      }
      // "vs 1246 for Mistral Small", "has Mistral at 0.475": a score of a name the dictionary lacks
      if (
        (cue.metric === 'benchmark_score' || cue.metric === 'arena_elo' || cue.metric === 'price') &&
        unknownScoreOwner(f, orig, s, qStart, cue.quoteEnd, inp.models, benchmarks)
      )
        continue;
      // "somebody will ship a 70B dense model that beats X": an unnamed model, described, not a named one's size
      if (
        cue.metric === 'total_params' &&
        /\ban?\s+(?:[a-z]+\s+)?$/.test(f.slice(Math.max(s, qStart - 12), qStart)) &&
        /^[\s-]*(?:[\w-]+\s+){0,2}(?:model|llm)s?\s+(?:that|which|who)\b/.test(f.slice(q.end, q.end + 40)) &&
        !models.some((x) => x.end <= qStart) &&
        !BACKREF.test(f.slice(s, qStart))
      )
        continue;
      // "downloaded 1 billion times across all versions": a family-wide total, not one model's
      // (only in this figure's own clause: "X passed 1 billion across all versions, and Y's weights ...")
      // (not one model's own checkpoints: "for the base and instruct checkpoints combined")
      if (cue.metric === 'downloads' && FAMILY_TOTAL.test(sentence) && !OWN_CHECKPOINTS.test(sentence)) {
        const head = f.slice(s, qStart);
        const cut = Math.max(
          head.lastIndexOf(', and '),
          head.lastIndexOf(', while '),
          head.lastIndexOf(', but '),
        );
        if (cut < 0 || FAMILY_TOTAL.test(f.slice(s + cut, e))) continue;
      }
      // "An experimental version scored 1,417": the experimental child of the model meant
      if (
        who.length === 1 &&
        // (expSent: the sentence holds "experimental", else no slice of it does)
        (expAfter || (expSent && /\bexperimental\b/.test(f.slice(Math.max(s, qStart - 60), qStart))))
      ) {
        const kid = experimentalKid(who[0]);
        if (kid) who = [{ ...who[0], ref: { id: kid.id, name: kid.name }, variant: kid.variantLabel }];
      }
      sentenceWho = who;
      if (cue.metric === 'price') lastPriced = { q, who };
      if (why.startsWith('backref') && !why.includes('+snapshot')) pointerWho = who;
      const start = base + qStart;
      const end = base + cue.quoteEnd;
      // "the same 1 million token context window as Gemini 2.0 Flash": that model's figure too
      if (f.slice(Math.max(s, qStart - 5), qStart) === 'same ') {
        const as = models.find(
          (x) =>
            x.start >= cue.quoteEnd && /^\s*(?:[a-z-]+\s+){0,3}as\s+$/.test(f.slice(cue.quoteEnd, x.start)),
        );
        if (as && !who.some((w) => w.ref.id === as.ref.id)) who = [...who, as];
      }
      // one score's own setting when the sentence gives several ("52.8 at 8k but only 34.4 at 120k"),
      // and the thinking-mode child for "with thinking on scores 0.797"
      let own: Cue = mine ? restatedCue(q, mine) : cue;
      if (cue.metric === 'benchmark_score') {
        const st = scoreSetting(f, sentence, s, e, qStart, cue.quoteEnd);
        const kid = st.thinking && who.length === 1 ? thinkingKid(who[0]) : undefined;
        if (kid) who = [{ ...who[0], ref: { id: kid.id, name: kid.name }, variant: kid.variantLabel }];
        // "Sonnet thinking reaches 71.5, up from 61.2 without it": the score without thinking is the base model's
        const base = st.setting === 'no thinking' && who.length === 1 ? thinkingParent(who[0]) : undefined;
        if (base) who = [{ ...who[0], ref: { id: base.id, name: base.name }, variant: undefined }];
        if (st.setting) own = { ...cue, setting: st.setting };
        else if (kid && cue.setting === 'thinking') own = { ...cue, setting: undefined };
        // "Maverick is 36.4% at the same length": the setting of the last score given on that test
        if (!own.setting && own.benchmark && sentence.includes('same')) {
          const same = sameSetting(sentence, own.benchmark, out);
          if (same) own = { ...own, setting: same };
        }
      } else if (cue.metric === 'context_window' && !cue.setting) {
        const st = windowSetting(f, s, qStart);
        if (st) own = { ...own, setting: st };
      }
      emit(
        out,
        who,
        quantityBase(orig.slice(qStart, cue.quoteEnd), start, end, own, q.value, low, hedge),
        who.length === 1 && who[0].isFamily,
        why,
      );
    }
    return sentenceWho;
  }

  /** The sentence's comparisons ("beats X on Y"); a bare subject may be whoever its figures were about. */
  function scanComparisons(st: SentenceScan, sentenceWho: ModelMention[]): void {
    const {
      inp,
      f,
      mf,
      orig,
      base,
      s,
      e,
      benchmarks,
      ctx,
      out,
      models,
      sentence,
      reported,
      subjectsAll,
      famsNamed,
    } = st;

    // Comparisons (need at least one name after the verb)
    // ("It trails both.": no name in the sentence, the objects are the two just named)
    const verbs =
      models.length ||
      (ctx.lastModel &&
        (sentence.includes('both') || sentence.includes('thinking') || SNAP_GATE.test(sentence)))
        ? findComparisonVerbs(f, s, e, mf)
        : [];
    let prevComp: { subject: ModelMention; end: number; others: ModelMention[] } | null = null;
    // names already compared against in this sentence ("It edges out X and sits above Y": X is no subject)
    const compared = new Set<ModelMention>();
    let prevSubject: ModelMention | null = null;
    for (let vi = 0; vi < verbs.length; vi++) {
      const v = verbs[vi];
      // "its per-token price is higher than X": an attribute, not the model's performance
      if (ATTRIBUTE_SUBJECT.test(f.slice(Math.max(s, v.start - 50), v.start))) continue;
      // a quoted or embedded question ("...: \"Is it better than X for coding?\"") asserts nothing
      if (QUESTION_AHEAD.test(mf.slice(v.end, e))) continue;
      const stop = vi + 1 < verbs.length ? verbs[vi + 1].start : e;
      const others: ModelMention[] = [];
      let cursor = v.end;
      for (const m of models) {
        if (m.start < cursor) continue;
        if (m.start >= stop) break;
        const gap = f.slice(cursor, m.start);
        // "above both Claude 3.7 Sonnet (1295) and GPT-4o": a figure in brackets does not end the list
        const listGap = others.length && gap.includes('(') ? gap.replace(BRACKETED_FIGURE, '') : gap;
        if (
          others.length === 0
            ? (OBJECT_GAP.test(gap) && !GAP_STOP.test(gap)) ||
              EVERY_OTHER_INCLUDING.test(gap) ||
              FIGURE_OF_OBJECT.test(gap)
            : LIST_GAP.test(listGap)
        ) {
          others.push(m);
          cursor = m.end;
        } else {
          // "outperforms Gemma 3 and GPT-4o mini": a bare line name (its flagship), then this name
          const ln = lineObjectFrom(f, cursor, m.start, others.length === 0, lineFlagships, objectGapOk);
          if (!ln || !LIST_GAP.test(f.slice(ln.end, m.start))) break;
          others.push(ln, m);
          cursor = m.end;
        }
      }
      // "beats GPT-4o mini and Gemma 3", "beats Gemma 3 on MMLU": a bare line name last or alone
      const lastLine = lineObjectFrom(f, cursor, stop, others.length === 0, lineFlagships, objectGapOk);
      if (lastLine) {
        others.push(lastLine);
        cursor = lastLine.end;
      }
      // "matches Maverick's.", "lower than Maverick's experimental number": not the model's own result
      if (others.length && POSSESSIVE_ATTRIBUTE.test(f.slice(cursor, cursor + 24))) continue;
      // "is lower than GPT-4o on price": an attribute, not performance
      if (others.length && ATTRIBUTE_AFTER.test(f.slice(cursor, cursor + 32))) continue;
      // "... on par with GPT-4o on GPQA, and beats it on MMLU-Pro" / "ahead of X on MMLU but behind on
      // GPQA": the pronoun or the left-out object is the previous comparison's
      if (!others.length && prevComp?.others.length) {
        const after = f.slice(v.end, stop);
        const pm = PRONOUN_OBJECT.exec(after);
        if (pm) {
          others.push(...prevComp.others);
          cursor = v.end + pm[0].length;
        } else if (
          ELIDED_OBJECT.test(after) &&
          benchmarks.some((b) => b.start >= v.end && b.start - v.end < 20)
        )
          others.push(...prevComp.others);
      }
      // "beats both", "trails both of them": the two models just named are the objects (found below)
      // "the August snapshot beats the November one": siblings of the model the paragraph is about
      let monthSubject: ModelMention | null = null;
      if (!others.length && SNAP_GATE.test(sentence)) {
        const mo = MONTH_OBJECT.exec(f.slice(v.end, Math.min(e, v.end + 40)));
        const named = inp.blockModels.filter((x) => x.end <= v.start && !x.isFamily);
        const baseModel = named.length ? named[named.length - 1] : ctx.lastModel;
        const dated = mo && baseModel ? monthVariant(baseModel, monthNumber(mo[1])) : null;
        if (dated) {
          others.push({ ...dated, start: v.end, end: v.end + mo![0].length });
          cursor = v.end + mo![0].length;
          const ms = MONTH_SUBJECT.exec(f.slice(Math.max(s, v.start - 40), v.start));
          if (ms && !models.some((x) => x.start >= v.start - 40 && x.end <= v.start))
            monthSubject = monthVariant(baseModel!, monthNumber(ms[1]));
        }
      }
      // "thinking beats the standard mode": a model's thinking child against its base model
      if (!others.length && sentence.includes('thinking')) {
        const named = inp.blockModels.filter((x) => x.end <= v.start && !x.isFamily);
        const mp = modePair(
          idx,
          f,
          s,
          v.start,
          v.end,
          named.length ? named[named.length - 1] : ctx.lastModel,
        );
        if (mp) {
          others.push(mp.object);
          cursor = mp.end;
          monthSubject = mp.subject;
        }
      }
      // "well ahead of both Llama 4 models": the family's two members under discussion
      if (!others.length && famsNamed.length) {
        const fam = famsNamed.find((x) => x.start > v.end && x.start - v.end < 16);
        const two = fam ? bothMembers(f, fam, ctx) : null;
        if (two) {
          others.push(...two);
          cursor = f.indexOf('models', fam!.end) + 6;
        }
      }
      let bothEnd = -1;
      if (!others.length) {
        const bm = BOTH_OBJECT.exec(f.slice(v.end, Math.min(e, v.end + 24)));
        if (!bm) continue;
        bothEnd = v.end + bm[0].length;
      }
      const pre = f.slice(Math.max(s, v.start - 60), v.start);
      if ((pre.includes('that') || pre.includes('which')) && INDEFINITE_MODEL.test(pre)) continue;
      let subject: ModelMention | null = monthSubject;
      // ("It edges out X and sits above Y": X is an object of the first verb, not the second's subject)
      let notSubject: ModelMention | null = null;
      const earlier = prevComp as { subject: ModelMention; others: ModelMention[] } | null;
      // (the subject before the last one: the fallback when the last would be compared with itself)
      let priorSubject: ModelMention | null = null;
      for (const m of models) {
        if (monthSubject || m.end > v.start) break;
        if (isObject(f, m, models)) continue;
        if (earlier?.others.includes(m) || notComparisonSubject(f, s, m.start, m.end, v.start)) {
          notSubject = m;
          continue;
        }
        // (a name already compared against, or one inside "the price of X", is no subject)
        if (compared.has(m) || ATTRIBUTE_OF_NAME.test(f.slice(Math.max(s, m.start - 24), m.start))) continue;
        priorSubject = subject;
        subject = m;
      }
      // ("trailing X but ahead of Y": the earlier comparison's subject)
      if (!subject && notSubject && earlier?.others.includes(notSubject)) subject = earlier.subject;
      // "Anthropic reports 62.3% for Claude 3.7 Sonnet in standard mode, ahead of GPT-4o": the figure's
      // model, the comparison set off after it by a comma
      if (!subject && !monthSubject) {
        const last = [...models].reverse().find((m) => m.end <= v.start);
        if (
          last &&
          !compared.has(last) &&
          FIGURE_FOR_NAME.test(f.slice(Math.max(s, last.start - 20), last.start)) &&
          COMMA_THEN_VERB.test(f.slice(last.end, v.start))
        )
          subject = last;
      }
      // "DeepSeek-V3 with twice Maverick's experts trails Llama 4 Maverick": no model trails itself, so
      // the name before is the subject
      if (
        subject &&
        priorSubject &&
        others.length &&
        others.every((o) => o.ref.id === subject!.ref.id) &&
        !others.some((o) => o.ref.id === priorSubject!.ref.id)
      )
        subject = priorSubject;
      if (subject && !monthSubject) {
        // the subject must be in this clause ("..., while achieving" keeps it; a dated or mode subject
        // was read right before the verb)
        const gap = f.slice(subject.end, v.start);
        const brk = /[;:]|\b(?:while|whereas|but|although|though)\s+(?!\w+ing\b)/g;
        let lastBreak = -1;
        let bm: RegExpExecArray | null;
        while ((bm = brk.exec(gap))) lastBreak = bm.index + bm[0].length;
        // ("X is steady, but drops to 34.4% at 120k, behind Y", "X is the surprise: 62.5%, ahead of Y":
        // a clause with no subject of its own keeps X)
        if (lastBreak >= 0 && !SUBJECTLESS_CLAUSE.test(gap.slice(lastBreak))) {
          // "Qwen3 achieves ...: it beats X" — the pronoun points at the sentence subject
          subject = BACKREF.test(gap.slice(lastBreak)) ? (subjectsAll[0] ?? ctx.lastModel) : null;
        } else if (
          // "GPT-4.5 ..., thirty times the price of GPT-4o, while conceding that it trails o3-mini": a
          // name inside a phrase ("of X") is not what a pronoun right before the verb means
          /\b(?:that\s+)?it\s+(?:still\s+|also\s+|now\s+)?$/.test(gap) &&
          /\b(?:of|than|for|from|to)\s+(?:the\s+)?$/.test(
            f.slice(Math.max(s, subject.start - 12), subject.start),
          ) &&
          subjectsAll[0] &&
          subjectsAll[0] !== subject &&
          !prevComp?.others.includes(subjectsAll[0])
        )
          subject = subjectsAll[0];
      }
      // "Maverick at 20 cents and DeepSeek's latest model on par with X": another maker's model is the subject
      if (subject && !monthSubject && OTHER_MAKERS_MODEL.test(f.slice(subject.end, v.start))) continue;
      // "X — the open model to beat: ..., ahead of Y": the pointer means this sentence's subject
      if (!subject && BACKREF.test(f.slice(s, v.start)))
        subject = notSubject
          ? null
          : (subjectsAll.find((m) => m.end <= v.start && !compared.has(m) && !prevComp?.others.includes(m)) ??
            (compared.size ? prevSubject : null) ??
            ctx.lastModel);
      // "Both trail Gemini 2.0 Flash": the models the previous sentence was about
      let pointerGroup: ModelMention[] | null = null;
      if (
        !subject &&
        ctx.lastSubjects.length >= 2 &&
        ctx.lastModelBlock >= inp.block - 1 &&
        !models.some((x) => x.end <= v.start) &&
        PLURAL_POINTER_SUBJECT.test(f.slice(s, v.start))
      ) {
        pointerGroup = ctx.lastSubjects;
        subject = pointerGroup[0];
      }
      // "Still trails X on Y.": a sentence opening with the verb continues the paragraph's subject
      if (
        !subject &&
        ctx.lastModel &&
        !ctx.lastModel.isFamily &&
        ctx.lastModelBlock === inp.block &&
        /^\s*(?:(?:and|but|yet|still|also|now|though|it)\s+){0,2}$/.test(f.slice(s, v.start))
      )
        subject = ctx.lastModel;
      // "That is above GPT-4o": the figures just given, i.e. the model they belong to
      if (
        !subject &&
        ctx.lastModel &&
        !models.some((x) => x.end <= v.start) &&
        THAT_IS.test(f.slice(s, v.start))
      )
        subject = ctx.lastModel;
      // "... above GPT-4o everywhere, and below o3-mini": the same subject, coordinated
      if (!subject && prevComp && /^[\s\w,-]{0,40}$/.test(f.slice(prevComp.end, v.start)))
        subject = prevComp.subject;
      // "Flash-Lite costs $0.075 ..., and outperforms X": whoever this sentence's figures were about
      if (!subject && sentenceWho.length === 1 && !models.some((x) => x.end <= v.start))
        subject = sentenceWho[0];
      if (!subject) continue;
      // "Mistral's launch post claims the model outperforms X": a cited maker's pointer means its model
      if (!pointerGroup && !monthSubject && !models.includes(subject)) {
        const vendors = sentenceVendors(orig, mf, f, s, v.start);
        if (vendors.length) {
          // (a maker with no model in play, e.g. a lab that only measured, changes nothing)
          const own = vendorOwner([subject], vendors, ctx);
          if (own.length === 1) subject = own[0];
        }
      }
      if (bothEnd >= 0) {
        const pair = lastPair(inp.blockModels, subject, v.start);
        if (!pair) continue;
        others.push(...pair);
        cursor = bothEnd;
      }
      prevComp = { subject, end: cursor, others };
      for (const o of others) compared.add(o);
      prevSubject = subject;
      const othersRefs = others.filter((o) => o.ref.id !== subject!.ref.id);
      if (!othersRefs.length) continue;
      const after = benchmarks.find(
        (b) =>
          b.start >= cursor &&
          b.start - cursor < 40 &&
          /^[\s,]*(?:on|in|at|across)\s/.test(f.slice(cursor, b.start) + ' '),
      );
      const before = [...benchmarks].reverse().find((b) => b.end <= v.start && b.start >= s);
      // "outperforms every other configuration tested on GPQA Diamond, including X"
      const inGap =
        others.length && !after
          ? benchmarks.find(
              (b) =>
                b.start >= v.end &&
                b.end <= others[0].start &&
                /\b(?:on|in|at|across)\s+$/.test(f.slice(v.end, b.start)),
            )
          : undefined;
      const bench = after?.name ?? inGap?.name ?? before?.name;
      const start = base + v.start;
      const end = base + cursor;
      // "OpenAI's GPT-4o and Google's Gemini 2.0 Flash both trail X": each coordinated subject
      let group = pointerGroup
        ? pointerGroup.filter((x) => !othersRefs.some((o) => o.ref.id === x.ref.id))
        : models.includes(subject) && /^\s*(?:both\s+|each\s+|also\s+)?$/.test(f.slice(subject.end, v.start))
          ? groupOf(f, subject, models).filter((x) => !othersRefs.some((o) => o.ref.id === x.ref.id))
          : [subject];
      // "Scout scored 27.3% and Maverick 36.4%, both behind X": every subject the clause listed
      if (
        models.includes(subject) &&
        /,\s*(?:and\s+)?both\s+$/.test(f.slice(Math.max(s, v.start - 12), v.start))
      ) {
        const seen = new Set(othersRefs.map((o) => o.ref.id));
        const all = subjectsAll.filter(
          (x) => x.end <= v.start && !seen.has(x.ref.id) && !!seen.add(x.ref.id),
        );
        if (all.length === 2) group = all;
      }
      emit(
        out,
        group.length ? group : [subject],
        {
          quote: orig.slice(v.start, cursor),
          start,
          end,
          metric: 'comparison',
          ...(bench ? { benchmark: bench } : {}),
          value: null,
          hedge: reported ? 'reportedly' : 'exact',
          comparison: {
            direction: v.direction,
            others: othersRefs.map((o) => o.ref),
            ...(bench ? { benchmark: bench } : {}),
          },
          context: 'prose',
        },
        undefined,
        'comparison',
      );
    }

    // "Maverick and GPT-4o are tied on MMLU": each listed model matches the others
    if (models.length > 1 && /tied|level|neck|matched|on par|even|deadlock/.test(sentence))
      mutualTies(inp, models, reported);
  }

  /** The sentence's release dates and licences. */
  function scanDatesAndLicences(st: SentenceScan): void {
    const {
      inp,
      f,
      orig,
      base,
      s,
      e,
      benchmarks,
      ctx,
      out,
      models,
      sentence,
      reported,
      licenses,
      dates,
      familyAt,
      subjectsAll,
    } = st;
    const mf = inp.m;

    // Release dates and licences: about the nearest subject (and its coordinated names)
    const about = (at: number): ModelMention[] => {
      // "the Mistral weights are Apache 2.0, while Scout ships under ...": not the other clause's model
      let near = subjectsAll;
      if (/;|while|whereas|because|, (?:but|although|though) /.test(sentence)) {
        let cs = s;
        let ce = e;
        CLAUSE_BREAK.lastIndex = 0;
        let cm: RegExpExecArray | null;
        while ((cm = CLAUSE_BREAK.exec(sentence))) {
          const p = s + cm.index;
          if (p < at) cs = p + cm[0].length;
          else {
            ce = p;
            break;
          }
        }
        near = subjectsAll.filter((x) => x.start >= cs && x.end <= ce);
        // "Scout is great, but it ships under ...": the clause's "it" is the sentence's earlier subject
        const prior = near.length ? [] : subjectsAll.filter((x) => x.end <= cs);
        if (prior.length && BACKREF.test(f.slice(cs, at)))
          return via('about-clause-backref', groupOf(f, prior[prior.length - 1], models));
        if (prior.length) near = subjectsAll;
      }
      // "... trails o3-mini, which OpenAI released in January": the relative clause's name, object or not
      const rel = relativeReleaseOwner(f, models, at);
      if (rel) return via('about-relative', [rel]);
      // "X, a 17B model with 16 experts, and Y, ..., were both released on ...": the two names before
      const both = bothBefore(f, s, at, near);
      if (both) return via('about-both', both);
      const m = nearestTo(f, near, at);
      if (m) return via('about-nearest', groupOf(f, m, models));
      if (GROUP_REF.test(sentence)) {
        if (ctx.lastSubjects.length > 1) return via('about-group', ctx.lastSubjects);
        // "Maverick has ... Scout is .... Both were released on ...": the two subjects just named (in this
        // paragraph, or the next when they are siblings; "Both models ..." reaches a few blocks on)
        const namedModels = BOTH_MODELS_LEAD.test(sentence);
        if (namedModels || BOTH_LEAD.test(sentence)) {
          const pair = pairSubjects(ctx.recent, ctx.lastModelBlock, inp.block, namedModels);
          if (pair.length) return via('about-both', pair);
        }
      }
      if (ctx.lastModel && BACKREF.test(sentence)) return via('about-backref', [ctx.lastModel]);
      return attribute(f, models, subjectsAll, at, at, s, e, ctx, inp.kind, inp.block);
    };
    // "License: ...", "Model Release Date: ..." on a model card: the page's model (see pageFieldOwner)
    const pageField = dates.length || licenses.length ? pageFieldOwner(sentence, models, ctx) : null;
    for (const d of dates) {
      if (d.cueStart < 0) continue;
      // "gpt-4o-2024-05-13": a date printed inside a model's name is part of the name
      if (models.some((m) => m.start < d.end && m.end > d.start)) continue;
      // a dateline ("MOUNTAIN VIEW, Calif., February 5, 2025 — Google today announced") dates the release, not a model
      if (
        d.start < 60 &&
        DATELINE.test(orig.slice(0, d.start)) &&
        // (a wire dateline names its agency before the dash: "SAN FRANCISCO, April 6 (Reuters) -")
        /^\s*(?:\([A-Z][\w .&'-]{0,30}\)\s*)?[\u2014\u2013-]/.test(orig.slice(d.end, d.end + 40))
      )
        continue;
      // "V3 launched on December 26 and R1 on January 20": the date belongs to a name the dictionary lacks
      if (
        /\b[A-Za-z]+\d[\w.]*\s+(?:on|in)\s+$/.test(orig.slice(Math.max(s, d.start - 24), d.start)) &&
        !models.some((m) => m.end > d.start - 24 && m.end <= d.start)
      )
        continue;
      // "the snapshot LMArena published on April 6": a leaderboard is the verb's subject, no model released
      if (benchmarks.some((b) => b.end <= d.cueStart && /^\s{1,2}$/.test(f.slice(b.end, d.cueStart))))
        continue;
      // "it trails o3-mini, which OpenAI released in January": the relative clause's antecedent owns it
      // (no one, when the dictionary lacks the name); "Sonnet came out on February 24, GPT-4.5 on
      // February 27": the gapped clause's subject
      const rel = relativeDateOwner(orig, models, s, d.cueStart);
      if (rel === null) continue;
      const fol = followedOwner(f, models, d.cueStart, d.start);
      if (fol === null) continue;
      const gapped = rel ?? gappedDateOwner(f, models, s, d.start, d.cueStart, dates);
      // "Meta released Llama 4 on April 5", "the Llama 4 release on April 5": the family's own date
      let famDate = gapped ? null : familyAt(d.start, 'release_date');
      route = 'family';
      // "Both Llama 4 models were released on ...": the family's two members under discussion
      const bothDate = famDate ? bothMembers(f, famDate, ctx) : null;
      if (bothDate) {
        famDate = null;
        route = 'both-members';
      }
      let who = pageField
        ? [pageField]
        : gapped
          ? [gapped]
          : fol
            ? groupOf(f, fol, models)
            : (bothDate ?? (famDate ? [famDate] : about(d.cueStart)));
      // "which Meta released on April 5 alongside Scout": the name released with it shares the date
      if (who.length && !famDate) {
        const along = alongsideNames(f, models, d.cueStart).filter(
          (m) => !who.some((w) => w.ref.id === m.ref.id),
        );
        if (along.length) who = via(route + '+alongside', [...who, ...along]);
      }
      // "Release date: March 17, 2025" in a spec list: whose list, as for "Parameters: 24B"
      if (!who.length && /^\s*[\w\s-]{2,40}:\s*$/.test(f.slice(s, d.start)))
        who = attribute(f, models, subjectsAll, d.start, d.end, s, e, ctx, inp.kind, inp.block);
      // "Meta's release on April 5 ...", "Meta shipped on April 5": a maker's release dates the maker's
      // model under discussion, not another maker's carried over from earlier
      if (
        !famDate &&
        !pageField &&
        !who.some((w) => models.some((x) => x.ref.id === w.ref.id)) &&
        MAKER_RELEASE.test(orig.slice(Math.max(s, d.cueStart - 24), d.cueStart + 12))
      ) {
        const vendors = sentenceVendors(orig, mf, f, s, e);
        if (vendors.length) who = vendorOwner(who, vendors, ctx);
      }
      who = who.filter((w) => !notOutElsewhere(w, models, ctx));
      if (!who.length) continue;
      emit(
        out,
        who,
        {
          quote: orig.slice(d.start, d.end),
          start: base + d.start,
          end: base + d.end,
          metric: 'release_date',
          value: null,
          valueText: d.iso,
          unit: 'date',
          hedge: reported ? 'reportedly' : 'exact',
          context: 'prose',
        },
        !!famDate,
        'date:' + route,
      );
    }
    // a bullet under a one-model heading ("## DeepSeek-V3-0324" / "- Weights are under the DeepSeek
    // License Agreement"): the weights are the section's model's
    const sectionWeights =
      licenses.length > 0 &&
      inp.kind === 'list' &&
      !models.length &&
      !!ctx.sectionModel &&
      !ctx.sectionModel.isFamily &&
      (/^\s*(?:the\s+|its\s+)?(?:weights?|checkpoints?|model weights)\s+(?:are|is|ship|come)\b|^\s*licen[cs]ed\s+(?:under|as)\b/.test(
        sentence,
      ) ||
        // a spec bullet that is the licence alone ("- Apache 2.0")
        (licenses.length === 1 &&
          sentence.trim().replace(/[.;]$/, '') === f.slice(licenses[0].start, licenses[0].end)));
    // A licence needs the model in its sentence ("licensed under CC BY 4.0" in a site footer is not one)
    const licOk =
      licenses.length > 0 &&
      (models.length > 0 ||
        BACKREF.test(sentence) ||
        GROUP_REF.test(sentence) ||
        (ctx.lastModel !== null && ctx.lastModelBlock === inp.block) ||
        // the first paragraph under a model's heading ("## Mistral Small 3.1" / "24B parameters, Apache 2.0, ...")
        (!models.length &&
          !!ctx.sectionModel &&
          !ctx.sectionModel.isFamily &&
          ctx.lastModel === ctx.sectionModel &&
          ctx.lastModelBlock >= inp.block - 1) ||
        // a one-model page: "The weights are released under Apache 2.0" (not a footer's "Text is available under CC BY")
        (onePage(ctx) && /\b(?:weights?|model|checkpoints?|released?)\b/.test(sentence)) ||
        // a one-model page's bullet "Licensed under the Llama 4 Community License." (a fragment: no subject)
        (inp.kind === 'list' && onePage(ctx) && /^\s*licen[cs]ed\s+(?:under|as)\b/.test(sentence)) ||
        sectionWeights ||
        /^\s*(?:\w+\s+)?licen[cs]e\w*\s*(?::|(?:is|was)\s)/.test(sentence));
    for (const l of licOk ? licenses : []) {
      // "Mistral is Apache, Gemma 3 27B ships under ...", "..., while this is plain Apache": a bare licence
      // word belongs to a model named before it in its own clause, or to the weights/code/"it" there
      if (l.bare) {
        let cs = s;
        for (const br of [';', ', while ', ' while ', ' whereas ', ', but ']) {
          const p = f.lastIndexOf(br, l.start);
          if (p >= s && p + br.length > cs) cs = p + br.length;
        }
        if (!models.some((x) => x.start >= cs && x.end <= l.start) && !BARE_OWNER.test(f.slice(cs, l.start)))
          continue;
      }
      // "Llama 4 is the Llama 4 Community License", "Llama 4 models are under ...": the family's licence
      const licence: Omit<Claim, 'id' | 'model' | 'variant'> = {
        quote: orig.slice(l.start, l.end),
        start: base + l.start,
        end: base + l.end,
        metric: 'license',
        value: null,
        valueText: l.name,
        hedge: 'exact',
        context: 'prose',
      };
      const famLic = familyAt(l.start, 'license');
      const bothLic = famLic ? bothMembers(f, famLic, ctx) : null;
      if (bothLic) {
        emit(out, bothLic, licence, false, 'licence:both-members');
        continue;
      }
      if (famLic) {
        emit(out, [famLic], licence, true, 'licence:family');
        continue;
      }
      if (familySubject(f, inp.models, models, l.start)) continue;
      route = '';
      let who = sectionWeights ? [ctx.sectionModel!] : pageField ? [pageField] : about(l.start);
      // "Licence is the Llama 4 Community License" (no model, no pointer): a family's licence, for the
      // family's models under discussion
      if (
        !pageField &&
        (!who.some((w) => !w.isFamily) || (!models.some((x) => !x.isFamily) && !BACKREF.test(sentence))) &&
        ctx.lastModelBlock >= inp.block - 2
      ) {
        const fam = familyLicensees(f.slice(l.start, l.end), ctx);
        if (fam.length) {
          who = fam;
          route = 'family-licensees';
        }
      }
      // "if your legal team read the old DeepSeek licence": a licence the model no longer has
      if (
        /\b(?:old|older|previous|prior|former|earlier|original)\s+$/.test(
          f.slice(Math.max(s, l.start - 12), l.start),
        )
      )
        continue;
      // "... more than the Llama 4 Community License": a licence named for another model line is not theirs
      who = who.filter((w) => !licenceBrandClash(l.name, w.ref.name, w.ref.id));
      // a model the article calls unreleased has no licence unless this sentence names it; "it's the
      // Llama 4 Community License for both of them": then the family's released members
      // "X gives you 128k under Apache 2.0, and Y's README lists 128K": a model first named in a later clause
      who = who.filter((w) => !laterClauseOnly(f, models, w, l.start, l.end));
      const out0 = who.length;
      who = who.filter((w) => !notOutElsewhere(w, models, ctx));
      if (!who.length && out0 && !models.length && GROUP_REF.test(sentence))
        who = familyLicensees(f.slice(l.start, l.end), ctx);
      if (!who.length) continue;
      emit(out, who, licence, false, 'licence:' + route);
    }
  }

  /**
   * A model card's field ("License: ...", "Model Release Date: ...") naming no model: the model the page's
   * first heading names, unless the section belongs to another model.
   */
  function pageFieldOwner(sentence: string, models: ModelMention[], ctx: EngineContext): ModelMention | null {
    if (models.length || !PAGE_FIELD_LEAD.test(sentence)) return null;
    const page = ctx.pageModel;
    if (!page || page.isFamily) return null;
    if (ctx.sectionModel && ctx.sectionModel.ref.id !== page.ref.id) return null;
    return page;
  }

  /** `w` is named in the sentence only after the licence at [a, b), past a clause break (", and", ";", ", but"). */
  function laterClauseOnly(
    f: string,
    models: ModelMention[],
    w: ModelMention,
    a: number,
    b: number,
  ): boolean {
    const own = models.filter((x) => x.ref.id === w.ref.id);
    if (!own.length || own.some((x) => x.start < a)) return false;
    return /,\s+(?:and|but|while|whereas|though)\s|;\s/.test(f.slice(b, own[0].start));
  }

  /** A model the article called unreleased, reached from outside the sentence (it has no licence or date). */
  function notOutElsewhere(w: ModelMention, models: ModelMention[], ctx: EngineContext): boolean {
    return !w.isFamily && !!ctx.unreleased?.has(w.ref.id) && !models.some((x) => x.ref.id === w.ref.id);
  }

  /** A family named as the subject before `at` ("Llama 4 is ...") in a sentence naming none of its models. */
  function familySubject(f: string, all: ModelMention[], models: ModelMention[], at: number): boolean {
    if (models.some((x) => !x.isFamily)) return false;
    return all.some((x) => x.isFamily && x.end <= at && FAMILY_VERB.test(f.slice(x.end, x.end + 24)));
  }

  /** The two models named in the 300 characters before `at` (not `subject`); null unless exactly two. */
  /** "X and Y are tied (on MMLU)", "X and Y are neck and neck": one matches claim per listed model. */
  function mutualTies(inp: SentenceInput, models: ModelMention[], reported: boolean): void {
    const { f, orig, base, s, e, benchmarks, out } = inp;
    const text = f.slice(s, e);
    MUTUAL_TIE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MUTUAL_TIE.exec(text))) {
      const at = s + m.index;
      const vEnd = at + m[0].length;
      // "are on par with X" is an ordinary comparison with an object
      if (/^\s+(?:with|to)\b/.test(f.slice(vEnd, vEnd + 6))) continue;
      const last = [...models].reverse().find((x) => x.end <= at);
      if (!last || !/^\s*(?:both\s+)?$/.test(f.slice(last.end, at))) continue;
      if (QUESTION_AHEAD.test(f.slice(vEnd, e))) continue;
      const group = groupOf(f, last, models);
      if (group.length < 2) continue;
      const after = benchmarks.find(
        (b) =>
          b.start >= vEnd &&
          b.start - vEnd < 30 &&
          /^[\s,]*(?:on|in|at|across)\s/.test(f.slice(vEnd, b.start) + ' '),
      );
      const before = [...benchmarks].reverse().find((b) => b.end <= group[0].start && b.start >= s);
      const bench = after?.name ?? before?.name;
      for (const x of group) {
        const others = group.filter((y) => y !== x).map((y) => y.ref);
        emit(
          out,
          [x],
          {
            // (each from its own name: one claim id per model)
            quote: orig.slice(x.start, vEnd),
            start: base + x.start,
            end: base + vEnd,
            metric: 'comparison',
            ...(bench ? { benchmark: bench } : {}),
            value: null,
            hedge: reported ? 'reportedly' : 'exact',
            comparison: { direction: 'matches', others, ...(bench ? { benchmark: bench } : {}) },
            context: 'prose',
          },
          undefined,
          'comparison',
        );
      }
    }
  }

  function lastPair(named: ModelMention[], subject: ModelMention, at: number): ModelMention[] | null {
    const seen = new Map<string, ModelMention>();
    for (const x of named)
      if (
        !x.isFamily &&
        x.end <= at &&
        x.start >= at - 300 &&
        x.ref.id !== subject.ref.id &&
        !seen.has(x.ref.id)
      )
        seen.set(x.ref.id, x);
    return seen.size === 2 ? [...seen.values()] : null;
  }

  function sameOrParent(a: string, b: string): boolean {
    return a === b || idx.models.get(a)?.parent === b || idx.models.get(b)?.parent === a;
  }

  /** The base model of a thinking-mode child ("... Thinking" under its parent), for its no-thinking scores. */
  function thinkingParent(m: ModelMention) {
    const self = idx.models.get(m.ref.id);
    if (!self?.parent || !/thinking/i.test(self.variantLabel ?? '')) return undefined;
    return idx.models.get(self.parent);
  }

  function thinkingKid(m: ModelMention) {
    return (idx.children.get(m.ref.id) ?? []).find((k) => /thinking/i.test(k.variantLabel ?? ''));
  }

  /**
   * "Nadia: On the polyglot test, the thinking mode gets 64.9 percent": a speaker's turn naming no model
   * goes on about the one model the turn just before named (a plain next paragraph is less sure: see attribute).
   */
  function turnCarry(inp: SentenceInput, sentence: string): ModelMention[] {
    const { ctx } = inp;
    const last = ctx.lastModel;
    if (
      !last ||
      last.isFamily ||
      inp.kind === 'heading' ||
      // (also across one turn between that names no model: "JULES: The experimental version.")
      ctx.lastModelBlock < inp.block - 2 ||
      ctx.soloModel !== last.ref.id ||
      inp.blockModels.some((x) => !x.isFamily) ||
      /\bmodels\b/.test(sentence)
    )
      return [];
    return [last];
  }

  /** Makers cited in the sentence (a clause after a semicolon reads the whole sentence:
   *  "Meta's post cites 1417; the public model scored 1273"). */
  function sentenceVendors(orig: string, mf: string, f: string, s: number, e: number): string[] {
    return citedVendors(idx, orig, mf, afterSemicolon(f, s) ? sentenceStart(f, s) : s, e);
  }

  /**
   * The model a cited maker's figure is about: the carried model if that maker owns it, else the
   * maker's model most recently discussed (none if two of its models are in play, or none at all).
   */
  function vendorOwner(who: ModelMention[], vendors: string[], ctx: EngineContext): ModelMention[] {
    if (who.length && who.every((w) => ownedBy(idx, w.ref.id, vendors) !== false)) return who;
    const last = ctx.lastModel;
    if (last && !last.isFamily && ownedBy(idx, last.ref.id, vendors)) return [last];
    const own = (ctx.mentioned ?? []).filter((x) => ownedBy(idx, x.ref.id, vendors));
    if (!own.length) return [];
    const pick = own[own.length - 1];
    const root = (id: string) => idx.models.get(id)?.parent ?? id;
    if (own.every((x) => root(x.ref.id) === root(pick.ref.id))) return [pick];
    // several of its models named: the one the article has had as a subject clearly most often
    const count = (x: ModelMention) => ctx.subjectCounts?.get(x.ref.id) ?? 0;
    const ranked = [...own].sort((a, b) => count(b) - count(a));
    const [top, next] = ranked;
    const rival = ranked.find((x) => root(x.ref.id) !== root(top.ref.id)) ?? next;
    return count(top) >= 2 && count(top) >= 2 * count(rival) ? [top] : [];
  }

  function experimentalKid(m: ModelMention) {
    return (idx.children.get(m.ref.id) ?? []).find((k) => /experimental/i.test(k.variantLabel ?? ''));
  }

  /** A month named as a model's snapshot next to a figure: after it ("for the November snapshot") or as the clause subject. */
  function snapshotMonth(
    f: string,
    s: number,
    qStart: number,
    qEnd: number,
    e: number,
    models: ModelMention[],
  ): number {
    const tail = f.slice(qEnd, Math.min(e, qEnd + 70));
    const after = SNAPSHOT_AFTER.exec(tail) ?? SNAPSHOT_AFTER_BENCH.exec(tail);
    if (after) return monthNumber(after[1]);
    const semi = f.lastIndexOf(';', qStart);
    const cs = Math.max(s, semi + 1);
    const lead = SNAPSHOT_LEAD.exec(f.slice(cs, qStart));
    if (!lead) return 0;
    const at = cs + lead.index + lead[0].length;
    return models.some((x) => x.start >= at && x.end <= qStart) ? 0 : monthNumber(lead[1]);
  }

  /** The sibling of `m` dated in `month` ("the November snapshot" of GPT-4o); the undated base when
   *  `m` is a differently dated child and no sibling matches ("the December release" of a March refresh). */
  function monthVariant(m: ModelMention, month: number): ModelMention | null {
    if (m.isFamily) return null;
    const self = idx.models.get(m.ref.id);
    const rootId = self?.parent ?? m.ref.id;
    const kids = idx.children.get(rootId) ?? [];
    if (!kids.length) return null;
    const hits = kids.filter((k) => labelMonth(k.variantLabel, k.id) === month);
    if (hits.length === 1) {
      const k = hits[0];
      return { ...m, ref: { id: k.id, name: k.name }, variant: k.variantLabel };
    }
    const own = self?.parent ? labelMonth(self.variantLabel, self.id) : 0;
    const root = idx.models.get(rootId);
    if (!hits.length && own && own !== month && root)
      return { ...m, ref: { id: root.id, name: root.name }, variant: undefined };
    return null;
  }

  /** Which model(s) a number belongs to. */
  // DIFFERENT_MODEL over a sentence, once per sentence (several figures may ask)
  let disownF = '';
  let disownS = -1;
  let disownV = false;
  function disowned(f: string, s: number, e: number): boolean {
    if (f !== disownF || s !== disownS) {
      disownF = f;
      disownS = s;
      disownV = false;
      const sent = f.slice(s, e);
      DIFFERENT_MODEL.lastIndex = 0;
      for (let m = DIFFERENT_MODEL.exec(sent); m && !disownV; m = DIFFERENT_MODEL.exec(sent))
        disownV = DISOWNING_BEFORE.test(sent.slice(Math.max(0, m.index - 24), m.index));
    }
    return disownV;
  }

  function attribute(
    f: string,
    models: ModelMention[],
    subjects: ModelMention[],
    qStart: number,
    qEnd: number,
    s: number,
    e: number,
    ctx: EngineContext,
    kind: string,
    block: number,
    sentenceWho: ModelMention[] = [],
  ): ModelMention[] {
    // A semicolon closes a clause: names across it ("...; OpenAI lists GPT-4o at $2.50") own other numbers.
    const semi = f.lastIndexOf(';', qStart);
    const cs = semi >= s ? semi + 1 : s;
    let ce = f.indexOf(';', qEnd);
    if (ce < 0 || ce > e) ce = e;
    if (cs > s || ce < e) {
      const inClause = (m: ModelMention) => m.start >= cs && m.end <= ce;
      models = models.filter(inClause);
      subjects = subjects.filter(inClause);
    }
    // "X, which Meta released alongside Y, is a model with 17B active parameters": names inside an
    // interruption between the subject and its verb own nothing in the main clause after it
    const head = models[0];
    if (head && models.length > 1 && head.start >= s && head.end < qStart) {
      const end = interruptionEnd(f, f.slice(s, head.start), head.end);
      if (end > 0 && end <= qStart) {
        const outside = (m: ModelMention) => m.start < head.end || m.start >= end;
        models = models.filter(outside);
        subjects = subjects.filter(outside);
      }
    }
    route = '';
    let who = attributeTo(f, models, subjects, qStart, qEnd, s, e, ctx, kind, block, sentenceWho);
    // "..., which is fine where Scout claims 10 million": with no owner found, a name past a clause
    // break (the subject of another clause) stops blocking the carries
    if (
      !who.length &&
      models.some((m) => pastClauseBreak(f, qEnd, m.start)) &&
      // ("all of these snapshots share the same 128K window, although ...": a group, not one model)
      !/\b(?:these|those|all|both|each|every)\b|s\s+(?:share|have|get|offer)\b/.test(f.slice(s, qStart))
    ) {
      models = models.filter((m) => !pastClauseBreak(f, qEnd, m.start));
      subjects = subjects.filter((m) => !pastClauseBreak(f, qEnd, m.start));
      who = attributeTo(f, models, subjects, qStart, qEnd, s, e, ctx, kind, block, sentenceWho);
    }
    // "the 400B figure on Twitter is for a different model entirely": the writer disowns it for
    // the model in context, and names no owner
    if (who.length && !models.length && disowned(f, s, e)) return [];
    // Carried over from an earlier paragraph to a sentence naming no model: only if that model is
    // (one of) the article's main subjects; otherwise the reference is ambiguous — say nothing.
    if (
      who.length === 1 &&
      who[0] === ctx.lastModel &&
      !models.length &&
      ctx.lastModelBlock < block &&
      !sentenceWho.length &&
      who[0] !== ctx.sectionModel &&
      !isTopic(ctx, who[0]) &&
      // ...but "The model is 671B" as the subject, a block or two (a reply's byline) after the name, is that model
      !(ctx.lastModelBlock >= block - 2 && POINTER_SUBJECT.test(f.slice(s, qStart)))
    ) {
      const t = clearTopic(ctx);
      who = via('carry-topic', t ? [t] : []);
    }
    // "62.3% against 38.0 for GPT-4.5": the first number is NOT GPT-4.5's
    const nextM = models.find((m) => m.start >= qEnd);
    if (nextM && who.length && AGAINST_FOR.test(f.slice(qEnd, nextM.start)))
      return who.filter((w) => w.ref.id !== nextM.ref.id);
    return who;
  }

  function attributeTo(
    f: string,
    models: ModelMention[],
    subjects: ModelMention[],
    qStart: number,
    qEnd: number,
    s: number,
    e: number,
    ctx: EngineContext,
    kind: string,
    block: number,
    sentenceWho: ModelMention[] = [],
  ): ModelMention[] {
    // "Its bigger sibling managed 36.4%", "Scout got 27.3%, but its bigger sibling 36.4%": the family's
    // other named member (of the clause's antecedent), not the model "its" means
    const lead = f.slice(s, qStart);
    const clause = siblingSubject(lead);
    // ("Maverick, the bigger sibling with 128 experts": the appositive describes the name it follows)
    const described = clause >= 0 ? models.find((m) => /^\s?,$/.test(f.slice(m.end, s + clause))) : undefined;
    if (described && subjects.includes(described)) return via('sibling-appositive', [described]);
    if (
      clause >= 0 &&
      !models.some((m) => m.start >= s + clause && m.end <= qStart) &&
      // ("Maverick, the bigger sibling with 128 experts": an appositive naming the model before it)
      !models.some((m) => m.end <= s + clause && /^\s*,\s*$/.test(f.slice(m.end, s + clause)))
    ) {
      let base: ModelMention | null = null;
      for (const m of subjects) if (m.end <= s + clause && !m.isFamily) base = m;
      const sib = siblingOf(base ?? ctx.lastModel, [...(ctx.mentioned ?? []), ...models]);
      return via('sibling', sib ? [sib] : []);
    }
    // "OpenAI's own figure of 75.9 for that snapshot": the pointer names the model just mentioned
    THAT_MODEL_AFTER.lastIndex = qEnd;
    if (THAT_MODEL_AFTER.test(f)) {
      let near: ModelMention | null = null;
      for (const m of models) if (m.end <= qStart) near = m;
      return via('that-model-after', near ? [near] : []);
    }
    // "53.6 for GPT-4o", "the 128K window of GPT-4o"
    const nextM = models.find((m) => m.start >= qEnd);
    // "previews 2-trillion-parameter Behemoth": a compound size before a name is that model's
    if (
      nextM &&
      /^\s{1,2}$/.test(f.slice(qEnd, nextM.start)) &&
      // (numbers in words too: "a two-trillion-parameter Behemoth")
      (/(?:\d[^\s]*|illion|thousand)-(?:parameters?|params?|tokens?|token|experts?)$/.test(
        f.slice(qStart, qEnd),
      ) ||
        // "a 400B Maverick": a bare size before the name
        SIZE_BEFORE_NAME.test(f.slice(qStart, qEnd)))
    ) {
      // ("the 17B Scout": the size its own name carries names it; it claims nothing)
      const own = idx.models.get(nextM.ref.id);
      if (sizeInName(f.slice(qStart, qEnd), own, own?.parent ? idx.models.get(own.parent) : undefined))
        return via('size-in-name', []);
      return via('size-before-name', [nextM]);
    }
    // "compared with $2.50 for the same amount of input to GPT-4o": the yardstick's own figure
    if (nextM && yardstickOwner(f, s, qStart, qEnd, nextM)) return via('yardstick-own', [nextM]);
    if (
      nextM &&
      (/^[\s)]*(?:(?:points?|pts)\s+)?(?:for|by|from|of|on)\s+(?:the\s+|an?\s+(?=[a-z0-9]*\d))?(?:[a-z0-9]+\s+)?$/.test(
        f.slice(qEnd, nextM.start),
      ) ||
        // "above the 1285 of the May 2024 GPT-4o snapshot": two words may qualify a name after "of/for the"
        /^\s*(?:of|for)\s+the\s+(?:[a-z0-9]+\s+){2}$/.test(f.slice(qEnd, nextM.start)) ||
        // "2.788M GPU hours for the full training of DeepSeek-V3"
        /^\s*for\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:training|pre-?training|run)\s+of\s+$/.test(
          f.slice(qEnd, nextM.start),
        ) ||
        // "0.492 for the August 2024 snapshot of GPT-4o", "87.2 per cent that OpenAI reported for the
        // May 2024 version of GPT-4o": a version of the name after
        VERSION_OF_AFTER.test(f.slice(qEnd, nextM.start)))
    )
      return via('for-name-after', [nextM]);
    // "well below the 1417 that an experimental Maverick posted": a relative clause names the owner
    if (nextM && relativeOwner(f, s, qStart, qEnd, nextM)) return via('relative-owner', [nextM]);
    // "Claude 3.7 Sonnet at $3 in and $15 out": the second of an in/out pair has the first's owner
    const pair = inOutFirst(f, s, qStart);
    if (pair && models.some((m) => m.end <= pair[0]))
      return attributeTo(f, models, subjects, pair[0], pair[1], s, e, ctx, kind, block, sentenceWho);
    // "$3 per million input tokens and $15 per million output tokens for X": the pair's owner owns both
    if (
      nextM &&
      nextM.start - qEnd < 80 &&
      /^\s*(?:,|and|,\s*and|\/|or)\s*~?\$?\d[\d.,]*[^\d;]{0,40}\s(?:for|by)\s+(?:the\s+)?$/.test(
        f.slice(qEnd, nextM.start),
      )
    )
      return via('price-pair-for', [nextM]);
    // A name that closed an earlier "N for <model>" phrase ("79.2% for o1, and 97.3% on MATH-500")
    // belongs to that number, not to the next one.
    const owned = (m: ModelMention) =>
      /\d[%a-z]*\s*\)?\s*(?:for|by)\s+(?:the\s+)?$/.test(f.slice(Math.max(s, m.start - 24), m.start));
    let prev: ModelMention | null = null;
    for (const m of models) if (m.end <= qStart && !owned(m) && !sharedYardstick(f, s, m)) prev = m;
    // "X trails Y on GPQA (0.475 vs 0.641)": the second of a "vs" pair is the compared model's
    if (
      prev &&
      !subjects.includes(prev) &&
      subjects.some((m) => m.end <= prev!.start && m.ref.id !== prev!.ref.id) &&
      VS_PAIR_SECOND.test(f.slice(Math.max(s, prev.end), qStart))
    )
      return via('vs-pair-second', [prev]);
    // "it's on par with X on MMLU, 80.6 vs 82.0": with a pointer as the subject, the second is X's
    if (
      prev &&
      !subjects.includes(prev) &&
      !subjects.some((m) => m.end <= prev!.start) &&
      VS_PAIR_SECOND.test(f.slice(Math.max(s, prev.end), qStart)) &&
      BACKREF.test(f.slice(s, prev.start))
    )
      return via('vs-pair-backref', [prev]);
    // "on par with GPT-4o's November snapshot (47.9%)": a bracketed figure closing a name's phrase is that name's
    if (prev && bracketBefore(f, prev.end, qStart) && NAME_PHRASE_BRACKET.test(f.slice(prev.end, qStart)))
      return via('name-bracket', [prev]);
    // "trails Claude 3.7 Sonnet on the same board, which scored 60.4%": the relative clause's model
    // (every match holds "which" or "whose": substring searches first)
    if (
      prev &&
      /wh(?:ich|ose)/.test(f.slice(prev.end, qStart)) &&
      WHICH_SCORED.test(f.slice(prev.end, qStart))
    )
      return via('which-scored', [prev]);
    // "GPT-4.5, whose preview scored 1398": the "whose" clause's model
    if (prev && whoseOwner(f, prev.end, qStart)) return via('whose-owner', [prev]);
    // "Maverick, which Meta released alongside Scout, is ... with 17B active": the head, not the aside's name
    const aside = prev ? asideHead(f, s, models, prev, qStart) : null;
    if (aside) return via('aside-head', [aside]);
    // "V3 was on par with Claude 3.5 Sonnet and scored 75.9": the coordinated predicate's subject
    if (prev && !subjects.includes(prev) && secondPredicate(f, prev.end, qStart)) {
      let subj: ModelMention | null = null;
      for (const m of subjects) if (m.end <= prev.start && !owned(m)) subj = m;
      if (subj) return via('second-predicate', [subj]);
    }
    // "It trails X, the year-old snapshot, which the board lists at 1285": the relative clause's model
    if (prev && appositiveOwner(f, prev.end, qStart, qEnd)) return via('appositive-relative', [prev]);
    // "At GPT-4o's list price of $2.50": the figure closes the possessive name's own noun phrase
    if (prev && possessivePhrase(f.slice(prev.end, qStart))) return via('possessive-phrase', [prev]);
    if (prev) {
      const gap = f.slice(prev.end, qStart);
      // (not a yardstick's: "it is on par with X on MMLU, 88.1 vs 87.9" -- the first of the pair is the subject's)
      const yardstickPair =
        !subjects.includes(prev) && /^\s*%?\s*(?:vs\.?|versus)\s*~?\d/.test(f.slice(qEnd, qEnd + 16));
      // ("Like GPT-4o mini, it handles 128k": a pointer after a yardstick is the subject, not the yardstick)
      // (read last: only a short gap asks)
      const pointerAfterObject = () => !subjects.includes(prev) && /(?:^|[^a-z])(?:it|it's|they)\s/.test(gap);
      if (
        gap.length <= 16 &&
        !/\d/.test(gap) &&
        !/[;]/.test(gap) &&
        !yardstickPair &&
        !pointerAfterObject() &&
        // ("X was on par with Y and scored 75.9": a verb coordinated after an object is the subject's)
        !(!subjects.includes(prev) && coordinatedVerb(gap))
      )
        return via('nearest-before', groupOf(f, prev, models));
      let best: ModelMention | null = null;
      for (const m of subjects) if (m.end <= qStart && !owned(m) && !possessiveInPhrase(f, s, m)) best = m;
      if (best) return via('subject-before', groupOf(f, best, models));
    }
    // number before any subject: "With 17B active parameters, Scout ..."
    // (not when a pointer before the number already says whose it is: "Meta describes it as ... when Scout shipped")
    if (
      nextM &&
      !prev &&
      !isObject(f, nextM, models) &&
      !(ctx.lastModel && POINTER_SUBJECT.test(f.slice(s, qStart)))
    ) {
      const gap = f.slice(qEnd, nextM.start);
      if (
        gap.length < 80 &&
        !/\d/.test(gap) &&
        !/[;]/.test(gap) &&
        // (nor a yardstick after a comparison word: "..., behind only Maverick")
        // ("not far off X", "close to X", "just short of X": a yardstick too)
        !/\b(?:than|vs|versus|compared|against|from|like|of|off|near|close to|short of|unlike|while|whereas|but|although|which|for (?:it|them)|behind|ahead of|above|below|beats?|beating|trails?|trailing)\b/.test(
          gap,
        ) &&
        // "62.5% to GPT-4o's 38.2%": the possessive name owns the other figure
        !/^'s\s+~?\$?\d/.test(f.slice(nextM.end, nextM.end + 8))
      )
        return via('name-after', [nextM]);
    }
    if (!ctx.lastModel) return [];
    if (GROUP_REF.test(lead) && !subjects.some((m) => m.start < qStart)) {
      if (ctx.lastSubjects.length > 1) return via('group-ref', ctx.lastSubjects);
      if (ctx.lastGroup.length > 1) return via('group-ref', ctx.lastGroup);
      // "...; Maverick spread 400B over 128. Both ran with 17B active": the two subjects just named
      // (in this paragraph, or the one before when they are siblings of one family)
      if ((!models.some((m) => m.start < qStart) && pairLead(f, s)) || BOTH_LEAD.test(lead)) {
        const pair = pairSubjects(
          ctx.recent,
          ctx.lastModelBlock,
          block,
          BOTH_MODELS_LEAD.test(f.slice(s, s + 40)),
        );
        if (pair.length) return via('group-pair', pair);
      }
    }
    // "it"/"its" in a sentence that already named whose numbers these are points at that model
    // ("For what it's worth, the board tells the same story: 23.1% for ...": an idiom's "it" points at nothing)
    const leadRef =
      BACKREF.test(lead) && !(lead.includes('it') && !BACKREF.test(lead.replace(IDIOM_IT, ' ')));
    if (leadRef || BACKREF.test(f.slice(qEnd, Math.min(e, qEnd + 30)))) {
      // "X's training compute is 3.35e25, which it rates as likely": a pointer only after the figure
      // (often its source) does not outrank the one model the sentence names before the figure
      if (!leadRef) {
        const before = models.filter((m) => m.end <= qStart && !isObject(f, m, models));
        if (before.length && before.every((m) => m.ref.id === before[0].ref.id))
          return via('pointer-after', [before[before.length - 1]]);
        if (before.length) return [];
      }
      if (sentenceWho.length) return via('backref-sentence', sentenceWho);
      // "as the Maverick episode showed: the version Meta entered scored 1417": the pointer may mean
      // the model this sentence names rather than one carried from an earlier paragraph — say nothing
      const last = ctx.lastModel;
      if (
        ctx.lastModelBlock < block &&
        last !== ctx.sectionModel &&
        !models.some((m) => m.ref.id === last.ref.id) &&
        models.some(
          (m) =>
            m.end <= qStart &&
            // "Mistral's own launch post claims it ...": a possessive maker, not a rival referent
            f.charAt(m.end) !== "'" &&
            !COMPARED_BEFORE.test(f.slice(Math.max(s, m.start - 30), m.start)) &&
            !YARDSTICK_WITH.test(f.slice(Math.max(s, m.start - 30), m.start)) &&
            // a yardstick ("beats Gemma 3 27B and GPT-4o mini"); a plain "as the X ..." is not one
            (!isObject(f, m, models) ||
              /\bas\s+(?:the\s+)?$/.test(f.slice(Math.max(s, m.start - 8), m.start))),
        )
      )
        return [];
      // "DeepSeek was candid. Its V3 model was trained on ...": "its" is the maker just named, so the
      // carried model counts only if that maker owns it (else the maker's own model under discussion)
      const maker = makerCarry(ctx, last, block);
      if (maker) return via('backref-vendor', maker);
      return via('backref-carry', [ctx.lastModel]);
    }
    if (subjects.length) return [];
    // (the same for the carries below: "... was candid. The full training took 2.788 million GPU-hours.")
    const maker = models.length ? null : makerCarry(ctx, ctx.lastModel, block);
    if (maker) return via('carry-vendor', maker);
    // sentence opens with the number ("109 billion in total, of which ...")
    if (/^\s*(?:[a-z~<>]+\s+){0,2}$/.test(lead) && ctx.lastModelBlock >= block - 2)
      return via('opens-sentence', [ctx.lastModel]);
    // spec lists under a model heading: "Context window: 10M tokens", "Model Release Date: April 5, 2025"
    // (not "With 32k thinking tokens: 64.9%": a condition, not a field name — whose run is unsaid)
    if (
      (kind === 'list' || e - s < 120) &&
      /^[\s\w-]{2,40}:\s*(?:[a-z~<>]+\s+)?$/.test(lead) &&
      !/^\s*(?:with|without|at|on|in|under|using|via)\s/.test(lead)
    )
      return via('field-label', [ctx.lastModel]);
    // "The context window is still 200K tokens": the article's current subject
    if (
      !models.length &&
      (/^\s*(?:(?:the|its)\s+)?(?:[a-z-]+\s+){0,3}(?:is|are|was|were|has|sits|stays|remains)\b/.test(lead) ||
        // "The full training run took 2.788 million GPU hours": the model's own run, priced or timed
        /^\s*(?:[a-z]+\s+(?:says|said|reports|reported|claims|claimed|estimates)\s+(?:that\s+)?)?(?:the|its)\s+(?:[a-z-]+\s+){0,2}(?:(?:training|pre-?training)(?:\s+run)?|run)\s+(?:took|needed|used|required|consumed|lasted)\b/.test(
          lead,
        )) &&
      // "There are three versions, ...": existential, no predicate about the current model
      !/^\s*(?:there|here)\s/.test(lead) &&
      ctx.lastModelBlock >= block - 2
    )
      return via('predicate-carry', [ctx.lastModel]);
    // same paragraph, no other model named: the paragraph's subject (not for "models", plural)
    if (ctx.lastModelBlock === block && !subjects.length && !/\bmodels\b/.test(f.slice(s, e)))
      return via('paragraph-subject', [ctx.lastModel]);
    // a section under a model's heading ("## Claude 3.7 Sonnet ... Anthropic sticks to 200,000 tokens")
    // (models named only as yardsticks, "24B params, ... and they claim it beats X and Y", do not compete)
    if (!subjects.length && ctx.sectionModel && ctx.sectionModel === ctx.lastModel)
      return via('section-model', [ctx.lastModel]);
    // a page about one model (its first heading names it, and no other model has been a subject)
    // (the page's model, not ctx.lastModel: a table's last column, "vs GPT-4o", is no subject)
    if (!subjects.length && onePage(ctx)) return via('one-page', [ctx.pageModel!]);
    // a sentence naming no model, shortly after the article's clear main subject was last named
    if (!models.length && ctx.lastModelBlock >= block - 4 && !/\bmodels\b/.test(f.slice(s, e))) {
      const t = clearTopic(ctx);
      if (t && t.ref.id === ctx.lastModel.ref.id) return via('clear-topic', [t]);
    }
    return [];
  }

  /** A maker just named as a subject that does not own the carried model: its own model, or [] (null: no such maker). */
  function makerCarry(ctx: EngineContext, last: ModelMention, block: number): ModelMention[] | null {
    const vs = ctx.vendorSubject;
    if (!vs || vs.block < block - 1 || ownedBy(idx, last.ref.id, [vs.key]) !== false) return null;
    return vendorOwner([], [vs.key], ctx);
  }

  function nearestTo(f: string, models: ModelMention[], at: number): ModelMention | null {
    let best: ModelMention | null = null;
    let bestD = Infinity;
    for (const m of models) {
      const d = m.end <= at ? at - m.end : m.start - at;
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
    void f;
    return bestD < 120 ? best : null;
  }

  /** The page is about one model: its first heading names it and no other model has been a subject. */
  function onePage(ctx: EngineContext): boolean {
    const page = ctx.pageModel;
    return !!page && ctx.recent.every((r) => r.ref.id === page.ref.id);
  }

  function isTopic(ctx: EngineContext, m: ModelMention): boolean {
    const counts = ctx.subjectCounts;
    if (!counts) return true;
    return (counts.get(m.ref.id) ?? 0) * 2 >= (ctx.maxSubjectCount ?? 0);
  }

  /** The article's clear main subject: named as subject at least 3 times, twice as often as any other. */
  function clearTopic(ctx: EngineContext): ModelMention | null {
    const max = ctx.maxSubjectCount ?? 0;
    if (max < 3 || max < (ctx.secondSubjectCount ?? 0) * 2) return null;
    return ctx.recent.find((r) => r.ref.id === ctx.topicId) ?? null;
  }

  /** Scores listed before "on the same three (benchmarks)", one per benchmark of the previous sentence. */
  function sameListCues(
    f: string,
    s: number,
    e: number,
    qs: Quantity[],
    benches: Cue[],
  ): Map<Quantity, Cue> | null {
    const m = SAME_N.exec(f.slice(s, e));
    // "Scout's corresponding numbers are 74.3 and 57.2": one score per benchmark just given, after the phrase
    const c = m ? null : CORRESPONDING.exec(f.slice(s, e));
    if (!m && !c) return null;
    const n = m ? (WORD_COUNT[m[1]] ?? Number(m[1])) : benches.length;
    const at = s + (m ?? c)!.index;
    const scores = qs.filter(
      (q) => (m ? q.end <= at : q.start >= at) && !q.scale && !q.currency && q.value <= 100,
    );
    if (n !== benches.length || scores.length !== n) return null;
    return new Map(scores.map((q, i) => [q, benches[i]]));
  }

  /** "showed a similar gap", "in the same harness": a paragraph that names no benchmark continues the last one. */
  function sameBenchmark(
    sent: string,
    benches: BenchmarkMention[],
    ctx: EngineContext,
  ): BenchmarkMention | null {
    if (!ctx.lastBenchmark || benches.length || !(sent.includes('same') || sent.includes('similar')))
      return null;
    return SAME_TEST.test(sent) ? { start: -1, end: -1, name: ctx.lastBenchmark } : null;
  }

  /** The latest subjects of the family a licence is named after ("Llama 4 Community License"). */
  /** "Both Llama 4 models ...": a family named as "both <family> models" means its two released
   *  members most recently discussed (null unless the shape and two such members are there). */
  function bothMembers(f: string, fam: ModelMention, ctx: EngineContext): ModelMention[] | null {
    if (
      !/\bboth\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$/.test(f.slice(Math.max(0, fam.start - 16), fam.start))
    )
      return null;
    if (!/^\s+(?:[a-z-]+\s+)?models\b/.test(f.slice(fam.end, fam.end + 24))) return null;
    const id = fam.family ?? fam.ref.id;
    const seen = new Set<string>();
    const two = ctx.recent
      .filter(
        (r) =>
          !r.isFamily &&
          r.family === id &&
          !ctx.unreleased?.has(r.ref.id) &&
          !seen.has(r.ref.id) &&
          !!seen.add(r.ref.id),
      )
      .slice(-2);
    return two.length === 2 ? two : null;
  }

  function familyLicensees(name: string, ctx: EngineContext): ModelMention[] {
    for (const fam of ctx.families) {
      const fn = idx.families.get(fam)?.name.toLowerCase();
      if (!fn || !name.startsWith(fn + ' ')) continue;
      const seen = new Set<string>();
      // the two most recently discussed (an article's older mentions may be of an unreleased sibling)
      return ctx.recent
        .filter(
          (r) =>
            !r.isFamily &&
            r.family === fam &&
            !ctx.unreleased?.has(r.ref.id) &&
            !seen.has(r.ref.id) &&
            !!seen.add(r.ref.id),
        )
        .slice(-2);
    }
    return [];
  }

  /** The clause holding `at` opens with a model name or a pointer, a few words before the number. */
  function clauseSubject(f: string, models: ModelMention[], s: number, at: number): boolean {
    const semi = f.lastIndexOf(';', at);
    const cs = semi >= s ? semi + 1 : s;
    const lead = f.slice(cs, at);
    if (POINTER_LEAD.test(lead) && lead.length <= 50) return true;
    const m = models.find((x) => x.start >= cs && x.end <= at);
    if (!m) return false;
    // "Gemini 2.0 Flash, first released on December 11, 2024, claims 1M": an appositive after the name
    const gap = f.slice(m.end, at).replace(APPOSITIVE, ' ');
    return (
      m.start - cs + gap.length <= 50 &&
      // ("For comparison, GPT-4o tops out at 128,000": a sentence adverb before the subject)
      // ("Meta claims Scout can handle ...": a reporting frame before the subject)
      // ("Its bigger sibling, Maverick, saw around 22 trillion": an appositive lead naming the subject)
      /^\s*(?:(?:so|and|but|while|whereas)\s+|(?:for|by|in) (?:comparison|contrast),\s*|meanwhile,\s*|(?:its|their|the)\s+(?:[a-z]+\s+){0,2}(?:sibling|successor|predecessor|rival|counterpart),\s*)?(?:[a-z]+(?:'s)?\s+(?:says|said|claims|claimed|reports|reported|insists|promises|promised)\s+(?:that\s+)?)?(?:the\s+)?$/.test(
        f.slice(cs, m.start),
      ) &&
      (/^(?:'s)?\s*(?:[a-z]+\s+){1,4}$/.test(gap) ||
        (/,\s*$/.test(f.slice(cs, m.start)) && /^\s*,\s*(?:[a-z]+\s+){1,3}$/.test(gap)))
    );
  }

  /** "X ... and Y ... were both released": the two distinct names before `at` that "both" gathers. */
  function bothBefore(f: string, s: number, at: number, near: ModelMention[]): ModelMention[] | null {
    const lead = f.slice(s, at);
    if (!lead.includes('both') || !BOTH_VERB.test(lead)) return null;
    const seen = new Map<string, ModelMention>();
    for (const x of near) if (x.end <= at && !x.isFamily && !seen.has(x.ref.id)) seen.set(x.ref.id, x);
    return seen.size === 2 ? [...seen.values()] : null;
  }

  /** A plain whole count ("128", "16"): no unit, scale, currency or decimals. */
  function bareCount(q: Quantity): boolean {
    return (
      !q.scale &&
      !q.percent &&
      !q.currency &&
      !q.scientific &&
      q.decimals === 0 &&
      q.value >= 2 &&
      q.value <= 1024
    );
  }

  /** "..., while Maverick uses 128": the last name before the number opens a new coordinated clause. */
  function ellipsisSubject(f: string, models: ModelMention[], from: number, at: number): boolean {
    let m: ModelMention | undefined;
    for (const x of models) if (x.end <= at) m = x;
    return (
      !!m &&
      m.start > from &&
      // (a hedge may follow the verb: "and Scout has crossed over 2 million")
      /^\s*(?:[a-z]+\s+){0,2}$/.test(f.slice(m.end, at).replace(TRAILING_HEDGE, ' ')) &&
      // ("..., and Meta says Scout can take as many as 10 million": a reporting frame may open the clause)
      /(?:,|;|\band|\bwhile|\bwhereas|\bbut)\s*(?:[a-z]+\s+(?:says|said|claims|claimed|reports|reported)\s+(?:that\s+)?)?(?:the\s+)?$/.test(
        f.slice(from, m.start),
      )
    );
  }

  /** The latest cue of the clause of the same kind and scale as q, where q's clause is a parallel one. */
  function parallelCue(
    f: string,
    models: ModelMention[],
    cues: { cue: Cue; q: Quantity }[],
    q: Quantity,
    qStart: number,
    e: number,
  ): { cue: Cue; q: Quantity } | null {
    let alt: { cue: Cue; q: Quantity } | undefined;
    for (const x of cues) if (x.q.end <= qStart && sameKind(q, x.q) && x.q.scale === q.scale) alt = x;
    if (!alt || models.some((m) => m.start >= q.end && m.start < e)) return null;
    const next12 = f.slice(q.end, q.end + 12);
    const closes = ELLIPSIS_END.test(next12) || (!!q.scale && !PER_PERIOD.test(next12));
    if (!closes) return null;
    if (ellipsisSubject(f, models, alt.q.end, qStart)) return alt;
    // "...; Maverick spread 400 billion over 128": the clause's first figure took its cue the same way
    const own = cues.find((x) => x.q.start > alt.q.end && x.q.end <= qStart);
    if (!own || own.cue.quoteEnd > qStart) return null;
    let m: ModelMention | undefined;
    for (const x of models) if (x.end <= own.q.start) m = x;
    return !!m &&
      m.start > alt.q.end &&
      /^\s*[a-z]+\s+$/.test(f.slice(m.end, own.q.start)) &&
      /^\s*(?:[a-z]+\s+){1,2}$/.test(f.slice(own.cue.quoteEnd, qStart)) &&
      ellipsisSubject(f, models, alt.q.end, own.q.start)
      ? alt
      : null;
  }

  function kOrM(q: Quantity): boolean {
    return q.scale === 'k' || q.scale === 'm';
  }

  /** A bare "128k" / "10M" that could be a context window (4K to 100M tokens, no % or currency). */
  /** "128,000", "32,000": a context-window-sized count of whole thousands printed without a suffix. */
  function roundThousands(q: Quantity): boolean {
    return (
      !q.scale &&
      !q.percent &&
      !q.currency &&
      !q.decimals &&
      q.value >= 4000 &&
      q.value <= 1e7 &&
      q.value % 1000 === 0
    );
  }

  function windowSized(q: Quantity): boolean {
    return kOrM(q) && !q.percent && !q.currency && q.value >= 4000 && q.value <= 1e8;
  }

  function sameKind(a: Quantity, b: Quantity): boolean {
    // "62.3% against 38.0": a score printed once with and once without the percent sign
    const score = (q: Quantity) => !q.scale && !q.currency && q.value <= 100 && (q.percent || q.decimals > 0);
    if (a.percent !== b.percent) return score(a) && score(b);
    return a.currency === b.currency && !!a.scale === !!b.scale;
  }

  return {
    index: idx,
    findClaims(doc, opts) {
      const ctx = createContext(opts?.pageDate);
      return scanBlocks(doc, doc.blocks.keys(), ctx);
    },
    findClaimsInText(text, opts) {
      const doc = docFromText(text);
      const ctx = createContext(opts?.pageDate);
      return scanBlocks(doc, doc.blocks.keys(), ctx);
    },
    scanBlocks,
  };
}

/** "the mini model", "the Mistral weights", "the Flash-Lite one": a short name for a model named before. */
const SHORT_NAME = /\bthe ([a-z][a-z0-9.-]{2,}) (?:model|weights|checkpoint|one|version)\b/g;
/** Words that describe rather than name ("the small model", "the base model"). */
const NOT_A_NAME_WORD =
  /^(?:small|smaller|smallest|large|larger|largest|big|bigger|biggest|medium|new|newer|newest|old|older|open|base|chat|instruct|released|public|experimental|reasoning|thinking|same|other|first|second|third|original|latest|current|previous|dense|sparse|moe|flagship|cheap|cheaper|fast|faster|slow|local|hosted|full|distilled|quantized|preview|proprietary|closed|frontier|whole|entire|underlying|standard|default|mid-sized|sized|top|best|final|tested|chinese|american|french|only|two|three|that|this|vendor|language|ai|text|vision|coding|\d.*)$/;
const nameWordCache = new Map<string, string[]>();
function nameWords(name: string): string[] {
  let w = nameWordCache.get(name);
  if (!w) {
    const low = name.toLowerCase();
    w = [...low.split(/[\s()]+/), ...low.split(/[\s()-]+/)].filter((x) => x.length >= 3);
    nameWordCache.set(name, w);
  }
  return w;
}
/** "deepseek's 3.4e24", "mistral's api": a one-word possessive (group 1) before a figure or a price word. */
const MAKER_POSSESSIVE =
  /(?:^|[^a-z0-9.-])([a-z][a-z0-9]{2,})'s (?=~?\$?\d|(?:own |official )?(?:api|pricing|platform|pretraining|training|run|figure|number|score|window|context)\b)/g;
/** Cheap gate for SHORT_NAME: a noun it ends with occurs in the sentence. */
function hasShortNoun(seg: string): boolean {
  for (const w of SHORT_NOUNS) if (seg.includes(w)) return true;
  return false;
}
const SHORT_NOUNS = [' model', ' weights', ' checkpoint', ' one', ' version'];
function noteMentioned(ctx: EngineContext, models: ModelMention[]): void {
  const old = ctx.mentioned ?? [];
  // each model named moves to the end (its last mention, in the order of last mentions): one new
  // list, not a filtered copy per mention
  const named = (id: string, from: number) => {
    for (let k = from; k < models.length; k++)
      if (!models[k].isFamily && models[k].ref.id === id) return true;
    return false;
  };
  let list = old;
  if (models.some((m) => !m.isFamily)) {
    list = [];
    for (const r of old) if (!named(r.ref.id, 0)) list.push(r);
    for (let k = 0; k < models.length; k++)
      if (!models[k].isFamily && !named(models[k].ref.id, k + 1)) list.push(models[k]);
  }
  ctx.mentioned = list.length > 8 ? list.slice(-8) : list;
}

/** The claim a "Label: value" field states (its value's offsets are into the block's text). */
function fieldClaim(v: FieldValue, orig: string, bStart: number): Omit<Claim, 'id' | 'model' | 'variant'> {
  return {
    quote: orig.slice(v.start, v.end),
    start: bStart + v.start,
    end: bStart + v.end,
    metric: v.metric,
    ...(v.benchmark ? { benchmark: v.benchmark } : {}),
    value: v.value,
    ...(v.valueText ? { valueText: v.valueText } : {}),
    ...(v.unit ? { unit: v.unit } : {}),
    hedge: 'exact',
    context: 'prose',
  };
}

/**
 * One claim per id (the first), in document order. Every id starts with "start:end:", so claims that
 * share an id share their offsets: after a stable sort they sit in one run of equal offsets, and only
 * such runs (rare) are searched for repeats (no Set of every id string).
 */
function dedupe(claims: Claim[]): Claim[] {
  const sorted = claims.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Claim[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].start === sorted[i].start && sorted[j].end === sorted[i].end) j++;
    out.push(sorted[i]);
    for (let k = i + 1; k < j; k++) {
      let repeat = false;
      for (let p = i; p < k && !repeat; p++) repeat = sorted[p].id === sorted[k].id;
      if (!repeat) out.push(sorted[k]);
    }
    i = j;
  }
  return out;
}
