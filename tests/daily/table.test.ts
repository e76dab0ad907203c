import { describe, expect, it } from "vitest";
import { wrapHead } from "../../src/render/score.js";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";
import { columnsOf, displayWidth } from "./display-width.js";

const tableLines = (out: string) => out.split("\n").filter((l) => /^[┌│└]/.test(l));

describe("score table width", () => {
  it("fits 80 columns on the bundled data, says what it hid, and keeps every criterion", async () => {
    const r = await cli(["score"]);
    expect(r.code).toBe(0);
    for (const line of r.stdout.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain("hidden to fit 80 columns: kind (--wide shows every column)");
    expect(r.stdout).not.toContain("telecom");
    const head = tableLines(r.stdout).slice(1, 3).join("\n");
    for (const word of ["from_", "scratch", "service", "openness", "bonus", "total"]) expect(head).toContain(word);
  });

  it("fits the terminal it is given, dropping detail columns least useful first", async () => {
    const first = (JSON.parse((await cli(["score", "-f", "json"])).stdout) as { results: { id: string; total: number }[] }).results[0]!;
    for (const columns of [100, 72, 60, 50]) {
      const r = await cli(["score"], { columns });
      for (const line of r.stdout.split("\n")) expect(displayWidth(line), `${columns}: ${line}`).toBeLessThanOrEqual(columns);
      // The rank, the id and the total are never dropped.
      expect(r.stdout).toMatch(new RegExp(`│ +1 │ . │ ${first.id} +│`));
      expect(r.stdout).toContain(first.total.toFixed(2));
    }
    const narrow = await cli(["score"], { columns: 50 });
    expect(narrow.stdout.replace(/\s+/g, " ")).toContain(
      "hidden to fit 50 columns: kind, bonus, service, openness (--wide shows every column)",
    );
    const roomy = await cli(["score"], { columns: 100 });
    expect(roomy.stdout).toContain("telecom");
    expect(roomy.stdout).not.toContain("hidden");
  });

  it("--wide shows every column, with Korean names lined up (double-width characters counted as two)", async () => {
    const r = await cli(["score", "--wide"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("SKT 컨소시엄");
    expect(r.stdout).toContain("모티프테크놀로지스 컨소시엄");
    expect(r.stdout).toContain("conglomerate");
    expect(r.stdout).not.toContain("hidden");
    const lines = tableLines(r.stdout);
    const width = displayWidth(lines[0]!);
    expect(width).toBeGreaterThan(80);
    const bars = columnsOf(lines[1]!, "│");
    for (const line of lines) {
      expect(displayWidth(line), line).toBe(width);
      if (line.startsWith("│")) expect(columnsOf(line, "│"), line).toEqual(bars);
    }
  });

  it("drops criteria from the right when there are too many to fit, and names them", async () => {
    const ids = [
      "technical_depth",
      "service_reach",
      "open_release",
      "data_quality",
      "gpu_capacity",
      "talent_pool",
      "industry_ties",
      "public_value",
    ];
    const cwd = fixture({
      "criteria/default.yaml": rubricYaml({ criteria: ids.map((id) => ({ id, weight: 1 })) }),
      "consortia/a.yaml": consortiumYaml({ id: "a", scores: Object.fromEntries(ids.map((id) => [id, 10])) }),
      "consortia/b.yaml": consortiumYaml({ id: "b", scores: Object.fromEntries(ids.map((id) => [id, 5])) }),
    });
    const r = await cli(["score"], { cwd });
    for (const line of r.stdout.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "hidden to fit 80 columns: kind, bonus, gpu_capacity, talent_pool, industry_ties, public_value (--wide",
    );
    expect(r.stdout).toContain("technical_");
    expect(r.stdout).toContain("100.00");
    const wide = await cli(["score", "--wide"], { cwd });
    for (const id of ids) expect(wide.stdout).toContain(id);
  });

  it("breaks long criterion ids at the separator nearest the middle", () => {
    expect(wrapHead("service")).toBe("service");
    expect(wrapHead("from_scratch")).toBe("from_\nscratch");
    expect(wrapHead("a-very-long-name")).toBe("a-very-\nlong-name");
    expect(wrapHead("unbrokenlongname")).toBe("unbrokenlon…");
  });
});
