/** Terminal escapes and Markdown injection from data never reach the output (issue #13). */
import { describe, expect, it } from "vitest";
import { mdLink, mdText } from "../../src/render/markdown.js";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

const ESC = "\u001b";
const evil = `"Evil\\u001b]0;owned\\u0007\\u001b[2J\\r\\u009b31m <script>alert(1)</script> [x](javascript:alert(1))"`;

function field() {
  return fixture({
    "criteria/default.yaml": rubricYaml({ criteria: [{ id: "a", weight: 1 }], selection: "  teams: 1" }),
    "consortia/p.yaml": consortiumYaml({ id: "p", scores: { a: 9 } }).replace("name: Team p", `name: ${evil}`),
    "consortia/q.yaml": consortiumYaml({ id: "q", scores: { a: 8 }, members: [{ name: "Lab\\u001b[31mRed", kind: "academia" }] }).replace(
      "members:\n  - { name: Lab\\u001b[31mRed",
      'members:\n  - { name: "Lab\\u001b[31mRed"',
    ),
  });
}

describe("text from data in every output", () => {
  it("no control character from a name reaches select, explain, score --wide, in any format", async () => {
    const cwd = field();
    for (const args of [
      ["select"],
      ["select", "-f", "markdown"],
      ["select", "-f", "csv"],
      ["explain", "p"],
      ["explain", "q"],
      ["explain", "p", "-f", "markdown"],
      ["score", "--wide"],
      ["score", "-f", "markdown"],
      ["simulate", "--runs", "50"],
    ]) {
      const r = await cli(args, { cwd });
      expect(r.stderr, args.join(" ")).toBe("");
      expect(r.code, args.join(" ")).toBe(0);
      expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(r.stdout), args.join(" ")).toBe(false);
    }
    const r = await cli(["explain", "p"], { cwd });
    expect(r.stdout).toContain("Evil\\u001b]0;owned\\u0007");
  });

  it("Markdown shows HTML as text, forms no link from data, and keeps a heading on one line", async () => {
    const r = await cli(["explain", "p", "-f", "markdown"], { cwd: field() });
    expect(r.stdout).not.toContain("<script>");
    expect(r.stdout).toContain("&lt;script&gt;");
    expect(r.stdout).not.toContain("[x](javascript:");
    expect(r.stdout.split("\n")[0]).toMatch(/^### p — .*javascript:alert\(1\)\)$/);
    expect(mdText("a\nb")).toBe("a b");
    expect(mdLink("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(mdLink("https://example.com/a")).toBe("<https://example.com/a>");
  });

  it("a usage error does not echo control characters from the arguments", async () => {
    const r = await cli(["explain", `no${ESC}]0;x\u0007such`]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toContain(ESC);
    const u = await cli([`--bad${ESC}[2J`]);
    expect(u.code).toBe(2);
    expect(u.stderr).not.toContain(ESC);
  });
});
