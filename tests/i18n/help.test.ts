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
