// Makes V8's code cache of the bundle (dist/code-cache/*.v8), which bin/code-cache.js loads it
// with. A cache holds the functions V8 compiled for a file, so the build runs the commands a
// person runs most, each in a process of its own, and each run starts from the cache the run
// before wrote: the caches add up. The first run loads every bundle file, so that even a command
// not run here (the interactive prompts) finds its files' top level compiled.
//
// The runs write only into a temporary folder. A run that fails leaves its files' caches as they
// were (a cache is a hint, never needed): the build warns and goes on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Each run: the arguments of one command (`every-file` loads every file and runs nothing). */
const runs = (work, answers) => [
  ['every-file'],
  ['--help'],
  ['list'],
  ['show', 'alice-and-bob'],
  ['code', '3'],
  ['validate'],
  ...(existsSync(answers) ? [['resolve', 'alice-and-bob', '--answers', answers, '--out', join(work, 'records')]] : []),
  ['records', 'list', join(work, 'records')],
  ['records', 'summary', join(work, 'records')],
  ['records', 'report', join(work, 'records'), '--html', join(work, 'report.html')],
  ['completion', 'bash'],
];

/** The code of each run's process: load through bin/code-cache.js, run, write the caches at exit. */
const runner = (root) => `
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const cache = require(${JSON.stringify(join(root, 'bin/code-cache.js'))});
process.on('exit', () => {
  for (const { filename, script } of cache.compiled) writeFileSync(cache.cacheOf(filename), script.createCachedData());
});
const args = JSON.parse(process.env.CODE_CACHE_RUN);
if (args[0] === 'every-file') {
  cache.useCodeCache();
  const dist = ${JSON.stringify(join(root, 'dist'))};
  require(join(dist, 'main.cjs'));
  for (const name of require('node:fs').readdirSync(join(dist, 'chunks')).sort()) require(join(dist, 'chunks', name));
} else {
  process.argv = [process.execPath, ${JSON.stringify(join(root, 'bin/ethics-guide.js'))}, ...args];
  require(process.argv[1]);
}`;

/** Makes dist/code-cache; returns a warning for each run that failed (none when all went well). */
export function makeCodeCache(root) {
  const folder = join(root, 'dist', 'code-cache');
  rmSync(folder, { recursive: true, force: true });
  let work;
  try {
    mkdirSync(folder);
    work = mkdtempSync(join(tmpdir(), 'ethics-guide-code-cache-'));
  } catch (error) {
    return [`code cache: not made (${error.message}); the CLI starts without one`];
  }
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.ETHICS_GUIDE_LIBRARY;
  const warnings = [];
  try {
    for (const args of runs(work, join(root, 'test/fixtures/answers/alice-and-bob.yaml'))) {
      const run = spawnSync(process.execPath, ['-e', runner(root)], {
        cwd: work,
        env: { ...env, CODE_CACHE_RUN: JSON.stringify(args) },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        timeout: 60_000,
      });
      if (run.status !== 0)
        warnings.push(`code cache: \`${args.join(' ')}\` exited ${run.status ?? run.signal}: ${run.stderr.trim()}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (readdirSync(folder).length === 0) warnings.push('code cache: no file was cached; the CLI starts without one');
  return warnings;
}
