// Keys for one prompt, passed through from the terminal. Why not hand inquirer process.stdin:
// when the terminal goes away (a closed window, an ssh drop), stdin ends and readline's
// setRawMode fails with EIO, which it re-emits as an 'error' nobody can catch: a stack trace,
// then a native assertion at exit. Here the raw mode is ours to set, its failure is noted,
// and the end of input stops the run the way SIGHUP does.
import { PassThrough } from 'node:stream';

export interface TerminalInput {
  /** What the prompt reads from: a stream that behaves like a terminal. */
  stream: NodeJS.ReadableStream;
  /** Stops passing keys, and leaves stdin paused (an editor may need the terminal next). */
  release(): void;
}

const LOST = ['EIO', 'ENXIO', 'EBADF', 'EPIPE'];
let gone = false;
let whenGone: (() => void) | undefined;
let listening = false;

function lost(): void {
  if (gone) return;
  gone = true;
  whenGone?.();
}

/** Once per process: a read or write that fails on a vanished terminal is noted, never thrown. */
function listenForLoss(): void {
  if (listening) return;
  listening = true;
  const onError = (error: NodeJS.ErrnoException) => {
    if (LOST.includes(error.code ?? '')) lost();
  };
  process.stdin.on('error', onError);
  process.stdout.on('error', onError);
}

/** `onGone` is called once when the terminal is no longer there. */
export function terminalInput(onGone: () => void): TerminalInput {
  const stdin = process.stdin;
  whenGone = onGone;
  listenForLoss();
  const stream = Object.assign(new PassThrough(), {
    isTTY: true,
    isRaw: false,
    setRawMode(flag: boolean) {
      stream.isRaw = flag;
      // A failure is emitted as 'error' on stdin, where listenForLoss notes it.
      if (!gone) stdin.setRawMode?.(flag);
      return stream;
    },
  });
  const onData = (chunk: Buffer) => stream.write(chunk);
  stdin.on('data', onData);
  stdin.on('end', lost);
  stdin.resume();
  if (gone) queueMicrotask(onGone);
  return {
    stream,
    release() {
      stdin.off('data', onData);
      stdin.off('end', lost);
      stdin.pause();
    },
  };
}
