// `ethics-guide records evaluate FILE`: the Act step's "later evaluate the outcome". Asks how it
// went (or reads an answers file), then adds an Outcome section to the record and marks it
// evaluated, in one locked, atomic replace that keeps every other byte. An interrupted
// evaluation keeps its answers in a draft beside the record, and the next run continues from it.
import { basename, dirname, join } from 'node:path';
import { invalidData, usageError } from '../../errors.js';
import { editRecord } from '../../files/record-lock.js';
import { outcomeQuestions, type Outcome } from '../../guide/evaluation.js';
import { openRecord, refuseIfReplaced } from './open-record.js';
import { answersForEdit, askForEdit } from './edit-answers.js';
import { outcomeSection, withOutcome } from '../../record/outcome.js';
import { draftsDir, removeDraft } from '../../session/drafts.js';
import { oneLine } from '../../text/controls.js';
import { shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { fittedLabelled } from '../../ui/width.js';
import { commandLine, notATerminal, openLibrary, privateFolder, type Context, type RunDeps } from '../context.js';

export async function evaluate(
  file: string,
  options: { answers?: string },
  ctx: Context,
  deps: RunDeps,
): Promise<void> {
  // One read: the status checked and the text changed are the same bytes (another run may be
  // adding its outcome right now; the lock then finds the record changed).
  const { path, original, meta } = await openRecord(file, ctx, 'its outcome cannot be added');
  refuseIfReplaced(file, meta, ctx, 'evaluate', 'outcome');
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
  const library = await openLibrary(ctx, [], true);
  const code = library.codes.get(meta.code)?.value;
  const others = new Map([...library.codes].map(([id, entry]) => [id, entry.value]));
  const questions = outcomeQuestions(meta.principles, code, others);
  const draft = join(draftsDir(dirname(path)), `${basename(path, '.md')}.outcome.yaml`);
  const again = commandLine(ctx, ['records', 'evaluate', file]);

  let outcome: Outcome;
  if (options.answers) {
    outcome = await answersForEdit<Outcome>(options.answers, 'outcome', questions, ctx);
  } else {
    privateFolder(ctx, dirname(path));
    outcome = await askForEdit<Outcome>(
      {
        kind: 'evaluate',
        what: 'an evaluation',
        draft,
        again,
        questions,
        intro: () => {
          ctx.io.out(
            `${style.heading(`Looking back: ${oneLine(meta.title ?? meta.scenario ?? 'your own situation')}`)}  ` +
              `${style.dim(`decided ${meta.date}, follow-up ${meta.follow_up || 'not set'}`)}`,
          );
          ctx.io.out(`Decision: ${oneLine(meta.decision)}`);
          if (code) ctx.io.out(style.dim(`Reasoned with ${oneLine(code.title)}.`));
        },
      },
      ctx,
      deps,
    );
  }

  const section = outcomeSection(outcome, deps.today, meta.principles, code, others);
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
    fittedLabelled(
      'Outcome added:',
      style.ok,
      `${oneLine(shownPath(ctx.io, path))} is now marked evaluated on ${deps.today} (readable only by you)`,
    ),
  );
}
