/**
 * Run after setup.ts before every test file of `npm run mutate` (vitest.mutation.config.ts): a
 * mutant's run needs only whether a test fails, so a failing property stops at its first
 * counterexample instead of shrinking it (shrinking is for a person reading the failure). The seed
 * setup.ts chose stays. Imports nothing of src/ (see setup.ts).
 */
import fc from "fast-check";

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
