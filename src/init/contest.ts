/**
 * `sovereign-ai init contest DIR`: a copy of the bundled data (consortia/, criteria/ and sources/,
 * where the package has them) in DIR, as the start of a contest of one's own. Never overwrites: if
 * any file it would write exists, nothing is written. The schema line of each file is rewritten to
 * point at the package's schemas from the new place.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { UsageError } from "../errors.js";
import { displayPath } from "../load/read.js";
import type { TempGuard } from "../output/write.js";
import { writeNew } from "../output/write.js";

const CONTEST_FOLDERS = ["consortia", "criteria", "sources"] as const;

const SCHEMA_LINE = /^(# yaml-language-server: \$schema=)\.\.\/schema\/([\w.-]+)$/m;

export interface CopyPlan {
  folder: (typeof CONTEST_FOLDERS)[number];
  from: string;
  to: string;
}

/** What `init contest` would copy: every .yaml file of each bundled folder that exists. */
function contestPlan(packageRoot: string, dir: string): CopyPlan[] {
  const plan: CopyPlan[] = [];
  for (const folder of CONTEST_FOLDERS) {
    const src = join(packageRoot, folder);
    if (!existsSync(src)) continue;
    for (const f of readdirSync(src)
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort())
      plan.push({ folder, from: join(src, f), to: join(dir, folder, f) });
  }
  return plan;
}

export async function copyContest(packageRoot: string, dir: string, cwd: string, guard?: TempGuard): Promise<Record<string, number>> {
  const plan = contestPlan(packageRoot, dir);
  const clash = plan.filter((p) => existsSync(p.to));
  if (clash.length > 0) {
    throw new UsageError({
      code: "init-clash",
      shown: clash.slice(0, 3).map((p) => displayPath(p.to, cwd)),
      more: Math.max(0, clash.length - 3),
    });
  }
  const counts: Record<string, number> = {};
  for (const p of plan) {
    const folder = join(dir, p.folder);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (err) {
      throw new UsageError({ code: "mkdir", folder: displayPath(folder, cwd), errno: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
    const schemaFrom = (name: string) =>
      relative(folder, join(packageRoot, "schema", name))
        .split(sep)
        .join("/");
    const text = readFileSync(p.from, "utf8").replace(SCHEMA_LINE, (_, head: string, name: string) => head + schemaFrom(name));
    if (!writeNew(p.to, text, displayPath(p.to, cwd), guard))
      throw new UsageError({ code: "init-appeared", shown: displayPath(p.to, cwd) });
    counts[p.folder] = (counts[p.folder] ?? 0) + 1;
    // Let the interrupt guard of this write stand down before the next one sets its own.
    await new Promise((done) => setImmediate(done));
  }
  return counts;
}
