// Runs inquirer's prompts: the only module that imports inquirer. Each prompt reads keys passed
// through from the terminal (terminal-input.ts) and is stopped by the run's stop signal.
import checkbox, { Separator } from '@inquirer/checkbox';
import confirm from '@inquirer/confirm';
import input from '@inquirer/input';
import select from '@inquirer/select';
import type { Stop } from '../session/stop.js';
import { terminalInput } from './terminal-input.js';

/**
 * The prompts, each run on keys passed through from the terminal (see terminal-input.ts) and
 * stopped by the run's stop signal.
 */
export function promptRunner(stop: Stop) {
  async function go<T>(
    prompt: (config: never, context: object) => Promise<T>,
    config: object,
    options: { clearPromptOnDone?: boolean } = {},
  ): Promise<T> {
    const keys = terminalInput(() => {
      stop.terminalGone = true;
      stop.request('hangup');
    });
    try {
      return await (prompt as (c: object, x: object) => Promise<T>)(config, {
        signal: stop.signal,
        input: keys.stream,
        ...options,
      });
    } finally {
      keys.release();
    }
  }
  return {
    input: (config: Parameters<typeof input>[0], options?: { clearPromptOnDone?: boolean }) =>
      go<string>(input, config, options),
    confirm: (config: Parameters<typeof confirm>[0], options?: { clearPromptOnDone?: boolean }) =>
      go<boolean>(confirm, config, options),
    select: <V>(config: Parameters<typeof select<V>>[0], options?: { clearPromptOnDone?: boolean }) =>
      go<V>(select, config, options),
    checkbox: <V>(config: Parameters<typeof checkbox<V>>[0]) => go<V[]>(checkbox, config),
  };
}

export { Separator };
