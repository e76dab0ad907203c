/**
 * The language of the output: `--lang`, else the environment (`langFromEnv`), and the message
 * catalogue for it. Text for people comes from the catalogue; codes, JSON keys and CSV headers
 * never change with the language.
 */
import type { LineTie } from "../select/line-tie.js";
import type { Reason, Unmet } from "../select/reasons.js";
import { en, type Messages, type TieHead } from "./en.js";
import { ko } from "./ko.js";

export { en, ko };
export type { Messages };
export const LANGS = ["en", "ko"] as const;
export type Lang = (typeof LANGS)[number];

const CATALOGUES: Record<Lang, Messages> = { en, ko };

export const messagesFor = (lang: Lang): Messages => CATALOGUES[lang];

/**
 * The language the environment asks for: SOVEREIGN_AI_LANG (en or ko) overrides; else the first
 * set of LC_ALL, LC_MESSAGES, LANG (POSIX order), Korean when it starts with `ko` (ko_KR.UTF-8,
 * ko); else English. A pure function of the environment.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const own = env.SOVEREIGN_AI_LANG?.trim().toLowerCase();
  if (own) {
    const l = parseLang(own);
    if (l) return l;
  }
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const v = env[name];
    if (v !== undefined && v !== "") return /^ko([_.@-]|$)/i.test(v) ? "ko" : "en";
  }
  return "en";
}

/** `ko`, `ko-KR`, `ko_KR.UTF-8` → ko; `en…` → en; anything else undefined. */
export function parseLang(value: string): Lang | undefined {
  const v = value.trim().toLowerCase();
  if (/^ko([_.@-]|$)/.test(v)) return "ko";
  if (/^en([_.@-]|$)/.test(v) || v === "c" || v === "posix") return "en";
  return undefined;
}

/** The data's own Korean text in Korean output, when the file gives one (name_ko, label_ko); else the text. */
export const localized = (m: Messages, text: string, ko: string | undefined): string => (m.code === "ko" && ko ? ko : text);

/** A selection reason in words. */
export const reasonText = (r: Reason, m: Messages): string => (m.reasons[r.code] as (p: Reason) => string)(r);

/** An unmet rule in words. */
export const unmetText = (u: Unmet, m: Messages): string => (m.unmet[u.code] as (p: Unmet) => string)(u);

/** The sentence on a tie at the line. */
export const lineTieText = (t: LineTie, m: Messages): string =>
  (m.ties[t.why.code] as (p: LineTie["why"] & TieHead) => string)({ ...t.why, place: t.place, ids: t.ids, total: t.total });
