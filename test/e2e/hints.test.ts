// A command the tool suggests runs when pasted into a shell in the same folder: in a checkout
// it starts with `npx ethics-guide`, since `ethics-guide` is not on the PATH there; in a folder
// of its own, where npx would look the name up in the registry, with node and the program's path.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, folderWith, root, runCli, tempDir } from '../helpers.js';

describe('hints in a checkout', () => {
  it('start with npx ethics-guide, and run as printed from the same folder', () => {
    const library = folderWith({ 'scenarios/broken.yaml': 'id: broken\ntitle: [x\n' });
    const { stderr } = runCli(['--library', library, 'list'], { env: { PATH: '/usr/local/bin:/usr/bin:/bin' } });
    const hint = /run `([^`]+)` to see them/.exec(stderr)?.[1];
    expect(hint).toBe(`npx ethics-guide --library ${library} validate`);
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.ETHICS_GUIDE_LIBRARY;
    const pasted = spawnSync('sh', ['-c', hint!], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
    expect(pasted.stdout).toMatch(/broken\.yaml:2:8 {2}a list in \[ \] or a mapping in \{ \} is not closed/);
    expect(pasted.status).toBe(1);
  }, 60_000);

  it('start with node and the path of the program in a folder outside the checkout, and run as printed', () => {
    const dir = tempDir();
    const PATH = `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`;
    const { stdout } = runCli(['list'], { cwd: dir, env: { PATH } });
    const hint = /Read one with `([^`]+) <id>`/.exec(stdout)?.[1];
    expect(hint).toBe(`node ${realpathSync(bin)} show`);
    const pasted = spawnSync('sh', ['-c', `${hint} alice-and-bob`], {
      cwd: dir,
      env: { PATH, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect([pasted.status, pasted.stdout]).toEqual([0, expect.stringContaining('Alice & Bob')]);
  });
});
