// resolve --revise: a new decision that replaces an old one. The new record names the old, the
// old is marked superseded (and nothing else of it changes), a failure leaves the old record
// as it was, and in a terminal each old answer is offered to keep or change (tmux).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { keptAnswers } from '../../src/record/kept-answers.js';
import { parseRecord } from '../../src/record/parse.js';
import { fixtures, runCli, runPasted, tempDir } from '../helpers.js';
import { terminal, useTmux, type Terminal } from '../tmux.js';

const FULL = join(fixtures, 'answers', 'alice-and-bob-full.yaml');

/** A folder with one record made from the full answers; returns the folder and the record's path. */
function oldRecord(): { dir: string; old: string; bytes: string } {
  const dir = tempDir();
  const made = runCli(['resolve', '--answers', FULL], { cwd: dir });
  expect(made.status).toBe(0);
  const name = readdirSync(join(dir, 'decision-records')).find((f) => f.endsWith('.md'))!;
  const old = join('decision-records', name);
  return { dir, old, bytes: readFileSync(join(dir, old), 'utf8') };
}

/** The records in the folder, the old one (named) first. */
const records = (dir: string, old: string) =>
  readdirSync(join(dir, 'decision-records'))
    .filter((f) => f.endsWith('.md'))
    .sort((a, b) => (old.endsWith(a) ? -1 : old.endsWith(b) ? 1 : 0));

useTmux();

/**
 * Keeps each old answer until the one whose "Last time:" line shows `shown`. The old record
 * has no answer to "another option?" (it came before that question), so it is asked plainly.
 */
const keepUntil = async (run: Terminal, shown: string) => {
  const kept = () => run.history().split('✔ Keep this answer? Yes').length;
  for (;;) {
    const screen = await run.waitFor((s) =>
      /\? (Keep this answer\? \(Y\/n\)|Did the review, or the advice you got, bring up another option\?.*)$/.test(
        s.trimEnd(),
      ),
    );
    if (/\? Did the review, or the advice you got, bring up another option\?.*$/.test(screen.trimEnd())) {
      run.send('Enter');
      await run.waitFor('✔ Did the review, or the advice you got, bring up another option?');
      continue;
    }
    if (screen.trimEnd().split('\n').slice(-3).join('\n').includes(shown)) return;
    const before = kept();
    run.send('Enter');
    await run.waitFor(() => kept() > before);
  }
};

