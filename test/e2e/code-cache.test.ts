// The bundle loads with the V8 code cache the build made (bin/code-cache.js), and the cache is
// only ever a hint: a stale, damaged or missing one gives the same CLI, compiled from source.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheUse, root, tempDir } from '../helpers.js';

/** A copy of the installed command (bin and dist), with the files' times kept. */
function copyOfCommand(): string {
  const dir = tempDir();
  for (const folder of ['bin', 'dist'])
    cpSync(join(root, folder), join(dir, folder), { recursive: true, preserveTimestamps: true });
  return dir;
}

const run = (dir: string, args: string[]) =>
  spawnSync(process.execPath, [join(dir, 'bin', 'ethics-guide.js'), ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 20_000,
  });

describe('the code cache', () => {
  it('is made by the build for the bundle files, and V8 takes it', () => {
    expect(existsSync(join(root, 'dist', 'code-cache', 'main.cjs.v8'))).toBe(true);
    expect(codeCacheUse(root)).toEqual({ 'main.cjs': true });
  });

  it('is not used for a bundle file changed after it was made, even one of the same length', () => {
    const dir = copyOfCommand();
    const main = join(dir, 'dist', 'main.cjs');
    const source = readFileSync(main, 'utf8');
    expect(source).toContain('display help for command');
    // Same length, so V8's own check (the source's length) would take the old cache.
    writeFileSync(main, source.replace('display help for command', 'DISPLAY HELP FOR COMMAND'));
    const later = new Date(Date.now() + 60_000);
    utimesSync(main, later, later);
    const help = run(dir, ['--help']);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain('DISPLAY HELP FOR COMMAND');
    expect(codeCacheUse(dir)).toEqual({ 'main.cjs': false });
  });

  it('that is damaged, not a file, or missing, leaves the command working as before', () => {
    const before = run(root, ['--help']);
    const dir = copyOfCommand();
    writeFileSync(join(dir, 'dist', 'code-cache', 'main.cjs.v8'), Buffer.alloc(4096, 0x5a));
    const damaged = run(dir, ['--help']);
    expect(damaged.status, damaged.stderr).toBe(0);
    expect(damaged.stdout).toBe(before.stdout);
    expect(codeCacheUse(dir)).toEqual({ 'main.cjs': false });
    // A FIFO in its place would block a read for ever.
    rmSync(join(dir, 'dist', 'code-cache', 'main.cjs.v8'));
    expect(spawnSync('mkfifo', [join(dir, 'dist', 'code-cache', 'main.cjs.v8')]).status).toBe(0);
    const fifo = run(dir, ['--help']);
    expect(fifo.status, fifo.stderr).toBe(0);
    expect(fifo.stdout).toBe(before.stdout);
    rmSync(join(dir, 'dist', 'code-cache'), { recursive: true });
    const missing = run(dir, ['--help']);
    expect(missing.status, missing.stderr).toBe(0);
    expect(missing.stdout).toBe(before.stdout);
  });
});

describe('a checkout with no bundle', () => {
  it('says in one sentence to build it, instead of a stack trace', () => {
    const dir = tempDir();
    cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
    const result = run(dir, ['list']);
    expect([result.status, result.stdout]).toEqual([1, '']);
    expect(result.stderr).toBe(
      `error: ethics-guide is not built (there is no ${join(dir, 'bin', '..', 'dist', 'main.cjs')}); run \`npm install\` or \`npm run build\` in its folder, then try again\n`,
    );
  });
});
