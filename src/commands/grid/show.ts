// What `grid` prints: the key before the ratings, and after them, action by action, the rating,
// the principles it touches (word for word) and why people disagree. Colour only repeats a word.
import { COLOURS, type Colour } from '../../grid/ratings.js';
import { findPrinciple, principleLabel } from '../../library/principles.js';
import type { Code, Grid } from '../../library/types.js';
import { oneLine } from '../../text/controls.js';
import { style } from '../../ui/style.js';
import { wrap } from '../../text/wrap.js';
import { readingWidth as width, screenRows } from '../../ui/width.js';
import type { Context } from '../context.js';

const colourWord = (colour: Colour) => ({ green: style.ok, yellow: style.warning, red: style.problem })[colour](colour);

export function showKey(ctx: Context, grid: Grid): void {
  ctx.io.out(style.heading(oneLine(grid.title)));
  if (grid.directions) ctx.io.out(`\n${wrap(oneLine(grid.directions.replace(/\s+/g, ' ').trim()), width())}`);
  ctx.io.out('');
  for (const colour of COLOURS)
    ctx.io.out(`  ${colourWord(colour)}${' '.repeat(8 - colour.length)}${oneLine(grid.ratings[colour])}`);
  ctx.io.out('');
}

/** Asked between pages: true to go on. Without it (an answers file, no terminal) all is shown. */
export type More = (shown: number, total: number) => Promise<boolean>;

/**
 * Action by action: the rating, the principles it touches (word for word) and why people
 * disagree. In a terminal it goes a screenful at a time: 30 actions are some 250 lines.
 */
export async function showReflection(
  ctx: Context,
  grid: Grid,
  code: Code,
  ratings: Record<string, Colour>,
  more?: More,
): Promise<void> {
  const wrapped = (text: string) => wrap(oneLine(text), width(), '      ').split('\n');
  ctx.io.out(
    `\n${style.heading('Your ratings, and why people disagree')}  ` +
      `${style.dim('(for reflection: there is no answer sheet)')}`,
  );
  const room = Math.max(screenRows() - 3, 8);
  let used = 2;
  for (const [i, action] of grid.actions.entries()) {
    const colour = ratings[action.id]!;
    const block = [
      '',
      `${`${i + 1}.`.padStart(3)} ${style.title(oneLine(action.action))}`,
      `    You: ${colourWord(colour)} (${oneLine(grid.ratings[colour])})`,
      ...action.principles.flatMap((n) => {
        return wrapped(
          `    Principle ${principleLabel(code, n)}: ${findPrinciple(code, n)?.text ?? '(not in the code)'}`,
        );
      }),
      ...wrapped(`    Why people disagree: ${action.why_people_disagree}`),
    ];
    if (more && i > 0 && used + block.length > room) {
      if (!(await more(i, grid.actions.length))) return;
      used = 0;
    }
    for (const line of block) ctx.io.out(line);
    used += block.length;
  }
}
