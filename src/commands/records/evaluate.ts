// `ethics-guide records evaluate FILE`: the Act step's "later evaluate the outcome". Asks how it
// went (or reads an answers file), then adds an Outcome section to the record and marks it
// evaluated, in one locked, atomic replace that keeps every other byte. An interrupted
// evaluation keeps its answers in a draft beside the record, and the next run continues from it.
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import { CliError, invalidData, usageError } from '../../errors.js';
import { checkRegularFile, readUserFile } from '../../files/read-user-file.js';
import { editRecord } from '../../files/record-lock.js';
import { outcomeQuestions, type Outcome } from '../../guide/evaluation.js';
import type { Code } from '../../library/types.js';
import { answersFilePrompter, readCheckedAnswers } from '../../prompts/answers-file.js';
import { askUnanswered } from '../../guide/questionnaire.js';
import type { RecordMeta } from '../../generated/record.types.js';
import { outcomeSection, withOutcome } from '../../record/outcome.js';
import { recordFromBytes } from '../../files/read-records.js';
import { askingSession } from '../../session/asking.js';
import { readDraft } from '../../session/draft-file.js';
import { draftsDir, removeDraft, saveDraftAt, type Draft } from '../../session/drafts.js';
import { oneLine } from '../../text/controls.js';
import { shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import {
  commandLine,
  notATerminal,
  openLibrary,
  privateFolder,
  warnAboutPrivacy,
  type Context,
  type RunDeps,
} from '../context.js';

export async function evaluate(
  file: string,
  options: { answers?: string },
  ctx: Context,
  deps: RunDeps,
): Promise<void> {
  const path = recordPath(file, ctx);
  // One read: the status checked and the text changed are the same bytes (another run may be
  // adding its outcome right now; the lock then finds the record changed).
  const original = readUserFile(path, 'record', file);
  const meta = await readMeta(path, file, original);
  if (meta.status === 'evaluated') {
    throw usageError(
      `${file} was already evaluated${meta.evaluated ? ` on ${meta.evaluated}` : ''}; its Outcome section is at the ` +
        `end of the file. Nothing was changed`,
    );
  }
  if (!options.answers && !deps.interactive)
    throw notATerminal(
      'records evaluate asks its questions',
      'the answers',
      commandLine(ctx, ['records', 'evaluate'], ['FILE', '--answers', 'ANSWERS']),
      'format: schemas/outcome.schema.json',
    );
  const code = (await openLibrary(ctx, [], true)).codes.get(meta.code)?.value;
  const questions = outcomeQuestions(meta.principles, code);
  const draft = join(draftsDir(dirname(path)), `${basename(path, '.md')}.outcome.yaml`);
  const again = commandLine(ctx, ['records', 'evaluate', file]);

  let outcome: Outcome;
  if (options.answers) {
    const given = await readCheckedAnswers<Outcome>(
      resolvePath(ctx.io.cwd, options.answers),
      'answers file',
      'outcome',
      options.answers,
    );
    const prompter = answersFilePrompter(given);
    outcome = await askUnanswered(given.decision, questions, prompter);
    if (prompter.problems.length)
      throw invalidData('the answers file is missing answers; the record was not changed', prompter.problems);
    warnAboutPrivacy(ctx, outcome);
  } else {
    privateFolder(ctx, dirname(path));
    outcome = await askInTerminal(meta, code, questions, draft, again, ctx, deps);
  }

  const section = outcomeSection(outcome, deps.today, meta.principles, code);
  const kept = options.answers
    ? ''
    : `; your answers are kept in ${shownPath(ctx.io, draft)} and will not be asked again`;
  let updated: string;
  try {
    updated = withOutcome(original.toString('utf8'), section, deps.today);
  } catch (error) {
    throw invalidData(`${file} could not be updated safely: ${(error as Error).message}. Nothing was changed${kept}`);
  }
  editRecord(path, original, updated, {
    shown: file,
    changed:
      `${file} changed while you were answering (another run may have added its outcome), so it was not ` +
      `touched. Look at it, then run the command again if it still needs an outcome${kept}`,
    note: (text) => ctx.io.err(style.dim(`note: ${text}`)),
  });
  if (!options.answers) removeDraft(draft);
  ctx.io.out(
    `${style.ok('Outcome added:')} ${oneLine(shownPath(ctx.io, path))} is now marked evaluated on ${deps.today} ` +
      `(readable only by you)`,
  );
}

/** The record's real path (a link is followed, so the link stays a link). */
function recordPath(file: string, ctx: Context): string {
  const path = resolvePath(ctx.io.cwd, file);
  try {
    checkRegularFile(path, 'record', file);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    if (!existsSync(path))
      throw usageError(
        `there is no file ${file}. Name a decision record, e.g. decision-records/2026-11-23-alice-and-bob.md ` +
          `(\`${commandLine(ctx, ['records', 'list'])}\` shows them)`,
      );
    if (/ is a folder, /.test(error.message))
      throw usageError(
        `${file} is a folder; name one record in it (\`${commandLine(ctx, ['records', 'list', file])}\` shows them)`,
      );
    throw error;
  }
  return realpathSync(path);
}

async function readMeta(path: string, file: string, bytes: Buffer): Promise<RecordMeta> {
  const read = await recordFromBytes(path, bytes);
  if ('record' in read) return read.record.meta;
  if ('damaged' in read)
    throw invalidData(`${file} is damaged, so its outcome cannot be added; nothing was changed`, read.damaged);
  throw invalidData(
    `${file} is not a decision record: it has no record front matter (the --- block that \`ethics-guide resolve\` ` +
      `writes at the top)`,
  );
}

async function askInTerminal(
  meta: RecordMeta,
  code: Code | undefined,
  questions: ReturnType<typeof outcomeQuestions>,
  draft: string,
  again: string,
  ctx: Context,
  deps: RunDeps,
): Promise<Outcome> {
  const { terminalPrompter } = await import('../../prompts/terminal.js');
  const shown = shownPath(ctx.io, draft);
  const previous: Draft<Outcome> | undefined = existsSync(draft)
    ? readDraft<Outcome>(draft, 'evaluate', shown, 'Move it away to start over.')
    : undefined;
  const outcome: Outcome = previous?.answers ?? {};
  ctx.io.out(
    `${style.heading(`Looking back: ${oneLine(meta.title ?? meta.scenario ?? 'your own situation')}`)}  ` +
      `${style.dim(`decided ${meta.date}, follow-up ${meta.follow_up || 'not set'}`)}`,
  );
  ctx.io.out(`Decision: ${oneLine(meta.decision)}`);
  if (code) ctx.io.out(style.dim(`Reasoned with ${oneLine(code.title)}.`));
  if (previous) ctx.io.out(`\nContinuing from ${shown}: questions you answered are not asked again.`);
  const asking = askingSession({
    stop: deps.stop,
    kind: 'evaluate',
    answers: outcome,
    draft: previous,
    note: `ethics-guide draft of an evaluation: run \`${again}\` again to continue`,
    saveNew: (text) => (saveDraftAt(draft, text), draft),
    stopped: (exitCode, saved) =>
      saved
        ? new CliError(`stopped; your answers are kept in ${shown}. Continue with the same command: ${again}`, exitCode)
        : new CliError('stopped before the first answer; the record was not changed', exitCode),
  });
  return asking.run(() =>
    askUnanswered(outcome, questions, asking.prompter(terminalPrompter(ctx.io, deps.stop, deps.env)), asking.saved),
  );
}
