// A command the tool suggests runs when pasted into a shell in the same folder: in a checkout
// it starts with `npx ethics-guide`, since `ethics-guide` is not on the PATH there.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { folderWith, root, runCli } from '../helpers.js';

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
});
