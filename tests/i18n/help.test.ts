/**
 * --help comes from the message catalogue: every command, argument and option has its words there
 * in both languages, and the English ones are those the grammar files carry (so the two cannot drift).
 */
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { en } from "../../src/i18n/index.js";
import { ko } from "../../src/i18n/ko.js";
import { cli, testIO } from "../helpers/run.js";

type Words = { description: string; args: Record<string, string>; options: Record<string, string> };
const commandsOf = (c: typeof en) => c.help.commands as Record<string, Words | undefined>;
const sharedOf = (c: typeof en) => c.help.options as Record<string, string | undefined>;

describe("help from the catalogue", () => {
  const raw = buildProgram(testIO().io, {}, "en", false);

  it("has an entry for every command, argument and option, and English equal to the grammar's own words", () => {
    const missing: string[] = [];
    const differ: string[] = [];
    for (const cmd of raw.commands) {
      const c = commandsOf(en)[cmd.name()];
      if (!c) {
        missing.push(cmd.name());
        continue;
      }
      if (c.description !== cmd.description()) differ.push(`${cmd.name()}: description`);
      for (const a of cmd.registeredArguments) {
        if (c.args[a.name()] === undefined) missing.push(`${cmd.name()} <${a.name()}>`);
        else if (c.args[a.name()] !== a.description) differ.push(`${cmd.name()} <${a.name()}>`);
      }
      for (const o of cmd.options) {
        const flag = o.long ?? o.short ?? "";
        if (flag === "--lang") continue;
        const words = c.options[flag] ?? sharedOf(en)[flag];
        if (words === undefined) missing.push(`${cmd.name()} ${flag}`);
        else if (words !== o.description) differ.push(`${cmd.name()} ${flag}`);
      }
    }
    // A new command or option needs its words in src/i18n/en.ts and ko.ts (help section).
    expect(missing).toEqual([]);
    expect(differ).toEqual([]);
  });

  it("Korean help is Korean: every description differs from the English one", () => {
    const ko_ = commandsOf(ko);
    for (const [name, c] of Object.entries(commandsOf(en))) {
      expect(ko_[name]!.description).not.toBe(c!.description);
      expect(ko_[name]!.description).toMatch(/[가-힣]/);
      for (const [flag, words] of Object.entries(c!.options)) expect(ko_[name]!.options[flag], `${name} ${flag}`).not.toBe(words);
    }
  });

  it("select --help in Korean: headings, descriptions and commander's words; English unchanged", async () => {
    const k = await cli(["select", "--help", "--lang", "ko"]);
    expect(k.code).toBe(0);
    expect(k.stdout).toMatch(/^사용법: sovereign-ai select/);
    expect(k.stdout).toContain("\n옵션:\n");
    expect(k.stdout).toContain("\n예시:\n");
    expect(k.stdout).toContain("(선택: ");
    expect(k.stdout).not.toContain("Options:");
    const e = await cli(["select", "--help"], { env: { LANG: "ko_KR.UTF-8" } });
    expect(e.stdout).toBe(k.stdout);
    const plain = await cli(["select", "--help", "--lang", "en"], { env: { LANG: "ko_KR.UTF-8" } });
    expect(plain.stdout).toMatch(/^Usage: sovereign-ai select/);
    expect(plain.stdout).toContain("\nExamples:\n");
  });

  it("Korean help lines fit 80 columns, Hangul counted as two", async () => {
    const { displayWidth } = await import("../../src/render/width.js");
    for (const name of ["", "score", "simulate", "explain", "init"]) {
      const r = await cli([...(name ? [name] : []), "--help", "--lang", "ko"]);
      // The option and command lines (commander wraps them); the notes after the examples are prose lines, as in English.
      for (const line of r.stdout.split("\n"))
        if (line.startsWith("  ") && !line.includes("sovereign-ai ")) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  });
});

describe("--help in Korean for every command has no English sentence", () => {
  // The names and choices are the same in both languages.
  const program = buildProgram(testIO().io, {}, "en");
  const names = program.commands.map((c) => c.name());
  // What a Korean help keeps as written: the grammar's own names (commands, choice values), file
  // formats, units, keys, environment variables, placeholders and the data's field names.
  const grammar = program.commands.flatMap((c) => [
    c.name(),
    ...c.options.flatMap((o) => o.argChoices ?? []),
    ...c.registeredArguments.flatMap((a) => [a.name(), ...(a.argChoices ?? [])]),
  ]);
  const KEPT = new Set([
    ...grammar,
    ...(
      "JSON CSV YAML HTML SVG Markdown UTF-8 BOM CRLF A4 CI TODO Tab Ctrl-C Shift bash zsh fish id AI K P FILE NAME NAME.yaml " +
      "SOVEREIGN_AI_LANG SOVEREIGN_AI_NO_CACHE LC_ALL LC_MESSAGES LANG NO_COLOR FORCE_COLOR " +
      "tie_break lottery min_total method kind as_of dominated_by dominated_by_count selection.strategy simulation.weight_concentration " +
      "skt default service-first programme yaml report.html N advance s r q"
    ).split(" "),
  ]);
  /** The Latin words of a help text that are not kept: example commands, option and command terms, quoted values, flags and paths removed first. */
  function english(text: string): string[] {
    const prose = text
      .split("\n")
      .filter((l) => !/^(사용법|Usage):/.test(l))
      .map((l) => (/^ {2}sovereign-ai /.test(l) ? (/ # (.*)$/.exec(l)?.[1] ?? "") : l))
      // The term column of an option, argument or command line (continuation lines are indented further).
      .map((l) => l.replace(/^ {2}\S.*? {2,}/, ""))
      .join("\n")
      .replace(/"[^"]*"|`[^`]*`/g, " ")
      .replace(/(^|[\s(])-{1,2}[a-zA-Z][\w-]*/g, " ")
      .replace(/\S*\/\S*/g, " ");
    const words = prose.match(/[A-Za-z][A-Za-z0-9]*(?:[_.'-][A-Za-z0-9]+)*/g) ?? [];
    return [...new Set(words.filter((w) => !KEPT.has(w)))];
  }

  for (const name of ["", ...names]) {
    it(`${name || "(the program)"} --help --lang ko`, async () => {
      const k = await cli([...(name ? [name] : []), "--help", "--lang", "ko"]);
      expect(k.code).toBe(0);
      expect(english(k.stdout)).toEqual([]);
      // Before the command too, and under a Korean locale alone: the same text.
      expect((await cli(["--lang", "ko", ...(name ? [name] : []), "--help"])).stdout).toBe(k.stdout);
      expect((await cli([...(name ? [name] : []), "--help"], { env: { LANG: "ko_KR.UTF-8" } })).stdout).toBe(k.stdout);
      // The check can fail: the English help has sentences of its own.
      expect(english((await cli([...(name ? [name] : []), "--help", "--lang", "en"])).stdout).length).toBeGreaterThan(3);
    });
  }
});
