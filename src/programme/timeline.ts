/** The stages in order, as the `timeline` command shows them: who entered, who advanced or left and why. */
import type { Outcome } from "../schema/stage.js";
import { reportedOn, stageWhen, type Programme } from "./load.js";
import { parseCitation } from "./sources.js";

export interface TimelineResult {
  id: string;
  outcome: Outcome;
  reason: string;
  /** The reason in Korean, null when the stage file gives none. */
  reason_ko: string | null;
  scores: Record<string, number> | null;
  points_rank: number | null;
  /** The published place on points in words: "1", or "2–4" for a group whose order was not published. */
  points_place: string | null;
}

export interface TimelineStage {
  id: string;
  title: string;
  /** The title in Korean, null when the stage file gives none. */
  title_ko: string | null;
  /** The announcement day, or the month a planned stage is expected. */
  date: string;
  status: "done" | "planned";
  kind: string;
  entrants: string[];
  rubric: string | null;
  /** gates_ko: each gate's Korean name (null where none); note_ko: the note in Korean. */
  rules: {
    advance: number | null;
    planned: number | null;
    final: number | null;
    gates: string[];
    gates_ko: (string | null)[];
    note: string | null;
    note_ko: string | null;
  };
  results: TimelineResult[];
  /** Every source id the stage cites, sorted, with its publication date. */
  sources: { id: string; published: string; publisher: string; url: string }[];
  reported: string | null;
}

function citedIds(c: string | readonly string[]): string[] {
  return (typeof c === "string" ? [c] : [...c]).flatMap((t) => {
    const p = parseCitation(t);
    return p.ok ? p.refs.map((r) => r.source) : [];
  });
}

export function timeline(p: Programme): TimelineStage[] {
  return p.stages.map(({ value: s }) => {
    const ids = new Set(
      [s.sources, s.rules.source, ...(s.rules.gates ?? []).map((g) => g.source), ...s.results.map((r) => r.source)].flatMap(citedIds),
    );
    return {
      id: s.id,
      title: s.title,
      title_ko: s.title_ko ?? null,
      date: stageWhen(s),
      status: s.status ?? "done",
      kind: s.kind,
      entrants: [...s.entrants],
      rubric: s.rubric ?? null,
      rules: {
        advance: s.rules.advance ?? null,
        planned: s.rules.planned ?? null,
        final: s.rules.final ?? null,
        gates: (s.rules.gates ?? []).map((g) => g.name),
        gates_ko: (s.rules.gates ?? []).map((g) => g.name_ko ?? null),
        note: s.rules.note ?? null,
        note_ko: s.rules.note_ko ?? null,
      },
      results: s.results.map((r) => {
        const rank = r.points_rank;
        const shared = rank === undefined ? 0 : s.results.filter((x) => x.points_rank === rank).length;
        const place = rank === undefined ? null : shared > 1 ? `${rank}–${rank + shared - 1}` : String(rank);
        return {
          id: r.id,
          outcome: r.outcome,
          reason: r.reason,
          reason_ko: r.reason_ko ?? null,
          scores: r.scores ?? null,
          points_rank: rank ?? null,
          points_place: place,
        };
      }),
      sources: [...ids].sort().map((id) => {
        const v = p.sources.records.get(id)!;
        return { id, published: v.published, publisher: v.publisher, url: v.url };
      }),
      reported: reportedOn(s) ?? null,
    };
  });
}
