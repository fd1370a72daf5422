// Prompts in a terminal can be stopped three ways: Ctrl-C (inquirer rejects with ExitPromptError),
// SIGTERM and SIGHUP (turned into an abort of the shared signal: AbortPromptError). This runs
// the prompts and turns each into the command's own "stopped" error with the right exit code.
import type { CliError } from '../errors.js';

const SIGNAL_EXIT = { SIGTERM: 143, SIGHUP: 129 } as const;
const CTRL_C_EXIT = 130;

export const isStop = (error: unknown) => ['ExitPromptError', 'AbortPromptError'].includes((error as Error)?.name);

/**
 * Runs `ask` with a signal that SIGTERM and SIGHUP abort; if the prompts are stopped, throws
 * what `stopped(exitCode)` returns (it should say what was kept and how to go on).
 */
export async function askUntilStopped<T>(ask: (signal: AbortSignal) => Promise<T>, stopped: (exitCode: number) => CliError): Promise<T> {
  const controller = new AbortController();
  let exitCode = CTRL_C_EXIT;
  const handlers = (Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]).map((name) => {
    const handler = () => {
      exitCode = SIGNAL_EXIT[name];
      controller.abort();
    };
    // `on`, not `once`: inquirer's signal-exit re-raises the signal when it is the only
    // listener left, which would kill the process before the "answers kept" message.
    process.on(name, handler);
    return () => process.off(name, handler);
  });
  try {
    return await ask(controller.signal);
  } catch (error) {
    if (isStop(error)) throw stopped(exitCode);
    throw error;
  } finally {
    for (const off of handlers) off();
  }
}
