/** `sovereign-ai sources` and the sources at the end of `explain`. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli, fixture, ROOT } from "../helpers/run.js";

/** Citation fields (or list items) in the bundled consortia that name `id`, counted from the raw YAML. */
function citing(id: string): number {
  let n = 0;
  const visit = (v: unknown, key?: string) => {
    if (key === "source")
      for (const t of Array.isArray(v) ? v : [v])
        n += String(t)
          .split(";")
          .some((p) => p.trim().split(/\s+/)[0] === id)
          ? 1
          : 0;
    else if (Array.isArray(v)) v.forEach((x) => visit(x));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, k);
  };
  for (const f of readdirSync(join(ROOT, "consortia")).filter((f) => f.endsWith(".yaml")))
    visit(parse(readFileSync(join(ROOT, "consortia", f), "utf8")));
  return n;
}

describe("sovereign-ai sources", () => {
  it("lists every bundled record in id order with the contracted JSON keys and its citation count", async () => {
    const r = await cli(["sources", "-f", "json"]);
    expect(r.code).toBe(0);
    const { sources } = JSON.parse(r.stdout) as { sources: Record<string, unknown>[] };
    const files = readdirSync(join(ROOT, "sources"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => f.replace(/\.yaml$/, ""))
      .sort();
    expect(sources.map((s) => s.id)).toEqual(files);
    for (const s of sources) expect(Object.keys(s)).toEqual(["id", "title", "publisher", "published", "url", "language", "cited_by"]);
    const seed = sources.find((s) => s.id === "unicorn-2025-07-21")!;
    expect(seed.cited_by).toBe(citing("unicorn-2025-07-21"));
    expect(seed.cited_by).toBeGreaterThan(11);
  });

  it("writes CSV and Markdown with one row per record", async () => {
    const csv = await cli(["sources", "-f", "csv"]);
    const lines = csv.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe("id,publisher,published,language,cited_by,title,url");
    const n = readdirSync(join(ROOT, "sources")).filter((f) => f.endsWith(".yaml")).length;
    expect(lines.length).toBe(n + 1);
    const md = await cli(["sources", "-f", "markdown"]);
    expect(md.stdout).toContain("| `unicorn-2025-07-21` | Unicorn Factory");
  });

  it("says so when no sources/ folder is in use", async () => {
    const dir = fixture({
      "criteria/default.yaml":
        "name: T\ncriteria:\n  - { id: a, label: A, weight: 1, scale: { min: 0, max: 1 } }\nselection: { teams: 1 }\n",
      "consortia/x.yaml": "id: x\nname: X\nlead: { name: X, kind: startup }\nscores: { a: { value: 1 } }\n",
    });
    const r = await cli(["sources"], { cwd: dir, packageRoot: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No source records: no sources\/ folder/);
    expect(JSON.parse((await cli(["sources", "-f", "json"], { cwd: dir, packageRoot: dir })).stdout)).toEqual({ sources: [] });
  });
});

describe("explain ends with its sources", () => {
  it("in JSON: the records cited anywhere on the card, first-cited first, and as_of", async () => {
    const card = JSON.parse((await cli(["explain", "skt", "-f", "json"])).stdout) as {
      as_of: string;
      sources: { id: string; url: string }[];
    };
    expect(card.as_of).toBe("2025-08-04");
    expect(card.sources[0]!.id).toBe("unicorn-2025-07-21");
    expect(new Set(card.sources.map((s) => s.id)).size).toBe(card.sources.length);
    for (const s of card.sources) expect(s.url).toMatch(/^https?:\/\//);
  });

  it("in the table and Markdown: publisher, title, date and address", async () => {
    const t = (await cli(["explain", "kt"])).stdout.replace(/\s+/g, " ");
    expect(t).toMatch(
      /Sources \(as of 2025-08-04\) unicorn-2025-07-21 — Unicorn Factory \(유니콘팩토리, Money Today\), "[^"]+", 2025-07-21, https:\/\/www\.unicornfactory\.co\.kr\/article\/2025072109150080522/,
    );
    const md = (await cli(["explain", "kt", "-f", "markdown"])).stdout;
    expect(md).toContain("**Sources (as of 2025-08-04)**");
    expect(md).toContain("<https://www.unicornfactory.co.kr/article/2025072109150080522>");
  });
});
