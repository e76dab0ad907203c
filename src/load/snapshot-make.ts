/**
 * Build-time half of snapshot.ts: load the bundled data the full way, once per bundled rubric, and
 * keep what validates. Run by scripts/build.mjs; never part of the program.
 */
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { DataError } from "../errors.js";
import { loadData } from "./contest.js";
import { readSource } from "./read.js";
import type { Snapshot, Text } from "./snapshot.js";

function text(path: string, cwd: string): string {
  const r = readSource(path, cwd);
  if (!r.ok) throw new Error(r.problem.message);
  return r.source.text;
}

export function makeSnapshot(root: string): Snapshot {
  const place = { cwd: root, packageRoot: root };
  const consortiaDir = join(root, "consortia");
  const snapshot: Snapshot = { rubrics: [], consortia: [], sources: [] };
  const rubricFiles = readdirSync(join(root, "criteria"))
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort();
  for (const f of rubricFiles) {
    const path = join(root, "criteria", f);
    let data: ReturnType<typeof loadData>;
    try {
      data = loadData({ rubric: path, consortia: [consortiaDir] }, place);
    } catch (err) {
      if (err instanceof DataError) continue; // not valid with the bundled consortia: always loaded the full way
      throw err;
    }
    snapshot.rubrics.push({ text: text(path, root), value: data.rubric.value });
    if (snapshot.consortia.length === 0) {
      snapshot.consortia = data.consortia.map((c, i) => ({
        name: basename(data.files[i + 1]!),
        text: text(data.files[i + 1]!, root),
        value: c.value,
      }));
      snapshot.sources = (data.sources?.files ?? []).map((f) => ({
        name: basename(f),
        text: text(f, root),
        value: data.sources!.records.get(basename(f).replace(/\.ya?ml$/i, ""))!,
      }));
    }
  }
  return snapshot;
}

/** The snapshot as the build writes it, dist/data-snapshot.bin (read by snapshot.ts, readSnapshot). */
export function encodeSnapshot(snapshot: Snapshot): Buffer {
  const texts: Buffer[] = [];
  const sized = <T extends { text: Text }>({ text, ...rest }: T) => {
    const bytes = Buffer.from(text);
    texts.push(bytes);
    return { ...rest, size: bytes.length };
  };
  const values = Buffer.from(JSON.stringify(snapshot.sources.map((s) => s.value)));
  const head = Buffer.from(
    JSON.stringify({
      rubrics: snapshot.rubrics.map(sized),
      consortia: snapshot.consortia.map(sized),
      sources: snapshot.sources.map(({ value: _, ...s }) => sized(s)),
      sourceValues: values.length,
    }),
  );
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  return Buffer.concat([len, head, ...texts, values]);
}
