/**
 * The bad-input corpus: tests/fixtures/bad/<case>/ holds the input files and an expect.json with
 * the command line, the exit code and fragments of the message. A case is run on a temporary copy,
 * after its `setup` (things git cannot store: an empty directory, a file over the size limit, a
 * file without read permission).
 */
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, tempDir } from "../helpers/run.js";

export const CORPUS = join(ROOT, "tests/fixtures/bad");

export interface Setup {
  /** Directories to create (empty). */
  mkdir?: string[];
  /** Grow `file` to exactly `bytes` bytes by repeating `with` after its content. */
  pad?: { file: string; bytes: number; with: string };
  /** File → octal mode, e.g. "000". */
  chmod?: Record<string, string>;
}

export interface Expectation {
  args: string[];
  exit: number;
  /** Every fragment must appear in standard error. */
  stderr: string[];
  /** For exit 0: fragments of standard output. */
  stdout?: string[];
  /** How many `error:` lines, when given. */
  problems?: number;
  /** A generous upper bound on the run time, for denial-of-service cases. */
  /** Informational only: no test asserts a wall-clock time (a hang fails on the test timeout). */
  maxMs?: number;
  why: string;
  setup?: Setup;
}

export interface Case {
  name: string;
  source: string;
  expect: Expectation;
}

function checkExpectation(name: string, e: Expectation): Expectation {
  const fail = (what: string) => {
    throw new Error(`tests/fixtures/bad/${name}/expect.json: ${what}`);
  };
  if (!Array.isArray(e.args) || !e.args.every((a) => typeof a === "string")) fail("args must be a list of strings");
  if (![0, 1, 2, 70].includes(e.exit)) fail("exit must be 0, 1, 2 or 70");
  if (!Array.isArray(e.stderr)) fail("stderr must be a list of fragments");
  if (e.exit !== 0 && e.stderr.length === 0) fail("a failing case must name at least one fragment of its message");
  if (typeof e.why !== "string" || e.why.length < 5) fail("why must say what the case is about");
  return e;
}

export function corpusCases(): Case[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      source: join(CORPUS, name),
      expect: checkExpectation(name, JSON.parse(readFileSync(join(CORPUS, name, "expect.json"), "utf8")) as Expectation),
    }));
}

/** A temporary copy of the case with its setup applied; the working directory for the run. */
export function prepareCase(c: Case): string {
  const dir = tempDir("sovereign-ai-bad-");
  cpSync(c.source, dir, { recursive: true });
  const s = c.expect.setup ?? {};
  for (const d of s.mkdir ?? []) mkdirSync(join(dir, d), { recursive: true });
  if (s.pad) {
    const head = readFileSync(join(dir, s.pad.file));
    const fill = Buffer.from(s.pad.with.repeat(Math.ceil((s.pad.bytes - head.length) / s.pad.with.length) + 1)).subarray(
      0,
      s.pad.bytes - head.length,
    );
    writeFileSync(join(dir, s.pad.file), Buffer.concat([head, fill]));
  }
  for (const [file, mode] of Object.entries(s.chmod ?? {})) chmodSync(join(dir, file), parseInt(mode, 8));
  return dir;
}

/** `error:` lines in a message (one per problem). */
export function problemCount(stderr: string): number {
  return stderr.split("\n").filter((l) => l.startsWith("error:")).length;
}

/** A Node.js stack frame ("    at fn (file:1:2)"): never shown to a user without SOVEREIGN_AI_DEBUG=1. */
export const STACK_FRAME = /^\s+at .+(\(|:\d+:\d+)/m;
