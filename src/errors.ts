// Errors a command throws on purpose. Only main.ts turns them into an exit code.
import type { Problem } from './data/problem.js';

export const EXIT = { ok: 0, invalidData: 1, usage: 2, internal: 70, interrupted: 130 } as const;

/** A failure the user can fix; `message` is the sentence they see. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(message, EXIT.usage);

/** Data that does not hold up: the problems are printed one per line, then the message. */
export const invalidData = (message: string, problems: Problem[] = []) =>
  new CliError(message, EXIT.invalidData, problems);
