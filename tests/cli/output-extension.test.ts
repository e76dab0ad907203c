/** `-o` with an extension no format writes is refused (issue #12, point 5). */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "../helpers/run.js";

describe("-o with an extension no format writes", () => {
  it("is a usage error listing the known ones, unless --format says what to write", async () => {
    const dir = tempDir();
    for (const name of ["out.xlsx", "out.tsv", "out.html"]) {
      const r = await cli(["score", "-o", join(dir, name)]);
      expect(r.code, name).toBe(2);
      expect(r.stderr).toContain(`no format writes ${name.slice(3)} files; use one of .csv, .json, .md, .markdown, .txt, or give --format`);
      expect(existsSync(join(dir, name))).toBe(false);
    }
    expect((await cli(["score", "-o", join(dir, "out.tsv"), "-f", "csv"])).code).toBe(0);
    expect((await cli(["score", "-o", join(dir, "out.xlsx"), "--excel"])).code).toBe(0);
    expect((await cli(["score", "-o", join(dir, "ranking")])).code).toBe(0);
  });
});
