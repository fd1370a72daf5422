// What `grid` prints: the key before the ratings, and after them, action by action, the rating,
// the principles it touches (word for word) and why people disagree. Colour only repeats a word.
import { COLOURS, type Colour } from '../grid/ratings.js';
import type { Code, Grid } from '../library/types.js';
import { oneLine } from '../text/controls.js';
import { style } from '../ui/style.js';
import { readingWidth as width, wrap } from '../ui/wrap.js';
import type { Context } from './context.js';

const colourWord = (colour: Colour) => ({ green: style.ok, yellow: style.warning, red: style.problem })[colour](colour);

export function showKey(ctx: Context, grid: Grid): void {
  ctx.io.out(style.heading(oneLine(grid.title)));
  if (grid.directions) ctx.io.out(`\n${wrap(oneLine(grid.directions.replace(/\s+/g, ' ').trim()), width())}`);
  ctx.io.out('');
  for (const colour of COLOURS) ctx.io.out(`  ${colourWord(colour)}${' '.repeat(8 - colour.length)}${oneLine(grid.ratings[colour])}`);
  ctx.io.out('');
}

export function showReflection(ctx: Context, grid: Grid, code: Code, ratings: Record<string, Colour>): void {
  const say = (text: string) => ctx.io.out(wrap(oneLine(text), width(), '      '));
  ctx.io.out(`\n${style.heading('Your ratings, and why people disagree')}  ${style.dim('(for reflection: there is no answer sheet)')}`);
  grid.actions.forEach((action, i) => {
    const colour = ratings[action.id]!;
    ctx.io.out(`\n${`${i + 1}.`.padStart(3)} ${style.title(oneLine(action.action))}`);
    ctx.io.out(`    You: ${colourWord(colour)} (${oneLine(grid.ratings[colour])})`);
    for (const n of action.principles) {
      const principle = code.principles.find((p) => p.number === n);
      say(`    Principle ${n}. ${principle?.short ?? ''}: ${principle?.text ?? '(not in the code)'}`);
    }
    say(`    Why people disagree: ${action.why_people_disagree}`);
  });
}
