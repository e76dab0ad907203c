/**
 * Terminal display width for the tests: East Asian wide characters (Hangul, CJK, fullwidth forms)
 * count two columns, ANSI escapes none. Independent of the code under test, which measures with
 * cli-table3 (string-width).
 */
import { stripVTControlCharacters } from "node:util";

const WIDE: [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, CJK symbols
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6],
];

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of stripVTControlCharacters(s)) {
    const cp = ch.codePointAt(0)!;
    w += WIDE.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
  }
  return w;
}

/** Display columns at which `ch` occurs in `line`. */
export function columnsOf(line: string, ch: string): number[] {
  const out: number[] = [];
  let w = 0;
  for (const c of stripVTControlCharacters(line)) {
    if (c === ch) out.push(w);
    w += displayWidth(c);
  }
  return out;
}
