// A person's grid ratings as a short Markdown file: YAML front matter that `grid compare` reads
// back (grid, date, ratings), then the key, the counts and a table of actions. Built through
// mdast, so a grid's text (a trainer's file) is always escaped as text.
import type { Code, Grid } from '../library/types.js';
import { renderFrontMatter } from '../markdown/front-matter.js';
import { heading, labelled, serialize, table, text } from '../markdown/markdown.js';
import { COLOURS, colourCounts, principleHeadlines, type Colour } from './ratings.js';

export interface SummaryInput {
  grid: Grid;
  code: Code;
  /** Every action of the grid rated. */
  ratings: Record<string, Colour>;
  date: string;
}

export interface SummaryMeta {
  grid: string;
  date: string;
  ratings: Record<string, Colour>;
}

export function renderSummary({ grid, code, ratings, date }: SummaryInput): string {
  // In grid order, whatever order they were given in.
  const ordered = Object.fromEntries(grid.actions.filter((a) => ratings[a.id]).map((a) => [a.id, ratings[a.id]!]));
  const counts = colourCounts(grid, ordered);
  const body = serialize([
    // One line, so a title with line breaks cannot become a setext heading over several.
    heading(1, `${grid.title.replace(/\s+/g, ' ').trim()}: my ratings`),
    labelled('Date', date),
    labelled('Key', COLOURS.map((c) => `${c} = ${grid.ratings[c]}`).join('; ')),
    labelled('My colours', COLOURS.map((c) => `${counts[c]} ${c}`).join(', ')),
    table(
      ['Action', 'My rating', 'Principles'],
      grid.actions.map((a) => [a.action, ordered[a.id] ?? '', principleHeadlines(a, code)]),
    ),
    {
      type: 'paragraph',
      children: [
        text('To compare with your group: '),
        { type: 'inlineCode', value: 'ethics-guide grid compare FILE...' },
        text(", with everyone's summary files."),
      ],
    },
  ]);
  const meta: SummaryMeta = { grid: grid.id, date, ratings: ordered };
  // The same front matter as a decision record's: every string double-quoted.
  return `${renderFrontMatter(meta)}\n${body}`;
}
