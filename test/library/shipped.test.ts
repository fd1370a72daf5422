// Every file the package ships is valid, and the DBSA code quotes the course word for word.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READING_GRADE, readingGrade } from '../../src/library/lints.js';
import { loadLibrary } from '../../src/files/library-folders.js';
import { formatProblem } from '../../src/data/problem.js';
import { root } from '../helpers.js';

const course = join(root, '..', 'shared', 'course', '002_033a77fc179713c5.txt');

describe('the shipped library', async () => {
  const library = await loadLibrary([{ dir: root, builtIn: true }]);

  it("is listed in README's case table, each case once, with its title", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('## The case library');
    const table = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const rows = [...table.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2]!.trim()]);
    expect(rows).toEqual(
      expect.arrayContaining([...library.scenarios.values()].map((s) => [s.value.id, s.value.title])),
    );
    expect(rows).toHaveLength(library.scenarios.size);
  });

  it('has no problems in any file', () => {
    expect(library.problems.map(formatProblem)).toEqual([]);
    expect(library.scenarios.size).toBeGreaterThanOrEqual(3);
  });

  it('has the 13 DBSA principles, with no dollar limit on gifts', () => {
    const dbsa = library.codes.get('dbsa')?.value;
    expect(dbsa?.principles.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(dbsa?.principles.map((p) => p.short).slice(0, 4)).toEqual(['Believe', 'Respect', 'Openly share', 'Seek']);
    expect(JSON.stringify(dbsa)).not.toMatch(/\$\d/);
  });

  it('has every case of the course, each complete enough to teach with', () => {
    const expected = [
      'alice-and-bob',
      'anna-and-john',
      'sarah-and-aisha', // the three case studies
      'emily-and-john',
      'mary-and-jane',
      'jessica-and-sam',
      'jason', // the re-entry examples
      'jada-and-marcus',
      'zia',
      'alex-and-max',
      'tim', // the role plays
      'unintended-disclosure',
      'what-would-you-do', // the "why ethics matter" examples
      'rosa-and-dev',
      'limits-of-confidentiality', // from the article: duty to warn, informed consent
      'mary-and-jane-later', // wrong-vs-wrong: the course's Mary & Jane, had Mary kept both roles
    ];
    expect([...library.scenarios.keys()].sort()).toEqual([...expected].sort());
    for (const { value: s } of library.scenarios.values()) {
      expect.soft(s.summary && s.question && s.setting && s.source, s.id).toBeTruthy();
      expect.soft(s.categories?.length, s.id).toBeGreaterThan(0);
      expect.soft(s.options?.length, s.id).toBeGreaterThanOrEqual(2);
      expect.soft(s.options?.length, s.id).toBeLessThanOrEqual(4);
      expect.soft(s.discussion?.length, s.id).toBeGreaterThanOrEqual(2);
      expect.soft(s.discussion?.length, s.id).toBeLessThanOrEqual(4);
      // No spoilers: the story does not name the code's principles by number.
      expect.soft(s.narrative, s.id).not.toMatch(/principle \d|ethics #?\d/i);
    }
  });

  it('has every kind of dilemma the course teaches', () => {
    const types = new Set([...library.scenarios.values()].map(({ value: s }) => s.dilemma_type));
    expect([...types].sort()).toEqual(['right-vs-right', 'right-vs-wrong', 'wrong-vs-wrong']);
  });

  it("gives options of even weight, in words most adults read easily (the trainers' lints find nothing)", () => {
    // The same lints `validate` runs on a trainer's file (src/library/lints.ts): no option reads as
    // the answer, and every narrative and question is at grade 8 or below.
    expect(library.problems.filter((p) => p.severity === 'warning').map((p) => `${p.file}: ${p.message}`)).toEqual([]);
    for (const { value: s } of library.scenarios.values())
      expect.soft(readingGrade(s.narrative), s.id).toBeLessThanOrEqual(READING_GRADE);
  });

  it('keeps the principles the course names for Anna & John in the key', () => {
    const key = library.scenarios.get('anna-and-john')?.value.principles.map((p) => p.number);
    expect(key).toEqual(expect.arrayContaining([2, 11, 9, 10, 3]));
  });

  it('ships the Ethics Grid with all 30 actions of the course, each tied to principles', () => {
    const grid = library.grids.get('ethics-grid')?.value;
    expect(grid?.actions).toHaveLength(30);
    expect(grid?.actions[0]?.action).toBe('Giving a small gift');
    expect(grid?.actions.at(-1)?.action).toBe(
      'Helping a peer plan how to talk to the team about not taking medications',
    );
    expect(Object.keys(grid?.ratings ?? {})).toEqual(['green', 'yellow', 'red']);
  });

  it.runIf(existsSync(course))('quotes every DBSA principle and the preamble word for word from the course', () => {
    const text = readFileSync(course, 'utf8');
    const dbsa = library.codes.get('dbsa')?.value;
    for (const p of dbsa?.principles ?? []) expect(text).toContain(`${p.number}. ${p.text}`);
    expect(text).toContain(dbsa?.preamble);
  });
});
