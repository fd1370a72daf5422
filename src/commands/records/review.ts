// `ethics-guide records review FILE`: a supervisor's sign-off. Asks who reviews, whether they
// agree and their comment (or reads an answers file), then adds an entry to the record's
// `## Supervisor review` section and stamps `reviewed` and `reviewed_by` in its front matter,
// through the same lock and atomic replace as `records evaluate`. It works in any status, and a
// record may be reviewed more than once. An interrupted review keeps a draft beside the record.
import { basename, dirname, join } from 'node:path';
import { invalidData, usageError } from '../../errors.js';
import { editRecord } from '../../files/record-lock.js';
import { isDate } from '../../guide/dates.js';
import { reviewQuestions, type Review } from '../../guide/signoff.js';
import { recordDigest } from '../../record/digest.js';
import { withReview } from '../../record/signoff.js';
import { draftsDir, removeDraft } from '../../session/drafts.js';
import { append } from '../../data/arrays.js';
import { oneLine } from '../../text/controls.js';
import { clip } from '../../text/table.js';
import { shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { fitted, fittedLabelled, readingWidth, screenRows } from '../../ui/width.js';
import { commandLine, notATerminal, privateFolder, type Context, type RunDeps } from '../context.js';
import { openRecord, refuseIfReplaced } from './open-record.js';
import { answersForEdit, askForEdit } from './edit-answers.js';

export interface ReviewOptions {
  answers?: string;
  on?: string;
}

export async function review(file: string, options: ReviewOptions, ctx: Context, deps: RunDeps): Promise<void> {
  const date = options.on ?? deps.today;
  if (!isDate(date))
    throw usageError(`--on needs a date written YYYY-MM-DD, for example ${deps.today}; "${date}" is not one`);
  if (!options.answers && !deps.interactive) {
    throw notATerminal(
      'records review asks its questions',
      'the answers',
      commandLine(ctx, ['records', 'review'], ['FILE', '--answers', 'ANSWERS']),
      'format: schemas/review.schema.json',
    );
  }
  const { path, original, meta } = await openRecord(file, ctx, 'it cannot be reviewed');
  refuseIfReplaced(file, meta, ctx, 'review', 'review');
  const draft = join(draftsDir(dirname(path)), `${basename(path, '.md')}.review.yaml`);
  const again = commandLine(ctx, ['records', 'review', file]);
  let answers: Review;
  if (options.answers) {
    answers = await answersForEdit<Review>(options.answers, 'review', reviewQuestions(), ctx);
  } else {
    privateFolder(ctx, dirname(path));
    const intro = async () => {
      ctx.io.out(
        `${style.heading(`Reviewing: ${oneLine(meta.title ?? meta.scenario ?? 'a decision')}`)}  ${style.dim(`decided ${meta.date}`)}`,
      );
      if (meta.consult_first === true)
        ctx.io.out(
          style.warning(
            fitted(
              '! Flagged consult first: an option could cause serious harm, or an urgent policy applies, and no ' +
                'one had been consulted when it was decided.',
              '  ',
            ),
          ),
        );
      await showDigest(original.toString('utf8'), meta.decision, file, ctx, deps);
    };
    answers = await askForEdit<Review>(
      { kind: 'review', what: 'a review', draft, again, questions: reviewQuestions(), intro },
      ctx,
      deps,
    );
  }
  let updated: string;
  try {
    updated = withReview(original.toString('utf8'), answers, date);
  } catch (error) {
    throw invalidData(`${file} could not be updated safely: ${(error as Error).message}. Nothing was changed`);
  }
  editRecord(path, original, updated, {
    shown: file,
    changed: `${file} changed while you were reviewing (another run may have added to it), so it was not touched. Run the command again`,
    note: (text) => ctx.io.err(style.dim(`note: ${text}`)),
  });
  if (!options.answers) removeDraft(draft);
  ctx.io.out(
    fittedLabelled(
      'Review added:',
      style.ok,
      `${oneLine(shownPath(ctx.io, path))}, reviewed on ${date} (readable only by you)`,
    ),
  );
}

/**
 * How much of the digest is shown at most: a hand-edited record may hold any number of lines, and
 * a line of any length. The rest is in the file.
 */
const DIGEST_ROWS = 300;
const LINE_CHARS = 2000;

/**
 * What the supervisor is asked to agree with, from the record itself, a screen at a time, so
 * that none of it scrolls away unread before the first question.
 */
async function showDigest(record: string, decision: string, file: string, ctx: Context, deps: RunDeps) {
  const digest = recordDigest(record);
  if (!digest.length) return ctx.io.out(`Decision: ${oneLine(decision)}`);
  const rows: string[] = [];
  for (const { depth, text } of digest) {
    const indent = '  '.repeat(depth);
    const line = fitted(`${indent}${clip(oneLine(text), LINE_CHARS)}`, `${indent}  `);
    append(rows, depth ? line.split('\n') : ['', ...style.heading(line).split('\n')]);
    if (rows.length > DIGEST_ROWS) break;
  }
  const cut = rows.length > DIGEST_ROWS;
  rows.length = Math.min(rows.length, DIGEST_ROWS);
  const rest = cut ? 'The digest stops here; the rest is in the record' : 'The rest of the record';
  rows.push('', ...style.dim(fitted(`${rest}: ${oneLine(file)}`)).split('\n'), '');
  // Room for the heading above, and for the prompt and its help below. A line longer than the
  // terminal (one word too long to wrap) takes as many rows as the terminal gives it.
  const room = Math.max(screenRows() - 4, 8);
  const height = (row: string) => Math.max(1, Math.ceil(row.length / (readingWidth() + 1)));
  const { promptRunner } = await import('../../prompts/prompt-runner.js');
  for (let at = 0; at < rows.length; ) {
    if (at > 0) await promptRunner(deps.stop).input({ message: 'Press Enter for more' }, { clearPromptOnDone: true });
    let end = at;
    for (let used = 0; end < rows.length && (end === at || used + height(rows[end]!) <= room); end++)
      used += height(rows[end]!);
    ctx.io.out(rows.slice(at, end).join('\n'));
    at = end;
  }
}
