/**
 * The command-line grammar (commander). Each command's options, help and examples live in
 * `grammar/<command>.ts`; its action loads the command module on demand and hands back a
 * CommandResult. Nothing here writes or exits.
 */
import { Command, Help, Option } from "commander";
import { stripVTControlCharacters } from "node:util";
import { displayWidth } from "../render/width.js";
import { LANGS, loadMessages, messagesFor, type Lang, type Messages } from "../i18n/index.js";
import { escapeControls, escapeControlsIn } from "../errors.js";
import type { IO } from "./io.js";
import { commanderSaid } from "./commander-errors.js";
import { examples, langOf, type GrammarContext, type Invocation } from "./grammar/shared.js";
import { defineScore } from "./grammar/score.js";
import { defineSelect } from "./grammar/select.js";
import { defineSimulate } from "./grammar/simulate.js";
import { defineValidate } from "./grammar/validate.js";
import { defineSensitivity } from "./grammar/sensitivity.js";
import { defineCompare } from "./grammar/compare.js";
import { defineSchema } from "./grammar/schema.js";
import { defineExplain } from "./grammar/explain.js";
import { defineInit } from "./grammar/init.js";
import { defineTimeline } from "./grammar/timeline.js";
import { defineSources } from "./grammar/sources.js";
import { defineBacktest } from "./grammar/backtest.js";
import { defineForecast } from "./grammar/forecast.js";
import { defineReport } from "./grammar/report.js";
import { definePanel } from "./grammar/panel.js";
import { defineRubrics } from "./grammar/rubrics.js";
import { defineTune } from "./grammar/tune.js";
import { defineCompletion } from "./grammar/completion.js";

export type { Invocation };

/**
 * The language asked for on the command line, read with commander before the real parse (help
 * text is set when the grammar is built, so it must be known first); undefined when none or an
 * unknown one is given (the real parse then reports it).
 */
export function langArgument(argv: readonly string[]): Lang | undefined {
  const pre = new Command().exitOverride().helpOption(false).allowUnknownOption().allowExcessArguments().option("--lang <lang>");
  pre.parseOptions([...argv]);
  const lang = pre.opts<{ lang?: string }>().lang;
  return (LANGS as readonly string[]).includes(lang ?? "") ? (lang as Lang) : undefined;
}

const usageWords = (text: string, words: Record<string, string>) => text.replace(/\[(options|command)\]/g, (w) => words[w] ?? w);

/** Help text with its "Examples:" heading (added by each command's text, not by commander) in the catalogue's words. */
export const localHelp = (text: string, m: Messages): string => text.replace(/^Examples:$/gm, m.help.titles["Examples:"] ?? "Examples:");

/** Every command, in the order `--help` lists them. */
const GRAMMAR: readonly (readonly [string, (program: Command, g: GrammarContext) => void])[] = [
  ["score", defineScore],
  ["select", defineSelect],
  ["simulate", defineSimulate],
  ["validate", defineValidate],
  ["sensitivity", defineSensitivity],
  ["tune", defineTune],
  ["compare", defineCompare],
  ["explain", defineExplain],
  ["panel", definePanel],
  ["sources", defineSources],
  ["report", defineReport],
  ["rubrics", defineRubrics],
  ["schema", defineSchema],
  ["init", defineInit],
  ["timeline", defineTimeline],
  ["backtest", defineBacktest],
  ["forecast", defineForecast],
  ["completion", defineCompletion],
];

/**
 * The one command a run needs the grammar of: defining every command (options, help words) costs
 * more than parsing. When the first word is a command's name, commander hands the rest to that
 * command at once, so the others can never be reached; `--version` alone reaches none. Anything else
 * (help, no command, an unknown one that needs "did you mean", completion, which lists them all)
 * gets the whole grammar. Undefined means every command.
 */
export function commandsNeeded(argv: readonly string[]): string | undefined {
  if (argv.length === 1 && (argv[0] === "-V" || argv[0] === "--version")) return "";
  // The program's own --lang may come before the command's name.
  const first = argv[0] === "--lang" ? argv[2] : argv[0]?.startsWith("--lang=") ? argv[1] : argv[0];
  return first !== undefined && first !== "completion" && GRAMMAR.some(([name]) => name === first) ? first : undefined;
}

