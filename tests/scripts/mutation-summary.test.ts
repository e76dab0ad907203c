import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without types
import { markdown, score, summarise } from "../../scripts/mutation-summary.mjs";

const at = (line: number, column: number) => ({ start: { line, column }, end: { line, column: column + 1 } });
// One file with one mutant of each status that counts, and two ignored for one reason.
const report = {
  files: {
    "src/b.ts": {
      mutants: [
        { status: "Killed", mutatorName: "EqualityOperator", replacement: "a <= b", location: at(3, 5) },
        { status: "Timeout", mutatorName: "UpdateOperator", replacement: "i--", location: at(4, 9) },
        { status: "Survived", mutatorName: "ConditionalExpression", replacement: "true", location: at(7, 2) },
        { status: "NoCoverage", mutatorName: "StringLiteral", replacement: '""', location: at(9, 11) },
        { status: "Ignored", statusReason: "equivalent: x", mutatorName: "EqualityOperator", location: at(12, 1) },
        { status: "Ignored", statusReason: "equivalent: x", mutatorName: "ConditionalExpression", location: at(12, 8) },
      ],
    },
    "src/a.ts": { mutants: [{ status: "Killed", mutatorName: "BlockStatement", replacement: "{}", location: at(1, 1) }] },
  },
};

describe("mutation-summary", () => {
  it("scores as Stryker does: detected (killed, timeout) over those not ignored; and with the ignored as missed", () => {
    const { files } = summarise(report);
    expect(files.map((f: { name: string }) => f.name)).toEqual(["src/a.ts", "src/b.ts"]); // sorted
    const b = files[1].count;
    expect(score(b)).toBe(50); // 2 of 4
    expect(score(b, { ignoredAsMissed: true })).toBe(33.33); // 2 of 6
    expect(score(files[0].count)).toBe(100);
    expect(score({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 3 })).toBeNull();
  });

  it("lists every mutant not detected and the ignored ones by reason", () => {
    const text = markdown(summarise(report));
    expect(text).toContain("| **all** | 2 | 1 | 1 | 1 | 2 | 60.00 | 42.86 |"); // 3 of 5; 3 of 7
    expect(text).toContain("- `src/b.ts:7:2` ConditionalExpression → `true`");
    expect(text).toContain('- `src/b.ts:9:11` StringLiteral → `""` (no coverage)');
    expect(text).toContain("- equivalent: x — 2: src/b.ts:12:1 EqualityOperator, src/b.ts:12:8 ConditionalExpression");
    expect(text).not.toContain("src/b.ts:3:5");
  });
});
