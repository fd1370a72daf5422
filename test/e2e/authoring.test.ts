// AUTHORING.md's complete examples (each ```yaml block that starts with the editor schema line)
// pass `validate` as a trainer would run it, in a library folder of their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, root, runCli } from '../helpers.js';

const guide = readFileSync(join(root, 'AUTHORING.md'), 'utf8');
const examples = [
  ...guide.matchAll(/```yaml\n(# yaml-language-server: \$schema=\S*\/(code|scenario)\.schema\.json\n[\s\S]*?)```/g),
].map(([, text = '', kind]) => ({
  text,
  folder: kind === 'code' ? 'codes' : 'scenarios',
  id: /^id: (\S+)$/m.exec(text)?.[1],
}));

describe('AUTHORING.md', () => {
  it('has a complete example code and a complete example scenario', () => {
    expect(examples.map((e) => `${e.folder}/${e.id}`)).toEqual(['codes/riverside-handbook', 'scenarios/the-ride-home']);
    expect(examples[0]?.text).toMatch(/\$25 or more/);
  });

  it('gives examples that pass validate, in a library folder, with the agency code usable', () => {
    const dir = folderWith(Object.fromEntries(examples.map((e) => [`my-agency/${e.folder}/${e.id}.yaml`, e.text])));
    const checked = runCli(['--library', 'my-agency', 'validate', 'my-agency'], { cwd: dir });
    expect(checked.stdout.trim()).toBe(`ok: ${examples.length} files checked, all valid`);
    expect(checked.status).toBe(0);
    const code = runCli(['--library', 'my-agency', 'code', '1', '--code', 'riverside-handbook'], { cwd: dir });
    expect(code.stdout).toContain('Staff do not accept gifts or favors with a value of $25 or more from participants.');
    const shown = runCli(['--library', 'my-agency', 'show', 'the-ride-home', '--key'], { cwd: dir });
    expect(shown.status).toBe(0);
  });

  it("shows the new scenario command's real first line and next steps", () => {
    const dir = folderWith({ 'my-agency/scenarios/.keep': '' });
    const { stdout } = runCli(['new', 'scenario', 'the-ride-home', '--dir', 'my-agency/scenarios'], { cwd: dir });
    expect(guide).toContain(stdout.trim());
  });
});
