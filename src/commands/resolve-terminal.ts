// resolve in a terminal: the walkthrough through inquirer, a draft saved after every answer,
// and Ctrl-C, SIGTERM and SIGHUP turned into "your answers are kept here, resume like this".
import { CliError } from '../errors.js';
import type { Decision } from '../guide/decision.js';
import type { GuideContext } from '../guide/steps.js';
import { walkThrough } from '../guide/walkthrough.js';
import type { Scenario } from '../library/types.js';
import { chooseCase, terminalPrompter } from '../prompts/terminal.js';
import { removeDraft, saveDraft } from '../record/draft.js';
import { shownPath } from '../ui/io.js';
import { caseLines } from './show.js';
import type { Context } from './context.js';
import { askUntilStopped } from './stop-signals.js';

export interface Session {
  outDir: string;
  stem: string;
  /** The draft being continued, if any. */
  draft?: string;
}

/** The case to work through from a list, or undefined for "my own situation". */
export async function chooseCaseInTerminal(scenarios: Scenario[]): Promise<string | undefined> {
  const chosen = await askUntilStopped((signal) => chooseCase(scenarios, signal), (code) => new CliError('stopped before the first answer; nothing was saved', code));
  return chosen || undefined;
}

export async function walkInTerminal(start: Decision, guide: GuideContext, session: Session, ctx: Context, env: NodeJS.ProcessEnv) {
  let draft = session.draft;
  const stopped = (code: number) => {
    if (!draft) return new CliError('stopped before the first answer; nothing was saved', code);
    const where = shownPath(ctx.io, draft);
    return new CliError(`stopped; your answers are kept in ${where}. Continue with: ethics-guide resolve --resume ${where}`, code);
  };
  return askUntilStopped(async (signal) => {
    if (guide.scenario) for (const line of caseLines(guide.scenario)) ctx.io.out(line);
    if (draft) ctx.io.out(`\nContinuing from ${shownPath(ctx.io, draft)}: questions you answered are not asked again.`);
    const decision = await walkThrough(start, guide, terminalPrompter(ctx.io, signal, env), {
      onAnswer: (d) => void (draft = saveDraft(session.outDir, session.stem, draft, d)),
    });
    return { decision, finished: () => draft && removeDraft(draft) };
  }, stopped);
}
