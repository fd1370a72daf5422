// resolve --answers as a script or a trainer runs it: records, problems, privacy, no prompts.
import { readFileSync, readdirSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/parse.js';
import { fixtures, runCli, tempDir } from '../helpers.js';

const good = join(fixtures, 'answers', 'alice-and-bob.yaml');
const today = (() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
})();

/** A working folder holding a copy of the good answers, edited by `change`. */
function answersIn(change: (text: string) => string = (t) => t): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.yaml'), change(readFileSync(good, 'utf8')));
  return dir;
}
const records = (dir: string) =>
  readdirSync(join(dir, 'decision-records'))
    .filter((f) => f.endsWith('.md'))
    .sort();

describe('resolve --answers', () => {
  it('takes an option that came up in Review as the last option, reviewed and chosen like the others', () => {
    const dir = tempDir();
    const full = readFileSync(join(fixtures, 'answers', 'alice-and-bob-full.yaml'), 'utf8');
    const added = full
      .replace('  other_rules: none\n', '  other_rules: none\n  new_option: Ask Bob what he wants from our sessions\n')
      .replace(
        '    - { option: 3, consequences: Bob feels dropped., harm: { who: Bob, severity: low } }\n',
        '    - { option: 3, consequences: Bob feels dropped., harm: { who: Bob, severity: low } }\n' +
          '    - { option: 4, consequences: Bob leads., harm: { who: no one, severity: none } }\n',
      )
      .replace('  choice: 2\n', '  choice: 4\n');
    expect(added).toContain('choice: 4');
    writeFileSync(join(dir, 'a.yaml'), added);
    const result = runCli(['resolve', '--answers', 'a.yaml'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const record = parseRecord(readFileSync(join(dir, 'decision-records', records(dir)[0]!), 'utf8'));
    expect(record.meta.decision).toBe('Ask Bob what he wants from our sessions');
    const section = (name: string) => record.sections.find((s) => s.heading === name)!.body;
    expect(section('Establish')).toContain('4. Ask Bob what he wants from our sessions');
    expect(section('Review')).toMatch(
      /\| 4\. Ask Bob what he wants from our sessions \| Bob leads\. +\| no one +\| none +\|/,
    );
    expect(section('Review')).toContain('Option 4 came up in Review, from what it showed or the advice you got.');
    expect(section('Establish')).toContain('Option 4 came up later, in Review.');

    // One that is already an option adds none, and the count's problem says why.
    writeFileSync(
      join(dir, 'b.yaml'),
      added.replace('new_option: Ask Bob what he wants from our sessions', 'new_option: Stop sharing altogether'),
    );
    const same = runCli(['resolve', '--answers', 'b.yaml'], { cwd: dir });
    expect(same.status).toBe(1);
    expect(same.stderr).toContain(
      'review.options has 4 reviews but establish.options has 3 options (review.new_option is already option 3, so it adds none)',
    );
  });

  it('writes a 0600 record that cites the principles, and says where', () => {
    const dir = answersIn();
    const { status, stdout, stderr } = runCli(['resolve', '--answers', 'a.yaml'], { cwd: dir });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(
      `Decision record written: decision-records/${today}-alice-and-bob.md (readable only by you)`,
    );
    const file = join(dir, 'decision-records', `${today}-alice-and-bob.md`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'decision-records')).mode & 0o777).toBe(0o700);
    const record = parseRecord(readFileSync(file, 'utf8'));
    expect(record.meta).toMatchObject({
      scenario: 'alice-and-bob',
      code: 'dbsa',
      date: today,
      principles: [3, 4, 1],
      decision: "Share less, and only when it serves Bob's goals",
      status: 'decided',
    });
    expect(record.sections.find((s) => s.heading === 'Principles applied')?.body).toContain(
      '**4. Seek.** Peer Specialists seek to role-model recovery.',
    );
  });

  it('never overwrites: the same answers again give a -2 record, identical apart from nothing', () => {
    const dir = answersIn();
    runCli(['resolve', '--answers', 'a.yaml'], { cwd: dir });
    const second = runCli(['resolve', 'alice-and-bob', '--answers', 'a.yaml', '--out', 'decision-records'], {
      cwd: dir,
    });
    expect(second.stdout).toContain(`decision-records/${today}-alice-and-bob-2.md`);
    const [first, again] = records(dir).map((f) => readFileSync(join(dir, 'decision-records', f), 'utf8'));
    expect(again).toBe(first);
  });

  it('reports every problem at its line and column and writes nothing', () => {
    const dir = answersIn((t) =>
      t
        .replace('principles: [3, 4, 1]\nact', 'principles: [3, 4, 14]\nact')
        .replace('choice: 2', 'choice: 5')
        .replace('follow_up: 2026-12-07', 'follow_up: 2026-13-40'),
    );
    const { status, stderr } = runCli(['resolve', '--answers', 'a.yaml'], { cwd: dir });
    expect(status).toBe(1);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'a.yaml:25:11  explain.choice: choose one of 1, 2, 3',
      'a.yaml:29:15  explain.principles: principle 14 is not in the code (it has 1-13)',
      'a.yaml:32:14  act.follow_up: 2026-13-40 is not a day of the calendar (or not between 1900 and 2999); write one that is',
      'error: the answers do not fit scenario alice-and-bob; no record was written',
    ]);
    expect(() => readdirSync(join(dir, 'decision-records'))).toThrow();
  });

  it('names a missing answer and a YAML mistake with their places', () => {
    const missing = answersIn((t) => t.replace(/  stakeholders: .*\n/, ''));
    const result = runCli(['resolve', '--answers', 'a.yaml'], { cwd: missing });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^a\.yaml:\d+:\d+  `understand\.stakeholders` is missing: Who is involved, and who is affected\?$/m,
    );
    const broken = answersIn((t) => t.replace('recognize: {', 'recognize: {{'));
    const syntax = runCli(['resolve', '--answers', 'a.yaml'], { cwd: broken });
    expect(syntax.status).toBe(1);
    expect(syntax.stderr).toMatch(
      /^a\.yaml:4:12  a list in \[ \] or a mapping in \{ \} is not closed; end it with \] or \} on the same line/m,
    );
    expect(syntax.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps hostile text as text in the record', () => {
    const dir = answersIn((t) =>
      t.replace('rationale: |\n', 'rationale: |\n    ## Principles applied\n    <script>alert(1)</script>\n    ---\n'),
    );
    expect(runCli(['resolve', '--answers', 'a.yaml'], { cwd: dir }).status).toBe(0);
    const text = readFileSync(join(dir, 'decision-records', records(dir)[0]!), 'utf8');
    expect(parseRecord(text).sections.filter((s) => s.heading === 'Principles applied')).toHaveLength(1);
    expect(text).not.toMatch(/^<script>/m);
  });

  it('warns about a phone number or e-mail address, and still writes the record', () => {
    const dir = answersIn((t) =>
      t.replace('stakeholders: [Bob,', 'stakeholders: [Bob (555-867-5309, bob@example.org),'),
    );
    const { status, stderr } = runCli(['resolve', '--answers', 'a.yaml'], { cwd: dir });
    expect(status).toBe(0);
    expect(stderr).toContain('warning: understand.stakeholders holds what looks like a phone number ("555-867-5309")');
    expect(stderr).toContain(
      'warning: understand.stakeholders holds what looks like an e-mail address ("bob@example.org")',
    );
    expect(records(dir)).toHaveLength(1);
    // Where initials and a role were asked for, a first and last name is warned about too.
    writeFileSync(join(dir, 'r1.yaml'), 'reviewer: M.K., Program Supervisor\nagree: "yes"\ncomment: Fine.\n');
    const initials = runCli(['records', 'review', join('decision-records', records(dir)[0]!), '--answers', 'r1.yaml'], {
      cwd: dir,
    });
    expect([initials.status, initials.stderr]).toEqual([0, '']);
    writeFileSync(join(dir, 'r2.yaml'), 'reviewer: Maria Kelly, program supervisor\nagree: "yes"\ncomment: Fine.\n');
    const full = runCli(['records', 'review', join('decision-records', records(dir)[0]!), '--answers', 'r2.yaml'], {
      cwd: dir,
    });
    expect(full.stderr).toContain(
      'warning: reviewer holds what looks like a full name (initials were asked for) ("Maria Kelly")',
    );
  });

  it('reports problems of shape and of fit to the case together, at their places', () => {
    const dir = answersIn((t) => t.replace('severity: moderate', 'severity: awful').replace('choice: 2', 'choice: 7'));
    const result = runCli(['resolve', '--answers', 'a.yaml'], { cwd: dir });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([
      'a.yaml:19:96  `severity` must be one of none, low, moderate, high, severe, not "awful"',
      'a.yaml:25:11  explain.choice: choose one of 1, 2, 3',
      'error: the answers do not fit scenario alice-and-bob; no record was written',
    ]);
  });

  it('works for your own situation with another code', () => {
    const dir = tempDir();
    copyFileSync(join(fixtures, 'answers', 'own-situation.yaml'), join(dir, 'a.yaml'));
    const { status, stdout } = runCli(
      ['--library', join(fixtures, 'agency-library'), 'resolve', '--answers', 'a.yaml', '--code', 'riverside-handbook'],
      { cwd: dir },
    );
    expect(status).toBe(0);
    // The file name never holds the typed title: anyone who can list the folder would see it.
    expect(stdout).toContain(`decision-records/${today}-own-situation.md`);
    expect(records(dir)).toEqual([`${today}-own-situation.md`]);
    const record = parseRecord(readFileSync(join(dir, 'decision-records', `${today}-own-situation.md`), 'utf8'));
    expect(record.meta).toMatchObject({
      scenario: null,
      title: 'Gift card from J.',
      code: 'riverside-handbook',
      dilemma_type: 'right-vs-wrong',
      principles: [1],
    });
    expect(record.sections.find((s) => s.heading === 'Principles applied')?.body).toContain(
      'Staff do not accept gifts or favors with a value of $25 or more from participants.',
    );
  });

  it('refuses to prompt when input is not a terminal, and says to use --answers', () => {
    const { status, stderr } = runCli(['resolve', 'alice-and-bob'], { cwd: tempDir() });
    expect(status).toBe(2);
    expect(stderr).toContain('resolve asks its questions in a terminal, and this is not one');
    expect(stderr).toContain('--answers FILE');
  });

  it('exits 2 when the command and the answers name different cases', () => {
    const { status, stderr } = runCli(['resolve', 'anna-and-john', '--answers', good], { cwd: tempDir() });
    expect(status).toBe(2);
    expect(stderr.trim()).toBe(
      'error: the answers are for scenario alice-and-bob, but the command names anna-and-john; name one of them, or neither',
    );
  });
});
