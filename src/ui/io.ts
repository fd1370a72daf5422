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

/**
 * Writes straight to the file descriptor: the first touch of process.stdout makes Node load
 * its stream machinery (~10 ms, a third of a bare start). A reader that went away (`| head`)
 * ends the output quietly; a non-blocking pipe that is full falls back to the stream.
 */
function lineWriter(fd: 1 | 2): (text: string) => void {
  let closed = false;
  let useStream = false;
  return (text) => {
    const line = `${guardLine(text)}\n`;
    if (closed) return;
    if (useStream) return void (fd === 1 ? process.stdout : process.stderr).write(line);
    try {
      const bytes = Buffer.from(line);
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // EPIPE: the reader went away; EIO: the terminal hung up (SIGHUP).
      if (code === 'EPIPE' || code === 'EIO') closed = true;
      else if (code === 'EAGAIN') [useStream] = [true, (fd === 1 ? process.stdout : process.stderr).write(line)];
      else {
        // A full disk behind `> file`, a closed descriptor: main.ts says so in a sentence.
        closed = true;
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
