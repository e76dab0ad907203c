/**
 * Korean output: in the Korean tables of the commands translated so far, no English word remains
 * other than the data's own words (ids, names, kinds, criterion ids and labels, quota and rubric
 * names), units and command-line flags; the report's headings are Korean. (That JSON and CSV keep
 * their shape in both languages: same-shape.test.ts.)
 */
import { parse as parseYaml } from "yaml";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadData } from "../../src/load/contest.js";
import { cli } from "../reliability/commands.js";
import { ROOT } from "../helpers/run.js";

/** Words of two or more Latin letters (with inner _ - . as in from_scratch, rank-order, A.X). */
const words = (text: string) => text.match(/[A-Za-z][A-Za-z0-9]*(?:[_.'-][A-Za-z0-9]+)*/g) ?? [];

/** The data's own words: what the files name, not what the program says about them. */
function dataWords(rubric?: string): Set<string> {
  const data = loadData(rubric ? { rubric } : {}, { cwd: ROOT, packageRoot: ROOT });
  const r = data.rubric.value;
  const texts: string[] = [r.name];
  for (const c of r.criteria) texts.push(c.id, c.label, ...Object.keys(c.levels ?? {}));
  for (const b of r.bonus ?? []) texts.push(b.label ?? "");
  for (const q of r.selection.quotas ?? []) texts.push(q.name, ...(q.kinds ?? []));
  for (const { value: c } of data.consortia) {
    texts.push(c.id, c.name, c.name_ko ?? "", c.lead.name, c.lead.kind, ...(c.members ?? []).flatMap((o) => [o.name, o.kind]));
    texts.push(...(c.models ?? []).flatMap((m) => [m.name, m.openness ?? ""]), ...(c.services ?? []).map((s) => s.name));
  }
  // Ids are shown broken at _ and - in narrow headers (from_ / scratch).
  return new Set(texts.flatMap(words).flatMap((w) => [w, ...w.split(/[_-]/)]));
}

/** Units, formats and names of things that are not translated (file formats, field names, the tool, percentiles, P(…), τ-b, the command named). */
const UNITS = [
  "B",
  "id",
  "min_total",
  "CSV",
  "JSON",
  "YAML",
  "FILE",
  "TODO",
  "sovereign-ai",
  "P",
  "p5",
  "p50",
  "p95",
  "b",
  "NAME",
  "DIR",
  "compare",
  "validate",
  "criteria",
  "sources",
  "examples",
  "e",
  "r",
  "n",
  "W",
  // The aggregation methods' names, as --method takes them.
  "topsis",
  "weighted-sum",
  "weighted-product",
];

/**
 * Every text value in parsed YAML (not its keys), but not a text that has its Korean beside it
 * (title with title_ko, reason with reason_ko…): Korean output must show the Korean.
 */
const valuesWithoutKorean = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap(valuesWithoutKorean)
    : v !== null && typeof v === "object"
      ? Object.entries(v).flatMap(([k, x]) => (typeof x === "string" && `${k}_ko` in v ? [] : valuesWithoutKorean(x)))
      : typeof v === "string"
        ? [v]
        : [];

/** The source records' own words (publishers, titles, addresses), and the rubrics' names and descriptions: data too. */
function recordText(): string {
  const data = loadData({}, { cwd: ROOT, packageRoot: ROOT });
  return (
    JSON.stringify(data.sources ? [...data.sources.records.values()] : []) +
    readdirSync(join(ROOT, "criteria"))
      .map((f) => readFileSync(join(ROOT, "criteria", f), "utf8"))
      .join("\n")
  );
}

function recordWords(): Set<string> {
  const data = loadData({}, { cwd: ROOT, packageRoot: ROOT });
  const texts = data.sources ? [...data.sources.records.values()].flatMap((r) => [r.id, r.publisher, r.title, r.url, r.language]) : [];
  // The rubrics' own words, but not a name, label or description that has its Korean beside it; level names are keys.
  for (const f of readdirSync(join(ROOT, "criteria")).filter((n) => n.endsWith(".yaml"))) {
    const r = parseYaml(readFileSync(join(ROOT, "criteria", f), "utf8")) as { criteria?: { levels?: object }[] };
    texts.push(f.replace(/\.yaml$/, ""), ...valuesWithoutKorean(r), ...(r.criteria ?? []).flatMap((c) => Object.keys(c.levels ?? {})));
  }
  // The programme's stage files and its own consortia, and the example panel: their titles, reasons and ids.
  for (const dir of ["programme", "programme/consortia", "examples/panel", "examples/panel/reviews"]) {
    for (const f of readdirSync(join(ROOT, dir)).filter((n) => /\.ya?ml$/.test(n)))
      texts.push(f.replace(/\.\w+$/, ""), ...valuesWithoutKorean(parseYaml(readFileSync(join(ROOT, dir, f), "utf8"))));
  }
  return new Set(texts.flatMap(words).flatMap((w) => [w, ...w.split(/[_.-]/)]));
}

/** Latin words in `text` that are neither the data's own, nor units, nor flags (--wide) or ids in quotes. */
function english(text: string, allowed: Set<string>): string[] {
  const plain = text
    .replace(/\u001b\[[0-9;]*m/g, "")
    .replace(/--[a-z-]+/g, " ")
    .replace(/"[^"]*"/g, " ");
  return [...new Set(words(plain).filter((w) => !allowed.has(w) && !UNITS.includes(w)))];
}

describe("Korean tables hold no English words but the data's own", () => {
  const commands = [
    ["score"],
    ["score", "--wide"],
    ["select"],
    ["select", "-r", "industry-forecast"],
    ["select", "-r", "industry-forecast", "--strategy", "best-set"],
    ["validate"],
    ["simulate", "--runs", "500"],
    ["simulate", "--runs", "500", "--wide"],
    ["sensitivity"],
    ["sensitivity", "-r", "industry-forecast"],
    ["compare", "default", "service-first"],
    ["sources"],
    ["sources", "--wide"],
    ["rubrics"],
    ["timeline"],
    ["forecast", "--runs", "500"],
    ["backtest", "--stage", "evaluation-2026-01-15", "--runs", "500", "--samples", "2000"],
    ["explain", "skt", "--vs", "kt"],
    ["panel", "-r", join(ROOT, "examples/panel/rubric.yaml"), "--reviews", join(ROOT, "examples/panel/reviews")],
    ["panel", "-r", join(ROOT, "examples/panel/rubric.yaml"), "--reviews", join(ROOT, "examples/panel/reviews"), "--influence"],
    ["score", "-r", "industry-forecast", "--method", "topsis"],
    ["explain", "kt", "--method", "weighted-product", "--vs", "skt"],
    ["backtest", "--stage", "selection-2025-08-04", "--runs", "300", "--samples", "1000"],
  ];
  for (const args of commands) {
    it(args.join(" "), async () => {
      const allowed = new Set([
        ...dataWords(args.includes("-r") ? args[args.indexOf("-r") + 1] : undefined),
        ...(["sources", "rubrics", "compare", "timeline", "panel", "forecast", "backtest"].includes(args[0]!) ? recordWords() : []),
      ]);
      if (args[0] === "compare") for (const r of args.slice(1)) for (const w of dataWords(r)) allowed.add(w);
      const r = await cli([...args, "--lang", "ko"]);
      expect(r.code).toBe(0);
      // A Korean locale alone says the same, and so does --lang before the command.
      expect((await cli(args, { env: { LANG: "ko_KR.UTF-8" } })).stdout).toBe(r.stdout);
      expect((await cli(["--lang", "ko", ...args])).stdout).toBe(r.stdout);
      // Long addresses and names are wrapped mid-word: a piece of the records' own text is their text.
      const whole = ["sources", "rubrics"].includes(args[0]!) ? recordText() : "";
      expect(english(r.stdout, allowed).filter((w) => !whole?.includes(w))).toEqual([]);
      // The check can fail: the English table has words the data does not.
      const e = await cli([...args, "--lang", "en"]);
      expect(english(e.stdout, allowed).length).toBeGreaterThan(0);
    });
  }

  it("explain skt: only the card's own texts (summary, notes, evidence, sources) are English", async () => {
    const data = loadData({}, { cwd: ROOT, packageRoot: ROOT });
    const skt = data.consortia.find((c) => c.value.id === "skt")!.value;
    const own = JSON.stringify(skt);
    const sources = data.sources ? [...data.sources.records.values()].map((r) => JSON.stringify(r)) : [];
    const allowedHere = new Set([...dataWords(), ...words(own), ...sources.flatMap(words)]);
    const r = await cli(["explain", "skt", "--lang", "ko"]);
    expect(r.code).toBe(0);
    // Long addresses are wrapped mid-word: a piece of a source's own text is its own text.
    const whole = [own, ...sources].join(" ");
    expect(english(r.stdout, allowedHere).filter((w) => !(w.length >= 3 && whole.includes(w)))).toEqual([]);
  });
});

describe("the report in Korean", () => {
  it('HTML: lang="ko", Korean headings, table heads and chart titles; English with --lang en', async () => {
    const [k, e] = [
      await cli(["report", "--runs", "200", "--date", "2025-08-04", "--lang", "ko"]),
      await cli(["report", "--runs", "200", "--date", "2025-08-04", "--lang", "en"]),
    ];
    expect(k.code).toBe(0);
    expect(k.stdout).toContain('<html lang="ko">');
    expect(e.stdout).toContain('<html lang="en">');
    const headings = (html: string) => [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((x) => x[1]!);
    expect(headings(k.stdout).length).toBe(headings(e.stdout).length);
    for (const h of headings(k.stdout)) expect(h).toMatch(/[가-힣]/);
    const heads = (html: string) => [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((x) => x[1]!);
    // Every table head is Korean but ids, P(…), "95 %" and units.
    const latin = heads(k.stdout).filter((h) => !/[가-힣]/.test(h) && !/^(id|n|)$/.test(h));
    expect([...new Set(latin)]).toEqual([]);
    expect(k.stdout).toContain("선정 보고서: 기사 기준안");
  });

  it("Markdown: the same sections, in Korean", async () => {
    const k = await cli(["report", "-f", "markdown", "--no-simulation", "--date", "2025-08-04", "--lang", "ko"]);
    expect(k.code).toBe(0);
    const sections = [...k.stdout.matchAll(/^## (.*)$/gm)].map((x) => x[1]!);
    expect(sections.length).toBeGreaterThan(4);
    for (const h of sections) expect(h).toMatch(/[가-힣]/);
  });
});
