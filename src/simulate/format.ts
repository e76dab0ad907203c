/** Whole numbers with a comma every three digits (10,000), without loading locale data. */
export function thousands(n: number): string {
  const s = String(Math.trunc(n));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
