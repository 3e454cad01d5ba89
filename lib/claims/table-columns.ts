/**
 * Table layout words that decide what a column or cell measures, beyond the metric names of
 * headerMetric: columns that hold no claim value (rate limits, spreads), bare score columns of an
 * arena leaderboard, and the metric a value-only cell borrows from a sibling cell of its row
 * (a fact-check's "claim" and "record" columns).
 */

/**
 * A column of rate limits or spreads holds no claim about the model: "Requests/min", "Tokens per
 * minute", "TPM", "Rate limit"; "Std. dev.", "Std. error", "SEM", "± CI", "Margin of error"; changes
 * ("Gain over base", "Improvement").
 */
export const NON_CLAIM_COLUMN =
  /\b(?:requests?|reqs?|tokens?|calls|queries)\s*(?:\/|per)\s*(?:min(?:ute)?|sec(?:ond)?|s|day|hour|hr|h)\b|\b(?:rpm|tpm|rpd|tpd|rps|qps|itpm|otpm)\b|\brate[\s-]?limits?\b|(?:^|[^a-z])(?:std|stdev|stddev|sd|sem|se|s\.e|s\.d|stderr)(?![a-z])|\bstandard (?:deviation|error)|\bdeviation\b|\bvariance\b|\bmargin of error\b|\buncertainty\b|\berror bars?\b|\bconfidence\b|\b(?:gains?|improvements?|uplift|increase|decrease)\b/;

/**
 * A price row or column of a discounted tier ("Cached input", "Cache hit", "Batch output"): the
 * model's list price is the plain input / output price, so these hold no claim about it.
 */
export const DISCOUNT_TIER_PRICE = /\b(?:cached|cache[\s-](?:hits?|reads?|writes?)|batch(?:ed)?)\b/;

/** A bare score column of a leaderboard: "Score", "Rating", "Elo", "Arena score". */
const BARE_RATING =
  /^(?:arena\s+)?(?:score|rating|elo|elo rating|arena rating|bt score|bradley[\s-]terry(?: score| rating)?)$/;

/**
 * A value under a bare score / rating column reads as an arena rating on a page about the arena
 * (no benchmark named by the table): a whole number in the Elo range, no percent or unit.
 */
export function isArenaRatingCell(
  label: string,
  q: { value: number; percent?: boolean; currency?: boolean; scale?: string },
  cellText: string,
): boolean {
  if (!BARE_RATING.test(label.trim())) return false;
  if (q.percent || q.currency || q.scale) return false;
  if (q.value < 800 || q.value > 2000) return false;
  // "1369", "1306.9": an integer or one decimal place
  return /^\s*\d{3,4}(?:\.\d)?\b/.test(cellText);
}

/** Chip names glued to a count ("2,048 H800", "16K H100s"): the count's own word is GPUs. */
const CHIP_NAME =
  /\b(?:[hab]\d{2,3}|gb\d{3}|mi\d{3}x?|tpus?(?:\s?v\d[a-z]?)?|gpus?|accelerators?|chips?)s?\b/g;

/** A cell's own words with its figures blanked; chip names read as "gpus". */
export function cellOwnWords(f: string): string {
  return f.replace(CHIP_NAME, ' gpus ').replace(/[\d.,$%~]+[kmbt]?\b/g, ' ');
}

/**
 * A header naming a measure of its own, which a caption's metric does not fill: the publisher's
 * rating ("Our score", "Editor's rating"), an output cap ("Max output"), emissions or energy
 * ("Location-based emissions (tons CO2eq)"), a count of regions.
 */
export const OWN_COLUMN_MEASURE =
  /\b(?:our|ours|editor'?s?|output|completion|emissions?|co2\w*|energy|power|kwh|mwh|tons?|tonnes?|regions?|zones?)\b/;

/** Least a count read from a cell's own chip words must be to be a training cluster, not a serving rig. */
export const MIN_OWN_GPUS = 256;
