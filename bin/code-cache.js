// Loads the bundle (dist/*.cjs) with V8's code cache, made at build time by
// scripts/code-cache.mjs. Node 20 has no compile cache of its own (module.enableCompileCache
// came in Node 22), and compiling our ~450 KB of bundle is a fifth of a `resolve --answers` run:
// with the cache, V8 reads the functions it compiled in the build's runs instead.
//
// A cache is only a hint; everything still works without it:
// - no cache file (or something else than a file, such as a FIFO, which would block a read),
//   or one V8 rejects (another Node or V8 version, other flags, another source
//   length): the file is compiled from its source, as Node would;
// - a source newer than its cache (a bundle edited or rebuilt after the cache was made): the
//   cache is not used. V8 checks only the source's length, so a stale cache of a file of the
//   same length would otherwise run the old code.
// Nothing here writes: the build makes the caches (scripts/code-cache.mjs reads `compiled`).
const Module = require('node:module');
const { readFileSync, statSync } = require('node:fs');
const { basename, dirname, join, sep } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const cacheFolder = join(dist, 'code-cache');

/** The files compiled here and their scripts, for the build to make caches of. */
const compiled = [];

/** Where the cache of a bundle file is: dist/code-cache/<its name>.v8 (names are unique). */
const cacheOf = (filename) => join(cacheFolder, `${basename(filename)}.v8`);

/** The cache of `filename` if there is one (a plain file) made after the file was, else undefined. */
function cacheFor(filename) {
  try {
    const cache = cacheOf(filename);
    const made = statSync(cache);
    if (!made.isFile() || made.mtimeMs < statSync(filename).mtimeMs) return undefined;
    return readFileSync(cache);
  } catch {
    return undefined;
  }
}

/** Compiles and runs one bundle file as Node's CommonJS loader would, with its cache. */
function load(module, filename) {
  const script = new Script(Module.wrap(readFileSync(filename, 'utf8')), {
    filename,
    cachedData: cacheFor(filename),
  });
  compiled.push({ filename, script });
  const requireHere = (id) => module.require(id);
  requireHere.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  requireHere.cache = Module._cache;
  requireHere.main = require.main;
  script.runInThisContext().call(module.exports, module.exports, requireHere, module, filename, dirname(filename));
}

/** From now on, the bundle's files load through `load`; any other .cjs file as before. */
function useCodeCache() {
  const node = Module._extensions['.cjs'] ?? Module._extensions['.js'];
  const inDist = `${dist}${sep}`;
  Module._extensions['.cjs'] = (module, filename) =>
    filename.startsWith(inDist) ? load(module, filename) : node(module, filename);
}

module.exports = { useCodeCache, compiled, cacheOf };
