// resolve in a terminal: the walkthrough through inquirer in one asking session (a draft after
// every answer; a stop says where the answers are kept and how to continue), the offer to
// continue a draft of the same case, and a last look at answers that may identify someone.
import { CliError } from '../../errors.js';
import { getAt, setAt, type Decision } from '../../guide/decision.js';
import { privacyFindings, type PrivacyFinding } from '../../guide/privacy.js';
import { STEPS, questionsFor, type GuideContext } from '../../guide/steps.js';
import { walkThrough } from '../../guide/walkthrough.js';
import type { Scenario } from '../../library/types.js';
import { PAUSE } from '../../prompts/pause.js';
import { promptRunner } from '../../prompts/prompt-runner.js';
import { revisingPrompter } from '../../prompts/revising.js';
import { chooseCase } from '../../prompts/choices.js';
import { terminalPrompter } from '../../prompts/terminal.js';
import { askUntilStopped, askingSession } from '../../session/asking.js';
import { removeDraft, saveNewDraft, type Draft, type DraftOnDisk } from '../../session/drafts.js';
import type { Stop } from '../../session/stop.js';
import { oneLine } from '../../text/controls.js';
import { shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import { fitted } from '../../ui/width.js';
import { caseLines } from '../show.js';
import { commandLine, type Context, type RunDeps } from '../context.js';

export interface Session {
  outDir: string;
  stem: string;
  /** The draft being continued, if any. */
  draft?: Draft<Decision>;
  /** The command that continues a draft, as the user would type it. */
  again: (draft: string) => string;
  /** Revising: the old record's answers, each offered to keep or change, and that record as named and in full. */
  previous?: Decision;
  revising?: string;
  revisingPath?: string;
}

const nothingSaved = (code: number) => new CliError('stopped before the first answer; nothing was saved', code);

/** The case to work through from a list, or undefined for "my own situation". */
export async function chooseCaseInTerminal(scenarios: Scenario[], stop: Stop): Promise<string | undefined> {
  const chosen = await askUntilStopped(stop, () => chooseCase(scenarios, stop), nothingSaved);
  return chosen || undefined;
}

/** With a draft of the same case on disk: continue it, or start over (and delete it). */
export async function offerDraftOfCase(
  drafts: DraftOnDisk[],
  ctx: Context,
  stop: Stop,
): Promise<Draft<Decision> | undefined> {
  const latest = drafts[0];
  if (!latest) return undefined;
  const shown = shownPath(ctx.io, latest.path);
  const when = new Date(latest.time).toISOString().slice(0, 16).replace('T', ' ');
  ctx.io.out(style.dim(`A draft of this case, from ${when}, is in ${oneLine(shown)}.`));
  const choice = await askUntilStopped(
    stop,
    () =>
      promptRunner(stop).select<string>({
        message: 'Continue that draft?',
        choices: [
          { value: 'continue', name: 'Continue where I left off' },
          { value: 'over', name: 'Start over (the draft is deleted)' },
        ],
      }),
    nothingSaved,
  );
  if (choice === 'over') {
    removeDraft(latest.path);
    return undefined;
  }
  const { readDraft } = await import('../../session/draft-file.js');
  return readDraft<Decision>(latest.path, 'resolve', shown, 'Move it away to start over.');
}

export async function walkInTerminal(
  start: Decision,
  guide: GuideContext,
  session: Session,
  ctx: Context,
  deps: RunDeps,
) {
  const asking = askingSession({
    stop: deps.stop,
    kind: 'resolve',
    answers: start,
    draft: session.draft,
    note: `ethics-guide draft of resolve: continue with \`${commandLine(ctx, ['resolve', '--resume'], ['<this file>'])}\``,
    revising: session.revisingPath,
    saveNew: (text) => saveNewDraft(session.outDir, session.stem, text),
    // The record's Markdown, loaded while the person reads the case and answers.
    alsoLoad: () => import('../../record/render.js'),
    stopped: (code, draft) => {
      if (!draft) return nothingSaved(code);
      const where = shownPath(ctx.io, draft);
      return new CliError(`stopped; your answers are kept in ${where}. Continue with: ${session.again(where)}`, code);
    },
    pausedAt: (draft) => {
      const where = shownPath(ctx.io, draft);
      return `Your answers are kept in ${where}. When you are ready, continue with: ${session.again(where)}`;
    },
  });
  const decision = await asking.run(async () => {
    if (guide.scenario) for (const line of caseLines(guide.scenario)) ctx.io.out(line);
    if (session.draft)
      ctx.io.out(
        fitted(
          `\nContinuing ${session.revising ? `the revision of ${oneLine(session.revising)} ` : ''}from ` +
            `${shownPath(ctx.io, session.draft.path)}: questions you answered are not asked again.`,
        ),
      );
    else {
      if (session.revising)
        ctx.io.out(
          fitted(
            `\nRevising ${oneLine(session.revising)}: each answer it holds is shown, to keep or to change. The new ` +
              'record will say which one it replaces.',
          ),
        );
      // The case stays on screen until the person has read it; the first question would scroll it away.
      ctx.io.out(style.dim(fitted(`\nType ${PAUSE} at any text answer to stop for now and come back later.`)));
      await promptRunner(deps.stop).input({
        message: guide.scenario ? 'Press Enter to begin' : 'Press Enter to begin with your own situation',
      });
    }
    const terminal = terminalPrompter(ctx.io, deps.stop, deps.env);
    const prompter = asking.prompter(
      session.previous ? revisingPrompter(terminal, session.previous, ctx.io, deps.stop) : terminal,
    );
    const walked = await walkThrough(start, guide, prompter, { onAnswer: asking.saved });
    await reviewPrivacy(walked, guide, ctx, deps.stop, asking.saved);
    return walked;
  });
  return {
    decision,
    finished: () => asking.draftPath && removeDraft(asking.draftPath),
    draftPath: () => asking.draftPath,
  };
}

/**
 * Before the record is written: each answer that looks like it could identify someone is named,
 * with the offer to edit it (the record keeps whatever the person decides).
 */
async function reviewPrivacy(
  decision: Decision,
  guide: GuideContext,
  ctx: Context,
  stop: Stop,
  saved: () => void,
): Promise<void> {
  const run = promptRunner(stop);
  for (const finding of privacyFindings(decision)) {
    const current = getAt(decision, finding.path);
    if (typeof current !== 'string' || !current.includes(finding.seen)) continue;
    const asked = askedAs(finding, decision, guide);
    ctx.io.err(
      style.warning(
        `warning: ${asked ? `your answer to "${oneLine(asked)}"` : finding.where} holds what looks like ` +
          `${finding.what} ("${oneLine(finding.seen)}").`,
      ),
    );
    const edit = await run.select<boolean>({
      message: 'Edit that answer before the record is written?',
      choices: [
        { value: true, name: 'Yes, let me change it' },
        { value: false, name: 'No, keep it as it is' },
      ],
    });
    if (!edit) continue;
    const changed = await run.input({
      message: asked ? `Your answer to "${oneLine(asked)}":` : `${finding.where}:`,
      default: current,
      validate: (v: string) => v.trim() !== '' || 'Write something, or keep the answer as it was.',
    });
    setAt(decision as Record<string, unknown>, finding.path, changed.trim());
    saved();
  }
}

/** The question an answer was given to, in the words it was asked, with the item of a list. */
function askedAs(finding: PrivacyFinding, decision: Decision, guide: GuideContext): string | undefined {
  const { path } = finding;
  // The question whose answer holds it: a list's item, or a part of an answer given in parts.
  const question = STEPS.flatMap((step) => questionsFor(step.id, decision, guide)).find(
    (q) => q.path.length <= path.length && q.path.every((segment, i) => segment === path[i]),
  );
  if (!question) return undefined;
  const part = path.slice(question.path.length);
  const item = part.map((p) => (typeof p === 'number' ? `item ${p + 1}` : String(p).replaceAll('_', ' '))).join(', ');
  return `${question.message}${item ? ` (${item})` : ''}`;
}
