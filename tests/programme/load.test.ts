import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "../../src/errors.js";
import { loadProgramme } from "../../src/programme/load.js";
import { ROOT, tempDir } from "../helpers/run.js";

const place = { cwd: ROOT, packageRoot: ROOT };

/** A copy of the bundled programme, sources and consortia in a temporary folder, to break. */
function copy(): string {
  const dir = tempDir("programme-");
  for (const d of ["programme", "sources", "consortia", "criteria"]) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  return dir;
}

function problems(dir: string): string[] {
  try {
    loadProgramme({}, { cwd: dir, packageRoot: ROOT });
  } catch (e) {
    if (e instanceof DataError) return e.problems.map((p) => `${p.file}:${p.pos?.line}: ${p.path ?? ""}: ${p.message}`);
    throw e;
  }
  return [];
}

describe("the bundled programme", () => {
  it("loads: six stages in date order, every citation resolved", () => {
    const p = loadProgramme({}, place);
    expect(p.stages.map((s) => s.value.id)).toEqual([
      "application-2025-07-21",
      "screening-2025-07-25",
      "selection-2025-08-04",
      "evaluation-2026-01-15",
      "recruitment-2026-02-20",
      "evaluation-2026-08",
    ]);
    // 15 applied, 10 kept (every consortium of the article but lunit), 5 selected.
    expect(p.stages[0]!.value.entrants).toHaveLength(15);
    const kept = p.stages[1]!.value.results.filter((r) => r.outcome === "advanced").map((r) => r.id);
    expect(kept).toHaveLength(10);
    expect(kept).not.toContain("lunit");
  });
});

describe("validation across files", () => {
  it("refuses a stage citing a source published after the day it was reported, naming file, line and dates", () => {
    const dir = copy();
    const f = join(dir, "programme", "03-selection.yaml");
    writeFileSync(
      f,
      readFileSync(f, "utf8").replace(
        `sources: ["outstanding-2025-08-04 #five, #criteria, #teams"]`,
        `sources: ["outstanding-2025-08-04 #five", "sbs-2026-01-15 #planned"]`,
      ),
    );
    const out = problems(dir);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^programme\/03-selection\.yaml:\d+: sources\[1\]: cites sbs-2026-01-15, published 2026-01-15, after stage selection-2025-08-04 was reported \(2025-08-04\)/,
    );
  });

  it("names unknown sources, excerpt keys, entrants and results not entered, all at once", () => {
    const dir = copy();
    const f = join(dir, "programme", "05-recruitment.yaml");
    writeFileSync(
      f,
      readFileSync(f, "utf8")
        .replace("entrants: [motif, trillion-labs]", "entrants: [motif, trilion-labs]")
        .replace(`sources: ["khan-2026-01-23 #call"`, `sources: ["khan-2026-01-32 #call", "khan-2026-01-23 #cal"`),
    );
    const out = problems(dir).join("\n");
    expect(out).toMatch(/entrants\[1\]: unknown consortium "trilion-labs" \(did you mean "trillion-labs"\?\)/);
    expect(out).toMatch(/results\[1\]\.id: "trillion-labs" is not an entrant/);
    expect(out).toMatch(/no source "khan-2026-01-32" in sources\/ \(did you mean "khan-2026-01-23"\?\)/);
    expect(out).toMatch(/source "khan-2026-01-23" has no excerpt #cal/);
  });

  it("checks the count of advancing teams against rules.advance", () => {
    const dir = copy();
    const f = join(dir, "programme", "04-evaluation.yaml");
    writeFileSync(f, readFileSync(f, "utf8").replace("  advance: 3\n", "  advance: 4\n"));
    expect(problems(dir).join("\n")).toMatch(/rules\.advance: rules\.advance is 4 but 3 results are advanced or added/);
  });
});
