// How a run is stopped: Ctrl-C, SIGTERM, SIGHUP, or a terminal that went away. main.ts listens
// for the signals for the whole run. While questions are being asked, a stop aborts them and
// the asking session saves the draft and says how to continue; at any other time main exits
// at once. Every write is synchronous, so a stop can never fall between a temp file and its
// rename: no half-written file and no temp file is left behind.

export type StopReason = 'interrupt' | 'terminate' | 'hangup';

/** Exit codes of the shell convention: 128 + the signal's number. */
export const STOP_EXIT: Record<StopReason, number> = { interrupt: 130, terminate: 143, hangup: 129 };

export const SIGNAL_REASONS = { SIGINT: 'interrupt', SIGTERM: 'terminate', SIGHUP: 'hangup' } as const satisfies Record<
  string,
  StopReason
>;

export interface Stop {
  /** Aborted by a stop while questions are asked: every prompt listens to it. */
  readonly signal: AbortSignal;
  /** The stop that happened, if any. */
  readonly reason: StopReason | undefined;
  /** The terminal went away (hung up): nothing can be shown or asked any more. */
  terminalGone: boolean;
  /** Runs `work` as a stretch that answers a stop itself (by saving what it has). */
  whileAsking<T>(work: () => Promise<T>): Promise<T>;
  /** A stop: aborts the asking, or, outside it, calls `exitNow`. */
  request(reason: StopReason): void;
}

export function createStop(exitNow: (reason: StopReason) => void = () => {}): Stop {
  const controller = new AbortController();
  let asking = 0;
  const stop: Stop = {
    signal: controller.signal,
    reason: undefined,
    terminalGone: false,
    async whileAsking(work) {
      asking++;
      try {
        return await work();
      } finally {
        asking--;
      }
    },
    request(reason) {
      // A second signal while the first is being handled changes nothing.
      if (stop.reason) return;
      (stop as { reason: StopReason }).reason = reason;
      if (asking > 0) controller.abort(reason);
      else exitNow(reason);
    },
  };
  return stop;
}
