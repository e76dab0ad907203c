import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run.js";

describe("timeline", () => {
  it("JSON: every stage in order with entrants and results as the contract says", async () => {
    const r = await cli(["timeline", "-f", "json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as {
      stages: {
        id: string;
        date: string;
        kind: string;
        entrants: string[];
        results: { id: string; outcome: string; reason: string; scores: Record<string, number> | null }[];
        sources: { id: string; published: string }[];
      }[];
    };
    expect(j.stages.map((s) => [s.date, s.kind])).toEqual([
      ["2025-07-21", "application"],
      ["2025-07-25", "screening"],
      ["2025-08-04", "selection"],
      ["2026-01-15", "evaluation"],
      ["2026-02-20", "recruitment"],
      ["2026-08", "evaluation"],
    ]);
    const ev = j.stages[3]!;
    expect(
      ev.results
        .filter((x) => x.outcome === "advanced")
        .map((x) => x.id)
        .sort(),
    ).toEqual(["lg", "skt", "upstage"]);
    expect(ev.results.find((x) => x.id === "lg")!.scores).toEqual({ benchmark: 33.6, expert: 31.6, user: 25 });
    expect(ev.results.find((x) => x.id === "naver")!.reason).toMatch(/independence/);
    // Every stage shows its sources, none published after the stage's day.
    for (const s of j.stages.slice(0, 5)) {
      expect(s.sources.length).toBeGreaterThan(0);
      for (const src of s.sources) expect(src.published <= s.date).toBe(true);
    }
  });

  it("CSV: one row per stage and entrant (15 + 15 + 10 + 5 + 2 + 4 = 51)", async () => {
    const r = await cli(["timeline", "-f", "csv"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("stage,date,kind,status,team,outcome,reason,published_scores,sources");
    expect(lines).toHaveLength(52);
    expect(lines.filter((l) => l.startsWith("evaluation-2026-08,")).every((l) => l.includes(",pending,"))).toBe(true);
  });

  it("table and Markdown name the published group of places, not an invented order", async () => {
    const t = await cli(["timeline"]);
    expect(t.stdout).toMatch(/skt: in the top four on points \(places 2–4 on points, order\s+not\s+published\)/);
    const md = await cli(["timeline", "-f", "markdown"]);
    expect(md.stdout).toContain("| lg | advanced | top score in every part | benchmark 33.6 · expert 31.6 · user 25 · place 1 on points |");
    expect(md.stdout).toContain("[sbs-2026-01-15](https://news.sbs.co.kr/news/endPage.do?news_id=N1008405863)");
  });
});
