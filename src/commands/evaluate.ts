// `ethics-guide records evaluate FILE`: the Act step's "evaluate the outcome". Asks how it
// went (or reads an answers file), then adds an Outcome section to the record and marks it
// evaluated, in one atomic replace that keeps every other byte. An interrupted evaluation
// keeps its answers in a draft beside the record, and the next run continues from it.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import { CliError, invalidData, usageError } from '../errors.js';
import { outcomeQuestions, type Outcome } from '../guide/evaluation.js';
import type { Code } from '../library/types.js';
import { answersFilePrompter, readAnswersFile } from '../prompts/answers-file.js';
import type { Prompter } from '../prompts/prompter.js';
import { askUnanswered } from '../prompts/questionnaire.js';
import { draftsDir, removeDraft, saveDraftAt } from '../record/draft.js';
import type { RecordMeta } from '../record/front-matter.js';
import { outcomeSection, withOutcome } from '../record/outcome.js';
import { readRecord } from '../record/read-records.js';
import { replaceFile } from '../record/safe-write.js';
import { shownPath } from '../ui/io.js';
import { style } from '../ui/style.js';
import { notATerminal, openLibrary, warnAboutPrivacy, type Context, type RunDeps } from './context.js';
import { askUntilStopped } from './stop-signals.js';

export async function evaluate(file: string, options: { answers?: string }, ctx: Context, deps: RunDeps): Promise<void> {
  const path = recordPath(file);
  const meta = await readMeta(path, file);
  const original = readFileSync(path);
  if (meta.status === 'evaluated') {
    throw usageError(`${file} was already evaluated${meta.evaluated ? ` on ${meta.evaluated}` : ''}; its Outcome section is at the end of the file. Nothing was changed`);
  }
  if (!options.answers && !deps.interactive) throw notATerminal('records evaluate asks its questions', 'the answers', 'ethics-guide records evaluate FILE --answers ANSWERS', 'format: schemas/outcome.schema.json');
  const code = (await openLibrary(ctx)).codes.get(meta.code)?.value;
  const questions = outcomeQuestions(meta.principles, code);
  const draft = join(draftsDir(dirname(path)), `${basename(path, '.md')}.outcome.yaml`);

  let outcome: Outcome;
  if (options.answers) {
    const given = readAnswersFile<Outcome>(options.answers, 'answers file', 'outcome');
    const prompter = answersFilePrompter(given);
    outcome = await askUnanswered(given.decision, questions, prompter);
    if (prompter.problems.length) throw invalidData('the answers file is missing answers; the record was not changed', prompter.problems);
  } else {
    outcome = await askInTerminal(path, meta, code, questions, draft, ctx, deps, file);
  }

  const section = outcomeSection(outcome, deps.today, meta.principles, code);
  let updated: string;
  try {
    updated = withOutcome(original.toString('utf8'), section, deps.today);
  } catch (error) {
    throw invalidData(`${file} could not be updated safely: ${(error as Error).message}. Nothing was changed${options.answers ? '' : `; your answers are kept in ${shownPath(ctx.io, draft)}`}`);
  }
  // Someone may have changed the record while the questions were being answered.
  if (!readFileSync(path).equals(original)) {
    throw invalidData(`${file} changed while you were answering, so it was not touched. Run the command again${options.answers ? '' : `; your answers are kept in ${shownPath(ctx.io, draft)} and will not be asked again`}`);
  }
  replaceFile(path, updated);
  if (!options.answers) removeDraft(draft);
  warnAboutPrivacy(ctx, outcome);
  ctx.io.out(`${style.ok('Outcome added:')} ${shownPath(ctx.io, path)} is now marked evaluated on ${deps.today} (readable only by you)`);
}

/** The record's real path (a link is followed, so the link stays a link). */
function recordPath(file: string): string {
  const path = resolvePath(file);
  if (!existsSync(path)) throw usageError(`there is no file ${file}. Name a decision record, e.g. decision-records/2026-11-23-alice-and-bob.md (\`ethics-guide records list\` shows them)`);
  if (statSync(path).isDirectory()) throw usageError(`${file} is a folder; name one record in it (\`ethics-guide records list ${file}\` shows them)`);
  return realpathSync(path);
}

async function readMeta(path: string, file: string): Promise<RecordMeta> {
  const read = await readRecord(path);
  if ('record' in read) return read.record.meta;
  if ('damaged' in read) throw invalidData(`${file} is damaged, so its outcome cannot be added; nothing was changed`, read.damaged);
  throw invalidData(`${file} is not a decision record: it has no record front matter (the --- block that \`ethics-guide resolve\` writes at the top)`);
}

async function askInTerminal(path: string, meta: RecordMeta, code: Code | undefined, questions: ReturnType<typeof outcomeQuestions>, draft: string, ctx: Context, deps: RunDeps, file: string): Promise<Outcome> {
  const { terminalPrompter } = await import('../prompts/terminal.js');
  const outcome: Outcome = existsSync(draft) ? readAnswersFile<Outcome>(draft, 'draft', 'outcome').decision : {};
  let saved = existsSync(draft);
  ctx.io.out(`${style.heading(`Looking back: ${meta.title}`)}  ${style.dim(`decided ${meta.date}, follow-up ${meta.follow_up || 'not set'}`)}`);
  ctx.io.out(`Decision: ${meta.decision}`);
  if (code) ctx.io.out(style.dim(`Reasoned with ${code.title}.`));
  if (saved) ctx.io.out(`\nContinuing from ${shownPath(ctx.io, draft)}: questions you answered are not asked again.`);
  const stopped = (exitCode: number) =>
    saved
      ? new CliError(`stopped; your answers are kept in ${shownPath(ctx.io, draft)}. Continue with the same command: ethics-guide records evaluate ${file}`, exitCode)
      : new CliError('stopped before the first answer; the record was not changed', exitCode);
  return askUntilStopped(
    (signal) => {
      const prompter: Prompter = terminalPrompter(ctx.io, signal, deps.env);
      return askUnanswered(outcome, questions, prompter, (answers) => {
        saveDraftAt(draft, answers, `ethics-guide draft of an evaluation: run \`ethics-guide records evaluate ${basename(path)}\` again to continue`);
        saved = true;
      });
    },
    stopped,
  );
}
