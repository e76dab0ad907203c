/**
 * Citations: what a `source:` field says. A citation is one or more references separated by `;`
 * (or a YAML list of them); a reference names a source record and one or more places in it:
 *
 *     unicorn-2025-07-21 ¶3
 *     unicorn-2025-07-21 ¶2, ¶9-¶11; hf-skt-ax-3-1 #license
 *
 * Parsing is pure and total: text that does not follow the grammar gives a message, not a throw.
 */

export type Locator = { kind: "paragraph"; from: number; to: number } | { kind: "excerpt"; key: string };

export interface Reference {
  source: string;
  locators: Locator[];
}

export type ParsedCitation = { ok: true; refs: Reference[] } | { ok: false; message: string };

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const PARAGRAPH = /^¶\s*(\d+)(?:\s*[-–]\s*¶?\s*(\d+))?$/;
const KEY = /^#([a-z0-9]+(?:[-_][a-z0-9]+)*)$/;

export const CITATION_EXAMPLE = '"unicorn-2025-07-21 ¶3" or "unicorn-2025-07-21 ¶2, ¶9-¶11; hf-skt-ax-3-1 #license"';

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
  if (refs.length === 0) return { ok: false, message: `an empty citation; expected ${CITATION_EXAMPLE}` };
  return { ok: true, refs };
}

function parseReference(part: string): { ok: true; ref: Reference } | { ok: false; message: string } {
  const m = /^(\S+)\s*(.*)$/s.exec(part)!;
  const source = m[1]!;
  const rest = m[2]!.trim();
  if (source.startsWith("¶") || source.startsWith("#")) {
    return { ok: false, message: `"${part}" does not name its source; write the source's id first, e.g. "unicorn-2025-07-21 ${part}"` };
  }
  if (!ID.test(source)) return { ok: false, message: `"${source}" is not a source id (a lowercase slug, e.g. unicorn-2025-07-21); expected ${CITATION_EXAMPLE}` };
  if (rest === "") return { ok: false, message: `"${source}" names no place in the source; add a paragraph (¶3) or an excerpt key (#license)` };
  const locators: Locator[] = [];
  for (const l of rest.split(",")) {
    const text = l.trim();
    const p = PARAGRAPH.exec(text);
    const k = KEY.exec(text);
    if (p) {
      const from = Number(p[1]);
      const to = p[2] === undefined ? from : Number(p[2]);
      if (to < from) return { ok: false, message: `"${text}": a paragraph range runs from low to high, e.g. ¶9-¶11` };
      locators.push({ kind: "paragraph", from, to });
    } else if (k) locators.push({ kind: "excerpt", key: k[1]! });
    else return { ok: false, message: `"${text}" in "${part}" is not a paragraph (¶3, ¶9-¶11) or an excerpt key (#license)` };
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