describe('resolve --revise', () => {
  it('writes a new record that supersedes the old, which changes in two front-matter lines only', () => {
    const { dir, old, bytes } = oldRecord();
    writeFileSync(join(dir, 'new.yaml'), readFileSync(FULL, 'utf8').replace('choice: 2', 'choice: 3'));
    const result = runCli(['resolve', '--revise', old, '--answers', 'new.yaml'], { cwd: dir });
    expect([result.status, result.stderr]).toEqual([0, '']);
    const [first, second] = records(dir, old);
    expect(result.stdout.trim().split('\n')).toEqual([
      `Decision record written: decision-records/${second} (readable only by you)`,
      `Superseded: ${old} now says it was replaced by ${second}.`,
    ]);
    const revised = parseRecord(readFileSync(join(dir, 'decision-records', second!), 'utf8'));
    expect(revised.meta).toMatchObject({ supersedes: first, status: 'decided', decision: 'Stop sharing altogether' });
    // In words as well as in the front matter.
    expect(readFileSync(join(dir, 'decision-records', second!), 'utf8')).toContain(
      `This decision replaces an earlier one, ${first}.`,
    );
    const after = readFileSync(join(dir, old), 'utf8');
    const changed = after.split('\n').filter((line) => !bytes.split('\n').includes(line));
    expect(changed).toEqual(['status: "superseded"', `superseded_by: "${second}"`]);
    expect(after.replace(/\n(status|superseded_by): .*/g, '')).toBe(bytes.replace(/\n(status): .*/g, ''));
    expect(statSync(join(dir, old)).mode & 0o777).toBe(0o600);
    // The old record is hidden from the list unless asked for.
    const list = (extra: string[]) =>
      (
        JSON.parse(runCli(['records', 'list', '--json', ...extra], { cwd: dir }).stdout) as {
          records: { file: string }[];
        }
      ).records.length;
    expect([list([]), list(['--all'])]).toEqual([1, 2]);
    // A record that was replaced is not revised again.
    const again = runCli(['resolve', '--revise', old, '--answers', 'new.yaml'], { cwd: dir });
    expect([again.status, again.stderr.trim()]).toEqual([
      2,
      `error: ${old} was already replaced by decision-records/${second}; revise that one instead`,
    ]);
    // Nor evaluated: its outcome belongs to the decision that replaced it, and the hint runs.
    writeFileSync(join(dir, 'o.yaml'), 'how_it_went: Well.\nprinciples_held: "yes"\ndifferently: Nothing.\n');
    const replaced = readFileSync(join(dir, old));
    const evaluated = runCli(['records', 'evaluate', old, '--answers', 'o.yaml'], { cwd: dir });
    const hint = `ethics-guide records evaluate decision-records/${second}`;
    expect([evaluated.status, evaluated.stderr.trim()]).toEqual([
      2,
      `error: ${old} was replaced by decision-records/${second}, a revised decision, so the outcome belongs there: \`${hint}\`. Nothing was changed`,
    ]);
    expect(readFileSync(join(dir, old))).toEqual(replaced);
    // Nor reviewed: a supervisor signing off the old decision would leave the new one waiting.
    writeFileSync(join(dir, 'r.yaml'), 'reviewer: M.K.\nagree: "yes"\ncomment: Fine.\n');
    const reviewed = runCli(['records', 'review', old, '--answers', 'r.yaml'], { cwd: dir });
    expect([reviewed.status, reviewed.stderr.trim()]).toEqual([
      2,
      `error: ${old} was replaced by decision-records/${second}, a revised decision, so the review belongs there: \`ethics-guide records review decision-records/${second}\`. Nothing was changed`,
    ]);
    expect(readFileSync(join(dir, old))).toEqual(replaced);
    expect(runPasted(`${hint} --answers o.yaml`, dir).status).toBe(0);
    // A record an older version evaluated after it was replaced still counts as replaced.
    writeFileSync(join(dir, old), replaced.toString().replace('status: "superseded"', 'status: "evaluated"'));
    expect(runCli(['resolve', '--revise', old, '--answers', 'new.yaml'], { cwd: dir }).status).toBe(2);
    expect([list([]), list(['--all'])]).toEqual([1, 2]);
  });

  it('leaves the old record untouched when the new one cannot be written', () => {
    const { dir, old, bytes } = oldRecord();
    writeFileSync(join(dir, 'bad.yaml'), readFileSync(FULL, 'utf8').replace('choice: 2', 'choice: 9'));
    const invalid = runCli(['resolve', '--revise', old, '--answers', 'bad.yaml'], { cwd: dir });
    expect(invalid.status).toBe(1);
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const noFolder = runCli(['resolve', '--revise', old, '--answers', FULL, '--out', 'a-file/records'], { cwd: dir });
    expect(noFolder.status).not.toBe(0);
    expect(noFolder.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, old), 'utf8')).toBe(bytes);
    expect(records(dir, old)).toHaveLength(1);
  });

  it('keeps its case, and says where kept answers that cannot be read are', () => {
    const { dir, old, bytes } = oldRecord();
    const other = runCli(['resolve', 'rosa-and-dev', '--revise', old, '--answers', FULL], { cwd: dir });
    expect([other.status, other.stderr.trim()]).toEqual([
      2,
      `error: ${old} is a decision on scenario alice-and-bob, not on rosa-and-dev; a revision keeps its case (start a new decision with \`ethics-guide resolve rosa-and-dev\`)`,
    ]);
    const line =
      keptAnswers(bytes)!.line +
      bytes
        .slice(bytes.indexOf('```yaml'))
        .split('\n')
        .findIndex((l) => l.startsWith('  choice:')) -
      1;
    writeFileSync(join(dir, old), bytes.replace('  choice: 2', '  choice: two'));
    const damaged = runCli(['resolve', '--revise', old, '--answers', FULL], { cwd: dir });
    expect(damaged.status).toBe(1);
    expect(damaged.stderr).toMatch(new RegExp(`^${old.replace('.', '\\.')}:${line}:\\d+  `, 'm'));
    expect(damaged.stderr).toMatch(/error: the answers kept at the end of .* cannot be read, so it was not revised/);
  });

  it('asks anew when the record keeps no answers (written before records kept them)', () => {
    const dir = tempDir();
    copyFileSync(join(fixtures, 'records', 'good', '2026-10-01-alice-and-bob.md'), join(dir, 'old.md'));
    const result = runCli(['resolve', '--revise', 'old.md', '--answers', FULL], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/note: old\.md does not keep the answers it was made from/);
    expect(parseRecord(readFileSync(join(dir, 'old.md'), 'utf8')).meta.status).toBe('superseded');
    // The new record goes beside the old one.
    expect(readdirSync(dir).filter((f) => f.endsWith('.md'))).toHaveLength(2);
  });

  it('offers each old answer to keep or change in a terminal, and a stop keeps a draft to continue from', async () => {
    const { dir, old } = oldRecord();
    const first = terminal(dir, ['resolve', '--revise', old]);
    await first.answer('? Press Enter to begin', '');
    await first.waitFor('Last time: yes');
    // A list is shown one item a line.
    await keepUntil(first, '  - Share less and only with purpose\n  - Stop sharing altogether');
    first.send('C-c');
    expect(await first.waitFor(/^EXIT=\d+$/m)).toMatch(/^EXIT=130$/m);
    const stopped = first.history();
    const draft = /your answers are kept in (\S+)\. Continue with: (.*resolve --resume \S+)/.exec(stopped);
    expect(draft?.[2]).toBe(`ethics-guide resolve --resume ${draft?.[1]}`);
    // The draft knows the record it revises, so --resume alone continues the revision.
    expect(parse(readFileSync(join(dir, draft![1]!), 'utf8'))).toMatchObject({
      draft: { of: 'resolve', revising: join(dir, old) },
      understand: { unknowns: ['What Bob wants from sessions'] },
    });
    // A draft of a revision is not offered to a plain walkthrough of the case, which would lose what it replaces.
    const plain = terminal(dir, ['resolve', 'alice-and-bob']);
    await plain.waitFor('? Press Enter to begin');
    expect(plain.history()).not.toContain('Continue that draft?');
    plain.send('C-c');
    await plain.waitFor(/^EXIT=\d+$/m);

    const second = terminal(dir, ['resolve', '--resume']);
    await keepUntil(second, 'Last time: It keeps his goals at the centre.');
    second.type('n');
    second.send('Enter');
    // To change an answer is to start from it: it is on the line, to edit.
    await second.waitFor('Your earlier answer is on the line, to change: edit it, then press Enter.');
    await second.waitFor('? Why this choice? Defend it in your own words. It keeps his goals at the centre.');
    second.type(' Bob asked for less of her story.');
    second.send('Enter');
    await keepUntil(second, 'Last time: 2099-12-07');
    second.send('Enter');
    expect(await second.waitFor(/^EXIT=\d+$/m)).toMatch(/^EXIT=0$/m);
    const [firstName, secondName] = records(dir, old);
    const revised = parseRecord(readFileSync(join(dir, 'decision-records', secondName!), 'utf8'));
    expect(revised.meta).toMatchObject({ supersedes: firstName, decision: 'Share less and only with purpose' });
    expect(revised.sections.find((s) => s.heading === 'Explain')?.body).toContain(
      'It keeps his goals at the centre. Bob asked for less of her story.',
    );
    expect(parseRecord(readFileSync(join(dir, old), 'utf8')).meta.superseded_by).toBe(secondName);
    expect(readdirSync(join(dir, 'decision-records', 'drafts'))).toEqual([]);
  }, 90_000);
});

