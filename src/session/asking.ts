// The one asking session of every command that asks questions (resolve, records evaluate,
// grid): a draft after every submitted answer, list items and editor text included, and a
// stop of any kind (Ctrl-C, SIGTERM, SIGHUP, a vanished terminal) turned into the command's
// "your answers are kept here, continue like this" with the exit code of that stop.
import { CliError, EXIT } from '../errors.js';
import { PauseRequested } from '../prompts/pause.js';
import { setAt, type Path } from '../guide/decision.js';
import type { Answer } from '../guide/question.js';
import type { Prompter } from '../guide/prompter.js';
import { draftText, saveDraftAt, type Draft, type DraftKind } from './drafts.js';
import { STOP_EXIT, type Stop } from './stop.js';

export const isStop = (error: unknown) => ['ExitPromptError', 'AbortPromptError'].includes((error as Error)?.name);

/**
 * Runs `ask` as a stretch that answers stops itself: if it is stopped, throws what
 * `stopped(exitCode)` returns (it should say what was kept and how to go on).
 */
export function askUntilStopped<T>(
  stop: Stop,
  ask: () => Promise<T>,
  stopped: (exitCode: number) => CliError,
): Promise<T> {
  return stop.whileAsking(async () => {
    try {
      return await ask();
    } catch (error) {
      // Ctrl-C in a prompt is a key, not a signal: inquirer rejects with ExitPromptError.
      if (isStop(error) || stop.reason) throw stopped(STOP_EXIT[stop.reason ?? 'interrupt']);
      throw error;
    }
  });
}

export interface SessionOptions<T extends object> {
  stop: Stop;
  kind: DraftKind;
  /** The answers so far; answered questions are set in it as they come. */
  answers: T;
  /** The draft being continued, if any. */
  draft?: Draft<T>;
  /** The draft's first line, a YAML comment saying what the file is and how to continue. */
  note: string;
  /** Writes the first save of a new draft and returns its path. */
  saveNew: (text: string) => string;
  /** The error for a stop; `draft` is where the answers are kept, if anything was saved. */
  stopped: (exitCode: number, draft: string | undefined) => CliError;
  /** Where the draft is and how to continue, said after :pause. */
  pausedAt?: (draft: string) => string;
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((segment, i) => segment === b[i]);

export function askingSession<T extends object>(o: SessionOptions<T>) {
  let draftPath = o.draft?.path;
  let partial = o.draft?.partial;
  const save = (unfinished?: { path: Path; value: Answer }) => {
    let answers: object = o.answers;
    if (unfinished)
      setAt((answers = structuredClone(o.answers)) as Record<string, unknown>, unfinished.path, unfinished.value);
    const text = draftText(o.kind, answers, o.note, unfinished?.path);
    if (draftPath) saveDraftAt(draftPath, text);
    else draftPath = o.saveNew(text);
  };
  return {
    get draftPath() {
      return draftPath;
    },
    /** After every submitted answer. */
    saved: () => save(),
    /** The prompter, with a draft of every part of an answer (a list item, editor text). */
    prompter: (inner: Prompter): Prompter => ({
      ...inner,
      ask(question) {
        const sofar = partial && samePath(partial.path, question.path) ? partial.value : undefined;
        if (sofar !== undefined) partial = undefined;
        return inner.ask(question, { sofar, keep: (value) => save({ path: question.path, value }) });
      },
    }),
    run: async <R>(work: () => Promise<R>): Promise<R> => {
      try {
        return await askUntilStopped(o.stop, work, (code) => o.stopped(code, draftPath));
      } catch (error) {
        if (!(error instanceof PauseRequested)) throw error;
        // A pause is not a fault: exit 0, with the answers kept and one calm line.
        if (!draftPath)
          throw new CliError('Paused before the first answer; nothing needed keeping. Come back any time.', EXIT.ok);
        const where = o.pausedAt?.(draftPath) ?? `Your answers are kept in ${draftPath}.`;
        throw new CliError(`Paused. Take the time you need. ${where}`, EXIT.ok);
      }
    },
  };
}
