// The grid in a terminal: the key, then one colour per action through inquirer, a draft saved
// after every rating at a fixed path (so running `grid` again continues from it), and Ctrl-C,
// SIGTERM and SIGHUP turned into "your ratings so far are kept here".
import { existsSync } from 'node:fs';
import { CliError, invalidData } from '../errors.js';
import { ratingQuestions, type Colour, type Ratings } from '../grid/ratings.js';
import type { Problem } from '../library/problem.js';
import type { Grid } from '../library/types.js';
import { readAnswersFile, type AnswersFile } from '../prompts/answers-file.js';
import { askUnanswered } from '../prompts/questionnaire.js';
import { terminalPrompter } from '../prompts/terminal.js';
import { saveDraftAt } from '../record/draft.js';
import { shownPath } from '../ui/io.js';
import { readingWidth as width, wrap } from '../ui/wrap.js';
import type { Context } from './context.js';
import { problemsFor } from './grid-files.js';
import { showKey } from './grid-show.js';
import { askUntilStopped } from './stop-signals.js';

export interface GridSession {
  /** `<out>/drafts/<grid id>.yaml`. */
  draft: string;
  /** The command that continues these ratings, as the user would type it. */
  again: string;
}

/** The draft's ratings; a draft that cannot be used is reported with its problems, never replaced. */
function readDraft(grid: Grid, session: GridSession, ctx: Context): Ratings {
  const unusable = (problems: Problem[]) =>
    invalidData(`the draft ${shownPath(ctx.io, session.draft)} cannot be continued; fix it, or delete it to start over`, problems);
  let draft: AnswersFile<Ratings>;
  try {
    draft = readAnswersFile<Ratings>(session.draft, 'draft', 'ratings');
  } catch (error) {
    if (error instanceof CliError && error.problems.length) throw unusable(error.problems);
    throw error;
  }
  const problems = problemsFor(draft.source, grid, false);
  if (problems.length) throw unusable(problems);
  return draft.decision;
}

/** Asks for every action not yet rated (the draft's are kept) and returns all the ratings. */
export async function rateInTerminal(grid: Grid, session: GridSession, ctx: Context, env: NodeJS.ProcessEnv): Promise<Record<string, Colour>> {
  let saved = existsSync(session.draft);
  const answers: Ratings = saved ? readDraft(grid, session, ctx) : {};
  answers.grid = grid.id;
  answers.ratings ??= {};
  showKey(ctx, grid);
  if (saved) {
    const rated = Object.keys(answers.ratings).length;
    ctx.io.out(`${wrap(`Continuing your ratings from ${shownPath(ctx.io, session.draft)} (${rated} of ${grid.actions.length} rated); delete it to start over.`, width())}\n`);
  }
  const stopped = (code: number) =>
    saved
      ? new CliError(`stopped; your ratings so far are kept in ${shownPath(ctx.io, session.draft)}. Run \`${session.again}\` again to continue.`, code)
      : new CliError('stopped before the first rating; nothing was saved', code);
  const note = `ethics-guide grid: your ratings so far. Run \`${session.again}\` to continue; delete this file to start over.`;
  await askUntilStopped(
    (signal) =>
      askUnanswered(answers, ratingQuestions(grid), terminalPrompter(ctx.io, signal, env), (soFar) => {
        saveDraftAt(session.draft, soFar, note);
        saved = true;
      }),
    stopped,
  );
  return answers.ratings;
}
