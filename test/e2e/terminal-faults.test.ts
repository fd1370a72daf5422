// resolve in a real terminal when things go wrong: the window closes under a prompt, Ctrl-C in
// the middle of a list, a file given to --resume that is not our draft, a draft of the same
// case waiting. Each ends in one sentence, the right exit code, and a draft that holds every
// answer given.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { tempDir } from '../helpers.js';
import { cliCommand, terminal, useTmux } from '../tmux.js';

useTmux();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForFile(path: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path) || readFileSync(path, 'utf8') === '') {
    if (Date.now() > deadline) throw new Error(`${path} never appeared`);
    await sleep(100);
  }
  return readFileSync(path, 'utf8');
}

/** A draft of alice-and-bob holding one answer, left by a run stopped with Ctrl-C. */
async function draftOfOneAnswer(dir: string): Promise<void> {
  const t = terminal(dir, ['resolve', 'alice-and-bob']);
  await t.answer('? Press Enter to begin');
  await t.answer('? Is there an ethical dilemma here? (Y/n)');
  await t.waitFor('? What kind of dilemma is it?');
  t.send('C-c');
  await t.waitFor(/^EXIT=130$/m);
}

const draftsIn = (dir: string) =>
  readdirSync(join(dir, 'decision-records', 'drafts')).map((f) => join(dir, 'decision-records', 'drafts', f));

