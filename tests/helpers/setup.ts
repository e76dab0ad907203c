/**
 * Run before every test file (vitest setupFiles): every fast-check property is seeded (an assert
 * may still pass its own seed; FC_SEED=n overrides the default to explore), and the temporary
 * folders tempDir made are removed when the file's tests end.
 */
import fc from "fast-check";
import { afterAll } from "vitest";
import { removeTempDirs } from "./run.js";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 2026) });

afterAll(removeTempDirs);
