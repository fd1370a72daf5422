// Commands run in-process through run(argv, io, env), as the binary runs them, with the output
// captured by an Io of our own and a temporary folder as the working directory: quick checks of
// what a command prints, writes and exits with (the subprocess and tmux tests cover the rest).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import type { Io } from '../../src/ui/io.js';
import { fixtures, folderWith, tempDir } from '../helpers.js';

async function cli(argv: string[], cwd = tempDir()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text), cwd };
  const status = await run(argv, io, { NO_COLOR: '1' });
  return { status, stdout: out.join('\n'), stderr: err.join('\n'), cwd };
}

describe('commands in-process', () => {
  it('list and show read the built-in library', async () => {
    const listed = await cli(['list']);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/^alice-and-bob +Alice & Bob$/m);
    const shown = await cli(['show', 'alice-and-bob', '--json']);
    expect(JSON.parse(shown.stdout)).toMatchObject({
      id: 'alice-and-bob',
      file: expect.stringContaining('alice-and-bob.yaml'),
    });
  });

  it('resolve --answers writes a record in the working folder, and records summary counts it', async () => {
    const answers = join(fixtures, 'answers', 'alice-and-bob.yaml');
    const resolved = await cli(['resolve', '--answers', answers]);
    expect([resolved.status, resolved.stderr]).toEqual([0, '']);
    const [record] = readdirSync(join(resolved.cwd, 'decision-records'));
    expect(resolved.stdout).toBe(`Decision record written: decision-records/${record} (readable only by you)`);
    expect(readFileSync(join(resolved.cwd, 'decision-records', record!), 'utf8')).toContain('## Principles applied');
    const summary = await cli(['records', 'summary', '--json'], resolved.cwd);
    expect(JSON.parse(summary.stdout)).toMatchObject({ records: 1, principles: { '1': 1, '3': 1, '4': 1 } });
  });

  it('maps errors to exit codes: a usage error, invalid data, an OS fault', async () => {
    expect((await cli(['show', 'alice-bob'])).status).toBe(2);
    const dir = folderWith({ 'bad.yaml': 'id: bad\ntitle: [x\n' });
    const invalid = await cli(['validate', 'bad.yaml'], dir);
    expect([invalid.status, invalid.stdout]).toEqual([1, expect.stringMatching(/^bad\.yaml:2:8 {2}a list in \[ \]/)]);
    const folder = await cli(['resolve', '--answers', fixtures]);
    expect([folder.status, folder.stderr]).toEqual([2, expect.stringMatching(/is a folder, not a file/)]);
  });
});
