/**
 * No import cycles between the folders of src/: the stages run one way (load → parse, validate →
 * model → score → select → analyse / simulate → render → commands → cli → entry). Each folder of
 * src/ is one node, each file directly in src/ (entry.ts, errors.ts, usage.ts) its own node; an edge
 * is a runtime import (static or dynamic) of a file in another node. Type-only imports
 * (`import type`, `export type`) vanish when compiled and are not counted: they say what a module
 * speaks about, not what it runs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";

const SRC = join(ROOT, "src");

/** Every .ts file under `dir`, in sorted order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** The relative module specifiers `file` imports at runtime (type-only imports left out). */
function runtimeImports(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      // `import type {…}`, or `import {type A, type B}` with nothing else, is erased.
      const erased =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!erased) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const erased =
        node.isTypeOnly ||
        (node.exportClause !== undefined &&
          ts.isNamedExports(node.exportClause) &&
          node.exportClause.elements.length > 0 &&
          node.exportClause.elements.every((e) => e.isTypeOnly));
      if (!erased) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.filter((s) => s.startsWith("."));
}

/** The node a file of src/ belongs to: its top folder, or the file itself when it lies in src/. */
const nodeOf = (file: string) => relative(SRC, file).split("/")[0]!;

/** Folder graph: node → node → the file-level imports that make the edge. */
function folderGraph(): Map<string, Map<string, string[]>> {
  const g = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(SRC)) {
    const from = nodeOf(file);
    if (!g.has(from)) g.set(from, new Map());
    for (const spec of runtimeImports(file, readFileSync(file, "utf8"))) {
      const target = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
      const to = nodeOf(target);
      if (to === from) continue;
      const edges = g.get(from)!;
      edges.set(to, [...(edges.get(to) ?? []), `${relative(SRC, file)} → ${relative(SRC, target)}`]);
    }
  }
  return g;
}

/** The strongly connected components with more than one node (Tarjan), each sorted. */
function cycles(g: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const nodes = [...new Set([...g.keys(), ...[...g.values()].flatMap((m) => [...m.keys()])])].sort();
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of [...(g.get(v)?.keys() ?? [])].sort()) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) connect(v);
  return out;
}

describe("folder-level import cycles", () => {
  it("the cycle finder finds a cycle of three and leaves a chain alone", () => {
    const graph = (edges: string[]) => {
      const g = new Map<string, Map<string, true>>();
      for (const e of edges) {
        const [a, b] = e.split(">") as [string, string];
        if (!g.has(a)) g.set(a, new Map());
        g.get(a)!.set(b, true);
      }
      return g;
    };
    expect(cycles(graph(["a>b", "b>c", "c>a", "c>d"]))).toEqual([["a", "b", "c"]]);
    expect(cycles(graph(["a>b", "b>c", "a>c"]))).toEqual([]);
    expect(cycles(graph(["x>y", "y>x", "p>q", "q>p"])).sort()).toEqual([
      ["p", "q"],
      ["x", "y"],
    ]);
  });

  it("type-only imports are not counted; values, re-exports and dynamic imports are", () => {
    const text = [
      'import type { A } from "./a.js";',
      'import { type B } from "./b.js";',
      'import { type C, d } from "./c.js";',
      'import e from "./e.js";',
      'export type { F } from "./f.js";',
      'export { g } from "./g.js";',
      'const h = () => import("./h.js");',
      'import fs from "node:fs";',
    ].join("\n");
    expect(runtimeImports("x.ts", text)).toEqual(["./c.js", "./e.js", "./g.js", "./h.js"]);
  });

  it("src/ has none: every folder's runtime imports point one way", () => {
    const g = folderGraph();
    // The graph is real: the shell imports the commands, the commands the loader.
    expect(g.get("cli")?.has("commands")).toBe(true);
    expect(g.get("commands")?.has("load")).toBe(true);
    const found = cycles(g).map((c) => {
      const edges = c.flatMap((a) => c.flatMap((b) => (g.get(a)?.get(b) ?? []).slice(0, 3).map((e) => `  ${a} → ${b}: ${e}`)));
      return [`cycle: ${c.join(", ")}`, ...edges].join("\n");
    });
    expect(found.join("\n")).toBe("");
  });
});
