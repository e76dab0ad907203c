/**
 * Formats as a registry: every command exports one renderer object with every format, so a
 * format without a renderer does not compile (the @ts-expect-error lines are checked by
 * `tsc --noEmit`, which `npm test` runs first: were they to compile, tsc would fail on the unused
 * directive), and `renderAs` runs the asked format's renderer or fails — never a silent table.
 */
import { describe, expect, it } from "vitest";
import { FORMATS, type Format } from "../../src/commands/options.js";
import { renderAs, type Renderers, type RunContext } from "../../src/commands/context.js";
import { en } from "../../src/i18n/en.js";
import type { TableOptions } from "../../src/render/score.js";
import { testIO } from "../helpers/run.js";

// @ts-expect-error a renderer object without markdown does not compile
const missing: Renderers<number> = { json: () => "j", csv: () => "c", table: () => "t" };

// @ts-expect-error with a format added (html), an object with today's four does not fit
const withHtml: { readonly [F in Format | "html"]: (r: number, o: TableOptions, m: typeof en) => string } = {
  json: () => "j",
  csv: () => "c",
  markdown: () => "m",
  table: () => "t",
} satisfies Renderers<number>;

const COMMANDS: Record<string, () => Promise<Record<string, unknown>>> = {
  backtest: () => import("../../src/commands/backtest.js"),
  compare: () => import("../../src/commands/compare.js"),
  explain: () => import("../../src/commands/explain.js"),
  forecast: () => import("../../src/commands/forecast.js"),
  panel: () => import("../../src/commands/panel.js"),
  rubrics: () => import("../../src/commands/rubrics.js"),
  score: () => import("../../src/commands/score.js"),
  select: () => import("../../src/commands/select.js"),
  sensitivity: () => import("../../src/commands/sensitivity.js"),
  simulate: () => import("../../src/commands/simulate.js"),
  sources: () => import("../../src/commands/sources.js"),
  timeline: () => import("../../src/commands/timeline.js"),
};

const ctx = (format: string): RunContext => ({ io: testIO().io, color: 0, format: format as Format, m: en });
const probe: Renderers<string> = {
  json: (r) => `json ${r}`,
  csv: (r) => `csv ${r}`,
  markdown: (r) => `markdown ${r}`,
  table: (r, o) => `table ${r} ${o.columns}`,
};

describe("renderers", () => {
  it.each(Object.keys(COMMANDS))("%s exports a renderer for exactly the formats there are", async (cmd) => {
    const mod = await COMMANDS[cmd]!();
    const r = mod[`${cmd}Renderers`] as Record<string, unknown>;
    expect(Object.keys(r).sort()).toEqual([...FORMATS].sort());
    for (const f of FORMATS) expect(typeof r[f]).toBe("function");
  });

  it("renderAs runs the asked format's renderer; CSV gets the spreadsheet form under --excel", () => {
    for (const f of FORMATS) expect(renderAs(ctx(f), false, probe, "x")).toBe(f === "table" ? "table x 80" : `${f} x`);
    expect(renderAs({ ...ctx("csv"), excel: true }, false, probe, "x")).toBe("\ufeffcsv x");
  });

  it("an unknown format is an internal error, not a table", () => {
    expect(() => renderAs(ctx("html"), false, probe, "x")).toThrow(/no renderer for the format "html"/);
    expect(missing.json(1, {} as TableOptions, en) + withHtml.json(1, {} as TableOptions, en)).toBe("jj");
  });
});
