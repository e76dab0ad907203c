/** The grammar a run builds: only the command it names (start-up), with the same words and errors as the whole. */
import { describe, expect, it } from "vitest";
import { buildProgram, commandsNeeded } from "../../src/cli/program.js";
import { LANGS, loadMessages } from "../../src/i18n/index.js";
import { cli, testIO } from "../helpers/run.js";

describe("commandsNeeded", () => {
  it("is the command named first, none for --version alone, and every command otherwise", () => {
    expect(commandsNeeded(["score"])).toBe("score");
    expect(commandsNeeded(["select", "-f", "json", "--lang", "ko"])).toBe("select");
    expect(commandsNeeded(["explain", "--help"])).toBe("explain");
    expect(commandsNeeded(["--version"])).toBe("");
    expect(commandsNeeded(["-V"])).toBe("");
    // Everything else may need every command: help lists them, "did you mean" compares them, completion writes them.
    expect(commandsNeeded([])).toBeUndefined();
    expect(commandsNeeded(["-V", "score"])).toBeUndefined();
    expect(commandsNeeded(["--help"])).toBeUndefined();
    expect(commandsNeeded(["help", "score"])).toBeUndefined();
    expect(commandsNeeded(["scor"])).toBeUndefined();
    // The program's own --lang before the command's name.
    expect(commandsNeeded(["--lang", "ko", "score"])).toBe("score");
    expect(commandsNeeded(["--lang=ko", "score", "--help"])).toBe("score");
    expect(commandsNeeded(["--lang", "ko", "--help"])).toBeUndefined();
    expect(commandsNeeded(["--lang", "ko"])).toBeUndefined();
    expect(commandsNeeded(["completion", "bash"])).toBeUndefined();
  });
});

describe("one command's grammar", () => {
  it("gives that command the same help, in both languages, as the whole grammar", async () => {
    for (const lang of LANGS) {
      await loadMessages(lang);
      const whole = buildProgram(testIO().io, {}, lang);
      expect(whole.commands.length).toBeGreaterThan(10);
      for (const c of whole.commands) {
        const one = buildProgram(testIO().io, {}, lang, true, c.name());
        expect(one.commands.map((x) => x.name())).toEqual([c.name()]);
        expect(one.commands[0]!.helpInformation(), `${lang} ${c.name()}`).toBe(c.helpInformation());
      }
      expect(buildProgram(testIO().io, {}, lang, true, "").commands).toEqual([]);
    }
  });

  it("answers help, --version and usage errors with the same bytes as the whole grammar", async () => {
    const cases = [
      ["--version"],
      ["-V"],
      ["score", "--help"],
      ["select", "-h", "--lang", "ko"],
      ["score", "--bogus"],
      ["score", "extra"],
      ["select", "--strategy", "nope"],
      ["explain"],
      ["sensitivity", "--lang", "xx"],
    ];
    for (const argv of cases) {
      const t = testIO();
      const whole = buildProgram(t.io, {}, argv.includes("ko") ? "ko" : "en");
      await whole.parseAsync([...argv], { from: "user" }).catch(() => undefined);
      const r = await cli(argv);
      expect(t.stdout() + t.stderr(), argv.join(" ")).not.toBe("");
      expect({ out: r.stdout, err: r.stderr }, argv.join(" ")).toEqual({ out: t.stdout(), err: t.stderr() });
    }
  });
});
