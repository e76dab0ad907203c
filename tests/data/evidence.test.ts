/**
 * The bundled data is evidence: every fact and score cites a source record in sources/ that exists,
 * at a paragraph or excerpt that exists, published no later than the file's as_of. Checked here
 * with a reading of the YAML that does not use the product's citation parser, so the two can
 * disagree; the loader's own checks are exercised in tests/validate/citations.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadData } from "../../src/load/contest.js";
import { ROOT } from "../helpers/run.js";

interface RawSource {
  id: string;
  published: string;
  url: string;
  paragraphs?: { n: number; excerpt: string }[];
  excerpts?: { key: string; excerpt: string }[];
}

const yamlIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".yaml"))
    .sort();
const SOURCES = new Map<string, RawSource>(
  yamlIn("sources").map((f) => [f.replace(/\.yaml$/, ""), parse(readFileSync(join(ROOT, "sources", f), "utf8")) as RawSource]),
);
const files = yamlIn("consortia");
const raw = (f: string) => parse(readFileSync(join(ROOT, "consortia", f), "utf8")) as Record<string, unknown>;

/** [source id, "¶N" | "#key"] pairs, read with plain string splitting. */
function references(field: unknown): [string, string][] {
  const texts = Array.isArray(field) ? (field as string[]) : typeof field === "string" ? [field] : [];
  const out: [string, string][] = [];
  for (const part of texts.flatMap((t) => t.split(";"))) {
    const words = part
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean);
    const id = words.shift()!;
    for (const w of words) {
      const range = w.split(/[-–]/).map((x) => x.replace("¶", ""));
      if (w.startsWith("¶") && range.length === 2) for (let n = Number(range[0]); n <= Number(range[1]); n++) out.push([id, `¶${n}`]);
      else out.push([id, w]);
    }
  }
  return out;
}

function facts(c: Record<string, unknown>): { what: string; source: unknown }[] {
  const list = (k: string) =>
    ((c[k] as Record<string, unknown>[] | undefined) ?? []).map((o) => ({ what: `${k} ${String(o.name)}`, source: o.source }));
  const scores = Object.entries(c.scores as Record<string, Record<string, unknown>>).map(([id, s]) => ({
    what: `score ${id}`,
    source: s.source,
  }));
  return [
    { what: "lead", source: (c.lead as Record<string, unknown>).source },
    ...list("members"),
    ...list("models"),
    ...list("services"),
    ...scores,
  ];
}

describe("bundled sources", () => {
  it("are records with an address and a date, and the seed article is one of them", () => {
    expect(SOURCES.has("unicorn-2025-07-21")).toBe(true);
    for (const [id, s] of SOURCES) {
      expect(s.id, id).toBe(id);
      expect(s.url, id).toMatch(/^https?:\/\/\S+\.\S+/);
      expect(s.published, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((s.paragraphs?.length ?? 0) + (s.excerpts?.length ?? 0), `${id} quotes nothing`).toBeGreaterThan(0);
    }
  });

  it("quote briefly: no excerpt runs past about 60 words (short quotes and a link, not whole articles)", () => {
    for (const [id, s] of SOURCES) {
      for (const q of [...(s.paragraphs ?? []), ...(s.excerpts ?? [])]) {
        // Korean words are longer units than English ones; count both words and characters.
        expect(q.excerpt.split(/\s+/).length, `${id}: ${q.excerpt.slice(0, 40)}`).toBeLessThanOrEqual(60);
        expect(q.excerpt.length, `${id}: ${q.excerpt.slice(0, 40)}`).toBeLessThanOrEqual(400);
      }
    }
  });
});

describe("bundled consortia", () => {
  it("are the eleven the article names", () => {
    expect(files.map((f) => f.replace(".yaml", ""))).toEqual([
      "kaist",
      "kakao",
      "konan",
      "kt",
      "lg",
      "lunit",
      "motif",
      "naver",
      "nc-ai",
      "skt",
      "upstage",
    ]);
  });

  it("load with every citation resolved by the product's own validation", () => {
    const data = loadData({ strict: true }, { cwd: ROOT, packageRoot: ROOT });
    expect(data.sources?.records.size).toBe(SOURCES.size);
  });

  for (const f of files) {
    it(`${f}: as of 2025-08-04; every member, model, service and score cites records that exist, none later`, () => {
      const c = raw(f);
      expect(c.as_of, f).toBe("2025-08-04");
      for (const { what, source } of facts(c)) {
        const refs = references(source);
        expect(refs.length, `${f}: ${what} cites nothing`).toBeGreaterThan(0);
        for (const [id, loc] of refs) {
          const s = SOURCES.get(id);
          expect(s, `${f}: ${what} cites unknown source ${id}`).toBeDefined();
          expect(s!.published <= String(c.as_of), `${f}: ${what} cites ${id}, published ${s!.published}`).toBe(true);
          if (loc.startsWith("¶"))
            expect(
              s!.paragraphs?.some((p) => `¶${p.n}` === loc),
              `${f}: ${what}: ${id} ${loc}`,
            ).toBe(true);
          else
            expect(
              s!.excerpts?.some((e) => `#${e.key}` === loc),
              `${f}: ${what}: ${id} ${loc}`,
            ).toBe(true);
        }
      }
    });

    it(`${f}: every score has evidence and a range, and a silent source widens it`, () => {
      const scores = raw(f).scores as Record<string, { evidence?: string; range?: [number, number] }>;
      for (const [id, s] of Object.entries(scores)) {
        expect(s.evidence, `${f}: ${id} has no evidence`).toBeTruthy();
        expect(s.range, `${f}: ${id} has no range`).toBeDefined();
        // Where the evidence opens by saying the sources are silent, the range is at least 4 points wide on the 0–10 scale.
        if (/^(No public source|Nothing was found|The (article|sources?) (does|do) not (say|state))/.test(s.evidence!)) {
          expect(s.range![1] - s.range![0], `${f}: ${id}: "${s.evidence!.slice(0, 60)}…"`).toBeGreaterThanOrEqual(4);
        }
      }
    });
  }

  it("spell shared organisations the same way across files (one spelling per organisation)", () => {
    const spellings = new Map<string, Set<string>>();
    const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9가-힣]/g, "");
    for (const f of files) {
      const c = raw(f) as { lead: { name: string }; members?: { name: string }[] };
      for (const o of [c.lead, ...(c.members ?? [])]) spellings.set(key(o.name), (spellings.get(key(o.name)) ?? new Set()).add(o.name));
    }
    const variants = [...spellings.values()].filter((s) => s.size > 1).map((s) => [...s]);
    expect(variants).toEqual([]);
    // The article names KAIST in four consortia (¶3, ¶4, ¶5) and Seoul National University in two (¶3, ¶4).
    const count = (name: string) => files.filter((f) => JSON.stringify(raw(f)).includes(`"name":"${name}"`)).length;
    expect(count("KAIST")).toBeGreaterThanOrEqual(4);
    expect(count("Seoul National University")).toBeGreaterThanOrEqual(2);
  });
});
