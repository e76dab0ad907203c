/**
 * How recent a consortium file's data is: its `as_of` when it has one, else the latest publication date among
 * the sources its `source:` fields cite. A backtest refuses a file whose data is dated after the stage.
 */
import type { PathSegment } from "../parse/yaml.js";
import type { DataDate as DataDateSaid } from "../said.js";
import type { Consortium } from "../schema/consortium.js";
import { parseCitation } from "../sources/citation.js";
import type { SourceRegistry } from "../sources/registry.js";
import { citationSites } from "../sources/sites.js";
import type { Checked } from "../validate/rules.js";

export interface DataDate {
  date: string;
  /** Where the date comes from: the as_of field, or the citation of the latest source. */
  path: PathSegment[];
  /** What the date rests on, for the problem a backtest reports. */
  dated: DataDateSaid;
}

export function dataDate({ value }: Checked<Consortium>, sources: SourceRegistry): DataDate | undefined {
  if (value.as_of !== undefined) return { date: value.as_of, path: ["as_of"], dated: { form: "as-of", date: value.as_of } };
  let best: DataDate | undefined;
  for (const site of citationSites(value)) {
    const p = parseCitation(site.text);
    if (!p.ok) continue;
    for (const ref of p.refs) {
      const published = sources.records.get(ref.source)?.published;
      if (published !== undefined && (best === undefined || published > best.date))
        best = { date: published, path: site.path, dated: { form: "cites", source: ref.source, published } };
    }
  }
  return best;
}
