/**
 * Temporary folders for tests, removed when the test file ends (tests/helpers/setup.ts). Imports
 * nothing of src/: setup.ts runs before every test file, and whatever it imports runs outside any
 * test, which StrykerJS counts as "static" (docs/mutation.md).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Directories made by tempDir in this test file; setup.ts removes them after it. */
const madeDirs: string[] = [];

/** A fresh temporary directory, removed when the test file ends. */
export function tempDir(prefix = "sovereign-ai-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

/** Remove every directory tempDir made so far. */
export function removeTempDirs(): void {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
