/** Reading and parsing hostile input, below the CLI: size, file type, permissions, depth, aliases, escapes. */
import { describe, expect, it } from "vitest";
import { escapeControls, excerptWindow, formatProblem, saying } from "../../src/errors.js";
import { MAX_FILE_BYTES, readSource, type SourceFs } from "../../src/load/read.js";
import { MAX_DEPTH, parseYaml, parseYamlStream } from "../../src/parse/yaml.js";

const file = (size: number, over: Partial<SourceFs> = {}, kind: "file" | "dir" | "device" = "file"): SourceFs => ({
  stat: () => ({ isFile: () => kind === "file", isDirectory: () => kind === "dir", size }),
  read: () => Buffer.from("id: x\n"),
  ...over,
});
const mustNotRead = () => {
  throw new Error("must not be read");
};

describe("readSource", () => {
  it("refuses a file over 1 MiB from its size alone, without reading it", () => {
    const r = readSource("/d/big.yaml", "/d", file(MAX_FILE_BYTES + 1, { read: mustNotRead }));
    expect(r).toEqual({
      ok: false,
      problem: {
        code: "too-big",
        said: { code: "too-big", size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES },
        file: "big.yaml",
        message: expect.stringContaining(`is ${MAX_FILE_BYTES + 1} bytes, over the limit`),
      },
    });
  });

  it("accepts exactly 1 MiB", () => {
    const r = readSource("/d/x.yaml", "/d", file(MAX_FILE_BYTES, { read: () => Buffer.alloc(MAX_FILE_BYTES, 0x20) }));
    expect(r.ok).toBe(true);
  });

  it("a file that grew after it was measured is still cut at the limit", () => {
    const r = readSource("/d/x.yaml", "/d", file(10, { read: (_, max) => Buffer.alloc(max, 0x20) }));
    expect(r.ok ? "" : r.problem.message).toContain("over the limit");
  });

  it("permission denied (what a non-root user gets for chmod 000)", () => {
    const denied = file(10, {
      read: () => {
        throw Object.assign(new Error("EACCES"), { code: "EACCES" });
      },
    });
    const r = readSource("/d/x.yaml", "/d", denied);
    expect(r.ok ? "" : formatProblem(r.problem)).toBe("x.yaml: the file cannot be read (permission denied); check its permissions");
  });

  it("a device or a pipe is refused by its type, never read", () => {
    const r = readSource("/dev/zero", "/d", file(0, { read: mustNotRead }, "device"));
    expect(r.ok ? "" : formatProblem(r.problem)).toBe("/dev/zero: is not a regular file (a device, pipe or socket); name a .yaml file");
  });

  it("a UTF-8 byte-order mark is accepted and dropped before parsing", () => {
    const r = readSource("/d/x.yaml", "/d", file(9, { read: () => Buffer.from("\uFEFFid: x\n") }));
    expect(r.ok).toBe(true);
    const p = r.ok ? parseYaml(r.source) : undefined;
    expect(p?.ok && p.parsed.data).toEqual({ id: "x" });
  });
});

const src = (text: string) => ({ file: "x.yaml", path: "/x.yaml", text });
const nested = (n: number) => `a: ${"[".repeat(n)}${"]".repeat(n)}\n`;

