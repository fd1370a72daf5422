// The Ethics Grid exercise as data: the three colours, a person's ratings, and one question per
// action, asked by the terminal or replayed from a ratings file (schemas/ratings.schema.json).
import { COLOURS } from '../generated/enums.js';
import type { RatingsFile } from '../generated/ratings.types.js';
import type { Question } from '../guide/question.js';
import { principleLabels } from '../library/principles.js';
import type { Code, Grid, GridAction } from '../library/types.js';

/** The grid of the course; `--grid` names another. */
export const DEFAULT_GRID = 'ethics-grid';

export { COLOURS };
export type Colour = (typeof COLOURS)[number];

/** A ratings file, a draft and a summary's front matter all hold this shape. */
export type Ratings = Omit<RatingsFile, 'draft'>;

/** `green – Usually ethical`: the word and what it means, never the colour alone. */
export const colourName = (grid: Grid, colour: Colour) => `${colour} – ${grid.ratings[colour]}`;

export function ratingQuestions(grid: Grid): Question<Ratings>[] {
  return grid.actions.map((action, i) => ({
    kind: 'select',
    path: ['ratings', action.id],
    message: action.action,
    help: `Action ${i + 1} of ${grid.actions.length}`,
    // The answered line shows the word alone: `✔ Giving a hug yellow` fits on one line.
    choices: COLOURS.map((colour) => ({ value: colour, name: colourName(grid, colour), short: colour })),
    // No colour is chosen until one is: Enter by habit must not rate an action green.
    placeholder: '(choose a colour with ↑ ↓, then Enter)',
  }));
}

/** The action's principles as `10. Do not, 8. Maintain` (number and headline). */
export function principleHeadlines(action: GridAction, code: Code): string {
  return principleLabels(code, action.principles, ', ');
}

/** How many actions got each colour. */
export function colourCounts(grid: Grid, ratings: Record<string, Colour>): Record<Colour, number> {
  const counts = { green: 0, yellow: 0, red: 0 };
  for (const action of grid.actions) {
    const colour = ratings[action.id];
    if (colour) counts[colour]++;
  }
  return counts;
}
