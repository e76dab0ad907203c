/** `sovereign-ai completion bash|zsh|fish` (issue #12, point 9): scripts from the grammar that complete. */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Option } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { FORMATS } from "../../src/commands/options.js";
import { cli, fixture, ROOT, tempDir, testIO } from "../helpers/run.js";

const program = buildProgram(testIO().io, {});
const commands = program.commands.map((c) => c.name());
const stem = (f: string) => f.replace(/\.ya?ml$/, "");
const yamlIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map(stem)
    .sort();
const has = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;

async function script(shell: string): Promise<string> {
  const r = await cli(["completion", shell]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** A folder with the bash script and `sovereign-ai` on a PATH of its own (the built command). */
async function bashSetup() {
  const dir = tempDir();
  mkdirSync(join(dir, "bin"));
  symlinkSync(join(ROOT, "bin", "sovereign-ai.js"), join(dir, "bin", "sovereign-ai"));
  writeFileSync(join(dir, "c.bash"), await script("bash"));
  mkdirSync(join(dir, "empty"));
  /** What Tab offers after `words` (the last is the word being typed), from `cwd`. */
  return (words: string[], cwd = join(dir, "empty")): string[] => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        `source ${JSON.stringify(join(dir, "c.bash"))}; COMP_WORDS=("$@"); COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 )); _sovereign_ai; printf '%s\\n' "\${COMPREPLY[@]}"`,
        "_",
        "sovereign-ai",
        ...words,
      ],
      {
        cwd,
        env: { ...process.env, PATH: `${join(dir, "bin")}:${process.env.PATH}` },
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    return r.stdout.split("\n").filter(Boolean).sort();
  };
}

describe.skipIf(!has("bash"))("bash completion", () => {
  it("completes commands, options, fixed values, rubric names and consortium ids", async () => {
    const tab = await bashSetup();
    expect(tab([""])).toEqual(["--help", "--version", "--lang", ...commands].sort());
    expect(tab(["sc"])).toEqual(commands.filter((c) => c.startsWith("sc")).sort());
    // The program's own --lang before the command: its value is not the command.
    expect(tab(["--lang", ""])).toEqual(["en", "ko"]);
    expect(tab(["--lang", "ko", "sc"])).toEqual(commands.filter((c) => c.startsWith("sc")).sort());
    expect(tab(["--lang", "ko", "score", "-f", ""])).toEqual([...FORMATS].sort());
    expect(tab(["--lang", "ko", "explain", ""])).toEqual(yamlIn("consortia"));
    expect(tab(["score", "--fo"])).toEqual(["--format"]);
    expect(tab(["score", "-f", ""])).toEqual([...FORMATS].sort());
    expect(tab(["score", "-f", "j"])).toEqual(["json"]);
    // From an empty folder: the bundled rubrics and consortia.
    expect(tab(["score", "-r", ""])).toEqual(yamlIn("criteria"));
    expect(tab(["explain", ""])).toEqual(yamlIn("consortia"));
    expect(tab(["explain", "skt", "--vs", "k"])).toEqual(yamlIn("consortia").filter((id) => id.startsWith("k")));
    expect(tab(["compare", "default", "s"])).toEqual(yamlIn("criteria").filter((n) => n.startsWith("s")));
    expect(tab(["init", ""])).toEqual(["consortium", "contest", "rubric"]);
    // A value that is a number has no candidates.
    expect(tab(["simulate", "-n", ""])).toEqual([]);
  });

  it("offers each option's fixed values, for every option of every command that has a list", async () => {
    const tab = await bashSetup();
    let checked = 0;
    for (const c of program.commands) {
      for (const o of c.options as readonly Option[]) {
        if (!o.argChoices?.length || o.hidden) continue;
        expect(tab([c.name(), o.long!, ""]), `${c.name()} ${o.long}`).toEqual([...o.argChoices].sort());
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("completes the consortia and rubrics of the folder it runs in", async () => {
    const tab = await bashSetup();
    const cwd = fixture({ "consortia/alpha.yaml": "id: alpha\n", "consortia/beta.yml": "id: beta\n", "criteria/mine.yaml": "name: x\n" });
    expect(tab(["explain", ""], cwd)).toEqual(["alpha", "beta"]);
    // Local rubrics first, then the bundled ones; a name given by both once. Files in the folder follow.
    expect(tab(["score", "-r", "m"], cwd)).toEqual(["mine"]);
    expect(tab(["score", "-r", "d"], cwd)).toEqual(["default"]);
  });
});

describe("--names (what the scripts ask the program)", () => {
  it("lists consortium ids and rubric names, one a line, from the working directory", async () => {
    const cwd = fixture({
      "consortia/b.yaml": "id: b\n",
      "consortia/a.yml": "id: a\n",
      "criteria/default.yaml": "name: x\n",
      "criteria/zz.yaml": "name: y\n",
    });
    expect((await cli(["completion", "bash", "--names", "consortia"], { cwd })).stdout).toBe("a\nb\n");
    const rubrics = (await cli(["completion", "bash", "--names", "rubrics"], { cwd })).stdout.split("\n").filter(Boolean);
    expect(rubrics.slice(0, 2)).toEqual(["default", "zz"]);
    expect(rubrics.slice(2).sort()).toEqual(yamlIn("criteria").filter((n) => n !== "default" && n !== "zz"));
    expect((await cli(["completion", "--help"])).stdout).not.toContain("--names");
  });
});

describe("zsh and fish scripts", () => {
  it("zsh: a compdef function with every command, its options and their values", async () => {
    const text = await script("zsh");
    expect(text.startsWith("#compdef sovereign-ai\n")).toBe(true);
    for (const c of commands) expect(text, c).toContain(`\n    ${c})\n      _arguments`);
    expect(text).toContain(`'(-f --format)'{-f,--format}'[`);
    expect(text).toContain(`:format:(${FORMATS.join(" ")})'`);
    expect(text).toContain(":rubric:_sovereign_ai_names rubrics'");
    // The program's own --lang: skipped with its value when looking for the command, its values offered.
    expect(text).toContain("      --lang) (( i += 2 )) ;;");
    expect(text).toContain("      --lang) compadd -- en ko; return ;;");
    if (has("zsh")) {
      const dir = tempDir();
      writeFileSync(join(dir, "_sovereign-ai"), text);
      const r = spawnSync("zsh", ["-n", join(dir, "_sovereign-ai")], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      // How the function finds the command, with zsh's completion builtins replaced by stubs that say
      // what they were asked (zsh's own completion system needs a terminal).
      writeFileSync(
        join(dir, "run.zsh"),
        [
          "compdef() { :; }",
          'compadd() { shift; print -r -- "compadd $*"; }',
          '_describe() { print -r -- "commands"; }',
          // biome-ignore lint/suspicious/noTemplateCurlyInString: zsh's own ${…}
          '_arguments() { print -r -- "options of ${words[1]}, word $CURRENT"; }',
          `source ${JSON.stringify(join(dir, "_sovereign-ai"))}`,
          // biome-ignore lint/suspicious/noTemplateCurlyInString: zsh's own ${…}
          'words=("$@"); CURRENT=${#words}; PREFIX=${words[CURRENT]}',
          "_sovereign_ai",
        ].join("\n"),
      );
      const tab = (...w: string[]) => spawnSync("zsh", [join(dir, "run.zsh"), "sovereign-ai", ...w], { encoding: "utf8" }).stdout.trim();
      expect(tab("")).toBe("commands");
      expect(tab("--l")).toBe("compadd --help --version --lang");
      expect(tab("--lang", "")).toBe("compadd en ko");
      expect(tab("--lang", "ko", "")).toBe("commands");
      expect(tab("score", "-f", "")).toBe("options of score, word 3");
      expect(tab("--lang", "ko", "score", "-f", "")).toBe("options of score, word 3");
    }
  });

  it("fish: a complete line for every command and option, value lists where fixed", async () => {
    const text = await script("fish");
    for (const c of commands) expect(text, c).toContain(`complete -c sovereign-ai -n __sovereign_ai_needs_command -a ${c} -d '`);
    expect(text).toContain(`complete -c sovereign-ai -n '__fish_seen_subcommand_from score' -s f -l format -x -a '${FORMATS.join(" ")}'`);
    expect(text).toContain(`-n '__fish_seen_subcommand_from explain' -a '(sovereign-ai completion fish --names consortia 2>/dev/null)'`);
    if (has("fish")) {
      const dir = tempDir();
      const file = join(dir, "sovereign-ai.fish");
      writeFileSync(file, text);
      const r = spawnSync("fish", ["--no-execute", file], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      // What Tab offers, as fish itself computes it (complete -C), with the built command on the PATH.
      mkdirSync(join(dir, "bin"));
      symlinkSync(join(ROOT, "bin", "sovereign-ai.js"), join(dir, "bin", "sovereign-ai"));
      mkdirSync(join(dir, "empty"));
      const tab = (line: string) => {
        const t = spawnSync("fish", ["-c", `source ${file}; complete -C ${JSON.stringify(line)}`], {
          cwd: join(dir, "empty"),
          env: { ...process.env, PATH: `${join(dir, "bin")}:${process.env.PATH}` },
          encoding: "utf8",
        });
        return t.stdout
          .split("\n")
          .filter(Boolean)
          .map((l) => l.split("\t")[0]!)
          .sort();
      };
      expect(tab("sovereign-ai sc")).toEqual(commands.filter((c) => c.startsWith("sc")).sort());
      expect(tab("sovereign-ai score -f ")).toEqual([...FORMATS].sort());
      expect(tab("sovereign-ai explain ")).toEqual(yamlIn("consortia"));
      expect(tab("sovereign-ai score -r ")).toEqual(yamlIn("criteria"));
      // The program's own --lang before the command.
      expect(tab("sovereign-ai --lang ")).toEqual(["en", "ko"]);
      expect(tab("sovereign-ai --lang ko sc")).toEqual(commands.filter((c) => c.startsWith("sc")).sort());
      expect(tab("sovereign-ai --lang ko score -f ")).toEqual([...FORMATS].sort());
    }
  });

  it("a shell it does not know is a usage error", async () => {
    const r = await cli(["completion", "powershell"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bash, zsh, fish");
  });
});
