/**
 * fast-check arbitraries for whole contests (rubric + consortia as plain data), for property tests
 * of the core without YAML.
 */
import fc from "fast-check";
import { buildContest, type Contest } from "../../src/model/contest.js";
import type { Consortium } from "../../src/schema/consortium.js";
import type { Rubric } from "../../src/schema/rubric.js";

export interface RandomData {
  rubric: Rubric;
  consortia: Consortium[];
}

const KINDS = ["telecom", "platform", "startup", "academia"];
const ORGS = ["KAIST", "SNU", "Krafton"];

/**
 * `clash`: contests built for the searches — at least 4 teams for 2–3 places, every team with a
 * shared organisation and the conflict rule on — where best-set often beats rank order.
 */
export function contestData(
  opts: { maxTeams?: number; maxCriteria?: number; rules?: boolean; clash?: boolean } = {},
): fc.Arbitrary<RandomData> {
  const maxTeams = opts.maxTeams ?? 8;
  const maxCriteria = opts.maxCriteria ?? 3;
  return fc
    .record({
      nCrit: fc.integer({ min: 1, max: maxCriteria }),
      nTeams: fc.integer({ min: opts.clash ? Math.min(4, maxTeams) : 1, max: maxTeams }),
      teams: opts.clash ? fc.integer({ min: 2, max: 3 }) : fc.integer({ min: 1, max: 5 }),
    })
    .chain(({ nCrit, nTeams, teams }) =>
      fc.record({
        weights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: nCrit, maxLength: nCrit }).filter((w) => w.some((x) => x > 0)),
        scores: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: nCrit, maxLength: nCrit }), {
          minLength: nTeams,
          maxLength: nTeams,
        }),
        kinds: fc.array(fc.constantFrom(...KINDS), { minLength: nTeams, maxLength: nTeams }),
        members: fc.array(fc.subarray(ORGS, { minLength: opts.clash ? 1 : 0, maxLength: 2 }), { minLength: nTeams, maxLength: nTeams }),
        teams: fc.constant(teams),
        bonus: fc.option(fc.record({ min: fc.integer({ min: 0, max: 10 }), points: fc.integer({ min: 0, max: 5 }) }), { nil: undefined }),
        gate: opts.rules ? fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined, freq: 2 }) : fc.constant(undefined),
        minTotal: opts.rules ? fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined, freq: 2 }) : fc.constant(undefined),
        maxQuota: opts.rules ? fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined, freq: 2 }) : fc.constant(undefined),
        minQuota: opts.rules ? fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 2 }) : fc.constant(undefined),
        // A second minimum quota (telecoms) and a gate with a maximum: rare branches of the search.
        minQuota2: opts.rules ? fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined, freq: 2 }) : fc.constant(undefined),
        gateMax: opts.rules ? fc.option(fc.integer({ min: 4, max: 10 }), { nil: undefined, freq: 2 }) : fc.constant(undefined),
        conflicts: opts.clash
          ? fc.constant(1)
          : opts.rules
            ? fc.option(fc.constantFrom(1, 1, 1, 2), { nil: undefined, freq: 3 })
            : fc.constant(undefined),
        strategy: fc.constantFrom("rank-order" as const, "best-set" as const),
      }),
    )
    .map((g) => {
      const nCrit = g.weights.length;
      const ids = Array.from({ length: nCrit }, (_, i) => `c${i}`);
      const rubric: Rubric = {
        name: "random",
        criteria: ids.map((id, i) => ({ id, label: id, weight: g.weights[i]!, scale: { min: 0, max: 10 } })),
        ...(g.bonus ? { bonus: [{ label: "b", criterion: "c0", min: g.bonus.min, points: g.bonus.points }] } : {}),
        selection: {
          teams: g.teams,
          strategy: g.strategy,
          ...(g.minTotal !== undefined ? { min_total: g.minTotal } : {}),
          ...(g.gate !== undefined || g.gateMax !== undefined
            ? {
                gates: [
                  {
                    criterion: ids[nCrit - 1]!,
                    ...(g.gate !== undefined ? { min: g.gate } : {}),
                    ...(g.gateMax !== undefined ? { max: g.gateMax } : {}),
                  },
                ],
              }
            : {}),
          quotas: [
            ...(g.maxQuota !== undefined ? [{ name: "incumbents", kinds: ["telecom", "platform"], max: g.maxQuota }] : []),
            ...(g.minQuota !== undefined ? [{ name: "challengers", kinds: ["startup", "academia"], min: g.minQuota }] : []),
            ...(g.minQuota2 !== undefined ? [{ name: "telecoms", kinds: ["telecom"], min: g.minQuota2 }] : []),
          ],
          ...(g.conflicts !== undefined ? { conflicts: { max_per_organisation: g.conflicts } } : {}),
        },
      };
      const consortia: Consortium[] = g.scores.map((row, t) => ({
        id: `t${String(t).padStart(2, "0")}`,
        name: `Team ${t}`,
        lead: { name: `Lead ${t}`, kind: g.kinds[t]! },
        members: g.members[t]!.map((name) => ({ name, kind: "academia" })),
        scores: Object.fromEntries(ids.map((id, i) => [id, { value: row[i]! }])),
      }));
      return { rubric, consortia };
    });
}

export function contestOf(d: RandomData): Contest {
  return buildContest(d.rubric, d.consortia);
}
