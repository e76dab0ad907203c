/**
 * How one team's scores on one criterion become one score: mean, median, trimmed mean and the
 * olympic mean (one highest and one lowest dropped). Pure functions on (reviewer, value) entries.
 * Trimming sorts by value, then reviewer id, so which of two tied reviewers is dropped is fixed
 * (the value is the same either way). z-mean needs the whole criterion and lives in compute.ts.
 */
export interface Entry {
  readonly reviewer: string;
  readonly value: number;
}

export interface Aggregated {
  readonly value: number;
  /** Reviewers whose scores made the value, by id. */
  readonly used: readonly string[];
  /** Reviewers trimmed away (highest or lowest), by id. */
  readonly dropped: readonly string[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ids = (es: readonly Entry[]) => es.map((e) => e.reviewer).sort(byId);

export function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Population standard deviation (divides by n). */
export function populationSd(xs: readonly number[]): number {
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return Math.sqrt(s / xs.length);
}

export function sortedEntries(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => a.value - b.value || byId(a.reviewer, b.reviewer));
}

/** The mean after cutting `k` scores at each end (sorted by value, then reviewer id). */
function cutMean(entries: readonly Entry[], k: number): Aggregated {
  const sorted = sortedEntries(entries);
  const kept = sorted.slice(k, sorted.length - k);
  const dropped = [...sorted.slice(0, k), ...sorted.slice(sorted.length - k)];
  return { value: mean(kept.map((e) => e.value)), used: ids(kept), dropped: ids(dropped) };
}

export function meanOf(entries: readonly Entry[]): Aggregated {
  return { value: mean(entries.map((e) => e.value)), used: ids(entries), dropped: [] };
}

export function medianOf(entries: readonly Entry[]): Aggregated {
  const v = sortedEntries(entries).map((e) => e.value);
  const n = v.length;
  const value = n % 2 === 1 ? v[(n - 1) / 2]! : (v[n / 2 - 1]! + v[n / 2]!) / 2;
  return { value, used: ids(entries), dropped: [] };
}

/** Scores cut at each end for a trimmed mean: floor(n · trim), guarded against 0.29 × 100 = 28.999… */
export function trimCount(n: number, trim: number): number {
  return Math.floor(n * trim + 1e-9);
}

export function trimmedMeanOf(entries: readonly Entry[], trim: number): Aggregated {
  return cutMean(entries, trimCount(entries.length, trim));
}

/** Drop one highest and one lowest score (needs 3 or more). */
export function olympicOf(entries: readonly Entry[]): Aggregated {
  if (entries.length < 3) throw new Error("olympic needs 3 or more scores (validation should have caught it)");
  return cutMean(entries, 1);
}
