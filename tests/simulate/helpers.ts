/** Random contests with uncertain scores, for the simulation's property tests. */
import fc from "fast-check";
import { buildContest, type Contest } from "../../src/model/contest.js";
import { contestData, type RandomData } from "../helpers/random-contest.js";

/** contestData with a range of ±spread (kept on the 0..10 scale) on a random subset of the scores. */
export function uncertainData(opts: Parameters<typeof contestData>[0] = {}): fc.Arbitrary<RandomData> {
  return contestData(opts).chain((d) =>
    fc
      .array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: d.rubric.criteria.length, maxLength: d.rubric.criteria.length }), {
        minLength: d.consortia.length,
        maxLength: d.consortia.length,
      })
      .map((spreads) => ({
        rubric: d.rubric,
        consortia: d.consortia.map((c, t) => ({
          ...c,
          scores: Object.fromEntries(
            Object.entries(c.scores).map(([id, s], i) => {
              const v = s.value as number;
              const k = spreads[t]![i]!;
              return [id, k === 0 ? s : { value: v, range: [Math.max(0, v - k), Math.min(10, v + k)] as [number, number] }];
            }),
          ),
        })),
      })),
  );
}

export const contestOf = (d: RandomData): Contest => buildContest(d.rubric, d.consortia);
