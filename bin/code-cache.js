// Loads the program (dist/cli.js, one CommonJS bundle) through V8's code cache, so that a run does
// not compile again what earlier runs compiled. Node 20 has no compile cache of its own
// (module.enableCompileCache came in 22.1), and none for ES modules; vm.Script takes cachedData.
//
// The cache lives in the user's cache folder (the one the cache of validated files uses:
// $XDG_CACHE_HOME/sovereign-ai, else ~/.cache/sovereign-ai), beside the builds' folders, one file
// (code-….bin) per bundle and Node:
// named by the bundle's size, modification time and inode, Node's version and the architecture, so a
// rebuilt or edited bundle never meets an old cache; V8 itself also refuses a cache made by another
// V8, with other flags or for a source of another length. A run that finds no usable cache compiles
// as usual and, when it ends, writes one (to a temporary file renamed into place, so concurrent runs
// never read half a file). Any error of the folder means no cache, silently. SOVEREIGN_AI_NO_CACHE=1
// turns it off, as it does the cache of validated files, and so does --no-cache anywhere on the
// command line (looked for as a word before commander parses it: at worst a value spelt
// "--no-cache" runs without the code cache too).
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

/**
 * Compile and run the bundle at `file` (its exports: main), with a code cache when there is one;
 * `codeCache` says how it went: off, none (written when the run ends), used, rejected (rewritten).
 * The source is wrapped as Node wraps a CommonJS module, on a line of its own (lineOffset keeps stack
 * traces' line numbers those of the file).
 */
function loadBundle(file, env, argv = []) {
  const source = fs.readFileSync(file, "utf8");
  const folder = codeFolder(env, argv);
  let name;
  let cachedData;
  if (folder !== undefined) {
    const st = fs.statSync(file);
    name = `code-${st.size}-${Math.trunc(st.mtimeMs)}-${st.ino}-${process.version}-${process.arch}.bin`;
    try {
      cachedData = fs.readFileSync(join(folder, name));
    } catch {
      // none yet
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
    filename: file,
    lineOffset: -1,
    cachedData,
  });
  if (folder !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    // Made when the run ends, so that it holds what this run compiled, not only the top level.
    process.once("exit", () => writeCache(folder, name, script.createCachedData()));
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const codeCache = folder === undefined ? "off" : cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "used";
  return { main: module.exports.main, codeCache };
}

module.exports = { loadBundle, codeFolder };
