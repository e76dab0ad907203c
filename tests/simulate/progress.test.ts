import { describe, expect, it } from "vitest";
import { thousands } from "../../src/simulate/format.js";
import { progress } from "../../src/simulate/progress.js";

function setup(isTTY: boolean) {
  let now = 0;
  let err = "";
  const p = progress({ stream: { write: (s: string) => (err += s) }, isTTY, total: 100_000, now: () => now });
  return { p, tick: (ms: number) => (now += ms), err: () => err };
}

describe("progress line", () => {
  it("says nothing during the first second, then shows the share done, and erases itself at the end", () => {
    const s = setup(true);
    s.tick(500);
    s.p.update(10_000);
    expect(s.err()).toBe("");
    s.tick(600);
    s.p.update(45_000);
    expect(s.err()).toBe("\rsimulating: 45 % (45,000 of 100,000 runs)");
    s.tick(10); // redrawn at most every 100 ms
    s.p.update(46_000);
    expect(s.err()).not.toContain("46,000");
    s.tick(100);
    s.p.update(50_000);
    expect(s.err()).toContain("\rsimulating: 50 % (50,000 of 100,000 runs)");
    s.p.finish();
    expect(s.err().endsWith("\r\x1b[K")).toBe(true);
  });

  it("a short run leaves no trace, and nothing is written when stderr is not a terminal", () => {
    const short = setup(true);
    short.p.update(100_000);
    short.p.finish();
    expect(short.err()).toBe("");
    const pipe = setup(false);
    pipe.tick(5000);
    pipe.p.update(50_000);
    pipe.p.finish();
    expect(pipe.err()).toBe("");
  });

  it("groups digits by thousands", () => {
    expect([0, 999, 1000, 1234567, 100_000_000].map(thousands)).toEqual(["0", "999", "1,000", "1,234,567", "100,000,000"]);
  });
});
