// grid in a real terminal: the built binary inside tmux, rated with arrow keys as a person would;
// Ctrl-C keeps a private draft, running `grid` again continues from it, and the end shows the
// reflection and writes the summary.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/record/parse.js';
import type { Grid } from '../../src/library/types.js';
import { root, tempDir } from '../helpers.js';
import { terminal, useTmux, type Terminal } from '../tmux.js';

const grid = parse(readFileSync(join(root, 'grids', 'ethics-grid.yaml'), 'utf8')) as Grid;
const COLOURS = ['green', 'yellow', 'red'] as const;
/** The colour this test gives action i (0-based): green, yellow, red, green, ... */
const colourFor = (i: number) => COLOURS[i % 3]!;
const DRAFT = 'grid-ratings/drafts/ethics-grid.yaml';
const mode = (path: string) => statSync(path).mode & 0o777;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACEHOLDER = '❯ (choose a colour with ↑ ↓, then Enter)';

/** Reads the reflection to its end, a page at a time (each "More?" shows a larger count). */
async function readToEnd(t: Terminal): Promise<string> {
  let last = 0;
  for (let pages = 0; pages < 40; pages++) {
    const shown = await t.waitFor(
      (screen) =>
        /^EXIT=\d+$/m.test(screen) || Number(/^\? More\? \((\d+) of 30 actions shown\)/m.exec(screen)?.[1] ?? 0) > last,
    );
    if (/^EXIT=\d+$/m.test(shown)) return shown;
    last = Number(/^\? More\? \((\d+) of 30/m.exec(shown)![1]);
    t.send('Enter');
  }
  throw new Error('the reflection never ended');
}

/** Rates actions from..to (1-based), waiting for each prompt before pressing keys. */
async function rate(t: Terminal, from: number, to: number) {
  for (let n = from; n <= to; n++) {
    const action = grid.actions[n - 1]!;
    await t.waitFor(new RegExp(`^Action ${n} of 30\\n\\? ${escape(action.action)}\\n${escape(PLACEHOLDER)}$`, 'm'));
    // The cursor starts on no colour: the first colour is one step down.
    const downs = COLOURS.indexOf(colourFor(n - 1)) + 1;
    t.send(...Array<string>(downs).fill('Down'), 'Enter');
    // The last one scrolls away under the reflection at once; the history still shows it.
    if (n < grid.actions.length) await t.waitFor(new RegExp(`^✔ ${escape(action.action)} ${colourFor(n - 1)}$`, 'm'));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

useTmux();

describe('ethics-guide grid in a real terminal', () => {
  it('keeps the ratings in a private draft on Ctrl-C, continues from it, and ends with the reflection and a summary', async () => {
    const dir = tempDir();
    const first = terminal(dir, ['grid']);
    const start = await first.waitFor('Action 1 of 30');
    expect(start).toMatch(/^Ethics Grid$/m);
    expect(start).toContain('Go through the actions one at a time and mark each one green, yellow or red');
    expect(start).toMatch(
      /^ {2}green {3}Usually ethical\n {2}yellow {2}Would seriously question it\n {2}red {5}Unethical$/m,
    );
    await rate(first, 1, 3);
    await first.waitFor('Action 4 of 30');
    first.send('C-c');
    const stopped = await first.waitFor(/^EXIT=\d+$/m);
    expect(stopped).toMatch(/^EXIT=130$/m);
    expect(stopped).toContain(
      `Stopped; your ratings so far are kept in ${DRAFT}. Run \`ethics-guide grid\` again to continue.`,
    );
    const draft = join(dir, DRAFT);
    expect(mode(draft)).toBe(0o600);
    expect(parse(readFileSync(draft, 'utf8'))).toEqual({
      draft: { of: 'grid', version: expect.any(String) },
      grid: 'ethics-grid',
      ratings: { 'giving-small-gift': 'green', 'accepting-gift-under-10': 'yellow', 'giving-hug': 'red' },
    });

    const second = terminal(dir, ['grid']);
    await second.waitFor(
      new RegExp(
        `^Continuing your ratings from ${escape(DRAFT)} \\(3 of 30 rated\\); delete it to\\s+start over\\.$`,
        'm',
      ),
    );
    await rate(second, 4, 30);
    const end = await readToEnd(second);
    expect(end).toMatch(/^EXIT=0$/m);
    // The summary is written before the reflection, so stopping while reading loses nothing.
    const written =
      /^Grid summary written: (grid-ratings\/\d{4}-\d{2}-\d{2}-ethics-grid\.md) \(readable only by you\)\n\nYour ratings, and why/m.exec(
        second.history(),
      );
    expect(written, second.history()).not.toBeNull();
    expect(end).toMatch(
      /^30\. Helping a peer plan how to talk to the team about not taking medications\n {4}You: red \(Unethical\)$/m,
    );
    const history = second.history();
    expect(history).not.toContain('? Giving a small gift');
    expect(history).toMatch(/^✔ Helping a peer plan how to talk to the team about not taking medications red$/m);
    expect(history).toMatch(/^Your ratings, and why people disagree {2}\(for reflection: there is no answer sheet\)$/m);
    expect(history).toMatch(
      /^ 1\. Giving a small gift\n {4}You: green \(Usually ethical\)\n {4}Principle 10\. Do not: /m,
    );
    for (const line of history.split('\n')) expect(line.length).toBeLessThanOrEqual(100);

    const summary = join(dir, written![1]!);
    expect(mode(summary)).toBe(0o600);
    const meta = parse(splitFrontMatter(readFileSync(summary, 'utf8'))!.yaml) as { ratings: Record<string, string> };
    expect(meta.ratings).toEqual(Object.fromEntries(grid.actions.map((a, i) => [a.id, colourFor(i)])));
    expect(existsSync(draft)).toBe(false);
  }, 90_000);

  it('saves nothing when stopped with Ctrl-C before the first rating', async () => {
    const dir = tempDir();
    const t = terminal(dir, ['grid']);
    await t.waitFor(PLACEHOLDER);
    t.send('C-c');
    const end = await t.waitFor(/^EXIT=\d+$/m);
    expect(end).toMatch(/^EXIT=130$/m);
    expect(end).toMatch(/^Stopped before the first rating; nothing was saved$/m);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('will not continue from a draft it cannot use: says where the problem is, and keeps the draft', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'grid-ratings', 'drafts'), { recursive: true });
    const draft = join(dir, DRAFT);
    const text = 'draft: { of: grid, version: 0.1.0 }\ngrid: ethics-grid\nratings:\n  giving-hugs: green\n';
    writeFileSync(draft, text);
    const t = terminal(dir, ['grid']);
    const end = await t.waitFor(/^EXIT=\d+$/m);
    expect(end).toMatch(/^EXIT=1$/m);
    expect(end).toContain(
      `${DRAFT}:4:3  \`giving-hugs\` is not an action of the Ethics Grid (ethics-grid). Did you mean \`giving-hug\`?`,
    );
    expect(end).toContain(`error: the draft ${DRAFT} cannot be continued; fix it, or delete it to start over`);
    expect(readFileSync(draft, 'utf8')).toBe(text);
  }, 60_000);

  it("will not touch a file at the draft's place that it did not write", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'grid-ratings', 'drafts'), { recursive: true });
    const draft = join(dir, DRAFT);
    const text = '# my own ratings\ngrid: ethics-grid\nratings:\n  giving-hug: green\n';
    writeFileSync(draft, text);
    const t = terminal(dir, ['grid']);
    const end = await t.waitFor(/^EXIT=\d+$/m);
    expect(end).toMatch(/^EXIT=2$/m);
    expect(end).toContain(
      `error: ${DRAFT} is not a draft that ethics-guide wrote, so it was left as it is. Delete it to start over.`,
    );
    expect(readFileSync(draft, 'utf8')).toBe(text);
  }, 60_000);

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)(
    'keeps the ratings in a draft when stopped by %s (exit %i), with the command that continues',
    async (signal, code) => {
      const dir = tempDir();
      const t = terminal(dir, ['grid', '--out', 'ratings']);
      await rate(t, 1, 1);
      await t.waitFor('Action 2 of 30');
      process.kill(t.pid(), signal);
      const end = await t.waitFor(/^EXIT=\d+$/m);
      expect(end).toMatch(new RegExp(`^EXIT=${code}$`, 'm'));
      expect(end).toContain(
        'Stopped; your ratings so far are kept in ratings/drafts/ethics-grid.yaml. Run `ethics-guide grid --out ratings` again to continue.',
      );
      const draft = join(dir, 'ratings', 'drafts', 'ethics-grid.yaml');
      expect(mode(draft)).toBe(0o600);
      expect(parse(readFileSync(draft, 'utf8'))).toEqual({
        draft: { of: 'grid', version: expect.any(String) },
        grid: 'ethics-grid',
        ratings: { 'giving-small-gift': 'green' },
      });
    },
    60_000,
  );

  it('starts each action with no colour chosen: Enter there asks again, and never rates it', async () => {
    const dir = tempDir();
    const t = terminal(dir, ['grid']);
    await t.waitFor(`Action 1 of 30\n? Giving a small gift\n${PLACEHOLDER}`);
    t.send('Enter');
    await sleep(300);
    await t.waitFor(`? Giving a small gift\n${PLACEHOLDER}`);
    expect(t.history()).not.toMatch(/^✔ Giving a small gift (green|yellow|red)$/m);
    t.send('Down', 'Down', 'Enter');
    await t.waitFor('Action 2 of 30');
    expect(t.history()).toMatch(/^✔ Giving a small gift yellow$/m);
    t.send('C-c');
    await t.waitFor(/^EXIT=130$/m);
  }, 60_000);
});
