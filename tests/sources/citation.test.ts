import { en } from "../../src/i18n/en.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citationText, citedSources, parseCitation } from "../../src/sources/citation.js";

describe("parseCitation", () => {
  it("reads one source with paragraphs, ranges and excerpt keys", () => {
    expect(parseCitation("unicorn-2025-07-21 ¶2, ¶9-¶11")).toEqual({
      ok: true,
      refs: [
        {
          source: "unicorn-2025-07-21",
          locators: [
            { kind: "paragraph", from: 2, to: 2 },
            { kind: "paragraph", from: 9, to: 11 },
          ],
        },
      ],
    });
    expect(parseCitation("hf-kanana #license,#params")).toEqual({
      ok: true,
      refs: [
        {
          source: "hf-kanana",
          locators: [
            { kind: "excerpt", key: "license" },
            { kind: "excerpt", key: "params" },
          ],
        },
      ],
    });
  });

  it("reads several references separated by ; and list items alike", () => {
    const a = parseCitation("a ¶1; b #x");
    const b = parseCitation(["a ¶1", "b #x"]);
    expect(a).toEqual(b);
    expect(a.ok && a.refs.map((r) => r.source)).toEqual(["a", "b"]);
  });

  it("accepts an en dash and a range without the second ¶", () => {
    expect(parseCitation("a ¶9–11")).toEqual({ ok: true, refs: [{ source: "a", locators: [{ kind: "paragraph", from: 9, to: 11 }] }] });
  });

  it.each([
    ["¶3", /does not name its source/],
    ["#license", /does not name its source/],
    ["Unicorn ¶3", /not a source id/],
    ["unicorn-2025-07-21", /names no place/],
    ["unicorn ¶11-¶9", /low to high/],
    ["unicorn p. 3", /is not a paragraph/],
    ["unicorn ¶3,", /is not a paragraph/],
    [" ; ", /empty citation/],
  ])("refuses %j with a message", (text, message) => {
    const r = parseCitation(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && en.problems.say(r.said)).toMatch(message);
  });

  it("round-trips any well-formed citation (property)", () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,3}$/);
    const loc = fc.oneof(
      fc
        .record({ kind: fc.constant("paragraph" as const), from: fc.integer({ min: 1, max: 40 }), span: fc.integer({ min: 0, max: 5 }) })
        .map((p) => ({ kind: p.kind, from: p.from, to: p.from + p.span })),
      fc.record({ kind: fc.constant("excerpt" as const), key: id }),
    );
    const ref = fc.record({ source: id, locators: fc.array(loc, { minLength: 1, maxLength: 4 }) });
    const show = (l: { kind: "paragraph"; from: number; to: number } | { kind: "excerpt"; key: string }) =>
      l.kind === "excerpt" ? `#${l.key}` : l.from === l.to ? `¶${l.from}` : `¶${l.from}-¶${l.to}`;
    fc.assert(
      fc.property(fc.array(ref, { minLength: 1, maxLength: 4 }), fc.boolean(), (refs, asList) => {
        const texts = refs.map((r) => `${r.source} ${r.locators.map(show).join(", ")}`);
        const parsed = parseCitation(asList ? texts : texts.join("; "));
        expect(parsed).toEqual({ ok: true, refs });
        expect(citedSources(asList ? texts : texts.join("; "))).toEqual([...new Set(refs.map((r) => r.source))]);
      }),
      { seed: 10, numRuns: 300 },
    );
  });

  it("joins a list for display", () => {
    expect(citationText(["a ¶1", "b #x"])).toBe("a ¶1; b #x");
    expect(citationText("a ¶1")).toBe("a ¶1");
    expect(citationText(undefined)).toBeUndefined();
  });
});
