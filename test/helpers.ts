// Shared by the tests: temporary folders and running the built CLI as a user would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const fixtures = join(root, 'test', 'fixtures');
export const bin = join(root, 'bin', 'ethics-guide.js');

const madeDirs: string[] = [];

/** A fresh folder, removed after the tests of the file (test/setup.ts). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ethics-guide-test-'));
  madeDirs.push(dir);
  return dir;
}

/** Removes the folders tempDir made, after letting the owner back into any a test locked. */
export function removeTempDirs(): void {
  linked = undefined;
  for (const dir of madeDirs.splice(0)) {
    spawnSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes files (path relative to the folder -> content) and returns the folder. */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A PATH on which `ethics-guide` is this checkout's built program, as after `npm link` or an
 * install: the tests run in folders of their own, where the hints then say `ethics-guide …`.
 */
export function pathWithProgram(): string {
  linked ??= tempDir();
  if (!existsSync(join(linked, 'ethics-guide'))) symlinkSync(bin, join(linked, 'ethics-guide'));
  return `${linked}${delimiter}${process.env.PATH ?? ''}`;
}
let linked: string | undefined;

function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    ETHICS_GUIDE_LIBRARY: undefined,
    DEBUG: undefined,
    PATH: pathWithProgram(),
    ...extra,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {},
): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env: cliEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    // A run stuck in a loop never gets to its SIGTERM handler: end it for sure.
    timeout: 20_000,
    killSignal: 'SIGKILL',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A command the tool suggested, pasted into a shell in `cwd` as printed. */
export function runPasted(command: string, cwd: string): CliResult {
  const result = spawnSync('sh', ['-c', command], { cwd, env: cliEnv(), encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Which bundle files `--help` loaded from the command in `dir`, each with whether V8 took its code cache. */
export function codeCacheUse(dir: string): Record<string, boolean> {
  const script = `
    const cache = require(${JSON.stringify(join(dir, 'bin', 'code-cache.js'))});
    cache.useCodeCache();
    process.on('exit', () => {
      const used = {};
      for (const { filename, script } of cache.compiled) used[require('node:path').basename(filename)] = script.cachedDataRejected === false;
      require('node:fs').writeSync(2, JSON.stringify(used));
    });
    require(${JSON.stringify(join(dir, 'dist', 'main.cjs'))}).main(['--help']);`;
  const result = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return JSON.parse(result.stderr);
}

/** The sections of a record of a course case with a trainer's key, in order. */
export const COURSE_CASE_SECTIONS = [
  'Recognize',
  'Understand',
  'Establish',
  'Review',
  'Explain',
  'Act',
  'Principles applied',
  "Trainer's key",
  'The answers, for revising',
];
