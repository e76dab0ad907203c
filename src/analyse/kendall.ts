/**
 * Kendall's rank correlation τ-b between two rankings of the same items:
 *   τ-b = (C − D) / √((P − Tₐ)(P − T_b)),  P = n(n − 1)/2 pairs,
 * C concordant and D discordant pairs, Tₐ and T_b pairs tied in one ranking. The rankings from
 * `rankTeams` never tie (a total order), so there it equals τ-a = (C − D) / P.
 * 1: the same order; −1: reversed; null when there are fewer than two items or one ranking is all ties.
 */
export function kendallTau(a: readonly number[], b: readonly number[]): number | null {
  if (a.length !== b.length) throw new Error("kendallTau: rankings of different lengths");
  const n = a.length;
  let c = 0;
  let d = 0;
  let ta = 0;
  let tb = 0;
  a.forEach((ai, i) => {
    const bi = b[i]!;
    for (let j = i + 1; j < n; j++) {
      const x = Math.sign(ai - a[j]!);
      const y = Math.sign(bi - b[j]!);
      if (x === 0) ta++;
      if (y === 0) tb++;
      if (x !== 0 && y !== 0) {
        if (x === y) c++;
        else d++;
      }
    }
  });
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - ta) * (pairs - tb));
  return denominator > 0 ? (c - d) / denominator : null;
}