describe('resolve when the terminal or the person stops it', () => {
  it('keeps every answer, list items included, when the terminal window closes mid-walkthrough (exit 129, one line, no crash)', async () => {
    const dir = tempDir();
    // The shell ignores SIGHUP so that it outlives the window and records how ethics-guide ended.
    const t = terminal(
      dir,
      [],
      `trap '' HUP; ${cliCommand(['resolve', 'alice-and-bob'])} 2>err.txt; echo $? > code.txt`,
    );
    await t.answer('? Press Enter to begin');
    await t.answer('? Is there an ethical dilemma here? (Y/n)');
    await t.waitFor('? What kind of dilemma is it?');
    t.send('Down', 'Enter');
    await t.answer('? Which two goods pull against each other?');
    await t.answer('? Why is it a dilemma? What pulls in each direction?', 'Hope now, or his own strength later');
    await t.answer('? Fact 1', 'Alice tells her story in almost every session');
    await t.waitFor('? Fact 2');
    t.close();

    expect((await waitForFile(join(dir, 'code.txt'))).trim()).toBe('129');
    const err = readFileSync(join(dir, 'err.txt'), 'utf8');
    expect(err.trim()).toMatch(
      /^Stopped; your answers are kept in decision-records\/drafts\/\d{4}-\d{2}-\d{2}-alice-and-bob\.yaml\. Continue with: ethics-guide resolve --resume \S+$/,
    );
    expect(err).not.toMatch(/\n\s+at |Assertion|EIO/);
    const [draft] = draftsIn(dir);
    expect(statSync(draft!).mode & 0o777).toBe(0o600);
    expect(parse(readFileSync(draft!, 'utf8'))).toMatchObject({
      draft: { of: 'resolve', unfinished: ['understand', 'facts'] },
      recognize: { dilemma: true, type: 'right-vs-right', why: 'Hope now, or his own strength later' },
      understand: { facts: ['Alice tells her story in almost every session'] },
    });
  }, 60_000);

  it('keeps list items on Ctrl-C, and --resume continues the list where it stopped', async () => {
    const dir = tempDir();
    const first = terminal(dir, ['resolve', 'alice-and-bob']);
    await first.answer('? Press Enter to begin');
    await first.answer('? Is there an ethical dilemma here? (Y/n)');
    await first.waitFor('? What kind of dilemma is it?');
    first.send('Down', 'Enter');
    await first.answer('? Which two goods pull against each other?');
    await first.answer('? Why is it a dilemma? What pulls in each direction?', 'Two goods');
    await first.answer('? Fact 1', 'First fact');
    await first.answer('? Fact 2', 'Second fact');
    await first.waitFor('? Fact 3');
    first.send('C-c');
    expect(await first.waitFor(/^EXIT=\d+$/m)).toMatch(/^EXIT=130$/m);

    const second = terminal(dir, ['resolve', '--resume']);
    const shown = await second.waitFor('? Fact 3');
    expect(shown).toMatch(/^✔ Fact 1 First fact$/m);
    expect(shown).toMatch(/^✔ Fact 2 Second fact$/m);
    await second.answer('? Fact 3');
    await second.waitFor('? Person or group 1');
    second.send('C-c');
    await second.waitFor(/^EXIT=130$/m);
    const [draft] = draftsIn(dir);
    const kept = parse(readFileSync(draft!, 'utf8'));
    expect(kept.understand.facts).toEqual(['First fact', 'Second fact']);
    expect(kept.draft.unfinished).toBeUndefined();
  }, 60_000);

  it('refuses to --resume a file it did not write, and never changes or deletes it', async () => {
    const dir = tempDir();
    const mine = '# my notes\nscenario: alice-and-bob\nrecognize: { dilemma: true }\n';
    writeFileSync(join(dir, 'my-answers.yaml'), mine);
    const t = terminal(dir, ['resolve', '--resume', 'my-answers.yaml']);
    const end = await t.waitFor(/^EXIT=\d+$/m);
    expect(end).toMatch(/^EXIT=2$/m);
    expect(end).toContain(
      'error: my-answers.yaml is not a draft that ethics-guide wrote, so it was left as it is. To take the answers from a file you wrote, run: ethics-guide resolve --answers my-answers.yaml',
    );
    expect(readFileSync(join(dir, 'my-answers.yaml'), 'utf8')).toBe(mine);
    expect(existsSync(join(dir, 'decision-records'))).toBe(false);
  }, 60_000);

  it('offers to continue a draft of the same case, or to start over', async () => {
    const dir = tempDir();
    await draftOfOneAnswer(dir);
    const [draft] = draftsIn(dir);

    const second = terminal(dir, ['resolve', 'alice-and-bob']);
    await second.waitFor(
      /^A draft of this case, from \d{4}-\d{2}-\d{2} \d\d:\d\d, is in decision-records\/drafts\/\S+\.yaml\.$/m,
    );
    await second.waitFor('? Continue that draft?');
    second.send('Down', 'Enter');
    await second.waitFor('? Press Enter to begin');
    expect(existsSync(draft!)).toBe(false);
  }, 60_000);

  it("keeps a draft of a trainer's case when that case is not in the library, instead of offering to delete it", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'decision-records', 'drafts'), { recursive: true, mode: 0o700 });
    const draft = join(dir, 'decision-records', 'drafts', '2026-11-29-the-curfew-call.yaml');
    writeFileSync(
      draft,
      `draft: { of: resolve, version: ${VERSION} }\nscenario: the-curfew-call\nrecognize: { dilemma: true }\n`,
      { mode: 0o600 },
    );
    // Run without the --library folder that holds the case: before, "Start over" deleted the draft, then failed.
    const run = terminal(dir, ['resolve', 'the-curfew-call']);
    const end = await run.waitFor(/^EXIT=\d+$/m);
    expect(end).toMatch(/^EXIT=2$/m);
    expect(end).toContain("a trainer's case needs its folder: `--library DIR`");
    expect(end).not.toContain('Continue that draft?');
    expect(existsSync(draft)).toBe(true);
  }, 60_000);

  it("picks the newest draft of resolve for --resume, never an evaluation's", async () => {
    const dir = tempDir();
    await draftOfOneAnswer(dir);
    writeFileSync(
      join(dir, 'decision-records', 'drafts', 'zz-2026-10-01-alice-and-bob.outcome.yaml'),
      '# ethics-guide draft of an evaluation\ndraft: { of: evaluate, version: 0.1.0 }\nhow_it_went: fine\n',
    );
    const second = terminal(dir, ['resolve', '--resume']);
    await second.waitFor(/Continuing from decision-records\/drafts\/\d{4}-\d{2}-\d{2}-alice-and-bob\.yaml/);
    await second.waitFor('? What kind of dilemma is it?');
  }, 60_000);

  it('ends the editor on SIGTERM, keeps what was saved in it in the draft, and removes its temp folder', async () => {
    const dir = tempDir();
    // An editor that saves a line and then waits, as a person would before closing it.
    const editor = join(dir, 'editor.sh');
    const wait = `sleep 59.${process.pid}`;
    writeFileSync(editor, `#!/bin/sh\nprintf 'Kept from the editor' > "$1"\nexec ${wait}\n`);
    chmodSync(editor, 0o755);
    const editorTemps = () => readdirSync(tmpdir()).filter((name) => /^ethics-guide-[A-Za-z0-9]{6}$/.test(name));
    const before = editorTemps();
    const t = terminal(dir, [], `EDITOR=${editor} ${cliCommand(['resolve', 'alice-and-bob'])}; echo EXIT=$?; sleep 30`);
    await t.answer('? Press Enter to begin');
    await t.answer('? Is there an ethical dilemma here? (Y/n)');
    await t.waitFor('? What kind of dilemma is it?');
    t.send('Down', 'Enter');
    await t.answer('? Which two goods pull against each other?');
    await t.answer('? Why is it a dilemma? What pulls in each direction?', ':e');
    await sleep(500);
    process.kill(t.pid(), 'SIGTERM');
    const end = await t.waitFor(/^EXIT=\d+$/m);
    expect(end).toMatch(/^EXIT=143$/m);
    const [draft] = draftsIn(dir);
    expect(parse(readFileSync(draft!, 'utf8'))).toMatchObject({
      draft: { unfinished: ['recognize', 'why'] },
      recognize: { why: 'Kept from the editor' },
    });
    expect(editorTemps()).toEqual(before);
    // The editor was ended with the run, not left behind.
    expect(spawnSync('pgrep', ['-f', wait]).status).toBe(1);
    expect(readFileSync(draft!, 'utf8')).not.toContain('sleep');

    const again = terminal(dir, ['resolve', '--resume']);
    await again.waitFor('You had written (press Enter to keep it): Kept from the editor');
    await again.answer('? Why is it a dilemma? What pulls in each direction?');
    await again.waitFor('? Fact 1');
    again.send('C-c');
    await again.waitFor(/^EXIT=130$/m);
    expect(parse(readFileSync(draft!, 'utf8')).recognize.why).toBe('Kept from the editor');
  }, 60_000);
});
