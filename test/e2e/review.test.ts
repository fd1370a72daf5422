// records review: a supervisor's sign-off, twice, with every other byte of the record kept, the
// latest reviewer in the front matter, and a draft kept when the review is stopped (tmux).
import { chmodSync, copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/parse.js';
import { VERSION } from '../../src/version.js';
import { fixtures, runCli, tempDir } from '../helpers.js';
import { terminal, useTmux } from '../tmux.js';

const RECORD = '2026-10-01-alice-and-bob.md';

function recordCopy(): string {
  const dir = tempDir();
  copyFileSync(join(fixtures, 'records', 'good', RECORD), join(dir, RECORD));
  chmodSync(join(dir, RECORD), 0o600);
  return dir;
}

useTmux();

describe('records review', () => {
  it('signs a record off twice, keeping every other byte, with the latest reviewer in the front matter', () => {
    const dir = recordCopy();
    const before = readFileSync(join(dir, RECORD), 'utf8');
    writeFileSync(
      join(dir, 'r1.yaml'),
      'reviewer: M.K., program supervisor\nagree: with-changes\ncomment: Ask Bob first next time.\n',
    );
    writeFileSync(
      join(dir, 'r2.yaml'),
      'reviewer: T.O., clinical lead\nagree: yes\ncomment: Agreed after the follow-up.\n',
    );
    const first = runCli(['records', 'review', RECORD, '--answers', 'r1.yaml', '--on', '2026-11-01'], { cwd: dir });
    expect([first.status, first.stderr]).toEqual([0, '']);
    expect(first.stdout.trim()).toBe(`Review added: ${RECORD}, reviewed on 2026-11-01 (readable only by you)`);
    // The list says whether the latest review agrees.
    expect(runCli(['records', 'list', '.', '--as-of', '2026-11-23'], { cwd: dir }).stdout).toMatch(
      /, reviewed: agrees with changes/,
    );
    const second = runCli(['records', 'review', RECORD, '--answers', 'r2.yaml', '--on', '2026-11-08'], { cwd: dir });
    expect(second.status).toBe(0);
    const after = readFileSync(join(dir, RECORD), 'utf8');
    const record = parseRecord(after);
    expect(record.meta).toMatchObject({
      reviewed: '2026-11-08',
      reviewed_by: 'T.O., clinical lead',
      status: before.includes('status: "evaluated"') ? 'evaluated' : 'decided',
    });
    const section = record.sections.filter((s) => s.heading === 'Supervisor review');
    expect(section).toHaveLength(1);
    expect(section[0]!.body).toMatch(
      /^### Reviewed on 2026-11-01 by M\.K\., program supervisor\n\n\*\*Agrees with the decision:\*\* Yes, with changes\n\nAsk Bob first next time\.\n\n### Reviewed on 2026-11-08 by T\.O\., clinical lead/,
    );
    // Every byte of the original body is still there, in order; the front matter only gained two lines.
    const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5);
    expect(body(after).startsWith(body(before))).toBe(true);
    const added = after
      .split('\n---\n')[0]!
      .split('\n')
      .filter((l) => !before.includes(l));
    expect(added).toEqual(['reviewed: "2026-11-08"', 'reviewed_by: "T.O., clinical lead"', 'review_agrees: "yes"']);
    expect(statSync(join(dir, RECORD)).mode & 0o777).toBe(0o600);
    expect(runCli(['records', 'list', '.', '--as-of', '2026-11-23'], { cwd: dir }).stdout).toMatch(
      /(decided|evaluated), reviewed: agrees(?! with)/,
    );
    // A supervisor who does not agree is seen in the list, the summary and its JSON.
    writeFileSync(join(dir, 'r3.yaml'), 'reviewer: T.O.\nagree: "no"\ncomment: Talk with me first.\n');
    expect(runCli(['records', 'review', RECORD, '--answers', 'r3.yaml'], { cwd: dir }).status).toBe(0);
    expect(runCli(['records', 'list', '.', '--as-of', '2026-11-23'], { cwd: dir }).stdout).toMatch(
      /, reviewed: does not agree/,
    );
    expect(runCli(['records', 'summary', '.', '--as-of', '2026-11-23'], { cwd: dir }).stdout).toMatch(
      /^Reviewed by a supervisor\n {2}1 record: does not agree 1$/m,
    );
    const json = JSON.parse(runCli(['records', 'summary', '.', '--json'], { cwd: dir }).stdout);
    expect(json).toMatchObject({ reviewed: 1, review_agrees: { yes: 0, 'with-changes': 0, no: 1 } });
  });

  it('puts a later review in the section even when an outcome came after the first', () => {
    const dir = recordCopy();
    writeFileSync(join(dir, 'r.yaml'), 'reviewer: M.K.\nagree: "yes"\ncomment: Fine.\n');
    writeFileSync(join(dir, 'o.yaml'), 'how_it_went: Well.\nprinciples_held: "yes"\ndifferently: Nothing.\n');
    expect(
      runCli(['records', 'review', RECORD, '--answers', 'r.yaml', '--on', '2026-11-01'], { cwd: dir }).status,
    ).toBe(0);
    expect(runCli(['records', 'evaluate', RECORD, '--answers', 'o.yaml'], { cwd: dir }).status).toBe(0);
    expect(
      runCli(['records', 'review', RECORD, '--answers', 'r.yaml', '--on', '2026-11-09'], { cwd: dir }).status,
    ).toBe(0);
    const headings = parseRecord(readFileSync(join(dir, RECORD), 'utf8')).sections.map((s) => s.heading);
    expect(headings.slice(-2)).toEqual(['Supervisor review', 'Outcome']);
    expect(readFileSync(join(dir, RECORD), 'utf8').match(/^### Reviewed on/gm)).toHaveLength(2);
  });

  it('signs off a record with 60,000 lines in its front matter and a million after it, without stalling', () => {
    const dir = recordCopy();
    const path = join(dir, RECORD);
    const blank = '\n'.repeat(60_000);
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8').replace('status: "decided"\n', `status: "decided"\n${blank}`)}${'\n'.repeat(1_000_000)}`,
    );
    writeFileSync(join(dir, 'r.yaml'), 'reviewer: M.K.\nagree: "yes"\ncomment: Fine.\n');
    // Each line is looked at a fixed number of times; looking for the closing --- once per line
    // took minutes here, and a stop signal could not reach it meanwhile.
    const run = runCli(['records', 'review', RECORD, '--answers', 'r.yaml', '--on', '2026-11-01'], { cwd: dir });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(readFileSync(path, 'utf8')).toContain('reviewed: "2026-11-01"\nreviewed_by: "M.K."\n');
  });

  it('refuses a bad date and a file that is not a record, and changes nothing', () => {
    const dir = recordCopy();
    writeFileSync(join(dir, 'r.yaml'), 'reviewer: M.K.\nagree: maybe\ncomment: x\n');
    expect(runCli(['records', 'review', RECORD, '--answers', 'r.yaml', '--on', 'tuesday'], { cwd: dir }).status).toBe(
      2,
    );
    const bad = runCli(['records', 'review', RECORD, '--answers', 'r.yaml'], { cwd: dir });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/r\.yaml:2:8 {2}`agree` must be one of yes, with-changes, no, not "maybe"/);
    expect(readFileSync(join(dir, RECORD))).toEqual(readFileSync(join(fixtures, 'records', 'good', RECORD)));
  });

  it('keeps the first answer in a draft on Ctrl-C, and the same command continues from it', async () => {
    const dir = recordCopy();
    const first = terminal(dir, ['records', 'review', RECORD]);
    // First what is to be agreed with, a screen at a time: the dilemma, the choice and why, each
    // option's risk of harm (the chosen one in full) and the plan.
    const page = await first.waitFor('? Press Enter for more');
    expect(page).toMatch(/^Reviewing: Alice & Bob {2}decided 2026-10-01$/m);
    expect(page).toContain("  Chosen option: 2. Share less, and only when it serves Bob's goals");
    expect(page.trimEnd().split('\n').length).toBeLessThanOrEqual(30);
    first.send('Enter');
    await first.waitFor('? Your initials and role (never a full name)');
    const shown = first.history();
    expect(shown).toContain('  Kind: Right vs right, short term vs long term');
    expect(shown).toMatch(
      /^Review\n {2}1\. Keep sharing her story as before — Risk of harm: moderate\n {2}2\. Share less.* \(chosen\)\n.*\n.*\n {4}Risk of harm: low\n {2}3\. Stop sharing/m,
    );
    expect(shown).toContain('  Follow-up: 2026-12-07');
    expect(shown).toContain(`The rest of the record: ${RECORD}`);
    expect(shown).not.toContain('Press Enter for more');
    await first.answer('? Your initials and role (never a full name)', 'M.K., program supervisor');
    await first.waitFor('? Do you agree with the decision?');
    first.send('C-c');
    const stopped = await first.waitFor(/^EXIT=\d+$/m);
    expect(stopped).toMatch(/^EXIT=130$/m);
    const draft = join(dir, 'drafts', RECORD.replace('.md', '.review.yaml'));
    expect(parse(readFileSync(draft, 'utf8'))).toMatchObject({
      draft: { of: 'review' },
      reviewer: 'M.K., program supervisor',
    });
    const second = terminal(dir, ['records', 'review', RECORD]);
    await second.answer('? Press Enter for more');
    expect(await second.waitFor('? Do you agree with the decision?')).toContain('Continuing from drafts/');
    second.send('Enter');
    await second.answer('? Your comment for the peer specialist', 'Good reasoning.');
    const end = await second.waitFor(/^EXIT=\d+$/m);
    expect(end).toMatch(/^EXIT=0$/m);
    expect(readdirSync(join(dir, 'drafts'))).toEqual([]);
    expect(parseRecord(readFileSync(join(dir, RECORD), 'utf8')).meta.reviewed_by).toBe('M.K., program supervisor');
  }, 60_000);

  it('says first thing that the record is flagged consult first', async () => {
    const dir = recordCopy();
    const path = join(dir, RECORD);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('status: "decided"', 'status: "decided"\nconsult_first: true'),
    );
    const run = terminal(dir, ['records', 'review', RECORD]);
    const page = await run.waitFor('? Press Enter for more');
    expect(page).toMatch(
      /^Reviewing: Alice & Bob .*\n! Flagged consult first: an option could cause serious harm, or an urgent policy applies,/m,
    );
  });

  it('shows what a hand-edited record holds with its control characters as stand-ins', async () => {
    const dir = recordCopy();
    const path = join(dir, RECORD);
    const edited = readFileSync(path, 'utf8').replace(
      'Her story is a tool, not the focus.',
      'Her story \u001b[2J\u001b]0;owned\u0007is a tool &#x1b;[31mnot the focus.\u202e',
    );
    writeFileSync(path, edited);
    const run = terminal(dir, ['records', 'review', RECORD]);
    const asked = await run.waitFor('? Press Enter for more');
    expect(asked).toContain('    Her story ␛[2J␛]0;owned␇is a tool ␛[31mnot the focus.');
    expect(asked).toContain('  Principles cited: 3. Openly share; 4. Seek; 1. Believe');
    // Ctrl-C while reading stops before the first answer.
    run.send('C-c');
    const stopped = await run.waitFor(/^EXIT=\d+$/m);
    expect(stopped).toMatch(/^EXIT=130$/m);
    expect(stopped).toContain('Stopped before the first answer; the record was not changed');
    expect(readFileSync(path, 'utf8')).toBe(edited);
  });

  it('shows at most a few screens of a hand-edited record however long, then asks', async () => {
    const dir = recordCopy();
    const path = join(dir, RECORD);
    const steps = Array.from({ length: 2000 }, (_, i) => `- Step ${i + 1}`).join('\n');
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace('Her story is a tool, not the focus.', `${'word '.repeat(200_000)}end.`)
        .replace('- Ask Bob what he wants from sessions', steps),
    );
    const run = terminal(dir, ['records', 'review', RECORD]);
    let pages = 0;
    for (let shown = ''; ; ) {
      shown = await run.waitFor(
        (screen) => screen !== shown && /^\? (Press Enter for more|Your initials)/m.test(screen),
      );
      if (/^\? Your initials/m.test(shown)) break;
      expect(++pages).toBeLessThan(15);
      run.send('Enter');
    }
    const history = run.history();
    expect(history).toMatch(/^ {6}word .*…$/m);
    expect(history).not.toContain('end.');
    expect(history).toContain(`The digest stops here; the rest is in the record: ${RECORD}`);
    run.send('C-c');
    expect(await run.waitFor(/^EXIT=\d+$/m)).toMatch(/^EXIT=130$/m);
  }, 60_000);

  it('offers an earlier answer from a hand-edited draft as its default without drawing its escapes raw', async () => {
    const dir = recordCopy();
    mkdirSync(join(dir, 'drafts'), { mode: 0o700 });
    const draft = join(dir, 'drafts', RECORD.replace('.md', '.review.yaml'));
    const answers = 'reviewer: M.K.\nagree: "yes"\ncomment: "Fine \\e]0;PWN\\a\\e[8mX"\n';
    writeFileSync(draft, `draft:\n  of: review\n  unfinished: [comment]\n${answers}`, { mode: 0o600 });
    // Without the version a draft is refused, in one sentence.
    const refused = terminal(dir, ['records', 'review', RECORD]);
    expect(await refused.waitFor(/^EXIT=\d+$/m)).toContain(
      'cannot be continued; fix it, or move it away to start over.',
    );
    writeFileSync(draft, `draft:\n  of: review\n  version: ${VERSION}\n  unfinished: [comment]\n${answers}`);
    const run = terminal(dir, ['records', 'review', RECORD]);
    await run.answer('? Press Enter for more');
    const asked = await run.waitFor('? Your comment for the peer specialist');
    expect(asked).toContain('? Your comment for the peer specialist (Fine ␛]0;PWN␇␛[8mX)');
    expect(run.title()).not.toBe('PWN');
    run.send('Enter');
    expect(await run.waitFor(/^EXIT=\d+$/m)).toMatch(/^EXIT=0$/m);
    const record = readFileSync(join(dir, RECORD), 'utf8');
    expect(record).toContain('Fine ');
    expect(record).not.toContain('\u001b');
  });

  it('keeps the heading on the first page when one word of an answer is longer than the screen is wide', async () => {
    const dir = recordCopy();
    const path = join(dir, RECORD);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Her story is a tool, not the focus.', 'X'.repeat(200_000)));
    const run = terminal(dir, ['records', 'review', RECORD]);
    // The clipped word fills many rows of the terminal: the page is cut by rows, not by lines.
    expect(await run.waitFor('? Press Enter for more')).toMatch(/^Reviewing: Alice & Bob/m);
  });
});
