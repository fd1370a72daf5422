// The answers of an edit of a record (records evaluate, records review): from an answers file,
// or asked in the terminal with a draft beside the record after every answer, which the same
// command continues from.
import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { CliError, invalidData } from '../../errors.js';
import type { Question } from '../../guide/question.js';
import { askUnanswered } from '../../guide/questionnaire.js';
import { type AnswersKind, answersFilePrompter, readCheckedAnswers } from '../../prompts/answers-file.js';
import { askingSession } from '../../session/asking.js';
import { readDraft } from '../../session/draft-file.js';
import { saveDraftAt } from '../../session/drafts.js';
import { shownPath } from '../../ui/io.js';
import { type Context, type RunDeps, warnAboutPrivacy } from '../context.js';

/** From `--answers FILE`: every problem at once, and the record not changed. */
export async function answersForEdit<T extends object>(
  file: string,
  kind: AnswersKind,
  questions: Question[],
  ctx: Context,
): Promise<T> {
  const given = await readCheckedAnswers<T>(resolvePath(ctx.io.cwd, file), 'answers file', kind, file);
  const prompter = answersFilePrompter(given);
  const answers = await askUnanswered(given.decision, questions, prompter);
  if (prompter.problems.length)
    throw invalidData('the answers file is missing answers; the record was not changed', prompter.problems);
  warnAboutPrivacy(ctx, answers);
  return answers;
}

export interface EditInTerminal {
  kind: 'evaluate' | 'review';
  /** For the draft's first line, e.g. "an evaluation". */
  what: string;
  draft: string;
  /** The command that continues, as the user would type it. */
  again: string;
  questions: Question[];
  /** Shows what is being edited, before the first question (Ctrl-C there stops as a question would). */
  intro?: () => void | Promise<void>;
}

/** In the terminal: a draft after every answer, and a stop that says how to continue. */
export async function askForEdit<T extends object>(o: EditInTerminal, ctx: Context, deps: RunDeps): Promise<T> {
  const { terminalPrompter } = await import('../../prompts/terminal.js');
  const shown = shownPath(ctx.io, o.draft);
  const previous = existsSync(o.draft)
    ? readDraft<T>(o.draft, o.kind, shown, 'Move it away to start over.')
    : undefined;
  const answers = previous?.answers ?? ({} as T);
  const asking = askingSession({
    stop: deps.stop,
    kind: o.kind,
    answers,
    draft: previous,
    note: `ethics-guide draft of ${o.what}: run \`${o.again}\` again to continue`,
    saveNew: (text) => (saveDraftAt(o.draft, text), o.draft),
    stopped: (exitCode, saved) =>
      saved
        ? new CliError(
            `stopped; your answers are kept in ${shown}. Continue with the same command: ${o.again}`,
            exitCode,
          )
        : new CliError('stopped before the first answer; the record was not changed', exitCode),
    pausedAt: () => `Your answers are kept in ${shown}. When you are ready, run the same command: ${o.again}`,
  });
  return asking.run(async () => {
    await o.intro?.();
    if (previous) ctx.io.out(`\nContinuing from ${shown}: questions you answered are not asked again.`);
    return askUnanswered(
      answers,
      o.questions,
      asking.prompter(terminalPrompter(ctx.io, deps.stop, deps.env)),
      asking.saved,
    );
  });
}
