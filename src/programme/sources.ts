/**
 * Source records (sources/<id>.yaml) and citations ("unicorn-2025-07-21 ¶3; hf-x #license"), as the contract in
 * the sources spec defines them: parse a citation, and resolve every reference against the records.
 */
import * as z from "zod/mini";
import { Text } from "../schema/common.js";
import { IsoDate } from "../schema/stage.js";

export const SourceId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a lowercase slug of letters, digits and single hyphens"));

export const SourceRecord = z.strictObject({
  id: SourceId,
  title: Text,
  title_ko: z.optional(Text),
  publisher: Text,
  published: IsoDate,
  url: z.string().check(z.regex(/^https?:\/\/\S+$/, "an http(s) address")),
  language: z.string().check(z.regex(/^[a-z]{2,3}$/, "a language tag such as ko or en")),
  note: z.optional(Text),
  paragraphs: z.optional(z.array(z.strictObject({ n: z.int().check(z.positive("a paragraph number, 1 or more")), excerpt: Text, gloss: z.optional(Text) }))),
  excerpts: z.optional(z.array(z.strictObject({ key: SourceId, excerpt: Text, gloss: z.optional(Text) }))),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

export type Locator = { kind: "para"; from: number; to: number } | { kind: "key"; key: string };
export interface Reference {
  source: string;
  locators: Locator[];
}

/** Parse one citation string. Returns the references or a message saying what is wrong. */
export function parseCitation(text: string): { ok: true; refs: Reference[] } | { ok: false; message: string } {
  const refs: Reference[] = [];
  for (const part of text.split(";")) {
    const ref = part.trim();
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s+(.+)$/.exec(ref);
    if (!m) return { ok: false, message: `"${ref}" is not a reference: expected a source id then ¶N, ¶N-¶M or #key, e.g. "sbs-2026-01-15 #top-four"` };
    const locators: Locator[] = [];
    for (const raw of m[2]!.split(",")) {
      const loc = raw.trim();
      const para = /^¶(\d+)(?:\s*-\s*¶(\d+))?$/.exec(loc);
      const key = /^#([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(loc);
      if (para) {
        const from = Number(para[1]);
        const to = para[2] === undefined ? from : Number(para[2]);
        if (to < from) return { ok: false, message: `"${loc}": a range must run upwards` };
        locators.push({ kind: "para", from, to });
      } else if (key) locators.push({ kind: "key", key: key[1]! });
      else return { ok: false, message: `"${loc}" in "${ref}" is not a locator: expected ¶N, ¶N-¶M or #key` };
    }
    refs.push({ source: m[1]!, locators });
  }
  return { ok: true, refs };
}

/** What is wrong with one reference against the records (empty when it resolves). */
export function unresolved(ref: Reference, records: ReadonlyMap<string, SourceRecord>): string[] {
  const rec = records.get(ref.source);
  if (!rec) return [`no source "${ref.source}" in sources/`];
  const out: string[] = [];
  const paras = new Set((rec.paragraphs ?? []).map((p) => p.n));
  const keys = new Set((rec.excerpts ?? []).map((e) => e.key));
  for (const l of ref.locators) {
    if (l.kind === "key" && !keys.has(l.key)) out.push(`source "${ref.source}" has no excerpt #${l.key}${keys.size ? ` (it has ${[...keys].map((k) => `#${k}`).join(", ")})` : ""}`);
    if (l.kind === "para") for (let n = l.from; n <= l.to; n++) if (!paras.has(n)) out.push(`source "${ref.source}" has no paragraph ¶${n}`);
  }
  return out;
}
