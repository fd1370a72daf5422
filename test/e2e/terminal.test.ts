// resolve in a real terminal: the built binary inside tmux, driven with keys as a person would,
// checking what the screen shows and which files are written (records, drafts, their modes).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { terminal, useTmux, type Terminal, noPolicyApplies } from '../tmux.js';

const PRINCIPLE_3 =
  'Peer Specialists openly share their personal recovery stories with colleagues and those they serve.';
const DATE = '\\d{4}-\\d{2}-\\d{2}';

const ANSWERS = {
  why: 'Her story gives him hope but takes his time',
  fact: 'Alice tells her story in almost every session',
  person: 'Bob, who is coming home from prison',
  option1: 'Keep sharing as before',
  option2: 'Share less and ask Bob more',
  follows1: 'Bob keeps leaning on her success',
  harm1: 'Bob, who does not build his own ways to cope',
  follows2: 'Bob builds his own ways to cope',
  harm2: 'no one',
  policies: 'Agency policy on self-disclosure',
  advice: 'Keep the stories short and ask about his goals',
  because: 'Her story still gives hope, but the sessions become his again',
  step: 'Tell Bob about the change and ask what he wants from the sessions',
};

// The flow of `resolve alice-and-bob`, in pieces so a test can stop and resume between them.

async function recognize(t: Terminal) {
  // The case stays on screen until the learner has read it.
  await t.answer('? Press Enter to begin');
  await t.waitFor('Step 1 of 6: Recognize');
  await t.answer('? Is there an ethical dilemma here? (Y/n)');
  await t.waitFor('? What kind of dilemma is it?');
  t.send('Down', 'Enter');
  await t.waitFor('✔ What kind of dilemma is it? Right vs right');
  await t.answer('? Which two goods pull against each other?');
  await t.waitFor('✔ Which two goods pull against each other? truth vs loyalty');
  await t.answer('? Why is it a dilemma? What pulls in each direction?', ANSWERS.why);
}

async function understand(t: Terminal, fact = ANSWERS.fact) {
  await t.waitFor('Step 2 of 6: Understand');
  await t.answer('? Fact 1', fact);
  await t.answer('? Fact 2');
  await t.answer('? Person or group 1', ANSWERS.person);
  await t.answer('? Person or group 2');
  await t.answer('? Not known yet 1');
}

async function establish(t: Terminal) {
  await t.waitFor('Step 3 of 6: Establish');
  await t.answer('? Option 1', ANSWERS.option1);
  await t.answer('? Option 2', ANSWERS.option2);
  await t.answer('? Is there a third way?');
  await t.waitFor('? Which principles of the code');
  await t.waitFor(/^ *◯ +3\. Openly share: Peer Specialists openly share.*\(suggested: "recovery story"\)$/m);
  t.send('Down', 'Down', 'Space', 'Down', 'Space');
  await t.waitFor(/◉ +3\. Openly share.*\n.*◉ +4\. Seek/);
  t.send('Enter');
  await t.waitFor("Compare with the trainer's key");
}

async function reviewFirstOutcome(t: Terminal) {
  await t.waitFor('Step 4 of 6: Review');
  await t.answer(`? Option 1, "${ANSWERS.option1}": what would likely follow?`, ANSWERS.follows1);
}

async function reviewTheRest(t: Terminal) {
  await t.answer('? Option 1: who could be harmed, and how?', ANSWERS.harm1);
  // The list starts on no answer: Enter there asks again, it never rates the harm "none".
  await t.waitFor('❯ (choose how badly with ↑ ↓, then Enter)');
  t.send('Enter');
  await t.waitFor('? Option 1: how badly could they be harmed?');
  t.send('Down', 'Down', 'Down', 'Enter');
  await t.waitFor('✔ Option 1: how badly could they be harmed? moderate');
  await t.answer(`? Option 2, "${ANSWERS.option2}": what would likely follow?`, ANSWERS.follows2);
  // "No one" is no risk of harm: how badly is not asked.
  await t.answer('? Option 2: who could be harmed, and how?', ANSWERS.harm2);
  await t.answer('? Look at the options through other lenses?');
  // The policies that fit the case are asked about one by one: none applies here.
  await noPolicyApplies(t);
  t.send('Enter');
  await t.answer('? Any other laws or agency rules that apply? (Enter to skip)', ANSWERS.policies);
  await t.answer('? Have you talked it over with a supervisor or colleague?');
  await t.answer('? Who? (initials and role', 'M.K., program supervisor');
  await t.answer(new RegExp(`^\\? When\\? \\(YYYY-MM-DD\\) \\(${DATE}\\)`, 'm'));
  await t.answer('? What did they advise?', ANSWERS.advice);
  await t.answer('? Did the review, or the advice you got, bring up another option?');
}

