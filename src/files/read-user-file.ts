// The one way we read a file a person names or a folder holds: regular files only, read with a
// cap while reading. A FIFO would block forever, /dev/zero never ends and says its size is 0,
// and a folder, a socket, a dangling link or a loop each deserve a sentence, not a stack.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { CliError, EXIT } from '../errors.js';

const MB = 1024 * 1024;

/** What a file is for sets how large it may be: each limit is far beyond a real one. */
export const SIZE_LIMITS = {
  'answers file': MB,
  'ratings file': MB,
  draft: MB,
  record: 4 * MB,
  'library file': MB,
  'grid summary': MB,
} as const;

export type UserFileKind = keyof typeof SIZE_LIMITS;

const describeSize = (bytes: number) =>
  bytes % MB === 0
    ? `${bytes / MB} MB`
    : bytes >= MB
      ? `${(bytes / MB).toFixed(1)} MB`
      : `${Math.ceil(bytes / 1024)} KB`;

/** What the limit sentence calls each kind. */
const CALLED: Partial<Record<UserFileKind, string>> = { 'library file': 'scenario, code or grid file' };

/** Not a regular file: what it is instead, in words. */
function kindOf(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

const refuse = (message: string, exitCode: number = EXIT.usage) => new CliError(message, exitCode);

/** Why `path` could not be opened, as a sentence (a dangling link is told from a missing file). */
function openProblem(error: NodeJS.ErrnoException, what: string, shown: string): CliError {
  switch (error.code) {
    case 'ENOENT': {
      const link = lstatSync(error.path ?? '', { throwIfNoEntry: false });
      if (link?.isSymbolicLink())
        return refuse(
          `the ${what} ${shown} is a symbolic link to a file that does not exist; fix the link or name the file itself`,
        );
      return refuse(`the ${what} ${shown} does not exist; check the path`);
    }
    case 'ELOOP':
      return refuse(
        `the ${what} ${shown} is a symbolic link that leads back to itself; fix the link or name the file itself`,
      );
    case 'ENOTDIR':
      return refuse(`the ${what} ${shown} cannot be read: part of its path is a file, not a folder`);
    case 'ENXIO':
      return refuse(
        `the ${what} ${shown} is a socket or a device with nothing behind it, not a file; name a regular file`,
      );
    case 'EACCES':
    case 'EPERM':
      return refuse(`the ${what} ${shown} cannot be read: permission denied; check its permissions`, EXIT.invalidData);
    case 'ENAMETOOLONG':
      return refuse(`the ${what} name ${shown} is too long for the file system; use a shorter name`);
    default:
      throw error;
  }
}

/** The file's status if it is a regular file; otherwise a sentence naming the path. */
export function checkRegularFile(path: string, what: UserFileKind, shown = path): Stats {
  let stat: Stats;
  try {
    stat = lstatSync(path);
    if (stat.isSymbolicLink()) stat = fstatOf(path);
  } catch (error) {
    throw openProblem(error as NodeJS.ErrnoException, what, shown);
  }
  const other = kindOf(stat);
  if (other) throw refuse(`the ${what} ${shown} is ${other}, not a file; name a regular file`);
  return stat;
}

function fstatOf(path: string): Stats {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    return fstatSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of a regular file, at most its kind's limit. Opened without blocking (a FIFO opens
 * at once), checked on the open descriptor (no race with a swapped file), then read until the
 * limit plus one byte: a file that grows or lies about its size is still refused.
 */
export function readUserFile(path: string, what: UserFileKind, shown = path): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw openProblem(error as NodeJS.ErrnoException, what, shown);
  }
  try {
    const stat = fstatSync(fd);
    const other = kindOf(stat);
    if (other) throw refuse(`the ${what} ${shown} is ${other}, not a file; name a regular file`);
    const limit = SIZE_LIMITS[what];
    // Sized by what the file says it holds (one byte more shows that it ended), grown (never past
    // the limit) if it holds more; a file that says 0 (/proc, a device) starts at 64 KB.
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, stat.size > 0 ? stat.size + 1 : 64 * 1024));
    let length = 0;
    for (let read = -1; read !== 0 && length <= limit; length += read) {
      if (length === buffer.length)
        buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(buffer.length, limit + 1 - buffer.length))]);
      read = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > limit) {
      const size = Math.max(fstatSync(fd).size, length);
      const called = CALLED[what] ?? what;
      throw refuse(
        `the ${what} ${shown} is ${size > limit ? describeSize(size) : 'larger than that'}; ` +
          `${/^[aeiou]/.test(called) ? 'an' : 'a'} ${called} is limited to ${describeSize(limit)}. Is this the right file?`,
        EXIT.invalidData,
      );
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
