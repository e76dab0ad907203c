/**
 * Write new weights into a rubric's YAML text, changing nothing else: the YAML library's document
 * API finds each criterion's `weight` scalar and its exact place in the text, and only those
 * characters are replaced, so comments, key order, quoting and line folding stay as they were.
 */
import { isMap, isScalar, isSeq, parseDocument } from "yaml";

export type SaveResult = { ok: true; text: string } | { ok: false; reason: string };

export function withWeights(text: string, weights: ReadonlyMap<string, number>): SaveResult {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) return { ok: false, reason: `the file no longer parses (${doc.errors[0]!.message.split("\n")[0]})` };
  const criteria = isMap(doc.contents) ? doc.contents.get("criteria", true) : undefined;
  if (!isSeq(criteria)) return { ok: false, reason: "the file has no criteria list" };
  const edits: { from: number; to: number; value: string }[] = [];
  const seen = new Set<string>();
  for (const item of criteria.items) {
    if (!isMap(item)) continue;
    const id = item.get("id");
    if (typeof id !== "string" || !weights.has(id)) continue;
    const node = item.get("weight", true);
    if (!isScalar(node) || !node.range) return { ok: false, reason: `criterion ${id} has no weight to replace` };
    seen.add(id);
    const value = weights.get(id)!;
    if (node.value !== value) edits.push({ from: node.range[0], to: node.range[1], value: String(value) });
  }
  const missing = [...weights.keys()].filter((id) => !seen.has(id));
  if (missing.length > 0) return { ok: false, reason: `the file no longer has the criteria ${missing.join(", ")}` };
  let out = text;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.value + out.slice(e.to);
  return { ok: true, text: out };
}
