// Where a command writes: stdout for its output, stderr for warnings and errors.
// Commands get this object instead of touching process, so tests can capture both.
import { writeSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { formatProblem, sortProblems, type Problem } from '../data/problem.js';
import { guardLine, oneLine } from '../text/controls.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** Waits a moment without giving the event loop a turn: output stays in order and complete. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Writes straight to the file descriptor, synchronously: the first touch of process.stdout
 * makes Node load its stream machinery (~10 ms, a third of a bare start), and a stream's
 * pending writes would be lost when main.ts exits. A pipe that Node made non-blocking and that
 * is full (EAGAIN) is waited for, a moment at a time, so nothing is lost or written twice. A
 * reader that went away (`| head`) or a terminal that hung up ends the output quietly.
 */
function lineWriter(fd: 1 | 2): (text: string) => void {
  let closed = false;
  return (text) => {
    if (closed) return;
    const bytes = Buffer.from(`${guardLine(text)}\n`);
    for (let done = 0; done < bytes.length; ) {
      try {
        done += writeSync(fd, bytes, done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          pause(1);
          continue;
        }
        closed = true;
        // EPIPE: the reader went away; EIO: the terminal hung up (SIGHUP).
        if (code === 'EPIPE' || code === 'EIO') return;
        // A full disk behind `> file`, a closed descriptor: main.ts says so in a sentence.
        throw Object.assign(error as Error, { path: fd === 1 ? 'the standard output' : 'the standard error' });
      }
    }
  };
}

export function processIo(): Io {
  return { out: lineWriter(1), err: lineWriter(2), cwd: process.cwd() };
}

/** A path as the user would type it: relative to where they are, when it is below it. */
export function shownPath(io: Io, file: string): string {
  const rel = relative(io.cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export function problemLines(io: Io, problems: Problem[]): string[] {
  return sortProblems(problems).map((p) =>
    formatProblem({ ...p, file: oneLine(shownPath(io, p.file)), message: oneLine(p.message) }),
  );
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
