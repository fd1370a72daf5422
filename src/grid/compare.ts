// A group's ratings side by side: per action, how many chose each colour, and whether the
// group is split on it (the actions worth talking through first). No names: only counts.
import { largest } from '../data/arrays.js';
import type { Grid } from '../library/types.js';
import { oneLine } from '../text/controls.js';
import { clip } from '../text/table.js';
import { COLOURS, type Colour } from './ratings.js';

export interface ActionCounts extends Record<Colour, number> {
  id: string;
  action: string;
  /** At least two colours were chosen. */
  split: boolean;
  /** All three colours were chosen. */
  threeWays: boolean;
}

export interface Comparison {
  grid: string;
  title: string;
  people: number;
  actions: ActionCounts[];
}

export function compareRatings(grid: Grid, people: Record<string, Colour>[]): Comparison {
  const actions = grid.actions.map(({ id, action }) => {
    const counts = { green: 0, yellow: 0, red: 0 };
    for (const ratings of people) {
      // Own keys only: an action id such as `constructor` must not find Object's.
      const colour = Object.hasOwn(ratings, id) ? ratings[id] : undefined;
      if (colour) counts[colour]++;
    }
    const chosen = COLOURS.filter((c) => counts[c] > 0).length;
    return { id, action, ...counts, split: chosen >= 2, threeWays: chosen === 3 };
  });
  return { grid: grid.id, title: grid.title, people: people.length, actions };
}

/** The comparison as a plain-text table that fits `width` columns: colour words head the counts. */
export function comparisonLines(c: Comparison, width: number): string[] {
  const counts = COLOURS.map((colour) =>
    largest(
      c.actions.map((a) => String(a[colour]).length),
      colour.length,
    ),
  );
  const marker = (a: ActionCounts) => (a.threeWays ? '  split 3 ways' : a.split ? '  split' : '');
  const fixed =
    counts.reduce((sum, w) => sum + w + 2, 0) +
    largest(
      c.actions.map((a) => marker(a).length),
      0,
    );
  const actionWidth = Math.max(
    12,
    Math.min(
      width - fixed,
      largest(
        c.actions.map((a) => a.action.length),
        6,
      ),
    ),
  );
  const row = (action: string, cells: string[], mark: string) =>
    `${clip(action, actionWidth).padEnd(actionWidth)}${cells.map((cell, i) => `  ${cell.padStart(counts[i]!)}`).join('')}${mark}`.trimEnd();
  const split = c.actions.filter((a) => a.split).length;
  const threeWays = c.actions.filter((a) => a.threeWays).length;
  return [
    `${c.people} ${c.people === 1 ? "person's" : "people's"} ratings of the ${oneLine(c.title)} (${c.grid})`,
    '',
    row('Action', [...COLOURS], ''),
    ...c.actions.map((a) =>
      row(
        oneLine(a.action),
        COLOURS.map((colour) => String(a[colour])),
        marker(a),
      ),
    ),
    '',
    split === 0
      ? 'The group chose the same colour for every action.'
      : `The group is split on ${split} of ${c.actions.length} ` +
        `${c.actions.length === 1 ? 'action' : 'actions'}${threeWays ? ` (${threeWays} of them all three ways)` : ''}: good places to start the discussion.`,
  ];
}
