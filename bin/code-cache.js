// Loads the program (dist/cli.js, one bundle, a function expression) through V8's code cache, so that a run does
// not compile again what earlier runs compiled. Node 20 has no compile cache of its own
// (module.enableCompileCache came in 22.1), and none for ES modules; vm.Script takes cachedData.
//
// The cache lives in the user's cache folder (the one the cache of validated files uses:
// $XDG_CACHE_HOME/sovereign-ai, else ~/.cache/sovereign-ai), beside the builds' folders, one file
// (code-….bin) per bundle and Node:
// named by the bundle's size, modification time and inode, Node's version and the architecture, so a
// rebuilt or edited bundle never meets an old cache; V8 itself also refuses a cache made by another
// V8, with other flags or for a source of another length. Any error of the folder means no cache,
// silently. SOVEREIGN_AI_NO_CACHE=1 turns it off, as it does the cache of validated files, and so
// does --no-cache anywhere on the command line (looked for as a word before commander parses it: at
// worst a value spelt "--no-cache" runs without the code cache too).
//
// A code cache holds what was compiled when it was made: the top level and every function that had
// run. V8 compiles the others when they are first called, at every run, and a cache made by `score`
// on the bundled data (no YAML parser, no zod) would leave the edit loop compiling those each time.
// So the cache records which of the program's modules it covers (the bundle lists the modules a run
// initialised: `parts`, filled by scripts/build.mjs), and a run that initialised one the cache does
// not cover writes it again when it ends: V8's data then holds what the cache held and what this
// run compiled, and the record the union. A run that found no usable cache writes one too. The
// file: a 4-byte length (little-endian), that many bytes of JSON (the sorted module names), then
// V8's data; written to a temporary file renamed into place, so concurrent runs never read half a
// file (the last writer wins; a module it lacks is added again by the next run that uses it).
"use strict";
const fs = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, isAbsolute, join } = require("node:path");
const vm = require("node:vm");

const DAY_MS = 24 * 60 * 60 * 1000;

/** The code cache folder, or undefined when there is none (the same rule as src/load/cache.ts cacheFolder). */
function codeFolder(env, argv = []) {
  if (argv.includes("--no-cache")) return undefined;
  const off = env.SOVEREIGN_AI_NO_CACHE;
  if (off !== undefined && off !== "" && off !== "0") return undefined;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, "sovereign-ai");
  if (env.HOME && isAbsolute(env.HOME)) return join(env.HOME, ".cache", "sovereign-ai");
  if (env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA)) return join(env.LOCALAPPDATA, "sovereign-ai");
  return undefined;
}

/** Write the cache atomically, and remove other caches not written for a day (other builds, other Nodes). */
function writeCache(folder, name, data) {
  try {
    fs.mkdirSync(folder, { recursive: true });
    const tmp = join(folder, `.${name}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, join(folder, name));
    const now = Date.now();
    for (const f of fs.readdirSync(folder)) {
      if (f === name || !/^(code-.*\.bin|\.code-.*\.tmp)$/.test(f)) continue;
      const p = join(folder, f);
      if (now - fs.statSync(p).mtimeMs > DAY_MS) fs.rmSync(p, { force: true });
    }
  } catch {
    // no cache this time
  }
}

/** The header and V8's data of a code cache file, or undefined when it is not one. */
function parseCache(buf) {
  try {
    if (buf.length < 4) return undefined;
    const n = buf.readUInt32LE(0);
    if (n > buf.length - 4) return undefined;
    const parts = JSON.parse(buf.toString("utf8", 4, 4 + n));
    if (!Array.isArray(parts) || !parts.every((p) => typeof p === "string")) return undefined;
    return { parts, data: buf.subarray(4 + n) };
  } catch {
    return undefined;
  }
}

/** A code cache file: the sorted module names it covers, then V8's data. */
function cacheFile(parts, data) {
  const head = Buffer.from(JSON.stringify([...parts].sort()));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  return Buffer.concat([len, head, data]);
}

/**
 * Compile and run the bundle at `file` (its exports: main, and parts, the modules the run
 * initialised), with a code cache when there is one; `codeCache` says how it went: off, none
 * (written when the run ends), used, rejected (rewritten). A used cache is rewritten when the run
 * ends if the run initialised a module it does not cover. The bundle is built as one function
 * expression taking the arguments Node gives a CommonJS module (scripts/build.mjs), so its text is
 * compiled as it was read, without a copy.
 */
function loadBundle(file, env, argv = []) {
  const source = fs.readFileSync(file, "utf8");
  const folder = codeFolder(env, argv);
  let name;
  let cached;
  let found = false;
  if (folder !== undefined) {
    const st = fs.statSync(file);
    name = `code-${st.size}-${Math.trunc(st.mtimeMs)}-${st.ino}-${process.version}-${process.arch}.bin`;
    try {
      const buf = fs.readFileSync(join(folder, name));
      found = true;
      cached = parseCache(buf);
    } catch {
      // none yet
    }
  }
  const script = new vm.Script(source, { filename: file, cachedData: cached?.data });
  const usable = cached !== undefined && !script.cachedDataRejected;
  const module = { exports: {} };
  if (folder !== undefined) {
    // Made when the run ends, so that it holds what this run compiled, not only the top level.
    process.once("exit", () => {
      const parts = module.exports.parts instanceof Set ? module.exports.parts : new Set();
      const covered = new Set(usable ? cached.parts : []);
      if (usable && [...parts].every((p) => covered.has(p))) return;
      for (const p of parts) covered.add(p);
      writeCache(folder, name, cacheFile(covered, script.createCachedData()));
    });
  }
  const program = script.runInThisContext();
  if (typeof program !== "function")
    throw new Error("not the program's bundle (a function expression); it was not built by scripts/build.mjs");
  program(module.exports, createRequire(file), module, file, dirname(file));
  const codeCache = folder === undefined ? "off" : !found ? "none" : usable ? "used" : "rejected";
  return { main: module.exports.main, codeCache };
}

module.exports = { loadBundle, codeFolder, parseCache };
