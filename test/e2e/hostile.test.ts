// Hostile text and odd files, generated here (no binary fixtures): escapes, C1 and bidi
// controls in every kind of field, newlines in one-line fields, FIFOs, /dev/zero, folders,
// dangling links and loops, long ids, a full stdout. No control reaches a terminal raw, no
// record changes shape, and every fault is one sentence with its exit code, never 70.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/parse.js';
import { bin, fixtures, folderWith, runCli, tempDir, type CliResult, COURSE_CASE_SECTIONS } from '../helpers.js';

/** Every character that must never reach a terminal raw. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const EVIL = '\u001b]0;PWNED\u0007\u001b[2J\u009b2J\u202eevil\u2066\u0085';
const evil = (s: string) => `${s}${EVIL}`;

function expectClean(result: CliResult): void {
  expect(result.stdout).not.toMatch(RAW);
  expect(result.stderr).not.toMatch(RAW);
  expect(result.stderr).not.toMatch(/\n\s+at |This is a bug/);
}

/** A trainer's folder whose case and code hold controls in every string field. */
function hostileLibrary(): string {
  const scenario = {
    id: 'hostile-case',
    title: evil('Title'),
    code: 'dbsa',
    summary: evil('Summary'),
    setting: evil('Setting'),
    people: [{ name: evil('Name'), role: evil('Role') }],
    narrative: evil('Narrative\nsecond line'),
    question: evil('Question'),
    dilemma_type: 'right-vs-right',
    principles: [{ number: 3, why: evil('Why') }],
    options: [
      { title: evil('Option'), consequences: evil('Follows') },
      { title: evil('Other'), consequences: evil('Then') },
    ],
    discussion: [evil('Discuss')],
    source: evil('Source'),
  };
  const code = {
    id: 'hostile-code',
    title: evil('Code'),
    source: evil('Src'),
    preamble: evil('Pre'),
    principles: [{ number: 1, short: evil('Short'), text: evil('Text') }],
  };
  return folderWith({ 'scenarios/hostile-case.yaml': stringify(scenario), 'codes/hostile-code.yaml': stringify(code) });
}

/** Answers for hostile-case with controls in every typed field, and a fake table row in an option. */
function hostileAnswers(dir: string): string {
  const answers = parse(readFileSync(join(fixtures, 'answers', 'alice-and-bob.yaml'), 'utf8'));
  delete answers.scenario;
  answers.recognize.why = evil('why');
  answers.understand.facts = [evil('fact')];
  answers.establish.options[1] = `Share less\n| 9. Fake row | x | y | none |\n${EVIL}`;
  answers.review.options[1].consequences = evil('follows');
  answers.explain.rationale = evil('because');
  answers.act.steps = [evil('step')];
  writeFileSync(join(dir, 'a.yaml'), stringify(answers));
  return 'a.yaml';
}

describe('hostile text', () => {
  it("never reaches the terminal raw from a trainer's case or code, and validate warns at line:col", () => {
    const lib = hostileLibrary();
    for (const args of [
      ['list'],
      ['list', '--json'],
      ['show', 'hostile-case'],
      ['show', 'hostile-case', '--key'],
      ['show', 'hostile-case', '--json'],
      ['code', '--code', 'hostile-code'],
      ['code', '1', '--code', 'hostile-code', '--json'],
    ]) {
      const result = runCli(['--library', lib, ...args]);
      expect(result.status, args.join(' ')).toBe(0);
      expectClean(result);
    }
    expect(runCli(['--library', lib, 'show', 'hostile-case']).stdout).toMatch(
      /^Title␛\]0;PWNED␇␛\[2J<U\+009B>2J<U\+202E>evil<U\+2066><U\+0085>$/m,
    );
    const checked = runCli(['--library', lib, 'validate']);
    expectClean(checked);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(
      /scenarios\/hostile-case\.yaml:2:8 {2}warning: `title` holds an escape character \(U\+001B\), which the tool shows as a visible mark/,
    );
    expect(checked.stdout).toMatch(/warnings?$/m);
  });

  it("keeps a record's structure and the supervisor's terminal clean, from resolve to evaluate", () => {
    const lib = hostileLibrary();
    const dir = tempDir();
    const resolved = runCli(['--library', lib, 'resolve', 'hostile-case', '--answers', hostileAnswers(dir)], {
      cwd: dir,
    });
    expect(resolved.status).toBe(0);
    expectClean(resolved);
    const [name] = readdirSync(join(dir, 'decision-records')).filter((f) => f.endsWith('.md'));
    const text = readFileSync(join(dir, 'decision-records', name!), 'utf8');
    expect(text).not.toMatch(RAW);
    const record = parseRecord(text);
    expect(record.meta.decision).toBe('Share less | 9. Fake row | x | y | none | evil');
    expect(record.meta.title).toBe('Titleevil');
    expect(record.meta.case_from).toBe(lib);
    expect(record.sections.map((s) => s.heading)).toEqual(COURSE_CASE_SECTIONS);

    const listed = runCli(['records', 'list', '--as-of', '2026-11-23'], { cwd: dir });
    expectClean(listed);
    expect(listed.stdout.split('\n').filter((line) => /^\d{4}-\d{2}-\d{2} /.test(line))).toHaveLength(1);
    expectClean(runCli(['records', 'list', '--json'], { cwd: dir }));
    expectClean(runCli(['records', 'summary'], { cwd: dir }));

    writeFileSync(
      join(dir, 'o.yaml'),
      stringify({ how_it_went: evil('went'), principles_held: 'yes', differently: evil('same') }),
    );
    const evaluated = runCli(
      ['--library', lib, 'records', 'evaluate', join('decision-records', name!), '--answers', 'o.yaml'],
      { cwd: dir },
    );
    expect(evaluated.status).toBe(0);
    expectClean(evaluated);
    expect(readFileSync(join(dir, 'decision-records', name!), 'utf8')).not.toMatch(RAW);
  });
});

