// What a supervisor sees: `records list`, `summary` and `evaluate` run as a user would, on
// folders of records with stray files and damaged records in them.
import { chmodSync, cpSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fixtures, folderWith, root, runCli, tempDir } from '../helpers.js';

const good = join(fixtures, 'records', 'good');
const damaged = join(fixtures, 'records', 'damaged');
const AS_OF = ['--as-of', '2026-11-23'];
const agency = ['--library', join(fixtures, 'agency-library')];

describe('records list', () => {
  it('shows one row per record in date order, marks follow-ups overdue and due, and counts the other files in one line', () => {
    const result = runCli(['records', 'list', good, ...AS_OF]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Date {8}File +Case +Principles +Status +Follow-up +Decision$/);
    expect(lines.slice(1, 5).map((l) => l.split(/\s{2,}/).slice(0, 6))).toEqual([
      ['2026-10-01', '2026-10-01-alice-and-bob.md', 'alice-and-bob', '3, 4, 1', 'decided', '2026-10-15 overdue'],
      ['2026-11-02', '2026-11-02-alice-and-bob.md', 'alice-and-bob', '3, 4, 1', 'evaluated', '2026-11-16'],
      ['2026-11-20', '2026-11-20-gift-card-from-j.md', 'own: Gift card from J.', '1', 'decided', '2026-11-27 due'],
      ['2026-11-21', '2026-11-21-gift-card-from-j.md', 'own: Gift card from J.', '2', 'decided', '2026-12-20'],
    ]);
    expect(lines[1]).toMatch(/Share less, and only when it serves Bob's goals$/);
    // The hint runs as printed with a name from the File column put in for FILE.
    const hint = /Look back at one with `ethics-guide (records evaluate \S+)`\./.exec(result.stdout)?.[1];
    expect(hint).toBe('records evaluate test/fixtures/records/good/FILE');
    const file = hint!
      .split(' ')
      .at(-1)!
      .replace('FILE', lines[1]!.split(/\s{2,}/)[1]!);
    const evaluate = runCli(['records', 'evaluate', file], { input: '' });
    expect(evaluate.stderr).not.toMatch(/there is no file/);
    expect(evaluate.stderr).toMatch(/evaluate asks its questions/);
    expect(result.stderr.trim()).toBe(
      'Skipped 3 files that are not decision records: README.md, meeting.md, notes.txt.',
    );
  });

  it('gives every field and the file of each record with --json', () => {
    const result = runCli(['records', 'list', good, '--json', ...AS_OF]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(
      json.records.map((r: { file: string; follow_up_state: string | null }) => [r.file, r.follow_up_state]),
    ).toEqual([
      ['test/fixtures/records/good/2026-10-01-alice-and-bob.md', 'overdue'],
      ['test/fixtures/records/good/2026-11-02-alice-and-bob.md', null],
      ['test/fixtures/records/good/2026-11-20-gift-card-from-j.md', 'due'],
      ['test/fixtures/records/good/2026-11-21-gift-card-from-j.md', null],
    ]);
    expect(json.records[1]).toMatchObject({ status: 'evaluated', evaluated: '2026-11-17', principles: [3, 4, 1] });
    // drafts/ is the tool's own folder of drafts: not named as skipped.
    expect(json.skipped).toEqual(['README.md', 'meeting.md', 'notes.txt']);
  });

  it('reports a date that is not a real one (2026-13-01) at its line and column, and leaves the record out', () => {
    const model = readFileSync(join(good, '2026-11-21-gift-card-from-j.md'), 'utf8');
    const dir = folderWith({
      '2026-11-21-gift.md': model.replace('follow_up: "2026-12-20"', 'follow_up: "2026-13-01"'),
    });
    expect(model).toContain('follow_up: "2026-12-20"');
    const line = model.split('\n').findIndex((l) => l.startsWith('follow_up:')) + 1;
    const result = runCli(['records', 'list', dir, ...AS_OF]);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(
      `${dir}/2026-11-21-gift.md:${line}:12  \`follow_up\` is not a real date ("2026-13-01"); write a calendar date from 1900 to 2999 as YYYY-MM-DD`,
    );
  });

  it('reports each damaged record at its line and column, lists the rest, and exits 1', () => {
    const result = runCli(['records', 'list', damaged, ...AS_OF]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('2026-10-01  2026-10-01-alice-and-bob.md');
    expect(result.stdout).toContain('1 record in test/fixtures/records/damaged');
    const problems = result.stderr.trim().split('\n');
    expect(problems).toEqual([
      'test/fixtures/records/damaged/2026-11-02-alice-and-bob.md:1:1  the front matter never ends: there is no closing --- line in its first 64 KB (a front matter is a few hundred bytes)',
      'test/fixtures/records/damaged/2026-11-03-alice-and-bob.md:3:1  this line starts at a different column from the fields above it; line it up with them (the fields of one mapping start at the same column)',
      'test/fixtures/records/damaged/2026-11-20-gift-card-from-j.md:7:13  `principles` must be a list (lines starting with `- `), not the text "three and four"',
      'error: 3 damaged records were left out (see above); the rest are counted. Fix or move them, then run this again',
    ]);
  });

  it('says so for an empty folder, and gives a sentence for a missing folder, a file, or a bad date', () => {
    expect(runCli(['records', 'list', tempDir()]).stdout).toMatch(/^No decision records in /);
    const missing = runCli(['records', 'list'], { cwd: tempDir() });
    expect([missing.status, missing.stderr.trim()]).toEqual([
      2,
      'error: there is no folder decision-records. Name the folder that holds the decision records (the default is ./decision-records)',
    ]);
    const file = runCli(['records', 'list', join(good, 'README.md')]);
    expect(file.status).toBe(2);
    expect(file.stderr).toMatch(/README\.md is a file, not a folder of records/);
    const date = runCli(['records', 'list', good, '--as-of', '23/11/2026']);
    expect(date.status).toBe(2);
    expect(date.stderr).toMatch(/--as-of needs a date written YYYY-MM-DD/);
  });
});

describe('records summary', () => {
  it("matches README's example of its JSON, on the same records", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = /`--json` gives the same as data:\n\n```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    const result = runCli([...agency, 'records', 'summary', good, '--json', ...AS_OF]);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(example ?? 'null'));
  });

  it('gives counts, dates and case ids as JSON, and no text anyone typed', () => {
    const result = runCli([...agency, 'records', 'summary', good, '--json', ...AS_OF]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      records: 4,
      principles: { '1': 3, '3': 2, '4': 2, 'riverside-handbook:2': 1 },
      dilemma_types: { 'right-vs-wrong': 2, 'right-vs-right': 2, 'wrong-vs-wrong': 0, none: 0 },
      status: { decided: 3, evaluated: 1, superseded: 0 },
      consult_first: 0,
      reviewed: 0,
      review_agrees: { yes: 0, 'with-changes': 0, no: 0 },
      follow_ups: { overdue: 1, due: 1 },
      follow_ups_due: [
        { date: '2026-10-15', decided: '2026-10-01', scenario: 'alice-and-bob', overdue: true },
        { date: '2026-11-27', decided: '2026-11-20', scenario: null, overdue: false },
      ],
      codes: { dbsa: 3, 'riverside-handbook': 1 },
      as_of: '2026-11-23',
      skipped: 3,
      damaged: 0,
      superseded_not_counted: 0,
    });
    expect(result.stderr.trim()).toBe('Skipped 3 files that are not decision records.');
  });

  it('prints readable tables with each principle headline, and still no typed text', () => {
    const result = runCli([...agency, 'records', 'summary', good, ...AS_OF]);
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^4 decision records, as of 2026-11-23$/m);
    expect(out).not.toContain('test/fixtures');
    expect(out).toMatch(/^Principles cited: A Model Code of Ethics for Peer Specialists$/m);
    expect(out).toMatch(/^ {2}3\. +2 +Openly share: …openly share their personal recovery/m);
    expect(out).toMatch(/^ {2}5\. +0 +Respect: …respect the privacy and confidentiality/m);
    expect(out).toMatch(/^Principles cited: Riverside Re-entry Center Staff Handbook/m);
    expect(out).toMatch(/^ {2}right vs right +2$/m);
    expect(out).toMatch(/^ {2}2026-10-15 overdue +alice-and-bob +2026-10-01$/m);
    expect(out).toMatch(/^ {2}2026-11-27 due +\(own situation\) +2026-11-20$/m);
    expect(out).not.toMatch(/Gift card|Share less|Return the card|README|notes\.txt/);
  });

  it('counts what it can read in a damaged folder, counts the damaged ones without naming them, and exits 1', () => {
    const result = runCli(['records', 'summary', damaged, '--json', ...AS_OF]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ records: 1, damaged: 3 });
    // A summary may be shared: no path and no typed value, on stdout or stderr.
    expect(result.stderr.trim()).toBe(
      `error: 3 damaged records were left out; the rest are counted. \`ethics-guide records list ${damaged}\` names them`,
    );
    const listed = runCli(['records', 'list', damaged, ...AS_OF]);
    expect(listed.stderr).toMatch(/2026-11-20-gift-card-from-j\.md:7:13 {2}`principles` must be a list/);
  });
});

/** A private copy of a fixture record in a folder of its own. */
function recordCopy(name = '2026-10-01-alice-and-bob.md'): string {
  const dir = tempDir();
  cpSync(join(good, name), join(dir, name));
  chmodSync(join(dir, name), 0o600);
  return join(dir, name);
}

const OUTCOME =
  'how_it_went: |\n  Bob talked about his own plans.\n\n  ## Injected heading\nprinciples_held: partly\ndifferently: Raise it in the first week.\n';

describe('records evaluate', () => {
  it('appends an Outcome section and marks the record evaluated, keeping every other byte and mode 0600', () => {
    const record = recordCopy();
    const before = readFileSync(record, 'utf8');
    const answers = join(folderWith({ 'outcome.yaml': OUTCOME }), 'outcome.yaml');
    const result = runCli(['records', 'evaluate', record, '--answers', answers]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const today = /marked evaluated on (\d{4}-\d{2}-\d{2})/.exec(result.stdout)![1]!;
    const after = readFileSync(record, 'utf8');
    const [head, tail] = [after.slice(0, before.length + 26), after.slice(before.length + 26)];
    expect(head).toBe(before.replace('status: "decided"\n', `status: "evaluated"\nevaluated: "${today}"\n`));
    expect(tail).toBe(
      [
        '',
        '## Outcome',
        '',
        `**Evaluated:** ${today}`,
        '',
        '**How it went**',
        '',
        'Bob talked about his own plans.',
        '',
        '\\## Injected heading',
        '',
        '**Held up against the principles cited:** Partly (3. Openly share; 4. Seek; 1. Believe)',
        '',
        '**What I would do differently**',
        '',
        'Raise it in the first week.',
        '',
      ].join('\n'),
    );
    expect(parse(after.split('\n---\n')[0]!.slice(4))).toMatchObject({ status: 'evaluated', evaluated: today });
    expect(statSync(record).mode & 0o777).toBe(0o600);
  });

  it('refuses a record that is already evaluated, and changes nothing', () => {
    const record = recordCopy('2026-11-02-alice-and-bob.md');
    const before = readFileSync(record);
    const answers = join(folderWith({ 'outcome.yaml': OUTCOME }), 'outcome.yaml');
    const result = runCli(['records', 'evaluate', record, '--answers', answers]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /was already evaluated on 2026-11-17; its Outcome section is at the end of the file\. Nothing was changed/,
    );
    expect(readFileSync(record).equals(before)).toBe(true);
  });

  it('reports a missing answer at its place and changes nothing', () => {
    const record = recordCopy();
    const before = readFileSync(record);
    const answers = join(
      folderWith({ 'outcome.yaml': 'how_it_went: Fine.\nprinciples_held: mostly\n' }),
      'outcome.yaml',
    );
    const result = runCli(['records', 'evaluate', record, '--answers', answers]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /outcome\.yaml:2:18 {2}`principles_held` must be one of yes, partly, no, not "mostly"/,
    );
    const missing = runCli([
      'records',
      'evaluate',
      record,
      '--answers',
      join(folderWith({ 'o.yaml': 'how_it_went: Fine.\nprinciples_held: yes\n' }), 'o.yaml'),
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/o\.yaml:1:1 {2}`differently` is missing: What would you do differently/);
    expect(readFileSync(record).equals(before)).toBe(true);
  });

  it('gives a sentence for a file that is not a record, a damaged record, a missing file, and no terminal', () => {
    const notes = join(folderWith({ 'notes.md': '# Notes\n' }), 'notes.md');
    expect(runCli(['records', 'evaluate', notes, '--answers', notes]).stderr).toMatch(
      /notes\.md is not a decision record: it has no record front matter/,
    );
    const broken = runCli(['records', 'evaluate', join(damaged, '2026-11-20-gift-card-from-j.md'), '--answers', notes]);
    expect([broken.status, broken.stderr]).toEqual([
      1,
      expect.stringMatching(
        /:7:13 {2}`principles` must be a list[\s\S]*is damaged, so its outcome cannot be added; nothing was changed/,
      ),
    ]);
    expect(runCli(['records', 'evaluate', 'nowhere.md']).status).toBe(2);
    // A dangling link and a loop are there: each says what it is, not that there is no file.
    const links = tempDir();
    symlinkSync('/nowhere/at/all', join(links, 'gone.md'));
    symlinkSync('b.md', join(links, 'a.md'));
    symlinkSync('a.md', join(links, 'b.md'));
    expect(runCli(['records', 'evaluate', 'gone.md'], { cwd: links }).stderr.trim()).toBe(
      'error: the record gone.md is a symbolic link to a file that does not exist; fix the link or name the file itself',
    );
    expect(runCli(['records', 'evaluate', 'a.md'], { cwd: links }).stderr).toContain('a symbolic link that leads back');
    // A device is not a folder of records, nor a record to evaluate.
    const device = runCli(['records', 'list', '/dev/zero']);
    expect([device.status, device.stderr.trim()]).toEqual([
      2,
      'error: /dev/zero is not a folder (it is a device, a pipe or a socket). Name the folder that holds the decision records (the default is ./decision-records)',
    ]);
    const record = recordCopy();
    const noTerminal = runCli(['records', 'evaluate', record]);
    expect([noTerminal.status, noTerminal.stderr]).toEqual([
      2,
      expect.stringMatching(/this is not one \(input or output is redirected\)/),
    ]);
  });
});
