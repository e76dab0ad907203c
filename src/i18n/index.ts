/**
 * The language of the output: `--lang`, else the environment (`langFromEnv`), and the message
 * catalogue for it. Text for people comes from the catalogue; codes, JSON keys and CSV headers
 * never change with the language.
 */
import type { LineTie } from "../select/line-tie.js";
import type { Reason, Unmet } from "../select/reasons.js";
import { en, type Messages, type TieHead } from "./en.js";

export { en };
export type { Messages };
export const LANGS = ["en", "ko"] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The catalogues loaded so far. English is always there (it is also every renderer's default); the
 * Korean one (ko.ts, larger than the English) is loaded only when Korean is asked for, so an English
 * run never reads or compiles it. Its type is still checked against `Messages` at compile time.
 */
const loaded: Partial<Record<Lang, Messages>> = { en };

/** Load the catalogue of a language (once); the shell does it before any command runs. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  const m = loaded[lang] ?? (lang === "ko" ? (await import("./ko.js")).ko : en);
  loaded[lang] = m;
  return m;
}

/** The catalogue of a language, which loadMessages has loaded (a bug otherwise). */
export function messagesFor(lang: Lang): Messages {
  const m = loaded[lang];
  if (m === undefined) throw new Error(`the message catalogue "${lang}" is used before it was loaded (loadMessages)`);
  return m;
}

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
