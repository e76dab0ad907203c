/**
 * Reviews against the data: every team and criterion id known (with did-you-mean), every value a
 * number on the criterion's scale or one of its level names, reviewer ids unique. Problems are
 * collected; each is positioned where the score was written (file:line:col, or CSV row and column).
 */
import { hint, type Problem } from "../errors.js";
import { resolveLevel } from "../model/levels.js";
import type { RawReviews, Reviews, ReviewScore } from "../panel/types.js";
import type { Rubric } from "../schema/rubric.js";

const fmt = (n: number) => String(Number(n.toPrecision(12)));

export function checkReviews(raw: RawReviews, rubric: Rubric, teamIds: readonly string[]): { reviews: Reviews; problems: Problem[] } {
  const problems: Problem[] = [];
  const seenProblem = new Set<string>();
  const push = (p: Problem) => {
    const key = `${p.file}:${p.pos?.line}:${p.pos?.col}:${p.message}`;
    if (!seenProblem.has(key)) problems.push(p);
    seenProblem.add(key);
  };
  const byId = new Map<string, string>();
  for (const r of raw.reviewers) {
    if (byId.has(r.id)) push({ code: "duplicate-id", file: r.file, message: `duplicate reviewer id "${r.id}" (also in ${byId.get(r.id)}); each reviewer needs one file and one id` });
    else byId.set(r.id, r.file);
  }
  const teams = new Set(teamIds);
  const criteria = new Map(rubric.criteria.map((c) => [c.id, c]));
  const scores: ReviewScore[] = [];
  for (const s of raw.scores) {
    let ok = true;
    if (!teams.has(s.team)) {
      push(s.at("team", "unknown-team", `unknown team "${s.team}"${hint(s.team, teamIds)}; the consortia are: ${teamIds.join(", ")}`));
      ok = false;
    }
    const c = criteria.get(s.criterion);
    if (!c) {
      push(s.at("criterion", "unknown-criterion", `unknown criterion "${s.criterion}"${hint(s.criterion, criteria.keys())}; the rubric's criteria are: ${[...criteria.keys()].join(", ")}`));
      continue;
    }
    const v = resolveLevel(c, s.value);
    if (!v.ok) {
      push(s.at("value", "unknown-level", v.message));
      continue;
    }
    if (!(v.value >= c.scale.min && v.value <= c.scale.max)) {
      push(s.at("value", "off-scale", `score ${fmt(v.value)} is off the scale ${fmt(c.scale.min)}–${fmt(c.scale.max)} of "${c.id}"`));
      continue;
    }
    if (ok) scores.push({ reviewer: s.reviewer, team: s.team, criterion: s.criterion, value: v.value });
  }
  return { reviews: { source: raw.source, files: raw.files, reviewers: raw.reviewers, scores }, problems };
}
