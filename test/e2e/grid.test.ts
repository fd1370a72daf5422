// grid --answers and grid compare as a script or a trainer runs them: the private summary, every
// problem at its place, and a group's counts as text and JSON.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/record/parse.js';
import { fixtures, runCli, tempDir } from '../helpers.js';

const complete = readFileSync(join(fixtures, 'ratings', 'complete.yaml'), 'utf8');
const today = (() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
})();
const mode = (path: string) => statSync(path).mode & 0o777;

/** A working folder holding ratings files (name -> content). */
function folder(files: Record<string, string> = { 'r.yaml': complete }): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
const meta = (path: string) => parse(splitFrontMatter(readFileSync(path, 'utf8'))!.yaml) as Record<string, unknown>;

describe('grid --answers', () => {
  it('shows each rating with its principles and why people disagree, and writes a 0600 summary', () => {
    const dir = folder();
    const { status, stdout, stderr } = runCli(['grid', '--answers', 'r.yaml'], { cwd: dir });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^ 1\. Giving a small gift\n {4}You: green \(Usually ethical\)\n {4}Principle 10\. Do not: Peer Specialists do not enter into dual relationships/m,
    );
    expect(stdout).toMatch(
      /^30\. Helping a peer plan how to talk to the team about not taking medications\n {4}You: green/m,
    );
    expect(stdout).toContain('    Why people disagree: Some see a card or a small token as simple kindness');
    expect(stdout).toContain(
      `\nGrid summary written: grid-ratings/${today}-ethics-grid.md (readable only by you)\n\nYour ratings, and why people disagree`,
    );
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);

    const file = join(dir, 'grid-ratings', `${today}-ethics-grid.md`);
    expect(mode(file)).toBe(0o600);
    expect(mode(join(dir, 'grid-ratings'))).toBe(0o700);
    expect(meta(file)).toEqual({
      grid: 'ethics-grid',
      date: today,
      ratings: (parse(complete) as { ratings: object }).ratings,
    });
    const summary = readFileSync(file, 'utf8');
    expect(summary).toContain('**My colours:** 8 green, 10 yellow, 12 red');
    expect(summary).toMatch(
      /^\| Borrowing money or accepting a loan +\| red +\| 10\. Do not, 12\. Do not accept, 8\. Maintain \|$/m,
    );
    expect(readdirSync(join(dir, 'grid-ratings'))).toEqual([`${today}-ethics-grid.md`]);
  });

  it('never overwrites: a second run writes -2 and leaves the first byte for byte', () => {
    const dir = folder();
    runCli(['grid', '--answers', 'r.yaml'], { cwd: dir });
    const first = join(dir, 'grid-ratings', `${today}-ethics-grid.md`);
    const before = readFileSync(first);
    const again = runCli(['grid', '--answers', 'r.yaml', '--out', 'grid-ratings'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(
      `Grid summary written: grid-ratings/${today}-ethics-grid-2.md (readable only by you)`,
    );
    expect(readFileSync(first).equals(before)).toBe(true);
    expect(mode(join(dir, 'grid-ratings', `${today}-ethics-grid-2.md`))).toBe(0o600);
  });

  it('writes where --out says', () => {
    const dir = folder();
    expect(runCli(['grid', '--answers', 'r.yaml', '--out', 'mine/grid'], { cwd: dir }).stdout).toContain(
      `written: mine/grid/${today}-ethics-grid.md`,
    );
    expect(existsSync(join(dir, 'grid-ratings'))).toBe(false);
  });

  it('reports every problem at its line and column (unknown action, bad colour, missing actions) and writes nothing', () => {
    const broken = complete
      .replace('giving-hug: yellow', 'giving-hugs: yellow')
      .replace('borrowing-money: red', 'borrowing-money: blue')
      .replace(/ {2}asking-youth-to-babysit: red\n/, '')
      .replace(/ {2}friending-peer-on-facebook: red\n/, '');
    const dir = folder({ 'r.yaml': broken });
    const { status, stdout, stderr } = runCli(['grid', '--answers', 'r.yaml'], { cwd: dir });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'r.yaml:4:1  `asking-youth-to-babysit` (Asking youth to babysit) is not rated: add `asking-youth-to-babysit: green`, `yellow` or `red`',
      'r.yaml:4:1  `friending-peer-on-facebook` ("Friending" a peer on Facebook) is not rated: add `friending-peer-on-facebook: green`, `yellow` or `red`',
      'r.yaml:7:3  `giving-hugs` is not an action of the Ethics Grid (ethics-grid). Did you mean `giving-hug`?',
      'r.yaml:12:20  `borrowing-money` must be one of green, yellow, red, not "blue"',
      'error: the ratings file has problems; nothing was written',
    ]);
    expect(readdirSync(dir)).toEqual(['r.yaml']);
  });

  it('names YAML mistakes and ratings for another grid at their places', () => {
    const dir = folder({
      'syntax.yaml': 'ratings:\n  giving-hug: [green\n',
      'other.yaml': 'grid: other-grid\nratings:\n  giving-hug: green\n',
    });
    const syntax = runCli(['grid', '--answers', 'syntax.yaml'], { cwd: dir });
    expect(syntax.status).toBe(1);
    expect(syntax.stderr).toMatch(/^syntax\.yaml:2:15  a list in \[ \] or a mapping in \{ \} is not closed/m);
    expect(syntax.stderr).not.toMatch(/\n\s+at /);
    const other = runCli(['grid', '--answers', 'other.yaml'], { cwd: dir });
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(
      'other.yaml:1:7  these ratings are for the grid `other-grid`, not `ethics-grid`; name it with --grid other-grid',
    );
  });

  it('is a usage error (exit 2) to run without a terminal and without --answers, or with a missing file or an unknown grid', () => {
    const dir = folder();
    const piped = runCli(['grid'], { cwd: dir });
    expect(piped.status).toBe(2);
    expect(piped.stderr.trim()).toBe(
      'error: grid asks for your ratings in a terminal, and this is not one (input or output is redirected). To run it from a script, give the ratings in a file: ethics-guide grid --answers FILE (format: schemas/ratings.schema.json).',
    );
    const missing = runCli(['grid', '--answers', 'nope.yaml'], { cwd: dir });
    expect([missing.status, missing.stderr.trim()]).toEqual([
      2,
      'error: the ratings file nope.yaml does not exist; check the path',
    ]);
    const unknown = runCli(['grid', '--grid', 'ethics-gird', '--answers', 'r.yaml'], { cwd: dir });
    expect([unknown.status, unknown.stderr.trim()]).toEqual([
      2,
      'error: there is no grid `ethics-gird` in the library (it has: ethics-grid). Did you mean `ethics-grid`?',
    ]);
    expect(readdirSync(dir)).toEqual(['r.yaml']);
  });
});

