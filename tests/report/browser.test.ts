/**
 * The report in a real browser: headless Chromium (the system's, Debian package `chromium`, driven by
 * playwright-core; no browser download) with every request but the file itself blocked. Screenshots
 * at 1280 and 390 px go to reports/screenshots/ as test artefacts. Without Chromium the test is
 * skipped with one line saying so (.ci/run installs it).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { cli, ROOT, tempDir } from "../helpers/run.js";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const chromium = process.env.CHROMIUM_PATH ?? CANDIDATES.find((p) => existsSync(p));
if (!chromium) console.warn("report browser test skipped: no Chromium found (install the Debian package `chromium`, or set CHROMIUM_PATH)");

describe.runIf(chromium !== undefined)("the report in headless Chromium", () => {
  let browser: Browser;
  let file: string;
  let score: { results: { id: string }[] };

  beforeAll(async () => {
    const { chromium: launcher } = await import("playwright-core");
    browser = await launcher.launch({ executablePath: chromium!, args: ["--no-sandbox"] });
    const dir = tempDir();
    file = join(dir, "report.html");
    const r = await cli(["report", "--runs", "2000", "-o", file]);
    expect(r.code).toBe(0);
    score = JSON.parse((await cli(["score", "-f", "json"])).stdout);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(width: number) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    const url = pathToFileURL(file).href;
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route("**/*", (route) => {
      if (route.request().url() === url) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    await page.goto(url, { waitUntil: "load" });
    return { page, errors, requests };
  }

  it("opens offline without console errors or requests, with every section and every chart drawn", async () => {
    const { page, errors, requests } = await open(1280);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    for (const id of ["data", "ranking", "pick", "robustness", "simulation", "teams", "sources"]) {
      expect(await page.locator(`section#${id} h2`).count(), id).toBe(1);
    }
    const charts = await page.$$eval("figure.chart", (figs) =>
      figs.map((f) => {
        const r = f.querySelector("svg")!.getBoundingClientRect();
        return {
          id: f.id,
          width: r.width,
          height: r.height,
          bars: Number(f.getAttribute("data-bars")),
          blue: f.querySelectorAll('path[fill="#1f6feb"]').length,
          grey: f.querySelectorAll('path[fill="#9aa4b2"]').length,
        };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual(["chart-ranking", "chart-tornado", "chart-probability"]);
    for (const c of charts) {
      expect(c.width, c.id).toBeGreaterThan(100);
      expect(c.height, c.id).toBeGreaterThan(100);
    }
    const n = score.results.length;
    expect(charts[0]!.blue + charts[0]!.grey).toBe(n);
    expect(charts[1]!.blue).toBe(3);
    expect(charts[2]!.blue).toBe(n);
    const shots = join(ROOT, "reports", "screenshots");
    mkdirSync(shots, { recursive: true });
    writeFileSync(join(shots, "report-1280.png"), await page.screenshot({ fullPage: true }));
    await page.close();
  }, 60_000);

  it("has no horizontal scroll at a phone's 390 px", async () => {
    const { page, errors } = await open(390);
    expect(errors).toEqual([]);
    const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(scroll).toBeLessThanOrEqual(inner);
    writeFileSync(join(ROOT, "reports", "screenshots", "report-390.png"), await page.screenshot({ fullPage: true }));
    await page.close();
  }, 60_000);
});
