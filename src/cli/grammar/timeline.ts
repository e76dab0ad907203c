import type { Command } from "commander";
import { addOutputOptions } from "../options.js";
import { type GrammarContext, helpAfter, runContext } from "./shared.js";
import type { ProgrammeCliOptions } from "../../commands/timeline.js";

export function defineTimeline(program: Command, { io, inv, lang }: GrammarContext): void {
  const cmd = program
    .command("timeline")
    .description("the programme's stages in order: who entered, who advanced or left and why, published scores, sources")
    .option("--programme <dir>", "the folder of stage files (default: programme/); its consortia/ holds teams outside the default contest")
    .option("--sources <dir>", "source records the stages cite (default: sources/ beside the programme folder)")
    .option("--no-cache", "read every file the full way, without the cache of validated files (also SOVEREIGN_AI_NO_CACHE=1)");
  addOutputOptions(cmd)
    .addHelpText("after", helpAfter(lang, "timeline"))
    .action(async (o: ProgrammeCliOptions) => {
      const { runTimeline } = await import("../../commands/timeline.js");
      inv.options = o;
      inv.result = runTimeline(runContext(io, o), o);
    });
}