/** Three people's summaries (written by `grid --answers`) in `dir/grid-ratings`, and their paths. */
function threeSummaries(): { dir: string; files: string[] } {
  const dir = folder({
    'a.yaml': complete,
    'b.yaml': complete.replace(/: yellow$/gm, ': green'),
    'c.yaml': complete.replace(/: red$/gm, ': yellow').replace('giving-small-gift: green', 'giving-small-gift: red'),
  });
  for (const name of ['a', 'b', 'c'])
    expect(runCli(['grid', '--answers', `${name}.yaml`], { cwd: dir }).status).toBe(0);
  const files = readdirSync(join(dir, 'grid-ratings'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join('grid-ratings', f));
  expect(files).toHaveLength(3);
  return { dir, files };
}

describe('grid compare', () => {
  it("counts each colour per action from the group's summaries, and marks where the group is split", () => {
    const { dir, files } = threeSummaries();
    const { status, stdout, stderr } = runCli(['grid', 'compare', ...files], { cwd: dir });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe("3 people's ratings of the Ethics Grid (ethics-grid)");
    expect(lines[2]).toMatch(/^Action +green +yellow +red$/);
    expect(lines.find((l) => l.startsWith('Giving a small gift'))).toMatch(/ 2 +0 +1 +split$/);
    expect(lines.find((l) => l.startsWith('Accepting a gift worth under $10'))).toMatch(/ 1 +2 +0 +split$/);
    expect(lines.find((l) => l.startsWith('Borrowing money'))).toMatch(/ 0 +1 +2 +split$/);
    expect(lines.find((l) => l.startsWith('Attending recovery support meetings together'))).toMatch(/ 3 +0 +0$/);
    expect(lines.filter((l) => /\d +\d +\d/.test(l))).toHaveLength(30);
    expect(lines.at(-1)).toBe('The group is split on 23 of 30 actions: good places to start the discussion.');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    expect(stdout).not.toMatch(/grid-ratings|\.md/);
  });

  it('prints JSON for scripts, and takes ratings files as well as summaries', () => {
    const { dir, files } = threeSummaries();
    const { status, stdout } = runCli(['grid', 'compare', '--json', ...files, 'a.yaml'], { cwd: dir });
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as { grid: string; people: number; actions: Record<string, unknown>[] };
    expect(json).toMatchObject({ grid: 'ethics-grid', people: 4 });
    expect(json.actions).toHaveLength(30);
    expect(json.actions[0]).toEqual({
      id: 'giving-small-gift',
      action: 'Giving a small gift',
      green: 3,
      yellow: 0,
      red: 1,
      split: true,
    });
    expect(Object.keys(json)).toEqual(['grid', 'people', 'actions']);
  });

  it('compares nothing when a file has problems: each is named at its place (exit 1)', () => {
    const { dir, files } = threeSummaries();
    writeFileSync(join(dir, 'notes.md'), '# My notes\n');
    writeFileSync(join(dir, 'bad.yaml'), complete.replace('giving-hug: yellow', 'giving-hugs: yellow'));
    const { status, stdout, stderr } = runCli(['grid', 'compare', ...files, 'notes.md', 'bad.yaml'], { cwd: dir });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'bad.yaml:7:3  `giving-hugs` is not an action of the Ethics Grid (ethics-grid). Did you mean `giving-hug`?',
      'notes.md:1:1  this Markdown file does not start with the front matter (a block between `---` lines) that a grid summary has; is it a grid summary?',
      'error: 2 of 5 files have problems, so nothing was compared; fix them, or leave them out to compare the others',
    ]);
  });

  it('finds a damaged summary at its line, and files for different grids', () => {
    const { dir, files } = threeSummaries();
    const damaged = readFileSync(join(dir, files[0]!), 'utf8').replace(/giving-hug: "\w+"/, 'giving-hug: "purple"');
    writeFileSync(join(dir, 'damaged.md'), damaged);
    const result = runCli(['grid', 'compare', 'damaged.md', files[1]!], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^damaged\.md:7:15  `giving-hug` must be one of green, yellow, red, not "purple"$/m);

    writeFileSync(join(dir, 'other.yaml'), 'grid: other-grid\nratings:\n  x: green\n');
    const mixed = runCli(['grid', 'compare', ...files, 'other.yaml'], { cwd: dir });
    expect(mixed.status).toBe(1);
    expect(mixed.stderr.split('\n').filter(Boolean)).toEqual([
      'other.yaml:1:7  these ratings are for the grid `other-grid`, not `ethics-grid`',
      'error: the files are not all for the same grid (3 are for `ethics-grid`); compare one grid at a time',
    ]);
    // A file that names no grid is taken for the course's, and told how to name another.
    writeFileSync(join(dir, 'other2.yaml'), 'grid: other-grid\nratings:\n  x: red\n');
    writeFileSync(join(dir, 'unnamed.yaml'), 'ratings:\n  x: green\n');
    const unnamed = runCli(['grid', 'compare', 'other.yaml', 'other2.yaml', 'unnamed.yaml'], { cwd: dir });
    expect(unnamed.stderr).toContain(
      "unnamed.yaml:1:1  these ratings name no grid, so they are taken for the course's `ethics-grid`; if they are for `other-grid`, add the line `grid: other-grid`",
    );
  });

  it('is a usage error (exit 2) to name a file that is not there', () => {
    const { dir, files } = threeSummaries();
    const { status, stderr } = runCli(['grid', 'compare', files[0]!, 'missing.md'], { cwd: dir });
    expect([status, stderr.trim()]).toEqual([2, 'error: the grid summary missing.md does not exist; check the path']);
  });
});
