/**
 * The width tables and text fit. On a terminal, its width; piped or redirected, the COLUMNS
 * variable when it holds a sane width (`COLUMNS=160 sovereign-ai score | less -S`); else 80.
 * COLUMNS never overrides a terminal's real width: a shell that exports it keeps the value it had
 * when exported, not the window's size now.
 */
export const DEFAULT_COLUMNS = 80;
/** Below this, no table is readable; COLUMNS narrower than it is taken as this. */
const MIN_COLUMNS = 20;
/** Above this, COLUMNS is taken as a mistake and ignored. */
const MAX_COLUMNS = 10_000;

export function outputColumns(o: {
  isTTY: boolean;
  ttyColumns?: number | undefined;
  env: Readonly<Record<string, string | undefined>>;
}): number {
  if (o.isTTY && o.ttyColumns && o.ttyColumns > 0) return Math.max(MIN_COLUMNS, o.ttyColumns);
  const v = o.env.COLUMNS?.trim();
  if (v && /^\d+$/.test(v)) {
    const n = Number(v);
    if (n > 0 && n <= MAX_COLUMNS) return Math.max(MIN_COLUMNS, n);
  }
  return DEFAULT_COLUMNS;
}