/** A draft of a revision of `revising` with every answer but the follow-up date, as a stop leaves it. */
function revisionDraft(dir: string, revising: string, name = 'revision.yaml'): string {
  const answers = parse(readFileSync(FULL, 'utf8')) as { act: { follow_up?: string }; review: object };
  delete answers.act.follow_up;
  answers.review = { ...answers.review, new_option: null };
  const path = join('decision-records', 'drafts', name);
  mkdirSync(join(dir, 'decision-records', 'drafts'), { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, path), stringify({ draft: { of: 'resolve', version: '0.1.0', revising }, ...answers }), {
    mode: 0o600,
  });
  return path;
}

describe('changing an optional answer when revising', () => {
  it('leaves it out when the line is left empty, instead of bringing the old answer back', async () => {
    const dir = tempDir();
    const answers = readFileSync(FULL, 'utf8')
      .replace('policies: "Share with a purpose."', 'policies: [{ rule: hipaa-privacy, applies: "no" }]')
      .replace('other_rules: none', 'other_rules: "Center rule: ask first"');
    writeFileSync(join(dir, 'a.yaml'), answers);
    expect(runCli(['resolve', '--answers', 'a.yaml'], { cwd: dir }).status).toBe(0);
    const [name] = readdirSync(join(dir, 'decision-records')).filter((f) => f.endsWith('.md'));
    const old = join('decision-records', name!);
    const run = terminal(dir, ['resolve', '--revise', old]);
    await run.answer('? Press Enter to begin', '');
    await keepUntil(run, 'Last time: Center rule: ask first');
    run.type('n');
    run.send('Enter');
    await run.waitFor('Type the new answer, or press Enter to leave it out.');
    expect(await run.waitFor('? Any other laws or agency rules that apply?')).not.toContain('(Center rule');
    run.send('Enter');
    await keepUntil(run, 'Last time: 2099-12-07');
    run.send('Enter');
    expect(await run.waitFor(/^EXIT=\d+$/m)).toMatch(/^EXIT=0$/m);
    const newest = records(dir, old).at(-1)!;
    const text = readFileSync(join(dir, 'decision-records', newest), 'utf8');
    expect(text).toContain('This decision replaces an earlier one');
    expect(text).not.toContain('Center rule');
  }, 60_000);
});

