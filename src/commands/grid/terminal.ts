// The grid in a terminal: the key, then one colour per action through inquirer, in one asking
// session with a draft after every rating at a fixed path (so running `grid` again continues
// from it), and any stop turned into "your ratings so far are kept here".
import { existsSync } from 'node:fs';
import { CliError, invalidData } from '../../errors.js';
import { ratingsProblems } from '../../grid/check.js';
import { ratingQuestions, type Colour, type Ratings } from '../../grid/ratings.js';
import type { Grid } from '../../library/types.js';
import { askUnanswered } from '../../guide/questionnaire.js';
import { promptRunner } from '../../prompts/prompt-runner.js';
import { terminalPrompter } from '../../prompts/terminal.js';
import { askUntilStopped, askingSession } from '../../session/asking.js';
import { readDraft } from '../../session/draft-file.js';
import { saveDraftAt, type Draft } from '../../session/drafts.js';
import { shownPath } from '../../ui/io.js';
import { wrap } from '../../text/wrap.js';
import { readingWidth as width } from '../../ui/width.js';
import type { Context, RunDeps } from '../context.js';
import { showKey, type More } from './show.js';

export interface GridSession {
  /** `<out>/drafts/<grid id>.yaml`. */
  draft: string;
  /** The command that continues these ratings, as the user would type it. */
  again: string;
}

/** The draft's ratings; a draft that cannot be used is reported with its problems, never replaced. */
function readGridDraft(grid: Grid, session: GridSession, ctx: Context): Draft<Ratings> {
  const shown = shownPath(ctx.io, session.draft);
  const draft = readDraft<Ratings>(session.draft, 'grid', shown, 'Delete it to start over.');
  const problems = ratingsProblems(draft.source, grid, false);
  if (problems.length)
    throw invalidData(`the draft ${shown} cannot be continued; fix it, or delete it to start over`, problems);
  return draft;
}

/** Asks for every action not yet rated (the draft's are kept) and returns all the ratings. */
export async function rateInTerminal(
  grid: Grid,
  session: GridSession,
  ctx: Context,
  deps: RunDeps,
): Promise<Record<string, Colour>> {
  const previous = existsSync(session.draft) ? readGridDraft(grid, session, ctx) : undefined;
  const answers: Ratings = previous?.answers ?? {};
  answers.grid = grid.id;
  answers.ratings ??= {};
  showKey(ctx, grid);
  if (previous) {
    const rated = Object.keys(answers.ratings).length;
    const where = shownPath(ctx.io, session.draft);
    const continuing = `Continuing your ratings from ${where} (${rated} of ${grid.actions.length} rated); delete it to start over.`;
    ctx.io.out(`${wrap(continuing, width())}\n`);
  }
  const asking = askingSession({
    stop: deps.stop,
    kind: 'grid',
    answers,
    draft: previous,
    note:
      `ethics-guide grid: your ratings so far. Run \`${session.again}\` to continue; delete this file to start ` +
      `over.`,
    saveNew: (text) => (saveDraftAt(session.draft, text), session.draft),
    stopped: (code, saved) =>
      saved
        ? new CliError(
            `stopped; your ratings so far are kept in ${shownPath(ctx.io, session.draft)}. Run \`${session.again}\` ` +
              `again to continue.`,
            code,
          )
        : new CliError('stopped before the first rating; nothing was saved', code),
  });
  await asking.run(() =>
    askUnanswered(
      answers,
      ratingQuestions(grid),
      asking.prompter(terminalPrompter(ctx.io, deps.stop, deps.env)),
      asking.saved,
    ),
  );
  return answers.ratings;
}

/** Between pages of the reflection: Enter for more, n to stop (the summary is already written). */
export function pager(ctx: Context, deps: RunDeps, summary: string): More {
  const run = promptRunner(deps.stop);
  const stopped = (code: number) => new CliError(`stopped reading; your ratings are kept in ${summary}`, code);
  return (shown, total) =>
    askUntilStopped(
      deps.stop,
      () =>
        run.confirm(
          { message: `More? (${shown} of ${total} actions shown)`, default: true },
          { clearPromptOnDone: true },
        ),
      stopped,
    );
}
