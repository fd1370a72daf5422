// `ethics-guide resolve --revise FILE`: a new decision that replaces an old one when new facts
// come in. The walkthrough starts from the answers the old record keeps at its end. The new
// record says `supersedes: <old file>`; only once it is written is the old one marked
// `status: superseded` and `superseded_by: <new file>`, in one locked, atomic edit, so a new
// record that cannot be written leaves the old one as it was.
import { basename, resolve as resolvePath } from 'node:path';
import { schemaProblems } from '../../data/schema-check.js';
import { parseYaml } from '../../data/yaml-source.js';
import { answers as answersSchema } from '../../generated/answers.js';
import { CliError, invalidData, usageError } from '../../errors.js';
import { editRecord } from '../../files/record-lock.js';
import type { RecordMeta } from '../../generated/record.types.js';
import type { Decision } from '../../guide/decision.js';
import type { Draft } from '../../session/drafts.js';
import { isReplaced } from '../../record/filters.js';
import { setFrontMatter } from '../../record/front-matter-edit.js';
import { keptAnswers } from '../../record/kept-answers.js';
import { oneLine } from '../../text/controls.js';
import { shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { commandLine, type Context } from '../context.js';
import { openRecord, replacedByPath } from '../records/open-record.js';

export interface Revision {
  /** The old record as it was named on the command line. */
  file: string;
  path: string;
  original: Buffer;
  meta: RecordMeta;
  /** Its kept answers; undefined for a record written before records kept them. */
  previous?: Decision;
}

const newerOf = (file: string, meta: RecordMeta) => replacedByPath(file, meta) ?? 'a newer record';

export async function openRevision(file: string, ctx: Context): Promise<Revision> {
  const { path, original, meta } = await openRecord(file, ctx, 'it cannot be revised');
  if (isReplaced(meta))
    throw usageError(`${file} was already replaced by ${newerOf(file, meta)}; revise that one instead`);
  const kept = keptAnswers(original.toString('utf8'));
  if (!kept) {
    ctx.io.err(
      style.dim(
        `note: ${file} does not keep the answers it was made from (it is older), so every question is asked anew`,
      ),
    );
    return { file, path, original, meta };
  }
  const parsed = parseYaml(path, Buffer.from(kept.yaml));
  const problems = parsed.ok ? schemaProblems(parsed.source, 'answers', answersSchema) : parsed.problems;
  if (problems.length || !parsed.ok)
    throw invalidData(
      `the answers kept at the end of ${file} cannot be read, so it was not revised; fix them, or start a new ` +
        `decision with \`${commandLine(ctx, ['resolve'])}\``,
      problems.map((p) => ({ ...p, line: p.line + kept.line - 1 })),
    );
  return { file, path, original, meta, previous: parsed.source.data as Decision };
}

/**
 * The record a walkthrough revises: the one named with --revise, or the one the draft being
 * continued revises. When that draft's record cannot be revised any more (it was deleted, or
 * another decision replaced it meanwhile), its answers go on as a new decision, and a note says so.
 */
export async function revisionToContinue(
  named: string | undefined,
  draft: Draft<Decision> | undefined,
  ctx: Context,
): Promise<Revision | undefined> {
  const shownDraft = draft && shownPath(ctx.io, draft.path);
  if (named && draft?.revising && resolvePath(ctx.io.cwd, named) !== draft.revising)
    throw usageError(
      `${shownDraft} is the draft of a revision of ${shownPath(ctx.io, draft.revising)}, not of ${named}; ` +
        `continue it with \`${commandLine(ctx, ['resolve', '--resume', shownDraft!])}\``,
    );
  if (named) return openRevision(named, ctx);
  const file = shownPath(ctx.io, draft!.revising!);
  try {
    return await openRevision(file, ctx);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    ctx.io.err(
      style.warning(
        `note: ${oneLine(error.message)}. So the answers of ${shownDraft} go on as a new decision, which replaces no record.`,
      ),
    );
    return undefined;
  }
}

/** The case of the revision: the old record's, unless the command or an answers file names another. */
export function revisedCase(
  revision: Revision,
  id: string | undefined,
  start: Decision,
  ctx: Context,
): string | undefined {
  const old = revision.meta.scenario ?? undefined;
  const named = id ?? start.scenario;
  if (named !== undefined && named !== old)
    throw usageError(
      `${revision.file} is a decision on ${old ? `scenario ${old}` : 'your own situation'}, not on ${named}; a ` +
        `revision keeps its case (start a new decision with \`${commandLine(ctx, ['resolve', named])}\`)`,
    );
  return old;
}

const changedMeanwhile = (revision: Revision, what: string) =>
  `${revision.file} changed while you were revising it (another run may have added to it), so ${what}. Run the ` +
  `command again`;

/**
 * Just before the new record is written: the old one as it is now (a supervisor may have
 * reviewed it meanwhile, which is fine), refused if another revision replaced it first.
 * `kept`: where the typed answers are, for the sentence.
 */
export async function reread(revision: Revision, ctx: Context, kept: string): Promise<Revision> {
  let now: Awaited<ReturnType<typeof openRecord>>;
  try {
    now = await openRecord(revision.path, ctx, 'it cannot be revised');
  } catch (error) {
    // Deleted or damaged meanwhile: the sentence says where the answers are.
    if (error instanceof CliError) error.message = `${error.message}; no new record was written${kept}`;
    throw error;
  }
  if (isReplaced(now.meta))
    throw invalidData(
      `${revision.file} was replaced by ${newerOf(revision.file, now.meta)} while you ` +
        `were revising it, so no new record was written${kept}`,
    );
  return { ...revision, original: now.original, meta: now.meta };
}

/** After the new record is written: the old one says it was replaced, and by which. */
export function markSuperseded(revision: Revision, newPath: string, ctx: Context): void {
  const shown = shownPath(ctx.io, newPath);
  let updated: string;
  try {
    updated = setFrontMatter(revision.original.toString('utf8'), {
      status: 'superseded',
      superseded_by: basename(newPath),
    }).text;
  } catch (error) {
    throw invalidData(
      `the new record ${shown} was written, but ${revision.file} could not be marked superseded safely ` +
        `(${(error as Error).message}); set \`status: superseded\` in its front matter by hand`,
    );
  }
  editRecord(revision.path, revision.original, updated, {
    shown: revision.file,
    changed: changedMeanwhile(revision, `it was not marked superseded (the new record ${shown} was written)`),
    note: (text) => ctx.io.err(style.dim(`note: ${text}`)),
  });
  ctx.io.out(`${style.ok('Superseded:')} ${oneLine(revision.file)} now says it was replaced by ${basename(newPath)}.`);
}
