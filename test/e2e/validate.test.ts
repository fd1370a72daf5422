// validate as a trainer runs it: sentences with positions, all problems, exit codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, folderWith, root, runCli } from '../helpers.js';

describe('ethics-guide validate', () => {
  it('passes the whole shipped library', () => {
    const { status, stdout } = runCli(['validate']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ok: \d+ files checked, all valid$/m);
  });

  it("checks a trainer's folder with its own code", () => {
    const { status, stdout } = runCli(['validate', join(fixtures, 'agency-library')]);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('ok: 2 files checked, all valid');
  });

  it('prints each problem as path:line:col relative to where the trainer is, and exits 1', () => {
    const dir = folderWith({
      'cases/good.yaml': 'id: good\ntitle: T\nnarrative: x\nprinciples:\n  - {number: 4, why: y}\n',
      'cases/bad.yaml': 'id: bad\ntitle: T\nnarrative: x\nsumary: s\nprinciples:\n  - {number: 14, why: y}\n',
      'cases/broken.yaml': 'id: broken\ntitle: [x\n',
    });
    const { status, stdout, stderr } = runCli(['validate', 'cases'], { cwd: dir });
    expect(status).toBe(1);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      'cases/bad.yaml:4:1  unknown field `sumary`. Did you mean `summary`?',
      'cases/bad.yaml:6:14  principle 14 is not in code dbsa (it has 1-13)',
      expect.stringMatching(/^cases\/broken\.yaml:2:8  a list in \[ \] or a mapping in \{ \} is not closed/),
    ]);
    expect(stderr.trim()).toBe('error: 3 problems in 2 files (1 of 3 files valid)');
  });

  it('notes a trainer file that takes the place of a built-in one, and finds it valid', () => {
    const { status, stdout } = runCli(['validate', join(fixtures, 'conflict-library')]);
    expect(status).toBe(0);
    expect(stdout).toContain(
      `note: ${join(fixtures, 'conflict-library', 'scenarios', 'alice-and-bob.yaml')} is used in place of the built-in case \`alice-and-bob\``,
    );
    expect(stdout).toContain('ok: 1 file checked, all valid');
  });

  it('exits 2 for a path that does not exist, and never shows a stack trace', () => {
    const { status, stderr } = runCli(['validate', 'no-such-file.yaml']);
    expect(status).toBe(2);
    expect(stderr.trim()).toBe(
      'error: no-such-file.yaml does not exist; give a scenario or code file, or a folder of them',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('validates a code file outside a codes/ folder by its content', () => {
    const dir = folderWith({
      'handbook.yaml':
        'id: handbook\ntitle: H\nsource: S\npreamble: P\nprinciples:\n  - {number: 1, short: A, text: T}\n  - {number: 1, short: B, text: U}\n',
    });
    const { status, stdout } = runCli(['validate', 'handbook.yaml'], { cwd: dir });
    expect(status).toBe(1);
    expect(stdout.trim()).toBe(
      'handbook.yaml:7:14  principle 1 appears twice in this code; number each principle once',
    );
  });

  it('gives files, valid files and every problem with its severity as JSON, and only JSON on stdout', () => {
    const dir = folderWith({
      'cases/good.yaml': 'id: good\ntitle: T\nnarrative: x\nprinciples:\n  - {number: 4, why: y}\n',
      'cases/bad.yaml': 'id: bad\ntitle: T\nnarrative: x\nsumary: s\nprinciples:\n  - {number: 14, why: y}\n',
      'cases/odd.yaml': 'id: odd\ntitle: "A \\e[2J title"\nnarrative: x\nprinciples:\n  - {number: 4, why: y}\n',
    });
    const { status, stdout, stderr } = runCli(['validate', 'cases', '--json'], { cwd: dir });
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      files: 3,
      valid: 2,
      problems: [
        {
          file: 'cases/bad.yaml',
          line: 4,
          col: 1,
          message: 'unknown field `sumary`. Did you mean `summary`?',
          severity: 'error',
        },
        {
          file: 'cases/bad.yaml',
          line: 6,
          col: 14,
          message: 'principle 14 is not in code dbsa (it has 1-13)',
          severity: 'error',
        },
        {
          file: 'cases/odd.yaml',
          line: 2,
          col: 8,
          message: expect.stringMatching(/^`title` holds an escape character \(U\+001B\)/),
          severity: 'warning',
        },
      ],
      notes: [],
    });
    expect(stderr.trim()).toBe('error: 2 problems in 1 file');
    const ok = runCli(['validate', join(fixtures, 'agency-library'), '--json']);
    expect([ok.status, JSON.parse(ok.stdout)]).toEqual([0, { files: 2, valid: 2, problems: [], notes: [] }]);
  });

  it('says at most 100 problems of a file and counts the rest, so that thousands take no longer than a few', () => {
    const jason = readFileSync(join(root, 'scenarios', 'jason.yaml'), 'utf8');
    const duplicates = jason.replace(/^(\s*- name: .*)$/m, `$1${'\n    x: 1'.repeat(50_000)}`);
    const unknown = jason.replace(
      /^title: .*$/m,
      (line) => `${line}\n${Array.from({ length: 20_000 }, (_, i) => `extra${i}: 1`).join('\n')}`,
    );
    const dir = folderWith({ 'duplicates/jason.yaml': duplicates, 'unknown/jason.yaml': unknown });
    for (const file of ['duplicates/jason.yaml', 'unknown/jason.yaml']) {
      // Before, 50,000 duplicate keys took about 150 s, deaf to signals (runCli ends a run at 20 s).
      const result = runCli(['validate', join(dir, file)]);
      expect(result.status, file).toBe(1);
      const lines = result.stdout.split('\n').filter((line) => line.includes(file));
      expect(lines, file).toHaveLength(101);
      expect(lines.at(-1), file).toMatch(
        /:\d+:\d+ {2}and \d+ more problems after these; fix these first, then check again$/,
      );
    }
  });
});
