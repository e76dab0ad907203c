/**
 * Stage 2c: citations resolve. When a sources/ folder is in use, every `source:` field of every
 * consortium must parse, name a source record that exists, point at paragraphs and excerpt keys
 * that exist in it, and cite nothing published after the file's `as_of`.
 */
import { didYouMean, type Problem, type Said } from "../errors.js";
import { problemSaid } from "../parse/positions.js";
import type { Consortium } from "../schema/consortium.js";
import { parseCitation } from "../sources/citation.js";
import type { SourceRegistry } from "../sources/registry.js";
import { citationSites } from "../sources/sites.js";
import type { Checked } from "./rules.js";

/** "¶1–¶14" or "¶1–¶3, ¶5": the paragraph numbers a record holds, for messages. */
function paragraphList(ns: readonly number[]): string {
  const sorted = [...ns].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? `¶${sorted[i]}` : `¶${sorted[i]}–¶${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

export function checkCitations(consortia: readonly Checked<Consortium>[], registry: SourceRegistry): Problem[] {
  const problems: Problem[] = [];
  const ids = [...registry.records.keys()];
  for (const { file, value: c } of consortia) {
    for (const site of citationSites(c)) {
      const at = (said: Said) => problems.push(problemSaid(file, site.path, said));
      const parsed = parseCitation(site.text);
      if (!parsed.ok) {
        at(parsed.said);
        continue;
      }
      for (const ref of parsed.refs) {
        const record = registry.records.get(ref.source);
        if (!record) {
          at({ code: "unknown-source", source: ref.source, suggestion: didYouMean(ref.source, ids) ?? null, dir: registry.dir });
          continue;
        }
        if (c.as_of !== undefined && record.published > c.as_of) {
          at({ code: "source-after-date", form: "file", source: ref.source, published: record.published, date: c.as_of });
        }
        const ns = (record.paragraphs ?? []).map((p) => p.n);
        const keys = (record.excerpts ?? []).map((e) => e.key);
        for (const loc of ref.locators) {
          if (loc.kind === "paragraph") {
            for (let n = loc.from; n <= loc.to; n++) {
              if (ns.includes(n)) continue;
              at(
                ns.length === 0
                  ? { code: "unknown-paragraph", form: "none", source: ref.source, firstKey: keys[0] ?? null }
                  : { code: "unknown-paragraph", form: "missing", source: ref.source, n, held: paragraphList(ns) },
              );
              break;
            }
          } else if (!keys.includes(loc.key)) {
            at(
              keys.length === 0
                ? { code: "unknown-excerpt", form: "none", source: ref.source, held: paragraphList(ns) }
                : {
                    code: "unknown-excerpt",
                    form: "missing",
                    source: ref.source,
                    key: loc.key,
                    suggestion: didYouMean(loc.key, keys) ?? null,
                    keys,
                  },
            );
          }
        }
      }
    }
  }
  return problems;
}