describe('huge answers', () => {
  it('refuses an answers file over 1 MB in one sentence, exit 1', () => {
    const dir = folderWith({ 'big.yaml': `why: ${'a'.repeat(1_100_000)}\n` });
    const result = runCli(['resolve', '--answers', 'big.yaml'], { cwd: dir });
    expect([result.status, result.stderr.trim()]).toEqual([
      1,
      'error: the answers file big.yaml is 1.0 MB; an answers file is limited to 1 MB. Is this the right file?',
    ]);
  });

  it('writes a record from an answer of 130,000 runs of backticks, not a crash', () => {
    const dir = tempDir();
    const full = readFileSync(join(fixtures, 'answers', 'alice-and-bob-full.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'a.yaml'),
      full.replace('rationale: It keeps his goals at the centre.', `rationale: "${'` '.repeat(130_000)}"`),
    );
    const result = runCli(['resolve', '--answers', 'a.yaml'], { cwd: dir });
    expectClean(result);
    expect(result.status).toBe(0);
    const [name] = readdirSync(join(dir, 'decision-records')).filter((f) => f.endsWith('.md'));
    expect(
      parseRecord(readFileSync(join(dir, 'decision-records', name!), 'utf8')).sections.map((s) => s.heading),
    ).toEqual(COURSE_CASE_SECTIONS);
  });
});

describe('odd files', () => {
  const answers = join(fixtures, 'answers', 'alice-and-bob.yaml');

  it('refuses a folder, a FIFO and /dev/zero as an answers file at once, with a sentence', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder'));
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    const cases: [string, RegExp][] = [
      ['folder', /^error: the answers file folder is a folder, not a file; name a regular file$/],
      ['pipe', /^error: the answers file pipe is a named pipe \(FIFO\), not a file; name a regular file$/],
      ['/dev/zero', /^error: the answers file \/dev\/zero is a device, not a file; name a regular file$/],
    ];
    for (const [file, message] of cases) {
      const result = runCli(['resolve', 'alice-and-bob', '--answers', file], { cwd: dir });
      expect([result.status, result.stderr.trim()]).toEqual([2, expect.stringMatching(message)]);
    }
  });

  it('says what is wrong with --out that is a file', () => {
    const dir = folderWith({ 'taken.txt': 'x' });
    const result = runCli(['resolve', '--answers', answers, '--out', 'taken.txt'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'error: --out taken.txt is a file, not a folder; give a folder (it is created when missing)',
    );
  });

  it("skips dangling links, loops and FIFOs in a trainer's folder, and validate names each", () => {
    const lib = folderWith({ 'scenarios/.keep': '' });
    symlinkSync(join(lib, 'scenarios', 'nowhere.yaml'), join(lib, 'scenarios', 'dangling.yaml'));
    symlinkSync(join(lib, 'scenarios', 'loop.yaml'), join(lib, 'scenarios', 'loop.yaml'));
    spawnSync('mkfifo', [join(lib, 'scenarios', 'pipe.yaml')]);
    const listed = runCli(['--library', lib, 'list']);
    expect(listed.status).toBe(0);
    expect(listed.stderr.trim()).toBe(
      `warning: 3 files in the library have problems and were skipped; run \`ethics-guide --library ${lib} validate\` to see them`,
    );
    const checked = runCli(['--library', lib, 'validate']);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain(
      'dangling.yaml:1:1  this file is a symbolic link to a file that does not exist; fix the link or name the file itself',
    );
    expect(checked.stdout).toContain(
      'loop.yaml:1:1  this file is a symbolic link that leads back to itself; fix the link or name the file itself',
    );
    expect(checked.stdout).toContain(
      'pipe.yaml:1:1  this file is a named pipe (FIFO), not a file; name a regular file',
    );
  });

  it('reads a records folder that holds a link loop', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'loop.md'), join(dir, 'loop.md'));
    for (const command of ['list', 'summary']) {
      const result = runCli(['records', command, dir]);
      expect([command, result.status]).toEqual([command, 0]);
      expectClean(result);
    }
  });

  it('turns ids too long for a file name into sentences, not a crash', () => {
    const id = 'a'.repeat(250);
    const dir = tempDir();
    const made = runCli(['new', 'scenario', 'b'.repeat(260)], { cwd: dir });
    expect(made.status).toBe(2);
    expect(made.stderr).toMatch(
      /^error: the name my-cases\/scenarios\/b+\.yaml is too long for the file system; use a shorter name$/m,
    );
    expect(runCli(['show', id]).status).toBe(2);
    expect(runCli(['resolve', id, '--answers', answers], { cwd: dir }).status).toBe(2);
  });

  it('says so when standard output is a full disk', () => {
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [bin, 'show', 'alice-and-bob'], {
      stdio: ['ignore', full, 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    closeSync(full);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'error: the disk is full, so the standard output could not be written; free some space, then run the command again',
    );
  });

  it('counts a code named `constructor` like any other', () => {
    const record = readFileSync(join(fixtures, 'records', 'good', '2026-10-01-alice-and-bob.md'), 'utf8').replace(
      'code: "dbsa"',
      'code: "constructor"',
    );
    const dir = folderWith({ '2026-10-01-alice-and-bob.md': record });
    const summary = JSON.parse(runCli(['records', 'summary', dir, '--json']).stdout);
    expect(summary.codes).toEqual({ constructor: 1 });
    expect(Object.keys(summary.principles).every((key) => key.startsWith('constructor:'))).toBe(true);
  });
});