describe('continuing the draft of a revision', () => {
  it('goes on as a new decision, and says so, when its record was deleted or replaced meanwhile', async () => {
    for (const gone of ['deleted', 'replaced'] as const) {
      const { dir, old } = oldRecord();
      const draft = revisionDraft(dir, join(dir, old));
      if (gone === 'deleted') rmSync(join(dir, old));
      else expect(runCli(['resolve', '--revise', old, '--answers', FULL], { cwd: dir }).status).toBe(0);
      const run = terminal(dir, ['resolve', '--resume']);
      await run.waitFor(() => run.history().includes('which replaces no record.'));
      expect(run.history(), gone).toMatch(
        gone === 'deleted' ? /note: there is no file .*\. So the answers of / : /note: .* was already replaced by /,
      );
      await run.answer(/^\? When will you look back at how it went\?/m);
      expect(await run.waitFor(/^EXIT=\d+$/m)).toMatch(/^EXIT=0$/m);
      const written = readdirSync(join(dir, 'decision-records')).filter((f) => f.endsWith('.md'));
      const newest = written.map((f) => parseRecord(readFileSync(join(dir, 'decision-records', f), 'utf8')));
      expect(newest.filter((r) => r.meta.status === 'decided' && !r.meta.supersedes)).toHaveLength(1);
      expect(
        readdirSync(join(dir, 'decision-records', 'drafts')).filter((f) => f === 'revision.yaml'),
        draft,
      ).toEqual([]);
    }
  }, 60_000);

  it('with --revise A --resume, takes the newest draft of a revision of A, not of another record', async () => {
    const { dir, old } = oldRecord();
    copyFileSync(join(dir, old), join(dir, 'decision-records', 'other.md'));
    revisionDraft(dir, join(dir, old), 'a.yaml');
    // Newer, and of the other record.
    revisionDraft(dir, join(dir, 'decision-records', 'other.md'), 'b.yaml');
    const run = terminal(dir, ['resolve', '--revise', old, '--resume']);
    await run.waitFor(`Continuing the revision of ${old} from decision-records/drafts/a.yaml`);
    // Still a revision of A: its old answer is offered to keep.
    await run.waitFor('Last time: 2099-12-07');
    await run.answer('? Keep this answer? (Y/n)');
    expect(await run.waitFor(/^EXIT=\d+$/m)).toMatch(/^EXIT=0$/m);
    expect(parseRecord(readFileSync(join(dir, old), 'utf8')).meta.status).toBe('superseded');
    expect(parseRecord(readFileSync(join(dir, 'decision-records', 'other.md'), 'utf8')).meta.status).toBe('decided');
  }, 30_000);

  it('says where the answers are, and how to go on, when the record is deleted during the walkthrough', async () => {
    const { dir, old } = oldRecord();
    const draft = revisionDraft(dir, join(dir, old));
    const run = terminal(dir, ['resolve', '--resume']);
    await run.waitFor('? Keep this answer? (Y/n)');
    rmSync(join(dir, old));
    run.send('Enter');
    expect(await run.waitFor(/^EXIT=\d+$/m)).toMatch(/^EXIT=[12]$/m);
    expect(run.history()).toContain(
      `no new record was written; your answers are kept in ${draft}, and \`ethics-guide resolve --resume ${draft}\` goes on with them`,
    );
  }, 30_000);
});
