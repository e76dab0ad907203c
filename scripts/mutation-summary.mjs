#!/usr/bin/env node
/**
 * `npm run mutate:summary [report.json]`: the figures of a StrykerJS JSON report
 * (reports/mutation/mutation.json by default) as Markdown, for docs/mutation.md — one row per file
 * and the total (Stryker's score: killed and timed out over every mutant not ignored), the score
 * with the ignored mutants counted as not detected, then every mutant not detected (file, line,
 * column, mutator, replacement) and the ignored ones grouped by their reason.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

const STATUSES = ["Killed", "Timeout", "Survived", "NoCoverage", "Ignored", "RuntimeError", "CompileError"];

/** Per-file counts by status, and the mutants not detected and ignored, from a parsed report. */
export function summarise(report) {
  const files = [];
  const missed = [];
  const ignored = new Map();
  for (const [name, file] of Object.entries(report.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const count = Object.fromEntries(STATUSES.map((s) => [s, 0]));
    for (const m of file.mutants) {
      count[m.status] = (count[m.status] ?? 0) + 1;
      const at = `${name}:${m.location.start.line}:${m.location.start.column}`;
      if (m.status === "Survived" || m.status === "NoCoverage")
        missed.push({ at, status: m.status, mutator: m.mutatorName, replacement: m.replacement ?? "" });
      if (m.status === "Ignored") {
        const reason = m.statusReason ?? "";
        ignored.set(reason, [...(ignored.get(reason) ?? []), `${at} ${m.mutatorName}`]);
      }
    }
    files.push({ name, count });
  }
  return { files, missed, ignored };
}

/** Stryker's mutation score (percent, 2 decimals): detected over valid (not ignored, compiled, ran). */
export function score(count, { ignoredAsMissed = false } = {}) {
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage + (ignoredAsMissed ? count.Ignored : 0);
  return valid === 0 ? null : Math.round((detected / valid) * 10000) / 100;
}

const cell = (x) => (x === null ? "—" : x.toFixed(2));

/** The summary as Markdown. */
export function markdown({ files, missed, ignored }) {
  const total = Object.fromEntries(STATUSES.map((s) => [s, files.reduce((a, f) => a + f.count[s], 0)]));
  const row = (name, c) =>
    `| ${name} | ${c.Killed} | ${c.Timeout} | ${c.Survived} | ${c.NoCoverage} | ${c.Ignored} | ${cell(score(c))} | ${cell(score(c, { ignoredAsMissed: true }))} |`;
  const out = [
    "| file | killed | timeout | survived | no coverage | ignored | score | ignored counted as missed |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...files.map((f) => row(`\`${f.name}\``, f.count)),
    row("**all**", total),
    "",
    `Not detected (${missed.length}):`,
    "",
    ...missed.map(
      (m) =>
        `- \`${m.at}\` ${m.mutator} → \`${m.replacement.replace(/\s+/g, " ").slice(0, 80)}\`${m.status === "NoCoverage" ? " (no coverage)" : ""}`,
    ),
    "",
    `Ignored by a comment (${total.Ignored}), by reason:`,
    "",
    ...[...ignored].map(([reason, at]) => `- ${reason || "(no reason)"} — ${at.length}: ${at.join(", ")}`),
  ];
  return `${out.join("\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] ?? "reports/mutation/mutation.json";
  const report = JSON.parse(readFileSync(path, "utf8"));
  // Paths relative to the project, as the report of a sandbox run gives them absolute.
  const root = process.cwd();
  report.files = Object.fromEntries(Object.entries(report.files).map(([k, v]) => [k.startsWith("/") ? relative(root, k) : k, v]));
  process.stdout.write(markdown(summarise(report)));
}
