/**
 * Run before every test file (vitest setupFiles): every fast-check property is seeded (an assert
 * may still pass its own seed; FC_SEED=n overrides the default to explore), and the temporary
 * folders tempDir made are removed when the file's tests end. Programs a test starts with this
 * environment keep their cache of validated files in a temporary folder of the test file
 * (XDG_CACHE_HOME), never in the user's; the in-process runner (run.ts) has no cache unless a test
 * gives it one.
 */
import fc from "fast-check";
import { afterAll } from "vitest";
import { removeTempDirs, tempDir } from "./temp.js";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 2026) });

process.env.XDG_CACHE_HOME = tempDir("sovereign-ai-cache-");
delete process.env.SOVEREIGN_AI_NO_CACHE;

afterAll(removeTempDirs);
