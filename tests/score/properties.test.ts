/**
 * Properties of the scoring core (fast-check): totals do not depend on the order of consortia or
 * criteria; scaling every weight by one positive number changes nothing; raising one score never
 * lowers that team's total or rank; totals stay within 0–100 before the bonus.
 *
 * Scores, weights and scale ends are whole numbers, so equal totals are equal after rounding to 9
 * decimals whatever the order of the floating-point sums (see `totalKey`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildContest } from "../../src/model/contest.js";
import type { Consortium } from "../../src/schema/consortium.js";
import type { Rubric } from "../../src/schema/rubric.js";
import { rankTeams, type Ranked } from "../../src/score/score.js";
import { between, fraction } from "../helpers/fractions.js";

interface Data {
  rubric: Rubric;
  consortia: Consortium[];
}

const data: fc.Arbitrary<Data> = fc
  .record({
    criteria: fc.array(
      fc.record({ min: fc.integer({ min: -10, max: 10 }), span: fc.integer({ min: 1, max: 20 }), weight: fc.integer({ min: 0, max: 10 }) }),
      { minLength: 1, maxLength: 5 },
    ),
    teams: fc.integer({ min: 1, max: 8 }),
    tieBreak: fc.boolean(),
    bonus: fc.option(fc.record({ at: fraction(), points: fc.integer({ min: 0, max: 5 }) }), { nil: undefined }),
  })
  .filter((g) => g.criteria.some((c) => c.weight > 0))
  .chain((g) =>
    fc
      .array(fc.tuple(...g.criteria.map((c) => fc.integer({ min: c.min, max: c.min + c.span }))), {
        minLength: g.teams,
        maxLength: g.teams,
      })
      .map((rows): Data => {
        const ids = g.criteria.map((_, i) => `c${i}`);
        const c0 = g.criteria[0]!;
        const rubric: Rubric = {
          name: "property",
          criteria: g.criteria.map((c, i) => ({
            id: ids[i]!,
            label: ids[i]!,
            weight: c.weight,
            scale: { min: c.min, max: c.min + c.span },
          })),
          ...(g.bonus
            ? { bonus: [{ label: "bonus", criterion: "c0", min: c0.min + Math.round(g.bonus.at * c0.span), points: g.bonus.points }] }
            : {}),
          selection: { teams: 2, ...(g.tieBreak ? { tie_break: [...ids].reverse() } : {}) },
        };
        const consortia = rows.map((row, t) => ({
          id: `t${t}`,
          name: `Team ${t}`,
          lead: { name: `Lead ${t}`, kind: "startup" },
          scores: Object.fromEntries(ids.map((id, i) => [id, { value: row[i]! }])),
        }));
        return { rubric, consortia };
      }),
  );

const rank = (d: Data, weights?: number[]) => rankTeams(buildContest(d.rubric, d.consortia, weights));
const byId = (ranked: readonly Ranked[]) => new Map(ranked.map((r) => [r.team.id, r]));
const order = (ranked: readonly Ranked[]) => ranked.map((r) => r.team.id);

/** A permutation of `xs` drawn from a list of sort keys. */
const permute = <T>(xs: readonly T[], keys: readonly number[]) =>
  xs
    .map((x, i) => ({ x, k: keys[i] ?? 0, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((e) => e.x);
const keys = fc.array(fc.integer(), { minLength: 8, maxLength: 8 });

describe("scoring properties", () => {
  it("the order of the consortia changes neither totals nor ranking", () => {
    fc.assert(
      fc.property(data, keys, (d, k) => {
        const a = rank(d);
        const b = rank({ ...d, consortia: permute(d.consortia, k) });
        expect(order(b)).toEqual(order(a));
        expect(b.map((r) => r.total)).toEqual(a.map((r) => r.total));
      }),
    );
  });

  it("the order of the criteria changes no total; with a declared tie-break chain, not the ranking either", () => {
    fc.assert(
      fc.property(data, keys, (d, k) => {
        const a = rank(d);
        const b = rank({ ...d, rubric: { ...d.rubric, criteria: permute(d.rubric.criteria, k) } });
        const bm = byId(b);
        for (const r of a) expect(bm.get(r.team.id)!.total).toBeCloseTo(r.total, 9);
        if (d.rubric.selection.tie_break) expect(order(b)).toEqual(order(a));
      }),
    );
  });

  it("multiplying every weight by the same positive number changes nothing", () => {
    fc.assert(
      fc.property(data, between(1e-3, 1e3, 100_000), (d, factor) => {
        const a = rank(d);
        const b = rank(
          d,
          d.rubric.criteria.map((c) => c.weight * factor),
        );
        expect(order(b)).toEqual(order(a));
        b.forEach((r, i) => expect(r.total).toBeCloseTo(a[i]!.total, 9));
      }),
    );
  });

  it("raising one score never lowers that team's total or rank", () => {
    let raisedOne = 0;
    fc.assert(
      fc.property(data, fc.nat(), fc.nat(), fraction(), (d, ti, ci, up) => {
        const t = ti % d.consortia.length;
        const crit = d.rubric.criteria[ci % d.rubric.criteria.length]!;
        const team = d.consortia[t]!;
        const old = team.scores[crit.id]!.value as number;
        const raised = old + Math.round(up * (crit.scale.max - old));
        if (raised > old) raisedOne++;
        const better: Consortium = { ...team, scores: { ...team.scores, [crit.id]: { value: raised } } };
        const before = byId(rank(d)).get(team.id)!;
        const after = byId(rank({ ...d, consortia: d.consortia.map((c, i) => (i === t ? better : c)) })).get(team.id)!;
        expect(after.total).toBeGreaterThanOrEqual(before.total - 1e-9);
        expect(after.rank).toBeLessThanOrEqual(before.rank);
      }),
      { numRuns: 100 },
    );
    // With uniform fractions about half the runs really raise a score (with fc.double, 6.7 %).
    expect(raisedOne).toBeGreaterThan(25);
  });

  it("totals stay within 0–100 before the bonus, and the contributions add up to them", () => {
    fc.assert(
      fc.property(data, (d) => {
        for (const r of rank(d)) {
          expect(r.weighted).toBeGreaterThanOrEqual(-1e-9);
          expect(r.weighted).toBeLessThanOrEqual(100 + 1e-9);
          expect(r.contributions.reduce((s, x) => s + x, 0)).toBeCloseTo(r.weighted, 9);
          expect(r.total).toBeCloseTo(r.weighted + r.bonus, 9);
        }
      }),
    );
  });

  it("the extremes: all at the top of the scale is 100, all at the bottom is 0 (before the bonus)", () => {
    fc.assert(
      fc.property(data, (d) => {
        const at = (end: "min" | "max"): Data => ({
          ...d,
          consortia: d.consortia.map((c) => ({
            ...c,
            scores: Object.fromEntries(d.rubric.criteria.map((k) => [k.id, { value: k.scale[end] }])),
          })),
        });
        for (const r of rank(at("max"))) expect(r.weighted).toBeCloseTo(100, 9);
        for (const r of rank(at("min"))) expect(r.weighted).toBeCloseTo(0, 9);
      }),
    );
  });
});
