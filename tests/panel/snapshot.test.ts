/** The start-up shortcut (bundled-data snapshot) never answers a run that has reviews. */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, copyOfData, ROOT } from "../helpers/run.js";

const teams = readdirSync(join(ROOT, "consortia"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/, ""))
  .sort();
// Every team scored 0 on from_scratch by one reviewer: the bundled ranking would not survive it.
const sheet = `reviewer,team,from_scratch\n${teams.map((t) => `r1,${t},0`).join("\n")}\n`;

describe("snapshot and reviews", () => {
  it("--reviews on the bundled data, and a reviews/ folder beside a copy of it, go the full way in the built program", async () => {
    const bin = join(ROOT, "bin", "sovereign-ai.js");
    const run = (args: string[], cwd: string) =>
      execFileSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
    const dir = copyOfData();
    writeFileSync(join(dir, "panel.csv"), sheet);
    const plain = JSON.parse(run(["score", "-f", "json"], ROOT));
    const withSheet = JSON.parse(run(["score", "-f", "json", "--reviews", join(dir, "panel.csv")], ROOT));
    expect(withSheet).not.toEqual(plain);
    expect(withSheet).toEqual(JSON.parse((await cli(["score", "-f", "json", "--reviews", join(dir, "panel.csv")])).stdout));
    expect(withSheet.results.map((t: { scores: { from_scratch: number } }) => t.scores.from_scratch)).toEqual(teams.map(() => 0));
    // reviews/ beside the consortia of an unchanged copy (whose texts the snapshot holds)
    mkdirSync(join(dir, "reviews"));
    writeFileSync(join(dir, "reviews", "r1.yaml"), `id: r1\nscores:\n${teams.map((t) => `  ${t}: { from_scratch: 0 }`).join("\n")}\n`);
    const beside = JSON.parse(run(["explain", "skt", "-f", "json"], dir));
    expect(beside.criteria[0].score).toBe(0);
    expect(beside).toEqual(JSON.parse((await cli(["explain", "skt", "-f", "json"], { cwd: dir })).stdout));
  });
});