describe("parseYaml", () => {
  it(`accepts ${MAX_DEPTH} levels of nesting and refuses ${MAX_DEPTH + 1}`, () => {
    // The top mapping is level 1; each [ adds one.
    expect(parseYaml(src(nested(MAX_DEPTH - 1))).ok).toBe(true);
    const deep = parseYaml(src(nested(MAX_DEPTH)));
    expect(deep.ok).toBe(false);
    expect(deep.ok ? [] : deep.problems).toEqual([
      expect.objectContaining({
        file: "x.yaml",
        pos: { line: 1, col: 3 + MAX_DEPTH },
        message: expect.stringContaining(`nested more than ${MAX_DEPTH} levels`),
      }),
    ]);
  });

  it("a few aliases are fine; the expansion limit is only for bombs", () => {
    const r = parseYaml(src("base: &b { kind: startup }\nlead: *b\nother: *b\n"));
    expect(r.ok && r.parsed.data).toEqual({ base: { kind: "startup" }, lead: { kind: "startup" }, other: { kind: "startup" } });
  });

  it("__proto__ anywhere is refused, and nothing is polluted", () => {
    const r = parseYaml(src("a:\n  b: [ { __proto__: { polluted: 1 } } ]\n"));
    expect(r.ok ? [] : r.problems.map((p) => [p.pos, p.message.slice(0, 25)])).toEqual([
      [{ line: 2, col: 10 }, 'unknown key "__proto__": '],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("YAML 1.2 core schema only: every tag and a version directive other than 1.2 are refused where they stand", () => {
    const where = (text: string) => {
      const r = parseYaml(src(text));
      return r.ok ? [] : r.problems.map((p) => `${p.pos?.line}:${p.pos?.col} ${p.message.split(":")[0]}`);
    };
    expect(where('a: !!int "7"\nb: [ &x !!str y, !foo 1 ]\nc: !!map\n  d: 1\n')).toEqual([
      '1:4 tag "!!int" is not allowed',
      '2:9 tag "!!str" is not allowed',
      '2:18 tag "!foo" is not allowed',
      '3:4 tag "!!map" is not allowed',
    ]);
    expect(where("%YAML 1.1\n---\na: no\n")).toEqual(['1:1 the directive "%YAML 1.1" is not allowed']);
    expect(where("%YAML 1.2\n---\na: no\n")).toEqual([]);
    // A ! inside a quoted or plain value is text, not a tag.
    expect(where('a: "!!int"\nb: wow!\n')).toEqual([]);
  });

  it("an undefined alias is named with its position; a CR-only file is called what it is", () => {
    const alias = parseYaml(src("a: &one 1\nb: *one\nc: [ *two ]\n"));
    expect(alias.ok ? [] : alias.problems.map((p) => [p.pos, p.message.split(":")[0]])).toEqual([
      [{ line: 3, col: 6 }, "alias *two is not defined"],
    ]);
    const cr = parseYaml(src("a: 1\rb: 2\r"));
    expect(cr.ok ? "" : cr.problems[0]!.message).toMatch(/^uses old Mac line endings \(CR only\)/);
    // CRLF is not CR-only.
    expect(parseYaml(src("a: 1\r\nb: 2\r\n")).ok).toBe(true);
  });

  it("in a stream, each tag is reported in its own document", () => {
    const docs = parseYamlStream(src("a: 1\n---\nb: !!int 2\n---\nc: 3\n"));
    expect(docs.map((d) => (d.ok ? "ok" : d.problems.map((p) => p.pos?.line).join()))).toEqual(["ok", "3", "ok"]);
  });
});

describe("messages from hostile text", () => {
  it("control characters are escaped in messages, so input cannot drive the terminal", () => {
    expect(escapeControls("a\u001b[31mb\nc\u009bd")).toBe("a\\u001b[31mb\\u000ac\\u009bd");
    const shown = formatProblem({
      ...saying({ code: "unknown-key", key: "\u001b[2J", suggestion: null, allowed: [] }),
      file: "x.yaml",
      pos: { line: 1, col: 3 },
      message: 'unknown key "\u001b[2J"',
      excerpt: "k: \u001b[2J",
    });
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(shown).toBe('x.yaml:1:3: unknown key "\\u001b[2J"\n    k: \uFFFD[2J\n      ^');
  });

  it("a long line is cut to a window around the column, with the caret under it", () => {
    const line = `${"x".repeat(500)}!${"y".repeat(500)}`;
    const { line: shown, caret } = excerptWindow(line, 501);
    expect(shown.length).toBeLessThanOrEqual(102);
    expect(shown[caret]).toBe("!");
    expect(shown.startsWith("…") && shown.endsWith("…")).toBe(true);
    expect(excerptWindow("short", 3)).toEqual({ line: "short", caret: 2 });
  });
});
