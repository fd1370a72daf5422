// One table from OS errors to sentences: each errno a user can meet says what happened, to
// which path, and what to do, with exit 1 (data, the machine) or 2 (a wrong argument).
import { describe, expect, it } from 'vitest';
import { describeOsError, isOsError, type OsError } from '../../src/files/os-errors.js';

const osError = (code: string, syscall: string, path?: string, dest?: string): OsError =>
  Object.assign(new Error(`${code}: ${syscall}`), {
    code,
    syscall,
    errno: -1,
    ...(path ? { path } : {}),
    ...(dest ? { dest } : {}),
  });

describe('OS errors as sentences', () => {
  it.each([
    ['EACCES', 'open', 1, 'permission denied for records/x.md; check its permissions, or use a folder you own'],
    [
      'EPERM',
      'chmod',
      1,
      'the system does not allow this on records/x.md; check its permissions, or use a folder you own',
    ],
    ['EISDIR', 'open', 2, 'records/x.md is a folder, not a file; name a file instead'],
    ['ENOTDIR', 'mkdir', 2, 'part of the path records/x.md is a file, not a folder; give a folder there instead'],
    ['EEXIST', 'mkdir', 2, 'records/x.md already exists; choose another name, or move that file away first'],
    ['EROFS', 'open', 1, 'records/x.md is on a read-only disk; write somewhere else (for example with --out DIR)'],
    [
      'ENOSPC',
      'write',
      1,
      'the disk is full, so records/x.md could not be written; free some space, then run the command again',
    ],
    ['ENAMETOOLONG', 'open', 2, 'the name records/x.md is too long for the file system; use a shorter name'],
    ['ELOOP', 'stat', 1, 'records/x.md is a symbolic link that leads back to itself; fix or remove the link'],
    ['EPIPE', 'write', 1, 'records/x.md was closed by the program reading it; check the command it is piped to'],
    [
      'EIO',
      'read',
      1,
      'the system could not read or write records/x.md (an input/output error); check the disk or the terminal, then run the command again',
    ],
    ['ENOENT', 'open', 2, 'records/x.md does not exist; check the path and run the command again'],
  ])('%s', (code, syscall, exitCode, message) => {
    const error = osError(code, syscall, '/work/records/x.md');
    expect(isOsError(error)).toBe(true);
    expect(describeOsError(error, (p) => p.replace('/work/', ''))).toEqual({ message, exitCode });
  });

  it('names the file being written, not our hidden temp file', () => {
    expect(describeOsError(osError('ENOSPC', 'write', '/r/.2026-x.a1b2c3d4e5f6.tmp')).message).toBe(
      'the disk is full, so the folder /r could not be written; free some space, then run the command again',
    );
    expect(describeOsError(osError('EEXIST', 'link', '/r/.t.a1b2c3d4e5f6.tmp', '/r/rec.md')).message).toMatch(
      /^\/r\/rec\.md already exists/,
    );
  });

  it('gives an unknown code a sentence too, and never takes an ordinary Error for an OS error', () => {
    expect(describeOsError(osError('ESTALE', 'open', '/r/x'))).toEqual({
      message: 'the system reported ESTALE (open) for /r/x; check the path and the disk, then run the command again',
      exitCode: 1,
    });
    expect(isOsError(new Error('x'))).toBe(false);
    expect(isOsError(Object.assign(new TypeError('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBe(false);
  });
});
