/**
 * --lang before the command (`sovereign-ai --lang ko score`) as well as after it: the same output
 * and help either way; the command's own --lang wins over the program's; both override the locale.
 */
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run.js";

const EN = { LANG: "en_US.UTF-8" };
const KO = { LANG: "ko_KR.UTF-8" };

describe("--lang before or after the command", () => {
  it("score and select: the same Korean output in both positions, under an English locale", async () => {
    for (const cmd of [["score"], ["select"], ["select", "-f", "json"]]) {
      const [before, after] = await Promise.all([cli(["--lang", "ko", ...cmd], { env: EN }), cli([...cmd, "--lang", "ko"], { env: EN })]);
      expect(before.code, cmd.join(" ")).toBe(0);
      expect(before.stderr).toBe("");
      expect(before.stdout).toBe(after.stdout);
    }
    const ko = await cli(["--lang", "ko", "select"], { env: EN });
    expect(ko.stdout).toContain("전체 심사 기록:");
    expect(ko.stdout).not.toContain("Audit log:");
  });

  it("before the command it overrides the locale; the command's own --lang overrides it", async () => {
    expect((await cli(["--lang", "en", "select"], { env: KO })).stdout).toContain("Audit log:");
    expect((await cli(["--lang", "en", "select", "--lang", "ko"], { env: EN })).stdout).toContain("전체 심사 기록:");
    expect((await cli(["--lang", "ko", "select", "--lang", "en"], { env: KO })).stdout).toContain("Audit log:");
  });

  it("--help in Korean in both positions, for the program and for a command", async () => {
    const [before, after] = await Promise.all([
      cli(["--lang", "ko", "score", "--help"], { env: EN }),
      cli(["score", "--help", "--lang", "ko"], { env: EN }),
    ]);
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(after.stdout);
    expect(before.stdout).toMatch(/^사용법: sovereign-ai score/);
    expect(before.stdout).toContain("\n예시:\n");
    const top = await cli(["--lang", "ko", "--help"], { env: EN });
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^사용법: sovereign-ai /);
    expect(top.stdout).toContain("\n명령:\n");
    expect(top.stdout).toContain("\n예시:\n");
    expect(top.stdout).not.toMatch(/Usage:|Options:|Commands:|Examples:/);
    // The program's own options list --lang, in Korean.
    expect(top.stdout).toMatch(/--lang <lang> +사람이 읽는 글의 언어/);
    const help = await cli(["--lang", "ko", "help", "score"], { env: EN });
    expect(help.stdout).toBe(before.stdout);
  });

  it("no command: the program's help in Korean on standard error, exit 2", async () => {
    const r = await cli(["--lang", "ko"], { env: EN });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^사용법: sovereign-ai /);
    expect(r.stderr).toContain("\n예시:\n");
    expect(r.stderr).not.toContain("Examples:");
    // The locale alone does the same.
    expect((await cli([], { env: KO })).stderr).toBe(r.stderr);
  });

  it("an unknown language before the command is a usage error, worded in the locale's language", async () => {
    const r = await cli(["--lang", "xx", "score"], { env: KO });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("오류: 옵션 '--lang <lang>'의 값 'xx'은(는) 쓸 수 없음. 쓸 수 있는 값: en, ko.\n");
  });
});
