/**
 * Machine outputs stay stable across languages: every command × format that writes JSON or CSV is
 * run with --lang en and --lang ko; JSON has the same keys (and array lengths) and CSV the same
 * header and row count in both. Both runs are the same program, so `npm run mutate` leaves this
 * file out (vitest.mutation.config.ts): under a mutant of the core both sides carry it.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { cli, invocations, label } from "../reliability/commands.js";

/** The shape of a JSON value: keys and array lengths, every leaf replaced by its type. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]));
  return v === null ? "null" : typeof v;
}

const runs = invocations().filter((i) => i.format === "json" || i.format === "csv");

describe("JSON and CSV are the same structure in both languages", () => {
  for (const inv of runs) {
    it(`${label(inv)}`, async () => {
      if (inv.missing) throw new Error(inv.missing);
      const [a, b] = [await cli([...inv.args, "--lang", "en"]), await cli([...inv.args, "--lang", "ko"])];
      expect(b.code).toBe(a.code);
      if (inv.format === "json") {
        // Numbers and codes are equal too; only text for people may differ (compared by shape).
        expect(shape(JSON.parse(b.stdout))).toEqual(shape(JSON.parse(a.stdout)));
      } else {
        const [ra, rb] = [parse(a.stdout) as string[][], parse(b.stdout) as string[][]];
        expect(rb[0]).toEqual(ra[0]);
        expect(rb.length).toBe(ra.length);
      }
    });
  }
});
