// `new scenario` as a trainer uses it: write the skeleton, validate it, fill it in, validate again.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, folderWith, root, runCli, tempDir } from '../helpers.js';

const agency = join(fixtures, 'agency-library');

/** What a trainer does by hand: every TODO text replaced by real words. */
const filledIn = (text: string) => text.replace(/TODO:[^"\n]*/g, 'Written by the trainer');

describe('ethics-guide new scenario', () => {
  it('writes a skeleton that names each placeholder when validated, and validates once filled in', () => {
    const cwd = tempDir();
    const written = runCli(['new', 'scenario', 'maria-and-lee'], { cwd });
    expect(written.status).toBe(0);
    expect(written.stdout.trim().split('\n')).toEqual([
      'Scenario skeleton written: my-cases/scenarios/maria-and-lee.yaml',
      'Next: fill in each TODO, then run: ethics-guide validate my-cases/scenarios/maria-and-lee.yaml',
      'To use it with list, show and resolve, add its library folder: ethics-guide --library my-cases list',
    ]);
    const file = join(cwd, 'my-cases', 'scenarios', 'maria-and-lee.yaml');
    const text = readFileSync(file, 'utf8');
    const schemaLine = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(schemaLine?.[1]).not.toMatch(/\\/);
    expect(resolve(dirname(file), schemaLine?.[1] ?? '')).toBe(join(root, 'schemas', 'scenario.schema.json'));
    expect(existsSync(resolve(dirname(file), schemaLine?.[1] ?? ''))).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o644 & ~process.umask());

    const before = runCli(['validate', 'my-cases/scenarios/maria-and-lee.yaml'], { cwd });
    expect(before.status).toBe(1);
    const lines = before.stdout.trim().split('\n');
    expect(lines).toHaveLength((text.match(/TODO:/g) ?? []).length);
    for (const line of lines)
      expect(line).toMatch(
        /^my-cases\/scenarios\/maria-and-lee\.yaml:\d+:\d+  \S.* still holds the placeholder "TODO: .+"; replace it with .+$/,
      );
    expect(lines[0]).toBe(
      'my-cases/scenarios/maria-and-lee.yaml:18:8  `title` still holds the placeholder "TODO: a short title, e.g. Maria & Lee"; replace it with a short name for the case, e.g. Alice & Bob',
    );
    expect(before.stderr.trim()).toBe(`error: ${lines.length} problems in 1 file (0 of 1 file valid)`);

    writeFileSync(file, filledIn(text));
    const after = runCli(['validate', 'my-cases/scenarios/maria-and-lee.yaml'], { cwd });
    expect(after.stdout.trim()).toBe('ok: 1 file checked, all valid');
    expect(after.status).toBe(0);
    // The printed next step works: the filled-in case is listed.
    const listed = runCli(['--library', 'my-cases', 'list', '--json'], { cwd });
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout).map((row: { id: string }) => row.id)).toContain('maria-and-lee');
  });

  it('refuses to write over an existing file and leaves its bytes as they were', () => {
    const cwd = folderWith({ 'cases/gift.yaml': 'my own work, not a skeleton\n' });
    const { status, stdout, stderr } = runCli(['new', 'scenario', 'gift', '--dir', 'cases'], { cwd });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(
      'error: cases/gift.yaml already exists; nothing was written (choose another id, or move that file away first)',
    );
    expect(readFileSync(join(cwd, 'cases', 'gift.yaml'), 'utf8')).toBe('my own work, not a skeleton\n');
  });

  it('refuses an id that is not kebab-case, with a corrected one, and writes nothing', () => {
    const cwd = tempDir();
    const { status, stderr } = runCli(['new', 'scenario', 'Maria & Lee'], { cwd });
    expect(status).toBe(2);
    expect(stderr.trim()).toBe(
      'error: the id `Maria & Lee` is not in kebab-case (lowercase letters and digits, words joined by single hyphens); try `maria-and-lee`',
    );
    expect(existsSync(join(cwd, 'scenarios'))).toBe(false);
  });

  it('refuses the id of a shipped case: a new case needs an id of its own', () => {
    const { status, stderr } = runCli(['new', 'scenario', 'alice-and-bob'], { cwd: tempDir() });
    expect(status).toBe(2);
    expect(stderr.trim()).toBe(
      'error: the id `alice-and-bob` is taken by the built-in case "Alice & Bob", and a new case needs an id of its own (to adapt the built-in one instead, copy its file into your library: a file with its id is used in its place); choose another id, such as `alice-and-bob-2`',
    );
  });

  it("refuses an id already used in a trainer's library", () => {
    const { status, stderr } = runCli(['--library', agency, 'new', 'scenario', 'gift-card'], { cwd: tempDir() });
    expect(status).toBe(2);
    expect(stderr).toContain('error: the id `gift-card` is taken by ');
  });

  it('starts a library: --library names a folder that is not there yet, and its scenarios/ is made', () => {
    const cwd = tempDir();
    const made = runCli(['--library', 'my-agency', 'new', 'scenario', 'the-ride-home'], { cwd });
    expect([made.status, made.stderr]).toEqual([0, '']);
    expect(made.stdout).toContain('Scenario skeleton written: my-agency/scenarios/the-ride-home.yaml');
    expect(existsSync(join(cwd, 'my-agency', 'scenarios', 'the-ride-home.yaml'))).toBe(true);
  });

  it('refuses an unknown code, with a did-you-mean or a word on --library', () => {
    const { status, stderr } = runCli(['new', 'scenario', 'x', '--code', 'dbas'], { cwd: tempDir() });
    expect(status).toBe(2);
    expect(stderr.trim()).toBe('error: there is no code `dbas` in the library (it has: dbsa). Did you mean `dbsa`?');
    const agencyCode = runCli(['new', 'scenario', 'x', '--code', 'riverside-handbook'], { cwd: tempDir() });
    expect(agencyCode.status).toBe(2);
    expect(agencyCode.stderr).toContain(
      "An agency's own code is read from the codes/ folder of a library folder: add --library DIR",
    );
  });

  it("uses an agency's own code from --library, and the validate it prints finds that code", () => {
    const cwd = tempDir();
    const { status, stdout } = runCli(
      [
        '--library',
        agency,
        'new',
        'scenario',
        'gift-at-graduation',
        '--code',
        'riverside-handbook',
        '--dir',
        'agency/scenarios',
      ],
      { cwd },
    );
    expect(status).toBe(0);
    const command = /then run: ethics-guide (.+)$/m.exec(stdout)?.[1]?.split(' ') ?? [];
    expect(command).toEqual(['--library', agency, 'validate', 'agency/scenarios/gift-at-graduation.yaml']);
    expect(stdout).toContain(`ethics-guide --library ${agency} --library agency list`);
    const file = join(cwd, 'agency', 'scenarios', 'gift-at-graduation.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('\ncode: riverside-handbook\n');
    expect(text).toContain('  - number: 1   # Gifts\n');
    const before = runCli(command, { cwd });
    expect(before.status).toBe(1);
    expect(before.stdout).not.toMatch(/is not in (the library|code)/);
    writeFileSync(file, filledIn(text));
    expect(runCli(command, { cwd }).status).toBe(0);
  });

  it('says nothing about --library when the folder is already one the tool reads', () => {
    const cwd = folderWith({ 'scenarios/.keep': '' });
    const { status, stdout } = runCli(['--library', '.', 'new', 'scenario', 'quiet-one'], { cwd });
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(2);
  });

  it('never writes into the built-in library, even when pointed at it', () => {
    const { status, stderr } = runCli(['new', 'scenario', 'quiet-two', '--dir', join(root, 'scenarios')], {
      cwd: tempDir(),
    });
    expect(status).toBe(2);
    expect(stderr).toContain('is the built-in library of ethics-guide; write your cases in a folder of your own');
    expect(existsSync(join(root, 'scenarios', 'quiet-two.yaml'))).toBe(false);
  });
});