async function explain(t: Terminal) {
  await t.waitFor('Step 5 of 6: Explain');
  await t.waitFor(`? Which option do you choose?`);
  await t.waitFor(`  2. ${ANSWERS.option2}`);
  t.send('Down', 'Enter');
  await t.waitFor(`✔ Which option do you choose? 2. ${ANSWERS.option2}`);
  await t.answer('? Why this choice? Defend it in your own words.', ANSWERS.because);
  await t.waitFor('? Which principles does your choice rest on?');
  // Those chosen in Establish start marked.
  await t.waitFor(/◉ +3\. Openly share.*\n.*◉ +4\. Seek/);
  t.send('Enter');
  for (const test of ['Publicity', 'A person you respect', 'Universality']) {
    await t.answer(new RegExp(`^\\? ${test}: `, 'm'));
  }
}

async function act(t: Terminal) {
  await t.waitFor('Step 6 of 6: Act');
  await t.answer('? Step 1', ANSWERS.step);
  await t.answer('? Step 2');
  await t.answer(new RegExp(`^\\? When will you look back at how it went\\? \\(YYYY-MM-DD\\) \\(${DATE}\\)`, 'm'));
}

/** Today's local date; a test running over midnight may see either of two. */
function localDate(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const mode = (path: string) => statSync(path).mode & 0o777;

function frontMatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(match, 'the record starts with front matter').not.toBeNull();
  return parse(match![1]!) as Record<string, unknown>;
}

function expectRecordSections(record: string) {
  const headings = [
    '## Recognize',
    '## Understand',
    '## Establish',
    '## Review',
    '## Explain',
    '## Act',
    '## Principles applied',
  ];
  const at = headings.map((h) => record.search(new RegExp(`^${h}$`, 'm')));
  for (const [i, h] of headings.entries()) expect(at[i], `the record has "${h}"`).toBeGreaterThan(-1);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  const applied = record.slice(at[6]);
  expect(applied).toContain(`> **3. Openly share.** ${PRINCIPLE_3}`);
}

useTmux();

