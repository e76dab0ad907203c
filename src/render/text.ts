/** Small helpers for terminal text: bars, percentages, number formatting. */
/** A bar of `width` cells for `fraction` (0..1), in eighths. */
export function bar(fraction: number, width: number): string {
  const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  const eighths = Math.round(f * width * 8);
  const full = Math.floor(eighths / 8);
  const rest = eighths % 8;
  return "█".repeat(full) + (rest ? "▏▎▍▌▋▊▉"[rest - 1]! : "");
}

export function pct(f: number, d = 1): string {
  return `${(f * 100).toFixed(d)} %`;
}

export function num(n: number, d = 2): string {
  const s = n.toFixed(d);
  return s === `-${(0).toFixed(d)}` ? (0).toFixed(d) : s;
}
