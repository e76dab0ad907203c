/**
 * Run the CLI in-process with captured streams, as a user would from a shell, without a process.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { IO } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";
import { tempDir } from "./temp.js";

export { tempDir };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface RunOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** An IO with captured streams and the repository as both working directory and package root. */
export function testIO(opts: Partial<Omit<IO, "stdout" | "stderr">> = {}): { io: IO; stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  const io: IO = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: {},
    cwd: ROOT,
    packageRoot: ROOT,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    detectedColor: 0,
    version: "0.0.0-test",
    ...opts,
  };
  return { io, stdout: () => out, stderr: () => err };
}

export async function cli(argv: string[], opts: Partial<Omit<IO, "stdout" | "stderr">> = {}): Promise<RunOutput> {
  const t = testIO(opts);
  const code = await run(argv, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

/** A temporary copy of the bundled data (criteria/ and consortia/). */
export function copyOfData(): string {
  const dir = tempDir();
  cpSync(join(ROOT, "criteria"), join(dir, "criteria"), { recursive: true });
  cpSync(join(ROOT, "consortia"), join(dir, "consortia"), { recursive: true });
  cpSync(join(ROOT, "sources"), join(dir, "sources"), { recursive: true });
  return dir;
}

/** Write files (path → text) under a new temporary directory; returns it. */
export function fixture(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

/** A small rubric and consortia in YAML, for tests that need hand-computable numbers. */
export function rubricYaml(o: {
  criteria: { id: string; weight: number; min?: number; max?: number; levels?: Record<string, number> }[];
  selection?: string;
  bonus?: string;
  extra?: string;
}): string {
  const crit = o.criteria
    .map(
      (c) =>
        `  - id: ${c.id}\n    label: ${c.id}\n    weight: ${c.weight}\n    scale: { min: ${c.min ?? 0}, max: ${c.max ?? 10} }` +
        (c.levels
          ? `\n    levels: { ${Object.entries(c.levels)
              .map(([k, v]) => `${k}: ${v}`)
              .join(", ")} }`
          : ""),
    )
    .join("\n");
  return `name: Test rubric\ncriteria:\n${crit}\n${o.bonus ? `bonus:\n${o.bonus}\n` : ""}selection:\n${o.selection ?? "  teams: 2"}\n${o.extra ?? ""}`;
}

export function consortiumYaml(o: {
  id: string;
  kind?: string;
  scores: Record<string, number | string | [number, number, number]>;
  members?: { name: string; kind: string }[];
  lead?: string;
}): string {
  const scores = Object.entries(o.scores)
    .map(([k, v]) =>
      Array.isArray(v)
        ? `  ${k}: { value: ${v[1]}, range: [${v[0]}, ${v[2]}] }`
        : `  ${k}: { value: ${typeof v === "string" ? JSON.stringify(v) : v} }`,
    )
    .join("\n");
  const members = o.members?.length ? `members:\n${o.members.map((m) => `  - { name: ${m.name}, kind: ${m.kind} }`).join("\n")}\n` : "";
  return `id: ${o.id}\nname: Team ${o.id}\nlead: { name: ${o.lead ?? `Lead ${o.id}`}, kind: ${o.kind ?? "startup"} }\n${members}scores:\n${scores}\n`;
}
