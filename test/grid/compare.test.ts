// Comparing a group's ratings: counts per colour in grid order, splits, and a table that fits.
import { describe, expect, it } from 'vitest';
import { compareRatings, comparisonLines } from '../../src/grid/compare.js';
import type { Colour } from '../../src/grid/ratings.js';
import { grid } from './fixtures.js';

const person = (hug: Colour, gift: Colour, story: Colour) => ({
  'giving-hug': hug,
  'accepting-gift': gift,
  'sharing-story': story,
});
const group = [person('green', 'red', 'green'), person('yellow', 'red', 'green'), person('red', 'yellow', 'green')];

describe('comparing ratings', () => {
  it('counts each colour per action, in grid order, and marks splits', () => {
    const c = compareRatings(grid, group);
    expect(c).toMatchObject({ grid: 'test-grid', title: 'Test Grid', people: 3 });
    expect(c.actions).toEqual([
      { id: 'giving-hug', action: 'Giving a hug', green: 1, yellow: 1, red: 1, split: true, threeWays: true },
      { id: 'accepting-gift', action: 'Accepting a gift', green: 0, yellow: 1, red: 2, split: true, threeWays: false },
      {
        id: 'sharing-story',
        action: 'Sharing your story',
        green: 3,
        yellow: 0,
        red: 0,
        split: false,
        threeWays: false,
      },
    ]);
  });

  it('prints a table with the colour words over the counts and the splits marked', () => {
    expect(comparisonLines(compareRatings(grid, group), 100)).toEqual([
      "3 people's ratings of the Test Grid (test-grid)",
      '',
      'Action              green  yellow  red',
      'Giving a hug            1       1    1  split 3 ways',
      'Accepting a gift        0       1    2  split',
      'Sharing your story      3       0    0',
      '',
      'The group is split on 2 of 3 actions (1 of them all three ways): good places to start the discussion.',
    ]);
  });

  it('clips long actions to fit the width, and says when everyone agrees', () => {
    const long = {
      ...grid,
      actions: [
        {
          ...grid.actions[0]!,
          action: 'An action described at such great length that it cannot fit in a narrow terminal at all',
        },
      ],
    };
    const lines = comparisonLines(compareRatings(long, [person('red', 'red', 'red')]), 60);
    expect(lines[0]).toBe("1 person's ratings of the Test Grid (test-grid)");
    for (const line of lines.slice(2, 4)) expect(line.length).toBeLessThanOrEqual(60);
    expect(lines[3]).toMatch(/^An action described at such great lengt… +0 +0 +1$/);
    expect(lines.at(-1)).toBe('The group chose the same colour for every action.');
  });
});
