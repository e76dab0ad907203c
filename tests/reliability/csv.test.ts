/**
 * CSV formula injection (OWASP): a text cell starting with =, +, -, @, a tab or a carriage return
 * is prefixed with a single quote and quoted; numbers, negative ones included, are never touched;
 * any text round-trips through an RFC 4180 parser (csv-parse).
 */
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forSpreadsheet, neutralise, toCsv } from "../../src/render/csv.js";
import { cli, consortiumYaml, fixture, rubricYaml } from "../helpers/run.js";

const parseCsv = (text: string): string[][] => parse(text, { record_delimiter: "\n", relax_quotes: false });
const parseExcel = (text: string): string[][] => parse(text, { record_delimiter: "\r\n", bom: true, relax_quotes: false });

describe("neutralise", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","y")', "-"])("prefixes %j with a single quote", (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });
  it.each(["x", "1", " =1", "'=1", "", "a=b", "Team -1"])("leaves %j alone", (cell) => {
    expect(neutralise(cell)).toBe(cell);
  });
  it.each([-1, -0.5, 0, 3, Number.MAX_SAFE_INTEGER])("never touches the number %d", (n) => {
    expect(neutralise(n)).toBe(n);
  });
});

describe("toCsv", () => {
  it("quotes a neutralised cell and leaves numbers bare", () => {
    const text = toCsv(
      ["name", "score"],
      [
        ["=1+1", -5],
        ["@cmd", 2.5],
        ["plain", -0.25],
        ["-3", 0],
      ],
    );
    expect(text).toBe(`name,score\n"'=1+1",-5\n"'@cmd",2.5\nplain,-0.25\n"'-3",0\n`);
  });

  it("tab and carriage return at the start are neutralised too", () => {
    const text = toCsv(["name"], [["\tTAB"], ["\rCR"]]);
    expect(parseCsv(text)).toEqual([["name"], ["'\tTAB"], ["'\rCR"]]);
  });

  it("any text round-trips through an RFC 4180 parser; only a dangerous start gains a quote", () => {
    const cell = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom("a,b", 'say "hi"', "line\nbreak", "cr\r\nlf", "=x", "+", "-", "@", "\t", "\r"),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const parsed = parseCsv(toCsv(["a", "b"], rows));
        const expected = [["a", "b"], ...rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))];
        // csv-parse reads a record of one empty field as an empty record; compare those as such.
        expect(parsed).toEqual(expected.map((r) => (r.length === 1 && r[0] === "" ? [] : r)));
        for (const r of parsed.slice(1)) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
        // Every record ends in a bare LF, and no CR is left unquoted (a CR-splitting reader sees the same records).
        const text = toCsv(["a", "b"], rows);
        expect(text.endsWith("\n") && !text.endsWith("\r\n")).toBe(true);
        expect(text.replace(/"(?:[^"]|"")*"/g, "")).not.toMatch(/\r/);
      }),
      { seed: 12 },
    );
  });
});

describe("forSpreadsheet (--excel)", () => {
  it("adds a UTF-8 byte-order mark and ends every record in CRLF", () => {
    expect(forSpreadsheet(toCsv(["id", "name_ko"], [["skt", "SKT 컨소시엄"]]))).toBe("\uFEFFid,name_ko\r\nskt,SKT 컨소시엄\r\n");
  });
  it("keeps a line break inside a quoted cell as it is", () => {
    expect(forSpreadsheet('a,"x\ny ""q"""\nb,c\n')).toBe('\uFEFFa,"x\ny ""q"""\r\nb,c\r\n');
  });
  it("reads back as the same records as the plain CSV, whatever the text", () => {
    const cell = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom("a,b", 'say "hi"', "line\nbreak", "cr\r\nlf", "\r", '"', "한국어"),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const plain = toCsv(["a", "b"], rows);
        expect(parseExcel(forSpreadsheet(plain))).toEqual(parseCsv(plain));
      }),
      { seed: 7 },
    );
  });
});

describe("score -f csv with hostile consortium names", () => {
  const names: Record<string, string> = {
    a: '=HYPERLINK("http://evil.example","click")',
    b: "+1+cmd|' /C calc'!A0",
    c: "-2+3",
    d: "@SUM(1,2)",
    e: "\tTabbed",
    f: "\rReturned",
    g: 'Comma, "Quotes" and\na newline',
  };
  const data = () => {
    const files: Record<string, string> = {
      // A scale below zero: negative scores that must stay numbers. (Bonus points cannot be negative.)
      "criteria/default.yaml": rubricYaml({ criteria: [{ id: "q", weight: 1, min: -10, max: 10 }] }),
    };
    Object.keys(names).forEach((id, i) => {
      const yaml = consortiumYaml({ id, scores: { q: -i } });
      files[`consortia/${id}.yaml`] = yaml.replace(`name: Team ${id}`, `name: ${JSON.stringify(names[id])}`);
    });
    return fixture(files);
  };

  it("neutralises every formula-like name, keeps negative numbers, and round-trips the rest", async () => {
    const r = await cli(["score", "-f", "csv"], { cwd: data() });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(["rank", "id", "name", "name_ko", "kind", "q", "bonus", "total", "selected", "decided_by"]);
    const byId = Object.fromEntries(rows.slice(1).map((row) => [row[1], row]));
    for (const [id, name] of Object.entries(names)) {
      // A carriage return from data is written as \u000d on load (issue #13: it could overwrite a terminal line), so f no longer starts with one.
      expect(byId[id]![2]).toBe(id === "g" ? name : id === "f" ? "\\u000dReturned" : `'${name}`);
    }
    // Team c scores -2 on a -10..10 scale: (−2 + 10) / 20 × 100 = 40.
    expect(byId.c!.slice(5, 8)).toEqual(["-2", "0", "40"]);
    // The raw text holds the negative numbers bare, never quoted or prefixed.
    expect(r.stdout).toContain(`,,startup,-2,0,40,`);
  });
});
