/** cli-table3's own text helpers (the package has no types for them): what src/render/table.ts draws rows with. */
declare module "cli-table3/src/utils.js" {
  const utils: {
    /** Each line with the colour codes open at its start re-opened and those open at its end closed. */
    colorizeLines(lines: string[]): string[];
    /** `text` padded with `pad` to `len` columns, aligned; unchanged when it is wider. */
    pad(text: string, len: number, pad: string, align: "left" | "right" | "center"): string;
    /** `text` cut to `len` columns, ending with `truncateChar`, when it is wider. */
    truncate(text: string, len: number, truncateChar?: string): string;
  };
  export default utils;
}
