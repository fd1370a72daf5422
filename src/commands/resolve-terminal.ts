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

export interface Session {
  outDir: string;
  stem: string;
  /** The draft being continued, if any. */
  draft?: string;
}

const SIGNAL_EXIT = { SIGTERM: 143, SIGHUP: 129 } as const;
const isStop = (error: unknown) => ['ExitPromptError', 'AbortPromptError'].includes((error as Error)?.name);

/** The case to work through from a list, or undefined for "my own situation". */
export async function chooseCaseInTerminal(scenarios: Scenario[]): Promise<string | undefined> {
  try {
    return (await chooseCase(scenarios, new AbortController().signal)) || undefined;
  } catch (error) {
    if (isStop(error)) throw new CliError('stopped before the first answer; nothing was saved', 130);
    throw error;
  }
}

export async function walkInTerminal(start: Decision, guide: GuideContext, session: Session, ctx: Context, env: NodeJS.ProcessEnv) {
  const controller = new AbortController();
  let stoppedBy: keyof typeof SIGNAL_EXIT | undefined;
  const handlers = (Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]).map((name) => {
    const handler = () => {
      stoppedBy = name;
      controller.abort();
    };
    // `on`, not `once`: inquirer's signal-exit re-raises the signal when it is the only
    // listener left, which would kill the process before the draft message.
    process.on(name, handler);
    return () => process.off(name, handler);
  });
  let draft = session.draft;
  try {
    if (guide.scenario) for (const line of caseLines(guide.scenario)) ctx.io.out(line);
    if (draft) ctx.io.out(`\nContinuing from ${shownPath(ctx.io, draft)}: questions you answered are not asked again.`);
    const decision = await walkThrough(start, guide, terminalPrompter(ctx.io, controller.signal, env), {
      onAnswer: (d) => void (draft = saveDraft(session.outDir, session.stem, draft, d)),
    });
    return { decision, finished: () => draft && removeDraft(draft) };
  } catch (error) {
    if (!isStop(error)) throw error;
    const code = stoppedBy ? SIGNAL_EXIT[stoppedBy] : 130;
    if (!draft) throw new CliError('stopped before the first answer; nothing was saved', code);
    const where = shownPath(ctx.io, draft);
    throw new CliError(`stopped; your answers are kept in ${where}. Continue with: ethics-guide resolve --resume ${where}`, code);
  } finally {
    for (const off of handlers) off();
  }
}
