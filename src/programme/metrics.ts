/**
 * The figures a backtest reports, each a plain function checked against hand-computed examples:
 * hits, precision and recall of a predicted set; Brier score and log loss of probabilities against
 * outcomes (log loss with the probabilities clipped to [0.001, 0.999]); the no-information baseline;
 * Spearman's ρ on average ranks (ties share the mean of their places).
 */

const CLIP_LOW = 0.001;
const CLIP_HIGH = 0.999;

export function hitsOf(
  predicted: readonly string[],
  actual: readonly string[],
): { hits: number; precision: number | null; recall: number | null } {
  const a = new Set(actual);
  const hits = new Set(predicted.filter((id) => a.has(id))).size;
  return { hits, precision: predicted.length ? hits / predicted.length : null, recall: actual.length ? hits / actual.length : null };
}

/** Mean squared difference between probability and outcome (0 or 1). */
export function brier(p: readonly number[], o: readonly (0 | 1)[]): number {
  if (p.length !== o.length || p.length === 0) throw new Error("brier: probabilities and outcomes of the same non-zero length");
  return p.reduce((s, x, i) => s + (x - o[i]!) ** 2, 0) / p.length;
}

const clip = (x: number) => Math.min(CLIP_HIGH, Math.max(CLIP_LOW, x));

/** Mean negative log-likelihood (natural log) of the outcomes, probabilities clipped to [0.001, 0.999]. */
export function logLoss(p: readonly number[], o: readonly (0 | 1)[]): number {
  if (p.length !== o.length || p.length === 0) throw new Error("logLoss: probabilities and outcomes of the same non-zero length");
  return -p.reduce((s, x, i) => s + (o[i] === 1 ? Math.log(clip(x)) : Math.log(1 - clip(x))), 0) / p.length;
}

/** Every entrant at k/n: the forecast of someone who knows only how many advance. */
export function baseline(k: number, o: readonly (0 | 1)[]): { p: number; brier: number; log_loss: number } {
  const p = k / o.length;
  const ps = o.map(() => p);
  return { p, brier: brier(ps, o), log_loss: logLoss(ps, o) };
}

/** Ranks 1..n, higher value = rank 1; tied values share the mean of their places. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const ranks = new Array<number>(values.length);
  for (let s = 0; s < order.length; ) {
    let e = s;
    while (e + 1 < order.length && order[e + 1]!.v === order[s]!.v) e++;
    const mean = (s + e) / 2 + 1;
    for (let k = s; k <= e; k++) ranks[order[k]!.i] = mean;
    s = e + 1;
  }
  return ranks;
}

/** Spearman's ρ: Pearson's correlation of the average ranks. null with fewer than two items or no spread. */
export function spearman(a: readonly number[], b: readonly number[]): number | null {
  if (a.length !== b.length) throw new Error("spearman: lists of different lengths");
  const n = a.length;
  if (n < 2) return null;
  const ra = averageRanks(a);
  const rb = averageRanks(b);
  const ma = ra.reduce((s, x) => s + x, 0) / n;
  const mb = rb.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (ra[i]! - ma) * (rb[i]! - mb);
    saa += (ra[i]! - ma) ** 2;
    sbb += (rb[i]! - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : null;
}
