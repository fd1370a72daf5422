// One table from the operating system's error codes to sentences: what happened, to which
// path, and what to do, with the exit code a script can act on (1: the data or the machine,
// 2: a wrong argument). Any fault from the file system that reaches main.ts comes through
// here, so a full disk or a folder where a file should be is never reported as a bug.
import { basename, dirname } from 'node:path';
import { EXIT } from '../errors.js';

export interface OsError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

interface Entry {
  /** What happened to `path`. */
  what: (path: string) => string;
  todo: string;
  exit: number;
}

const TABLE: Record<string, Entry> = {
  ENOENT: { what: (p) => `${p} does not exist`, todo: 'check the path and run the command again', exit: EXIT.usage },
  EACCES: {
    what: (p) => `permission denied for ${p}`,
    todo: 'check its permissions, or use a folder you own',
    exit: EXIT.invalidData,
  },
  EPERM: {
    what: (p) => `the system does not allow this on ${p}`,
    todo: 'check its permissions, or use a folder you own',
    exit: EXIT.invalidData,
  },
  EISDIR: { what: (p) => `${p} is a folder, not a file`, todo: 'name a file instead', exit: EXIT.usage },
  ENOTDIR: {
    what: (p) => `part of the path ${p} is a file, not a folder`,
    todo: 'give a folder there instead',
    exit: EXIT.usage,
  },
  EEXIST: {
    what: (p) => `${p} already exists`,
    todo: 'choose another name, or move that file away first',
    exit: EXIT.usage,
  },
  EROFS: {
    what: (p) => `${p} is on a read-only disk`,
    todo: 'write somewhere else (for example with --out DIR)',
    exit: EXIT.invalidData,
  },
  ENOSPC: {
    what: (p) => `the disk is full, so ${p} could not be written`,
    todo: 'free some space, then run the command again',
    exit: EXIT.invalidData,
  },
  EDQUOT: {
    what: (p) => `your disk quota is used up, so ${p} could not be written`,
    todo: 'free some space, then run the command again',
    exit: EXIT.invalidData,
  },
  ENAMETOOLONG: {
    what: (p) => `the name ${p} is too long for the file system`,
    todo: 'use a shorter name',
    exit: EXIT.usage,
  },
  ELOOP: {
    what: (p) => `${p} is a symbolic link that leads back to itself`,
    todo: 'fix or remove the link',
    exit: EXIT.invalidData,
  },
  EPIPE: {
    what: (p) => `${p} was closed by the program reading it`,
    todo: 'check the command it is piped to',
    exit: EXIT.invalidData,
  },
  EIO: {
    what: (p) => `the system could not read or write ${p} (an input/output error)`,
    todo: 'check the disk or the terminal, then run the command again',
    exit: EXIT.invalidData,
  },
  EBADF: {
    what: (p) => `${p} is closed`,
    todo: 'run the command with its output going somewhere',
    exit: EXIT.invalidData,
  },
  EMFILE: {
    what: () => 'too many files are open at once',
    todo: 'close some programs, then run the command again',
    exit: EXIT.invalidData,
  },
  ENFILE: {
    what: () => 'too many files are open on this system',
    todo: 'close some programs, then run the command again',
    exit: EXIT.invalidData,
  },
  EBUSY: {
    what: (p) => `${p} is busy (another program is using it)`,
    todo: 'wait for it, then run the command again',
    exit: EXIT.invalidData,
  },
  ENXIO: {
    what: (p) => `${p} is a device or pipe with nothing behind it`,
    todo: 'name a regular file instead',
    exit: EXIT.usage,
  },
  ENODEV: { what: (p) => `${p} is a device, not a file`, todo: 'name a regular file instead', exit: EXIT.usage },
};

export const isOsError = (error: unknown): error is OsError =>
  error instanceof Error &&
  typeof (error as OsError).code === 'string' &&
  /^E[A-Z0-9]+$/.test((error as OsError).code) &&
  typeof (error as NodeJS.ErrnoException).errno === 'number';

/** Our own temporary files are hidden; a fault writing one is a fault writing its folder. */
function pathOf(error: OsError): string | undefined {
  const path = ['link', 'rename', 'copyfile', 'symlink'].includes(error.syscall ?? '')
    ? (error.dest ?? error.path)
    : error.path;
  if (path === undefined) return undefined;
  return /^\..+\.tmp$/.test(basename(path)) ? `the folder ${dirname(path)}` : path;
}

/** The sentence and exit code for an OS error; `shown` turns a path into what the user typed. */
export function describeOsError(
  error: OsError,
  shown: (path: string) => string = (p) => p,
): { message: string; exitCode: number } {
  const raw = pathOf(error);
  const path =
    raw === undefined ? 'a file' : raw.startsWith('the folder ') ? `the folder ${shown(raw.slice(11))}` : shown(raw);
  // A folder that cannot be made because a folder above it is missing (or on a read-only disk).
  if (error.code === 'ENOENT' && error.syscall === 'mkdir')
    return {
      message:
        `the folder ${path} could not be created: a folder above it is missing or cannot be written; check ` +
        `the path`,
      exitCode: EXIT.usage,
    };
  const entry = TABLE[error.code];
  if (entry) return { message: `${entry.what(path)}; ${entry.todo}`, exitCode: entry.exit };
  const action = error.syscall ? ` (${error.syscall})` : '';
  return {
    message:
      `the system reported ${error.code}${action} for ${path}; check the path and the disk, then run the ` +
      `command again`,
    exitCode: EXIT.invalidData,
  };
}
