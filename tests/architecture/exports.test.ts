/**
 * No dead exports: every value a file of src/ exports (a function, constant or class) is imported by
 * another file — of src/, or of the tests, scripts and benchmarks. A value only its own file uses is
 * not exported. The one exception is each command's renderer object (`<command>Renderers`), the
 * contract a new format must fill (DEVELOPERS.md, "Add a format").
 *
 * Exports that only tests import are allowed: they are units with a contract of their own (a
 * bisection, a tie rule, a parser), tested directly rather than through a whole command. Types are
 * not checked: an exported type documents what a module speaks about, and costs nothing at run time.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []));
}

/** The names of the values `text` exports with an `export` keyword on the declaration. */
function exportedValues(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names: string[] = [];
  for (const st of sf.statements) {
    if (!ts.canHaveModifiers(st) || !ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) names.push(st.name.text);
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    }
  }
  return names;
}

/** Exported values of `sources` that no other file of `all` names. */
function deadExports(sources: ReadonlyMap<string, string>, all: ReadonlyMap<string, string>): string[] {
  const dead: string[] = [];
  for (const [file, text] of sources) {
    for (const name of exportedValues(file, text)) {
      if (name.endsWith("Renderers")) continue;
      const word = new RegExp(`\\b${name.replace(/\$/g, "\\$")}\\b`);
      if (![...all].some(([other, t]) => other !== file && word.test(t))) dead.push(`${file}: ${name}`);
    }
  }
  return dead;
}

const read = (list: string[]) => new Map(list.map((f) => [relative(ROOT, f), readFileSync(f, "utf8")]));

describe("exports", () => {
  it("finds the values a file exports, and only those", () => {
    const text = [
      "export function a() {}",
      "export const b = 1, c = 2;",
      "export class D {}",
      "export type E = number;",
      "export interface F {}",
      "function g() {}",
      "export default 3;",
    ].join("\n");
    expect(exportedValues("x.ts", text)).toEqual(["a", "b", "c", "D"]);
  });

  it("calls an export dead when no other file names it, whoever uses it in its own file", () => {
    const src = new Map([
      ["src/a.ts", "export function used() {}\nexport function lonely() { return used(); }\nexport const scoreRenderers = {};"],
    ]);
    const all = new Map([...src, ["tests/a.test.ts", "import { used } from '../src/a.js';"]]);
    expect(deadExports(src, all)).toEqual(["src/a.ts: lonely"]);
  });

  it("src/ exports no value that no other file imports", () => {
    const src = read(files(join(ROOT, "src"), /\.ts$/));
    const others = ["tests", "scripts", "bench"]
      .flatMap((d) => files(join(ROOT, d), /\.(ts|mjs|js)$/))
      .filter((f) => !f.includes("fixtures"));
    const all = new Map([...src, ...read(others)]);
    expect(deadExports(src, all)).toEqual([]);
  });
});
