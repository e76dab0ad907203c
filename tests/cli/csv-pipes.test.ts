/**
 * CSV for pipes and spreadsheets (issue #12): LF records by default, `--excel` for a BOM and CRLF,
 * and the Korean name (`name_ko`) in every CSV and JSON output that names a consortium.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { cli, consortiumYaml, fixture, ROOT, rubricYaml, tempDir } from "../helpers/run.js";

// Three teams, two places; a's total 100, b's 50, c's 0 (one criterion, weight 1): a and b picked.
// Only a has a Korean name.
const contest = () =>
  fixture({
    "criteria/default.yaml": rubricYaml({ criteria: [{ id: "q", weight: 1 }] }),
    "consortia/a.yaml": `${consortiumYaml({ id: "a", scores: { q: 10 } })}name_ko: 가 컨소시엄\n`,
    "consortia/b.yaml": consortiumYaml({ id: "b", scores: { q: 5 } }),
    "consortia/c.yaml": consortiumYaml({ id: "c", scores: { q: 0 } }),
  });

const records = (csv: string) => parse(csv, { columns: true, record_delimiter: "\n" }) as Record<string, string>[];

describe("CSV line endings", () => {
  it.each([["score"], ["select"], ["simulate", "--runs", "10"], ["sensitivity"], ["explain", "a"], ["compare", "default", "default"]])(
    "%s -f csv ends every line in a bare LF",
    async (...args) => {
      const r = await cli([...args, "-f", "csv"], { cwd: contest() });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain("\r");
      expect(r.stdout.endsWith("\n")).toBe(true);
      expect(r.stdout.charCodeAt(0)).not.toBe(0xfeff);
    },
  );

  it("score -f csv | awk -F, '$(NF-1)==\"true\"' lists the picked teams", () => {
    const cwd = contest();
    const bin = join(ROOT, "bin/sovereign-ai.js");
    const out = execFileSync("sh", ["-c", `node ${JSON.stringify(bin)} score -f csv | awk -F, '$(NF-1)=="true" { print $2 }'`], {
      cwd,
      encoding: "utf8",
    });
    expect(out).toBe("a\nb\n");
  });

  it("--excel writes a byte-order mark and CRLF, and implies CSV", async () => {
    const r = await cli(["select", "--excel"], { cwd: contest() });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("\uFEFFrank,id,name,name_ko,")).toBe(true);
    const lines = r.stdout.slice(1).split("\r\n");
    expect(lines).toHaveLength(5); // header, three teams, and the empty rest after the last CRLF
    expect(lines[4]).toBe("");
    expect(r.stdout.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("--excel with -o FILE.csv writes the same bytes to the file", async () => {
    const cwd = contest();
    const out = join(tempDir(), "picks.csv");
    const printed = (await cli(["select", "--excel"], { cwd })).stdout;
    expect((await cli(["select", "--excel", "-o", out], { cwd })).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(printed);
  });

  it("--excel with another format is a usage error", async () => {
    const r = await cli(["score", "--excel", "-f", "json"], { cwd: contest() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--excel writes CSV, not json");
    const o = await cli(["score", "--excel", "-o", join(tempDir(), "x.md")], { cwd: contest() });
    expect(o.code).toBe(2);
  });
});

describe("name_ko in CSV and JSON", () => {
  it("select CSV and JSON carry it, empty when absent", async () => {
    const cwd = contest();
    const csv = records((await cli(["select", "-f", "csv"], { cwd })).stdout);
    expect(csv.map((r) => [r.id, r.name_ko])).toEqual([
      ["a", "가 컨소시엄"],
      ["b", ""],
      ["c", ""],
    ]);
    const json = JSON.parse((await cli(["select", "-f", "json"], { cwd })).stdout);
    expect(json.decisions.map((d: { id: string; name_ko: string }) => [d.id, d.name_ko])).toEqual([
      ["a", "가 컨소시엄"],
      ["b", ""],
      ["c", ""],
    ]);
  });

  it("score JSON carries it", async () => {
    const json = JSON.parse((await cli(["score", "-f", "json"], { cwd: contest() })).stdout);
    expect(json.results.map((d: { name_ko: string }) => d.name_ko)).toEqual(["가 컨소시엄", "", ""]);
  });

  it("simulate CSV and JSON carry it", async () => {
    const cwd = contest();
    const csv = records((await cli(["simulate", "--runs", "10", "-f", "csv"], { cwd })).stdout);
    expect(Object.fromEntries(csv.map((r) => [r.id, r.name_ko]))).toEqual({ a: "가 컨소시엄", b: "", c: "" });
    const json = JSON.parse((await cli(["simulate", "--runs", "10", "-f", "json"], { cwd })).stdout);
    expect(Object.fromEntries(json.results.map((r: { id: string; name_ko: string }) => [r.id, r.name_ko]))).toEqual({
      a: "가 컨소시엄",
      b: "",
      c: "",
    });
  });

  it("compare CSV and JSON carry it", async () => {
    const cwd = contest();
    const csv = records((await cli(["compare", "default", "default", "-f", "csv"], { cwd })).stdout).filter((r) => r.record === "team");
    expect(csv.map((r) => r.name_ko)).toEqual(["가 컨소시엄", "", ""]);
    const json = JSON.parse((await cli(["compare", "default", "default", "-f", "json"], { cwd })).stdout);
    expect(json.teams.map((t: { name_ko: string }) => t.name_ko)).toEqual(["가 컨소시엄", "", ""]);
  });

  it("explain CSV and JSON carry it", async () => {
    const cwd = contest();
    expect(records((await cli(["explain", "a", "-f", "csv"], { cwd })).stdout)[0]!.name_ko).toBe("가 컨소시엄");
    expect(records((await cli(["explain", "b", "-f", "csv"], { cwd })).stdout)[0]!.name_ko).toBe("");
    expect(JSON.parse((await cli(["explain", "b", "-f", "json"], { cwd })).stdout).name_ko).toBe("");
  });
});