/**
 * `words: false` leaves each command's own (English) help words in place (tests compare them with the
 * catalogue); `only` defines that one command (none when empty), see commandsNeeded.
 */
export function buildProgram(io: IO, inv: Invocation, lang: Lang = "en", words = true, only?: string): Command {
  const m = messagesFor(lang);
  const h = m.help;
  const program = new Command("sovereign-ai");
  // Help text is written in the language asked for (the catalogue's `help` section): headings, the
  // words commander adds after an option, and "Examples:" under each command.
  program
    .description(h.program.description)
    .version(io.version, "-V, --version", h.program.version)
    .helpOption("-h, --help", h.program.help)
    .helpCommand("help [command]", h.program.helpCommand)
    .showSuggestionAfterError(true)
    // --lang before the command (`sovereign-ai --lang ko score`) as well as after it: the program's
    // own options are read only before the command, so each command keeps its --lang too.
    .enablePositionalOptions()
    .addOption(new Option("--lang <lang>", h.lang).choices(LANGS))
    .exitOverride()
    .configureHelp({
      // Hangul takes two columns: help wraps by display width, not by length.
      displayWidth: (s) => displayWidth(stripVTControlCharacters(s)),
      styleTitle: (title) => h.titles[title] ?? title,
      optionDescription(option) {
        return Help.prototype.optionDescription
          .call(this, option)
          .replace(/\((choices|default): /g, (_, w: string) => `(${w === "choices" ? h.choices : h.default}: `);
      },
      argumentDescription(argument) {
        return Help.prototype.argumentDescription
          .call(this, argument)
          .replace(/\((choices|default): /g, (_, w: string) => `(${w === "choices" ? h.choices : h.default}: `);
      },
      // commander's [options] and [command] in the usage line and the command list.
      commandUsage(cmd) {
        return usageWords(Help.prototype.commandUsage.call(this, cmd), h.usage);
      },
      subcommandTerm(cmd) {
        return usageWords(Help.prototype.subcommandTerm.call(this, cmd), h.usage);
      },
    })
    .configureOutput({
      writeOut: (s) => io.stdout.write(localHelp(s, m)),
      // Help shown on standard error (no command given) is worded the same way.
      writeErr: (s) => io.stderr.write(localHelp(s, m)),
      // commander's errors in the language asked for (read back as data); one it does not know as it wrote it.
      outputError: (s, write) => {
        // The values typed are escaped, not the line break before commander's "did you mean".
        const said = commanderSaid(s);
        write(`${said ? `${m.problems.error}: ${m.usage.say(escapeControlsIn(said))}` : escapeControls(s.replace(/\n$/, ""))}\n`);
      },
    })
    .addHelpText("after", examples(h.program.examples) + h.program.after)
    // --lang given before the command is the command's, unless the command has its own.
    .hook("preAction", (_program, command) => {
      const given = program.getOptionValue("lang") as Lang | undefined;
      if (given !== undefined && command.getOptionValue("lang") === undefined) command.setOptionValueWithSource("lang", given, "cli");
    })
    // The catalogue of the command's --lang (else the environment's), loaded before its action runs.
    .hook("preAction", async (_program, command) => void (await loadMessages(langOf(io, command.opts()))));
  const g = { io, inv, lang };
  for (const [name, define] of GRAMMAR) if (only === undefined || only === name) define(program, g);
  // --lang on every command, in one place (the program's own, before the command, is handed on by the hook above).
  for (const cmd of program.commands) cmd.addOption(new Option("--lang <lang>", m.help.lang).choices(LANGS));
  if (words) applyHelp(program, m);
  return program;
}

/** Every command's description, arguments and options worded from the catalogue (the grammar's own words when it has none). */
function applyHelp(program: Command, m: Messages): void {
  const h = m.help;
  const commands = h.commands as Record<
    string,
    { description: string; args: Record<string, string>; options: Record<string, string> } | undefined
  >;
  const shared = h.options as Record<string, string | undefined>;
  for (const cmd of program.commands) {
    const c = commands[cmd.name()];
    if (c) cmd.description(c.description);
    for (const a of cmd.registeredArguments) a.description = c?.args[a.name()] ?? a.description;
    for (const o of cmd.options) {
      const flag = o.long ?? o.short ?? "";
      o.description = c?.options[flag] ?? shared[flag] ?? o.description;
    }
    cmd.helpOption("-h, --help", h.program.help);
  }
}
