/**
 * A command's `--watch` job: the run itself, the ranking it rests on (for "what moved"), and the
 * paths to watch, found from the options alone so that a failed run is still watched.
 */
import type { CommonOptions } from "../commands/options.js";
import { dataOptions } from "../commands/options.js";
import type { CommandResult } from "../commands/context.js";
import type { Place } from "../load/contest.js";
import { resolveConsortiaPaths, resolveReviewsPath, resolveRubricPath, resolveSourcesDir } from "../load/paths.js";
import type { Standing } from "./core.js";
import type { WatchJob } from "./loop.js";

export function watchJob(
  label: string,
  opts: CommonOptions & { strategy?: "rank-order" | "best-set" },
  place: Place,
  run: () => Promise<CommandResult> | CommandResult,
): WatchJob {
  return {
    label,
    run: async () => run(),
    async standing(): Promise<Standing> {
      const { loadContest } = await import("../load/contest.js");
      const { rankAndSelect } = await import("../select/evaluate.js");
      const loaded = loadContest(dataOptions(opts), place).contest;
      const contest = opts.strategy ? { ...loaded, rules: { ...loaded.rules, strategy: opts.strategy } } : loaded;
      const { ranked, selection } = rankAndSelect(contest);
      return { order: ranked.map((r) => r.team.id), picked: selection.selected.map((i) => contest.teams[i]!.id) };
    },
    paths() {
      const rubric = opts.rubric === "-" ? [] : [resolveRubricPath(opts.rubric, place)];
      const consortia = resolveConsortiaPaths(
        opts.consortia?.filter((c) => c !== "-"),
        place,
      );
      const sources = resolveSourcesDir(opts.sources, opts.consortia, place);
      const reviews = resolveReviewsPath(opts.reviews, opts.consortia, place);
      return [...rubric, ...consortia, ...(sources ? [sources] : []), ...(reviews ? [reviews] : [])];
    },
  };
}