describe('ethics-guide resolve in a real terminal', () => {
  it('walks a course case through all six steps to a private decision record', async () => {
    const before = localDate();
    const dir = tempDir();
    const t = terminal(dir, ['resolve', 'alice-and-bob']);

    await t.waitFor('Question: Which principles are in play here, and how could Alice resolve this dilemma?');
    await recognize(t);
    await understand(t);
    await establish(t);
    const feedback = await t.waitFor('You both chose: 3, 4');
    expect(feedback).toMatch(/^ {2}The trainer adds 1: Bob has started to lean on Alice's achievements/m);
    expect(feedback).toMatch(/^ {2}The trainer adds 2: /m);
    await reviewFirstOutcome(t);
    await reviewTheRest(t);
    await explain(t);
    await act(t);

    const end = await t.waitFor(/^EXIT=\d+$/m);
    const after = localDate();
    const written = new RegExp(
      `^Decision record written: decision-records/(${DATE})-alice-and-bob\\.md \\(readable only by you\\)$`,
      'm',
    ).exec(end);
    expect(written, end).not.toBeNull();
    expect(end).toMatch(/^EXIT=0$/m);
    const date = written![1]!;
    expect([before, after]).toContain(date);

    const path = join(dir, 'decision-records', `${date}-alice-and-bob.md`);
    expect(mode(path).toString(8)).toBe('600');
    const record = readFileSync(path, 'utf8');
    const meta = frontMatter(record);
    expect(record).toContain('\nscenario: "alice-and-bob"\n');
    expect(record).toContain(`\ndecision: "${ANSWERS.option2}"\n`);
    expect(record).toContain('\nstatus: "decided"\n');
    expect(meta).toMatchObject({
      scenario: 'alice-and-bob',
      decision: ANSWERS.option2,
      status: 'decided',
      date,
      dilemma_type: 'right-vs-right',
      principles: [3, 4],
    });
    const followUp = new Date(Date.parse(`${date}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(meta.follow_up).toBe(followUp);
    expectRecordSections(record);
    for (const text of Object.values(ANSWERS)) expect(record).toContain(text);
    expect(record).toMatch(
      /\| 1\. Keep sharing as before +\| Bob keeps leaning on her success +\| Bob, who does not build his own ways to cope +\| moderate +\|/,
    );
    // Nothing left behind: the draft saved along the way is removed once the record is written.
    const drafts = join(dir, 'decision-records', 'drafts');
    expect(existsSync(drafts) ? readdirSync(drafts) : []).toEqual([]);
  }, 60_000);

  it('keeps the answers in a private draft on Ctrl-C, and --resume asks only what is left', async () => {
    const dir = tempDir();
    const first = terminal(dir, ['resolve', 'alice-and-bob']);
    await recognize(first);
    await understand(first);
    await establish(first);
    await reviewFirstOutcome(first);
    await first.waitFor('? Option 1: who could be harmed, and how?');
    first.send('C-c');

    const stopped = await first.waitFor(/^EXIT=\d+$/m);
    const message = new RegExp(
      `^Stopped; your answers are kept in (decision-records/drafts/${DATE}-alice-and-bob\\.yaml)\\. Continue with: ethics-guide resolve --resume (\\S+)$`,
      'm',
    ).exec(stopped);
    expect(message, stopped).not.toBeNull();
    expect(message![2]!).toBe(message![1]!);
    expect(stopped).toMatch(/^EXIT=130$/m);

    const draftPath = join(dir, message![1]!);
    expect(existsSync(draftPath)).toBe(true);
    expect(mode(draftPath).toString(8)).toBe('600');
    const draftText = readFileSync(draftPath, 'utf8');
    for (const text of [ANSWERS.why, ANSWERS.fact, ANSWERS.person, ANSWERS.option1, ANSWERS.option2, ANSWERS.follows1])
      expect(draftText).toContain(text);
    expect(draftText).not.toContain(ANSWERS.harm1);
    expect(parse(draftText)).toMatchObject({ scenario: 'alice-and-bob' });
    expect(readdirSync(join(dir, 'decision-records'))).toEqual(['drafts']);

    const second = terminal(dir, ['resolve', '--resume']);
    await second.waitFor(`Continuing from ${message![1]!}: questions you answered are not asked again.`);
    await second.waitFor('? Option 1: who could be harmed, and how?');
    const asked = second
      .history()
      .split('\n')
      .filter((line) => /^[?✔] /.test(line));
    expect(asked[0]).toMatch(/^\? Option 1: who could be harmed, and how\?/);
    expect(second.history()).not.toContain('Is there an ethical dilemma here?');
    await reviewTheRest(second);
    await explain(second);
    await act(second);

    const end = await second.waitFor(/^EXIT=\d+$/m);
    const written = new RegExp(
      `^Decision record written: (decision-records/${DATE}-alice-and-bob\\.md) \\(readable only by you\\)$`,
      'm',
    ).exec(end);
    expect(written, end).not.toBeNull();
    expect(end).toMatch(/^EXIT=0$/m);
    expect(second.history()).not.toContain('Is there an ethical dilemma here?');
    expect(existsSync(draftPath)).toBe(false);
    const recordPath = join(dir, written![1]!);
    expect(mode(recordPath).toString(8)).toBe('600');
    const record = readFileSync(recordPath, 'utf8');
    expect(frontMatter(record)).toMatchObject({
      scenario: 'alice-and-bob',
      decision: ANSWERS.option2,
      status: 'decided',
    });
    expectRecordSections(record);
    // Answers from before the stop and after the resume both reach the record.
    for (const text of Object.values(ANSWERS)) expect(record).toContain(text);
  }, 60_000);

  it('saves nothing when stopped with Ctrl-C at the very first prompt', async () => {
    const dir = tempDir();
    const t = terminal(dir, ['resolve', 'alice-and-bob']);
    await t.answer('? Press Enter to begin');
    await t.waitFor('? Is there an ethical dilemma here? (Y/n)');
    t.send('C-c');
    const end = await t.waitFor(/^EXIT=\d+$/m);
    expect(end).toMatch(/^EXIT=130$/m);
    expect(end).toMatch(/^Stopped before the first answer; nothing was saved\.?$/m);
    expect(end).not.toContain('Continue with');
    expect(existsSync(join(dir, 'decision-records', 'drafts'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('lists the cases and "My own situation" when no case is named; Ctrl-C there stops cleanly', async () => {
    const dir = tempDir();
    const t = terminal(dir, ['resolve']);
    await t.waitFor('? Which case do you want to work through?');
    expect(t.screen()).toMatch(/❯ My own situation/);
    t.send('C-c');
    const end = await t.waitFor(/^EXIT=\d+$/m);
    expect(end).toMatch(/^EXIT=130$/m);
    expect(end).toMatch(/^Stopped before the first answer; nothing was saved$/m);
  }, 60_000);

  it('asks for your own situation first, with the reminder to use initials', async () => {
    const dir = tempDir();
    const t = terminal(dir, ['resolve']);
    await t.answer('? Which case do you want to work through?');
    await t.answer('? Press Enter to begin with your own situation');
    await t.waitFor('Use initials, not names');
    await t.answer('? A short name for this situation', 'Gift from J.');
    await t.answer('? Describe the situation', 'J. wants to give me a watch after the program ends.');
    await t.waitFor('? Is there an ethical dilemma here? (Y/n)');
  }, 60_000);

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)(
    'keeps the answers in a draft when stopped by %s (exit %i)',
    async (signal, code) => {
      const dir = tempDir();
      const t = terminal(dir, ['resolve', 'alice-and-bob']);
      await t.answer('? Press Enter to begin');
      await t.answer('? Is there an ethical dilemma here? (Y/n)');
      await t.waitFor('? What kind of dilemma is it?');
      process.kill(t.pid(), signal);
      const end = await t.waitFor(/^EXIT=\d+$/m);
      expect(end).toMatch(new RegExp(`^EXIT=${code}$`, 'm'));
      expect(end).toMatch(
        /^Stopped; your answers are kept in decision-records\/drafts\/\S+\.yaml\. Continue with: ethics-guide resolve --resume /m,
      );
      const [draft] = readdirSync(join(dir, 'decision-records', 'drafts'));
      const path = join(dir, 'decision-records', 'drafts', draft!);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(parse(readFileSync(path, 'utf8'))).toMatchObject({
        scenario: 'alice-and-bob',
        recognize: { dilemma: true },
      });
    },
    60_000,
  );

  it('offers to edit an answer that looks like it identifies someone, before the record is written', async () => {
    const dir = tempDir();
    const t = terminal(dir, ['resolve', 'alice-and-bob']);
    await recognize(t);
    await understand(t, 'Bob wrote from bob.jones@example.org');
    await establish(t);
    await reviewFirstOutcome(t);
    await reviewTheRest(t);
    await explain(t);
    await act(t);
    // Named by the question it answered, in the words it was asked, not by its field.
    await t.waitFor(
      'warning: your answer to "What are the facts? (item 1)" holds what looks like an e-mail address ("bob.jones@example.org").',
    );
    await t.waitFor('? Edit that answer before the record is written?');
    t.send('Enter');
    await t.waitFor('? Your answer to "What are the facts? (item 1)":');
    t.send('C-u');
    t.type('Bob wrote to me');
    t.send('Enter');
    const end = await t.waitFor(/^EXIT=\d+$/m);
    expect(end).toMatch(/^EXIT=0$/m);
    const [name] = readdirSync(join(dir, 'decision-records')).filter((f) => f.endsWith('.md'));
    const record = readFileSync(join(dir, 'decision-records', name!), 'utf8');
    expect(record).toContain('Bob wrote to me');
    expect(record).not.toContain('example.org');
  }, 60_000);
});
