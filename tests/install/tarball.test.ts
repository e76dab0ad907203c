/**
 * A fresh install (issue #12, point 1): the packed tarball ships dist/, carries no install script
 * (so npm 11 prints no "not yet covered by allowScripts" warning), installs offline into a
 * temporary prefix, and `sovereign-ai score` runs from `/`, outside the repository.
 *
 * The package is packed from a copy of its files, with the manifest step `prepack` takes after the
 * build (scripts/pack-manifest.mjs strip); the build itself is not rerun here, so dist/ is never
 * swapped under the other tests that run it. Skipped, with the reason, where npm cannot install
 * from its cache without the network.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT, tempDir } from "../helpers/run.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  files: string[];
  scripts: Record<string, string>;
  bin: Record<string, string>;
};
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const env = {
  ...process.env,
  NO_COLOR: "1",
  FORCE_COLOR: "",
  COLUMNS: "",
  npm_config_update_notifier: "false",
  npm_config_fund: "false",
  npm_config_audit: "false",
};

describe("pack-manifest", () => {
  it("prepack builds, then drops prepare from the manifest; postpack puts package.json back byte for byte", () => {
    expect(pkg.scripts.prepack).toBe("node scripts/build.mjs && node scripts/pack-manifest.mjs strip");
    expect(pkg.scripts.postpack).toBe("node scripts/pack-manifest.mjs restore");
    const dir = tempDir();
    mkdirSync(join(dir, "scripts"));
    cpSync(join(ROOT, "scripts/pack-manifest.mjs"), join(dir, "scripts/pack-manifest.mjs"));
    const original = '{\n  "name": "x",\n  "scripts": { "prepare": "build", "test": "t" }\n}\n';
    writeFileSync(join(dir, "package.json"), original);
    const run = (verb: string) => execFileSync(process.execPath, [join(dir, "scripts/pack-manifest.mjs"), verb]);
    run("strip");
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))).toEqual({ name: "x", scripts: { test: "t" } });
    // A pack that failed before postpack: the next strip starts from the original, not the stripped copy.
    run("strip");
    run("restore");
    expect(readFileSync(join(dir, "package.json"), "utf8")).toBe(original);
    run("restore");
    expect(readFileSync(join(dir, "package.json"), "utf8")).toBe(original);
  });
});

describe("a tarball installed into an empty prefix", () => {
  it.skipIf(process.platform === "win32")(
    "needs no build, warns of no script, and scores from /",
    async (ctx) => {
      expect(existsSync(join(ROOT, "dist", "cli.js")), "dist/ is built by npm ci and by npm test").toBe(true);
      const work = tempDir();
      const copy = join(work, "package");
      mkdirSync(copy);
      for (const f of [...pkg.files, "package.json", "scripts/pack-manifest.mjs"]) {
        if (existsSync(join(ROOT, f)))
          cpSync(join(ROOT, f), join(copy, f), { recursive: true, filter: (src) => !src.includes(`${join("dist", "example")}`) });
      }
      execFileSync(process.execPath, [join(copy, "scripts/pack-manifest.mjs"), "strip"]);
      const packed = execFileSync(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], {
        cwd: copy,
        env,
        encoding: "utf8",
      });
      const [info] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[];
      const files = info!.files.map((f) => f.path);
      expect(files).toContain("dist/cli.js");
      expect(files).toContain("consortia/skt.yaml");
      expect(files.some((f) => f.startsWith("src/") || f.startsWith("tests/"))).toBe(false);

      const prefix = join(work, "prefix");
      const install = spawnSync(npm, ["install", "-g", "--prefix", prefix, "--offline", join(work, info!.filename)], {
        cwd: work,
        env,
        encoding: "utf8",
      });
      if (install.status !== 0) {
        const why = `${install.stderr}`.split("\n").find((l) => /ENOTCACHED|offline|network|cache/i.test(l)) ?? `exit ${install.status}`;
        console.log(`skipped: npm could not install the tarball offline (its cache lacks a dependency): ${why.trim()}`);
        ctx.skip();
      }
      expect(`${install.stdout}${install.stderr}`).not.toMatch(/install-scripts|allowScripts|prepare/);

      const bin = join(prefix, "bin", Object.keys(pkg.bin)[0]!);
      const run = spawnSync(bin, ["score", "-f", "csv"], { cwd: "/", env, encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      // The same ranking as the repository's own run: the bundled data travels with the command.
      const here = await cli(["score", "-f", "csv"]);
      const ids = (csv: string) =>
        csv
          .trimEnd()
          .split("\n")
          .slice(1)
          .map((l) => l.split(",")[1]);
      expect(ids(run.stdout)).toEqual(ids(here.stdout));
      expect(ids(run.stdout).length).toBeGreaterThan(0);
      expect(run.stdout).toBe(here.stdout);
    },
    120_000,
  );
});
