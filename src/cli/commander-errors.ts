/**
 * commander's own error messages read back as data (commander 14 words them in English only, and
 * gives no parameters), so the catalogues can word them in every language. A message this does
 * not know is shown as commander wrote it.
 */
import type { UsageSaid } from "../usage.js";

const list = (s: string) => s.split(", ");
/** commander's "(Did you mean …?)" line, as the names it suggests. */
const suggestions = (s: string | undefined) => (s === undefined ? [] : s.startsWith("one of ") ? list(s.slice(7)) : [s]);
const SUGGEST = "(?:\\n\\(Did you mean (.+)\\?\\))?";

const PATTERNS: [RegExp, (m: string[]) => UsageSaid][] = [
  [new RegExp(`^unknown option '(.+?)'${SUGGEST}$`), (m) => ({ code: "unknown-option", flag: m[1]!, suggestions: suggestions(m[2]) })],
  [new RegExp(`^unknown command '(.*?)'${SUGGEST}$`), (m) => ({ code: "unknown-command", name: m[1]!, suggestions: suggestions(m[2]) })],
  [/^missing required argument '(.+)'$/, (m) => ({ code: "missing-argument", name: m[1]! })],
  [/^option '(.+)' argument missing$/, (m) => ({ code: "option-missing-argument", flags: m[1]! })],
  [/^required option '(.+)' not specified$/, (m) => ({ code: "missing-mandatory-option", flags: m[1]! })],
  [
    /^option '(.+?)' argument '([\s\S]*)' is invalid\. Allowed choices are (.+)\.$/,
    (m) => ({ code: "invalid-choice", flags: m[1]!, value: m[2]!, choices: list(m[3]!) }),
  ],
  [
    /^command-argument value '([\s\S]*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/,
    (m) => ({ code: "invalid-argument-choice", value: m[1]!, name: m[2]!, choices: list(m[3]!) }),
  ],
  [
    /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m) => ({ code: "excess-arguments", command: m[1] ?? null, expected: Number(m[2]), got: Number(m[3]) }),
  ],
  [/^option '(.+)' cannot be used with option '(.+)'$/, (m) => ({ code: "conflicting-option", option: m[1]!, other: m[2]! })],
];

/** A message commander wrote (with or without its "error: " and final line break) as data; undefined when unknown. */
export function commanderSaid(message: string): UsageSaid | undefined {
  const text = message.replace(/\n$/, "").replace(/^error: /, "");
  for (const [re, said] of PATTERNS) {
    const m = re.exec(text);
    if (m) return said(m as unknown as string[]);
  }
  return undefined;
}
