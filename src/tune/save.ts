/**
 * Write new weights into a rubric's YAML text, changing nothing else: the YAML library's document
 * API finds each criterion's `weight` scalar and its exact place in the text, and only those
 * characters are replaced, so comments, key order, quoting and line folding stay as they were.
 */
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import type { UsageSaid } from "../usage.js";

/** Why the weights could not be saved, as data (worded by the catalogue's `tune.failure`). */
export type SaveFailure =
  | { readonly code: "no-parse"; readonly detail: string }
  | { readonly code: "no-criteria" }
  | { readonly code: "no-weight"; readonly id: string }
  | { readonly code: "missing-criteria"; readonly ids: readonly string[] }
  /** Writing failed: the writer's usage error as data, or the system's own message. */
  | { readonly code: "write"; readonly said: UsageSaid | null; readonly detail: string };

export type SaveResult = { ok: true; text: string } | { ok: false; failure: SaveFailure };

export function withWeights(text: string, weights: ReadonlyMap<string, number>): SaveResult {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) return { ok: false, failure: { code: "no-parse", detail: doc.errors[0]!.message.split("\n")[0]! } };
  const criteria = isMap(doc.contents) ? doc.contents.get("criteria", true) : undefined;
  if (!isSeq(criteria)) return { ok: false, failure: { code: "no-criteria" } };
  const edits: { from: number; to: number; value: string }[] = [];
  const seen = new Set<string>();
  for (const item of criteria.items) {
    if (!isMap(item)) continue;
    const id = item.get("id");
    if (typeof id !== "string" || !weights.has(id)) continue;
    const node = item.get("weight", true);
    if (!isScalar(node) || !node.range) return { ok: false, failure: { code: "no-weight", id } };
    seen.add(id);
    const value = weights.get(id)!;
    if (node.value !== value) edits.push({ from: node.range[0], to: node.range[1], value: String(value) });
  }
  const missing = [...weights.keys()].filter((id) => !seen.has(id));
  if (missing.length > 0) return { ok: false, failure: { code: "missing-criteria", ids: missing } };
  let out = text;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.value + out.slice(e.to);
  return { ok: true, text: out };
}
