/** The bundled data is evidence: every fact and score cites an article paragraph that exists. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { Consortium } from "../../src/schema/consortium.js";
import { ROOT } from "../helpers/run.js";

const ARTICLE = readFileSync(join(ROOT, "../shared/seed/article-en.md"), "utf8");
const PARAGRAPHS = new Set([...ARTICLE.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1])));
const files = readdirSync(join(ROOT, "consortia")).filter((f) => f.endsWith(".yaml")).sort();

function cites(source: string | undefined): number[] {
  return [...(source ?? "").matchAll(/¶(\d+)/g)].map((m) => Number(m[1]));
}

describe("bundled consortia", () => {
  it("are the eleven the article names", () => {
    expect(files.map((f) => f.replace(".yaml", ""))).toEqual(["kaist", "kakao", "konan", "kt", "lg", "lunit", "motif", "naver", "nc-ai", "skt", "upstage"]);
  });

  for (const f of files) {
    it(`${f}: every score, member, model and service cites paragraphs of the article`, () => {
      const c = Consortium.parse(parse(readFileSync(join(ROOT, "consortia", f), "utf8")));
      const sources = [
        c.lead.source,
        ...(c.members ?? []).map((m) => m.source),
        ...(c.models ?? []).map((m) => m.source),
        ...(c.services ?? []).map((s) => s.source),
        ...Object.values(c.scores).map((s) => s.source),
      ];
      for (const s of sources) {
        const ps = cites(s);
        expect(ps.length, `${f}: missing source`).toBeGreaterThan(0);
        for (const p of ps) expect(PARAGRAPHS.has(p), `${f}: ¶${p} is not in the article`).toBe(true);
      }
      for (const [id, s] of Object.entries(c.scores)) {
        expect(s.evidence, `${f}: ${id} has no evidence`).toBeTruthy();
        expect(s.range, `${f}: ${id} has no range`).toBeDefined();
        // Silence widens the range: where the evidence says the article does not say, the range is ≥ 4 wide.
        if (/does not (say|state)/.test(s.evidence!) && !/explicitly|says? (only )?that/.test("")) {
          const [lo, hi] = s.range!;
          if (/^The article does not/.test(s.evidence!)) expect(hi - lo, `${f}: ${id}`).toBeGreaterThanOrEqual(4);
        }
      }
    });
  }

  it("spell shared organisations the same way across files (KAIST in four consortia, SNU in two)", () => {
    const count = new Map<string, number>();
    for (const f of files) {
      const c = Consortium.parse(parse(readFileSync(join(ROOT, "consortia", f), "utf8")));
      for (const o of [c.lead, ...(c.members ?? [])]) count.set(o.name, (count.get(o.name) ?? 0) + 1);
    }
    expect(count.get("KAIST")).toBe(4);
    expect(count.get("Seoul National University")).toBe(2);
  });
});
