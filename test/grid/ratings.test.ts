// The grid's questions and checks: one select per action, and ratings held against the grid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ratingsProblems } from '../../src/grid/check.js';
import { principleHeadlines, ratingQuestions } from '../../src/grid/ratings.js';
import type { Grid } from '../../src/library/types.js';
import { root } from '../helpers.js';
import { code, grid, gridOf, source } from './fixtures.js';

const messages = (text: string, g: Grid = grid, complete = true) =>
  ratingsProblems(source(text), g, complete).map((p) => `${p.line}:${p.col}  ${p.message}`);

describe('the grid questions', () => {
  it('asks one select per action, in grid order, naming each colour with its meaning', () => {
    const questions = ratingQuestions(grid);
    expect(questions).toHaveLength(3);
    expect(questions[1]).toEqual({
      kind: 'select',
      path: ['ratings', 'accepting-gift'],
      message: 'Accepting a gift',
      help: 'Action 2 of 3',
      choices: [
        { value: 'green', name: 'green – Usually ethical', short: 'green' },
        { value: 'yellow', name: 'yellow – Would seriously question it', short: 'yellow' },
        { value: 'red', name: 'red – Unethical', short: 'red' },
      ],
      placeholder: '(choose a colour with ↑ ↓, then Enter)',
    });
  });

  it('covers all 30 actions of the shipped Ethics Grid', () => {
    const shipped = parse(readFileSync(join(root, 'grids', 'ethics-grid.yaml'), 'utf8')) as Grid;
    const questions = ratingQuestions(shipped);
    expect(questions).toHaveLength(30);
    expect(questions.at(-1)?.help).toBe('Action 30 of 30');
    expect(new Set(questions.map((q) => q.path[1])).size).toBe(30);
  });

  it('names principles by number and headline', () => {
    expect(principleHeadlines(grid.actions[1]!, code)).toBe('3. Gifts, 2. Respect');
  });
});

describe('checking ratings against the grid', () => {
  const complete = 'ratings:\n  giving-hug: green\n  accepting-gift: red\n  sharing-story: yellow\n';

  it('accepts a complete set, in any order, with or without the grid id', () => {
    expect(messages(complete)).toEqual([]);
    expect(messages(`grid: test-grid\n${complete}`)).toEqual([]);
    expect(messages('ratings:\n  sharing-story: red\n  giving-hug: red\n  accepting-gift: red\n')).toEqual([]);
  });

  it('points at an unknown action id and suggests the one meant, without also calling it unrated', () => {
    expect(messages('ratings:\n  giving-hug: green\n  acepting-gift: red\n  sharing-story: yellow\n')).toEqual([
      '3:3  `acepting-gift` is not an action of the Test Grid (test-grid). Did you mean `accepting-gift`?',
    ]);
  });

  it('says when an unknown id is like nothing in the grid', () => {
    expect(messages(`${complete}  flying-kites: green\n`)).toEqual([
      '5:3  `flying-kites` is not an action of the Test Grid (test-grid). Check it against the action ids in the grid file.',
    ]);
  });

  it('names each missing action, at the ratings key', () => {
    expect(messages('# mine\nratings:\n  giving-hug: green\n')).toEqual([
      '2:1  `accepting-gift` (Accepting a gift) is not rated: add `accepting-gift: green`, `yellow` or `red`',
      '2:1  `sharing-story` (Sharing your story) is not rated: add `sharing-story: green`, `yellow` or `red`',
    ]);
  });

  it('lists many missing actions in one problem, and an empty set as "none rated"', () => {
    expect(messages('ratings:\n  a-1: green\n', gridOf(8))).toEqual([
      '1:1  7 actions are not rated: a-2, a-3, a-4, a-5, a-6, a-7, a-8; add a line `id: green`, `yellow` or `red` for each',
    ]);
    expect(messages('ratings: {}\n')).toEqual([
      '1:1  no action is rated yet: give each of the 3 actions a line under `ratings:`',
    ]);
    expect(messages('grid: test-grid\n')).toEqual([
      '1:1  there are no ratings: add `ratings:` with one `action-id: green | yellow | red` line for each of the 3 actions',
    ]);
  });

  it('lets a draft stop half-way, but not name unknown actions', () => {
    expect(messages('ratings:\n  giving-hug: green\n', grid, false)).toEqual([]);
    expect(messages('grid: test-grid\n', grid, false)).toEqual([]);
    expect(messages('ratings:\n  giving-hugs: green\n', grid, false)).toEqual([
      '2:3  `giving-hugs` is not an action of the Test Grid (test-grid). Did you mean `giving-hug`?',
    ]);
  });

  it('checks nothing else when the ratings are for another grid', () => {
    expect(messages('grid: other-grid\nratings:\n  x: green\n')).toEqual([
      '1:7  these ratings are for the grid `other-grid`, not `test-grid`; name it with --grid other-grid',
    ]);
  });

  it('leaves shapes to the schema: no echo for a list or a bad colour', () => {
    expect(messages('- a\n- b\n')).toEqual([]);
    expect(messages('ratings: [giving-hug]\n')).toEqual([]);
    expect(messages('ratings:\n  giving-hug: blue\n  accepting-gift: red\n  sharing-story: red\n')).toEqual([]);
  });
});
