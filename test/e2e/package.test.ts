// Ready to publish: the packed package, installed with `npm install -g` into a prefix of its
// own, runs from any folder with its shipped library, and its hints say `ethics-guide`.
// npm installs the dependencies from its cache where it can (--prefer-offline).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeCacheUse, root, tempDir } from '../helpers.js';

const work = tempDir();
const prefix = join(work, 'prefix');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NO_COLOR: '1',
  PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}:/usr/bin:/bin`,
};
delete env.ETHICS_GUIDE_LIBRARY;
let skipped = '';

const npm = (args: string[], cwd = root) =>
  spawnSync('npm', args, { cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 120_000 });

beforeAll(() => {
  // The build is already there (npm test builds first); --ignore-scripts keeps it as it is.
  const packed = npm(['pack', '--ignore-scripts', '--pack-destination', work]);
  expect(packed.status, packed.stderr).toBe(0);
  const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz'))!);
  const install = ['install', '-g', tarball, '--prefix', prefix, '--no-audit', '--no-fund'];
  const installed = npm([...install, '--offline']).status === 0 ? 0 : npm([...install, '--prefer-offline']).status;
  if (installed !== 0) skipped = 'npm could not install the dependencies (no cache and no registry)';
}, 240_000);

const run = (args: string[]) =>
  spawnSync('ethics-guide', args, { cwd: tempDir(), env, encoding: 'utf8', timeout: 20_000 });

describe('the packed package, installed globally', () => {
  it('runs from any folder as ethics-guide, with its library, and its hints say ethics-guide', (ctx) => {
    if (skipped) ctx.skip(skipped);
    expect(existsSync(join(prefix, 'bin', 'ethics-guide'))).toBe(true);
    const list = run(['list']);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^alice-and-bob /m);
    expect(list.stdout).toMatch(
      /Read one with `ethics-guide show <id>`; work through one with `ethics-guide resolve <id>`/,
    );
    expect(run(['validate']).stdout).toMatch(/^ok: \d+ files checked, all valid$/m);
    expect(run(['code', '3']).stdout).toMatch(/^ 3\. Openly share/m);
    expect(run(['completion', 'bash']).stdout).toContain('complete -F _ethics_guide ethics-guide');
    // npm gives every packed file one time, so the code cache counts as made with its source.
    expect(codeCacheUse(join(prefix, 'lib', 'node_modules', 'ethics-guide'))).toEqual({ 'main.cjs': true });
  });

  it('ships what it needs at run time, and no sources or tests', () => {
    const listed = npm(['pack', '--dry-run', '--json', '--ignore-scripts']);
    const files: string[] = JSON.parse(listed.stdout)[0].files.map((f: { path: string }) => f.path);
    for (const needed of [
      'bin/ethics-guide.js',
      'bin/code-cache.js',
      'dist/main.cjs',
      'dist/code-cache/main.cjs.v8',
      'dist/library-snapshot.json',
      'dist/library-snapshot.json.sources',
      'dist/library-snapshot.codes.json',
      'AUTHORING.md',
    ])
      expect(files).toContain(needed);
    for (const folder of ['codes/', 'scenarios/', 'grids/', 'policies/', 'schemas/', 'dist/chunks/'])
      expect(
        files.some((f) => f.startsWith(folder)),
        folder,
      ).toBe(true);
    expect(files.filter((f) => /^(src|test|scripts)\//.test(f))).toEqual([]);
  });
});
