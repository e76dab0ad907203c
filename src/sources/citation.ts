/**
 * Citations: what a `source:` field says. A citation is one or more references separated by `;`
 * (or a YAML list of them); a reference names a source record and one or more places in it:
 *
 *     unicorn-2025-07-21 ¶3
 *     unicorn-2025-07-21 ¶2, ¶9-¶11; hf-skt-ax-3-1 #license
 *
 * Parsing is pure and total: text that does not follow the grammar gives a problem (as data), not a throw.
 */
import type { Said } from "../said.js";

export type Locator = { kind: "paragraph"; from: number; to: number } | { kind: "excerpt"; key: string };

export interface Reference {
  source: string;
  locators: Locator[];
}

export type ParsedCitation = { ok: true; refs: Reference[] } | { ok: false; said: Said };

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
// Written with escapes (¶ U+00B6, – U+2013): a regular expression is the one place esbuild leaves
// non-ASCII as it is, and one such character makes V8 hold the whole bundle as a two-byte string.
const PARAGRAPH = /^\u00b6\s*(\d+)(?:\s*[-\u2013]\s*\u00b6?\s*(\d+))?$/;
const KEY = /^#([a-z0-9]+(?:[-_][a-z0-9]+)*)$/;

const CITATION_EXAMPLE = '"unicorn-2025-07-21 ¶3" or "unicorn-2025-07-21 ¶2, ¶9-¶11; hf-skt-ax-3-1 #license"';

/** The references in a `source:` field (a text, or a list of texts). */
export function parseCitation(field: string | readonly string[]): ParsedCitation {
  const parts = (typeof field === "string" ? [field] : field).flatMap((s) => s.split(";"));
  const refs: Reference[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part === "") continue;
    const r = parseReference(part);
    if (!r.ok) return r;
    refs.push(r.ref);
  }
  if (refs.length === 0) return { ok: false, said: { code: "bad-citation", form: "empty", text: "", part: "", example: CITATION_EXAMPLE } };
  return { ok: true, refs };
}

function parseReference(part: string): { ok: true; ref: Reference } | { ok: false; said: Said } {
  const m = /^(\S+)\s*(.*)$/s.exec(part)!;
  const source = m[1]!;
  const rest = m[2]!.trim();
  if (source.startsWith("¶") || source.startsWith("#")) {
    return { ok: false, said: { code: "bad-citation", form: "no-source", text: part, part: part, example: CITATION_EXAMPLE } };
  }
  if (!ID.test(source))
    return { ok: false, said: { code: "bad-citation", form: "bad-id", text: source, part: part, example: CITATION_EXAMPLE } };
  if (rest === "")
    return { ok: false, said: { code: "bad-citation", form: "no-place", text: source, part: part, example: CITATION_EXAMPLE } };
  const locators: Locator[] = [];
  for (const l of rest.split(",")) {
    const text = l.trim();
    const p = PARAGRAPH.exec(text);
    const k = KEY.exec(text);
    if (p) {
      const from = Number(p[1]);
      const to = p[2] === undefined ? from : Number(p[2]);
      if (to < from)
        return { ok: false, said: { code: "bad-citation", form: "reversed", text: text, part: part, example: CITATION_EXAMPLE } };
      locators.push({ kind: "paragraph", from, to });
    } else if (k) locators.push({ kind: "excerpt", key: k[1]! });
    else return { ok: false, said: { code: "bad-citation", form: "bad-place", text: text, part: part, example: CITATION_EXAMPLE } };
  }
  return { ok: true, ref: { source, locators } };
}

/** The citation as one line of text (a list joined with "; "). */
export function citationText(field: string | readonly string[] | undefined): string | undefined {
  if (field === undefined) return undefined;
  return typeof field === "string" ? field : field.join("; ");
}

/** The source ids a citation names, in order of first mention; [] when it does not parse. */
export function citedSources(field: string | readonly string[] | undefined): string[] {
  if (field === undefined) return [];
  const p = parseCitation(field);
  return p.ok ? [...new Set(p.refs.map((r) => r.source))] : [];
}
