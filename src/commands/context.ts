/**
 * What every command's action receives, and what it gives back: text for one stream, in a format.
 */
import type { IO } from "../cli/io.js";
import { cacheFolder } from "../load/cache.js";
import type { Place } from "../load/contest.js";
import type { Format } from "./options.js";
import { forSpreadsheet } from "../render/csv.js";
import { makeStyle, type ColorLevel } from "../render/style.js";
import { DEFAULT_COLUMNS } from "../render/columns.js";
import type { TableOptions } from "../render/score.js";
import type { Messages } from "../i18n/index.js";

export interface CommandResult {
  text: string;
  /** Files the command read: --output may not overwrite them. */
  inputs: readonly string[];
  /** Exit code when it is not 0 (validate reports problems with 1). */
  exitCode?: number;
}

export interface RunContext {
  io: IO;
  /** Colour level for what goes to standard output (0 when writing a file). */
  color: ColorLevel;
  format: Format;
  /** The message catalogue of the language asked for (--lang, else the environment's). */
  m: Messages;
  /** CSV for spreadsheet programs (--excel): byte-order mark and CRLF. */
  excel?: boolean;
}

function tableOptions(ctx: RunContext, wide: boolean | undefined): TableOptions {
  return { style: makeStyle(ctx.color), columns: ctx.io.columns ?? DEFAULT_COLUMNS, wide: wide === true };
}

/** Where a command reads from: the working directory, the package root, the cache folder (if any). */
export const place = (ctx: RunContext): Place => {
  const cache = cacheFolder(ctx.io.env);
  return { cwd: ctx.io.cwd, packageRoot: ctx.io.packageRoot, ...(cache !== undefined ? { cache } : {}) };
};

/**
 * A command's renderers: one per format, for its report. Every command exports one such object;
 * adding a format to FORMATS without a renderer for some command is a compile error.
 */
export type Renderers<R> = { readonly [F in Format]: (report: R, o: TableOptions, m: Messages) => string };

/** The report in the format asked for (only that renderer runs); CSV for spreadsheets under --excel. */
export function renderAs<R>(ctx: RunContext, wide: boolean | undefined, renderers: Renderers<R>, report: R): string {
  const render = renderers[ctx.format] as Renderers<R>[Format] | undefined;
  // No table fallback: a format without a renderer is a bug (exit 70), never a silent table.
  if (!render) throw new Error(`no renderer for the format "${String(ctx.format)}"`);
  const text = render(report, tableOptions(ctx, wide), ctx.m);
  return ctx.format === "csv" && ctx.excel ? forSpreadsheet(text) : text;
}
