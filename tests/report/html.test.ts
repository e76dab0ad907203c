/** The HTML report as text: well-formed, self-contained, every section, charts with their data, escaped. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, copyOfData, tempDir } from "../helpers/run.js";

const VOID = new Set(["meta", "link", "br", "hr", "img", "input", "area", "base", "col", "source", "wbr"]);

/** Open and close tags balance (void elements and `/>` aside): a small check of well-formedness. */
function unbalanced(html: string): string[] {
  const stack: string[] = [];
  const errors: string[] = [];
  const body = html.replace(/<!DOCTYPE[^>]*>/i, "").replace(/<style>[\s\S]*?<\/style>/, "<style></style>");
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g)) {
    const [, close, name, , self] = m;
    const tag = name!.toLowerCase();
    if (self || (!close && VOID.has(tag))) continue;
    if (!close) stack.push(tag);
    else if (stack.pop() !== tag) errors.push(`</${tag}> at ${m.index}`);
  }
  return [...errors, ...stack.map((t) => `<${t}> never closed`)];
}

async function report(args: string[] = [], cwd?: string): Promise<string> {
  const dir = tempDir();
  const out = join(dir, "report.html");
  const r = await cli(["report", "--runs", "2000", "-o", out, ...args], cwd ? { cwd } : {});
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return readFileSync(out, "utf8");
}

describe("report -o report.html", () => {
  it("is well-formed, with unique ids and every section", async () => {
    const html = await report();
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(unbalanced(html)).toEqual([]);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of ["data", "ranking", "pick", "robustness", "simulation", "teams", "sources"]) expect(ids).toContain(s);
  });

  it("makes no request: no script, no src, no stylesheet or font fetched; links only to the sources", async () => {
    const html = await report();
    expect(html).not.toMatch(/<script|<link|<iframe|<img|\ssrc=|@import|url\(/i);
    const sources = JSON.parse((await cli(["sources", "-f", "json"])).stdout) as { sources: { url: string }[] };
    const allowed = new Set(sources.sources.map((s) => s.url.replace(/&/g, "&amp;")));
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
      if (href!.startsWith("#")) expect(html).toContain(`id="${href!.slice(1)}"`);
      else expect(allowed.has(href!), href).toBe(true);
    }
  });

  it("draws three charts, each with a title, a text alternative, its data and the expected number of bars", async () => {
    const html = await report();
    const score = JSON.parse((await cli(["score", "-f", "json"])).stdout) as { results: { id: string; selected: boolean }[] };
    const figures = [
      ...html.matchAll(
        /<figure id="([^"]+)" class="chart" data-bars="(\d+)"><svg role="img" aria-label="([^"]+)"[^>]*><title>([^<]+)<\/title>([\s\S]*?)<\/figure>/g,
      ),
    ];
    expect(figures.map((f) => f[1])).toEqual(["chart-ranking", "chart-tornado", "chart-probability"]);
    const bars = (svg: string, colour: string) => (svg.match(new RegExp(`fill="${colour}"`, "g")) ?? []).length;
    const [ranking, tornado, probability] = figures.map((f) => f[5]!);
    expect(bars(ranking!, "#1f6feb")).toBe(score.results.filter((r) => r.selected).length);
    expect(bars(ranking!, "#9aa4b2")).toBe(score.results.filter((r) => !r.selected).length);
    expect(bars(tornado!, "#1f6feb")).toBe(3);
    expect(bars(probability!, "#1f6feb")).toBe(score.results.length);
    for (const f of figures) expect(f[3]!.length).toBeGreaterThan(40);
    // Each chart is followed by its data as a table.
    expect(html.match(/<details open><summary>The chart's data<\/summary><div class="scroll"><table>/g)?.length).toBe(3);
  });

  it("gives the same bytes for the same inputs and seed", async () => {
    const dir = tempDir();
    const a = await cli(["report", "--runs", "1000", "-o", join(dir, "r.html")]);
    const first = readFileSync(join(dir, "r.html"), "utf8");
    const b = await cli(["report", "--runs", "1000", "-o", join(dir, "r.html")]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, "r.html"), "utf8")).toBe(first);
  });

  it("dates itself from the data's as_of unless --date is given", async () => {
    expect(await report()).toContain('<p class="muted">2025-08-04: data as of this date');
    expect(await report(["--date", "2026-11-30"])).toContain('<p class="muted">2026-11-30: date given with --date');
  });

  it("escapes text from the data", async () => {
    const dir = copyOfData();
    const file = join(dir, "consortia", "kt.yaml");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^name: .*$/m, 'name: "KT <script>alert(1)</script> & co"'));
    const html = await report(["-c", join(dir, "consortia"), "--sources", join(dir, "sources")], dir);
    expect(html).not.toContain("<script>");
    expect(html).toContain("KT &lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
  });
});

describe("report formats", () => {
  it("writes Markdown with the same sections, charts left out with a note", async () => {
    const r = await cli(["report", "-f", "markdown", "--no-simulation"]);
    expect(r.code).toBe(0);
    const heads = [...r.stdout.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(heads).toEqual([
      "Data and rubric",
      "Ranking",
      "The pick and why",
      "How robust the pick is",
      "The consortia, one by one",
      "Sources",
    ]);
    expect(r.stdout).toContain("_Charts are in the HTML version of this report");
  });

  it("takes the format from -o's extension and refuses one it cannot write", async () => {
    const dir = tempDir();
    expect((await cli(["report", "--no-simulation", "-o", join(dir, "r.md")])).code).toBe(0);
    expect(readFileSync(join(dir, "r.md"), "utf8")).toMatch(/^# Selection report/);
    const bad = await cli(["report", "-o", join(dir, "r.pdf")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("a report is written as .html (or .htm) or .md (or .markdown)");
  });
});
