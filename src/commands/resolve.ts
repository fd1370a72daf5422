// `ethics-guide resolve [ID]`: the six-step walkthrough, in the terminal or from an answers
// file, ending in a Markdown decision record. Orchestration only: the steps are in guide/,
// the record in record/, the two front ends in prompts/.
import { dirname, join, resolve as resolvePath } from 'node:path';
import { invalidData, usageError } from '../errors.js';
import type { Decision } from '../guide/decision.js';
import { feedbackFor } from '../guide/feedback.js';
import type { GuideContext } from '../guide/steps.js';
import { walkThrough } from '../guide/walkthrough.js';
import type { Library } from '../library/library.js';
import { answersFilePrompter, answersProblems, readAnswersFile, type AnswersFile } from '../prompts/answers-file.js';
import { latestDraft } from '../record/draft.js';
import { recordTitle, renderRecord, type RecordInput } from '../record/render.js';
import { writeNewFile } from '../record/safe-write.js';
import { shownPath } from '../ui/io.js';
import { style } from '../ui/style.js';
import { findCode, findScenario, notATerminal, openLibrary, warnAboutPrivacy, warnAboutProblems, type Context, type RunDeps } from './context.js';

export interface ResolveOptions {
  answers?: string;
  resume?: string | boolean;
  out?: string;
  code: string;
}

export type ResolveDeps = RunDeps;

export const DEFAULT_OUT = 'decision-records';

export async function resolve(id: string | undefined, options: ResolveOptions, ctx: Context, deps: ResolveDeps): Promise<void> {
  if (options.answers && options.resume) throw usageError('use --answers or --resume, not both');
  if (!options.answers && !deps.interactive) throw notATerminal('resolve asks its questions', 'the answers', 'ethics-guide resolve [case] --answers FILE', 'see README, "Answers files"');
  const draft = options.resume ? draftToResume(options, ctx) : undefined;
  const outDir = resolvePath(options.out ?? (draft ? dirname(dirname(draft)) : DEFAULT_OUT));
  const given = options.answers ? readAnswersFile(options.answers) : draft ? readAnswersFile(draft, 'draft') : undefined;
  const library = await openLibrary(ctx);
  warnAboutProblems(ctx, library);

  const start: Decision = given?.decision ?? {};
  let scenarioId = caseFromArguments(id, start);
  if (scenarioId === undefined && !given) {
    const { chooseCaseInTerminal } = await import('./resolve-terminal.js');
    scenarioId = await chooseCaseInTerminal([...library.scenarios.values()].map((e) => e.value));
  }
  const guide = guideContext(library, scenarioId, start.code ?? options.code, ctx, deps);
  Object.assign(start, { scenario: guide.scenario?.id, code: guide.code.id });
  if (given) checkGiven(given, guide);

  const session = { outDir, stem: `${deps.today}-${guide.scenario?.id ?? 'my-situation'}`, draft };
  let decision: Decision;
  let finished: () => void = () => {};
  if (options.answers && given) {
    const prompter = answersFilePrompter(given);
    decision = await walkThrough(start, guide, prompter);
    if (prompter.problems.length) throw invalidData(`the answers file is missing answers; no record was written`, prompter.problems);
  } else {
    ({ decision, finished } = await (await import('./resolve-terminal.js')).walkInTerminal(start, guide, session, ctx, deps.env));
  }
  writeRecord(ctx, outDir, { decision, code: guide.code, scenario: guide.scenario, date: deps.today, feedback: feedbackFor(decision, guide.scenario) });
  finished();
}

function draftToResume(options: ResolveOptions, ctx: Context): string {
  if (typeof options.resume === 'string') return resolvePath(options.resume);
  const outDir = resolvePath(options.out ?? DEFAULT_OUT);
  const latest = latestDraft(outDir);
  if (!latest) throw usageError(`there is no draft to resume in ${shownPath(ctx.io, join(outDir, 'drafts'))}; start with \`ethics-guide resolve\``);
  return latest;
}

function caseFromArguments(id: string | undefined, start: Decision): string | undefined {
  if (id && start.scenario && id !== start.scenario) {
    throw usageError(`the answers are for scenario ${start.scenario}, but the command names ${id}; name one of them, or neither`);
  }
  return id ?? start.scenario;
}

function guideContext(library: Library, scenarioId: string | undefined, codeId: string, ctx: Context, deps: ResolveDeps): GuideContext {
  const scenario = scenarioId === undefined ? undefined : findScenario(library, scenarioId).value;
  const code = findCode(library, scenario?.code ?? codeId);
  const caseText = scenario ? [scenario.title, scenario.summary ?? '', scenario.narrative].join('\n') : '';
  return { scenario, code, caseText, today: deps.today };
}

function checkGiven(given: AnswersFile, guide: GuideContext): void {
  const problems = answersProblems(given, guide);
  if (problems.length) throw invalidData(`the answers do not fit ${guide.scenario ? `scenario ${guide.scenario.id}` : 'the walkthrough'}; no record was written`, problems);
}

const slug = (title: string) =>
  title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '') || 'my-situation';

function writeRecord(ctx: Context, outDir: string, input: RecordInput): void {
  const stem = `${input.date}-${input.scenario?.id ?? slug(recordTitle(input))}`;
  const path = writeNewFile(outDir, stem, '.md', renderRecord(input));
  warnAboutPrivacy(ctx, input.decision);
  ctx.io.out(`${style.ok('Decision record written:')} ${shownPath(ctx.io, path)} (readable only by you)`);
}
