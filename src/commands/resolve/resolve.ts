// `ethics-guide resolve [ID]`: the six-step walkthrough, in the terminal or from an answers
// file, ending in a Markdown decision record. Orchestration only: the steps are in guide/,
// the record in record/, the two front ends in prompts/, drafts and stops in session/.
import { basename, dirname, resolve as resolvePath } from 'node:path';
import { invalidData, usageError } from '../../errors.js';
import type { Decision } from '../../guide/decision.js';
import { consultFirst, safetyNote } from '../../guide/safety.js';
import { walkThrough } from '../../guide/walkthrough.js';
import { writeNewFile } from '../../files/safe-write.js';
import { draftsDir, resolveDrafts, type Draft } from '../../session/drafts.js';
import { shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { fittedLabelled } from '../../ui/width.js';
import {
  commandLine,
  outFolder,
  notATerminal,
  openLibrary,
  privateFolder,
  warnAboutPrivacy,
  warnAboutProblems,
  type Context,
  type RunDeps,
} from '../context.js';
import { findScenario } from '../lookups.js';
import { checkGiven, guideContext, recordInput } from './setup.js';

export interface ResolveOptions {
  answers?: string;
  resume?: string | boolean;
  out?: string;
  code: string;
  /** The record a new decision replaces. */
  revise?: string;
}

export type ResolveDeps = RunDeps;

export const DEFAULT_OUT = 'decision-records';

export async function resolve(
  id: string | undefined,
  options: ResolveOptions,
  ctx: Context,
  deps: ResolveDeps,
): Promise<void> {
  if (options.answers && options.resume) throw usageError('use --answers or --resume, not both');
  if (!options.answers && !deps.interactive)
    throw notATerminal(
      'resolve asks its questions',
      'the answers',
      commandLine(ctx, ['resolve'], ['[case]', '--answers', 'FILE']),
      'see README, "Answers files"',
    );
  let draft = options.resume ? await draftToResume(options, ctx) : undefined;
  // Loaded only to revise (named with --revise, or kept in the draft of a revision being continued).
  const revise = options.revise || draft?.revising ? await import('./revise.js') : undefined;
  const revision = revise ? await revise.revisionToContinue(options.revise, draft, ctx) : undefined;
  const revising = revision?.file;
  const outDir = outFolder(
    ctx,
    options.out,
    draft ? dirname(dirname(draft.path)) : revision ? dirname(revision.path) : DEFAULT_OUT,
  );
  privateFolder(ctx, outDir);
  // Loaded only when used: the answers file's parser, and the record's Markdown (asked for at
  // once with answers, so that reading the files overlaps; in a terminal, after the first question).
  const rendering = options.answers ? import('../../record/render.js') : undefined;
  rendering?.catch(() => {}); // a failure is thrown where it is awaited
  const answersFile = options.answers ? await import('../../prompts/answers-file.js') : undefined;
  const given =
    answersFile && options.answers
      ? await answersFile.readAnswersFile(
          resolvePath(ctx.io.cwd, options.answers),
          'answers file',
          'answers',
          options.answers,
        )
      : undefined;
  const library = await openLibrary(ctx);
  warnAboutProblems(ctx, library);

  let start: Decision = given?.decision ?? draft?.answers ?? (revision ? { code: revision.meta.code } : {});
  let scenarioId = revise && revision ? revise.revisedCase(revision, id, start, ctx) : caseFromArguments(id, start);
  const terminal = given ? undefined : await import('./terminal.js');
  if (terminal && scenarioId === undefined && !draft && !revision)
    scenarioId = await terminal.chooseCaseInTerminal(
      [...library.scenarios.values()].map((e) => e.value),
      deps.stop,
    );
  // The case is found before a draft of it is offered: choosing to start over deletes the draft.
  const entry = scenarioId === undefined ? undefined : findScenario(ctx, library, scenarioId);
  if (terminal && !draft && !revision) {
    // A revision's draft is continued with --resume, which knows the record it replaces.
    draft = await terminal.offerDraftOfCase(
      (await resolveDrafts(outDir)).filter((d) => d.scenario === scenarioId && !d.revising),
      ctx,
      deps.stop,
    );
    if (draft) start = draft.answers;
  }
  const guide = guideContext(ctx, library, entry?.value, start.code ?? options.code, deps.today);
  Object.assign(start, { scenario: guide.scenario?.id, code: guide.code.id });
  if (given) checkGiven(given, guide, answersFile!.answersProblems);

  let decision: Decision;
  let finished: () => void = () => {};
  let draftPath: (() => string | undefined) | undefined;
  if (given) {
    const prompter = answersFile!.answersFilePrompter(given);
    decision = await walkThrough(start, guide, prompter);
    if (prompter.problems.length)
      throw invalidData(`the answers file is missing answers; no record was written`, prompter.problems);
    warnAboutPrivacy(ctx, decision);
    // Without a terminal the safety note cannot come before a question: it goes to stderr.
    if (consultFirst(decision, guide)) {
      for (const line of safetyNote(guide.settings)) ctx.io.err(style.warning(`note: ${line}`));
      ctx.io.err(style.warning('note: the record is flagged consult first, for your supervisor to see.'));
    }
  } else {
    const session = {
      outDir,
      stem: `${deps.today}-${guide.scenario?.id ?? 'own-situation'}`,
      draft,
      again: (path: string) => commandLine(ctx, ['resolve', '--resume', path]),
      ...(revision ? { previous: revision.previous ?? {}, revising, revisingPath: revision.path } : {}),
    };
    ({ decision, finished, draftPath } = await terminal!.walkInTerminal(start, guide, session, ctx, deps));
  }
  const old = revise && revision && (await revise.reread(revision, ctx, keptIn(draftPath?.(), ctx)));
  const { renderRecord } = await (rendering ?? import('../../record/render.js'));
  const path = writeNewFile(
    outDir,
    `${deps.today}-${guide.scenario?.id ?? 'own-situation'}`,
    '.md',
    renderRecord({ ...recordInput(decision, guide, entry, deps.today), supersedes: old && basename(old.path) }),
  );
  // Right after the record, with nothing in between that could be interrupted: a stop can
  // never leave both a record and the draft it came from.
  finished();
  ctx.io.out(fittedLabelled('Decision record written:', style.ok, `${shownPath(ctx.io, path)} (readable only by you)`));
  if (revise && old) revise.markSuperseded(old, path, ctx);
}

const keptIn = (draft: string | undefined, ctx: Context) => {
  if (!draft) return '';
  const shown = shownPath(ctx.io, draft);
  return `; your answers are kept in ${shown}, and \`${commandLine(ctx, ['resolve', '--resume', shown])}\` goes on with them`;
};

/** The draft named by --resume, or the newest draft of resolve in the out folder. */
async function draftToResume(options: ResolveOptions, ctx: Context): Promise<Draft<Decision>> {
  const { readDraft } = await import('../../session/draft-file.js');
  if (typeof options.resume === 'string') {
    const path = resolvePath(ctx.io.cwd, options.resume);
    const instead =
      `To take the answers from a file you wrote, run: ` +
      `${commandLine(ctx, ['resolve', '--answers', options.resume])}`;
    return readDraft<Decision>(path, 'resolve', options.resume, instead);
  }
  // A revision's drafts are beside the record it replaces, as its new record will be.
  const outDir = resolvePath(ctx.io.cwd, options.out ?? (options.revise ? dirname(options.revise) : DEFAULT_OUT));
  const drafts = await resolveDrafts(outDir);
  // With --revise: the newest draft of a revision of that record (or one from before drafts said which).
  const revised = options.revise && resolvePath(ctx.io.cwd, options.revise);
  const latest = revised ? (drafts.find((d) => d.revising === revised) ?? drafts.find((d) => !d.revising)) : drafts[0];
  if (!latest)
    throw usageError(
      `there is no draft of resolve to continue in ${shownPath(ctx.io, draftsDir(outDir))}; start with ` +
        `\`${commandLine(ctx, ['resolve'])}\``,
    );
  return readDraft<Decision>(latest.path, 'resolve', shownPath(ctx.io, latest.path), 'Move it away to start over.');
}

function caseFromArguments(id: string | undefined, start: Decision): string | undefined {
  if (id && start.scenario && id !== start.scenario) {
    throw usageError(
      `the answers are for scenario ${start.scenario}, but the command names ${id}; name one of them, or neither`,
    );
  }
  return id ?? start.scenario;
}
