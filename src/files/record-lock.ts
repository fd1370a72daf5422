// Edits of a record that cannot lose each other (records evaluate now; review and supersede
// later). A rename is atomic, but read-then-rename is not: two runs that read the same record
// would each write their own version, and one outcome would vanish. So an edit takes a lock
// file beside the record (created exclusively), compares the record with what it read at the
// start, and only then replaces it. Of many runs at once, exactly one writes.
import { closeSync, constants, fstatSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { invalidData } from '../errors.js';
import { readUserFile } from './read-user-file.js';
import { replaceFile } from './safe-write.js';

/** A lock older than this is left from a run that died: no edit takes so long. */
const STALE_MS = 10 * 60 * 1000;
/**
 * A lock whose run has ended is stale only once it is this old. A younger one may be a new
 * lock in the place of one just released: its owner is alive, and breaking it would let two
 * runs edit at once. An edit holds its lock for milliseconds.
 */
const SETTLED_MS = 5000;
/** How long to wait for another run's lock before giving up. */
const WAIT_MS = 3000;

export const lockPath = (record: string) => join(dirname(record), `.${basename(record)}.lock`);

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The lock's age and first line, or undefined when it is gone already. Read as the tool's own
 * small file: a link, a FIFO or a device in its place (which would hang the read or never end)
 * is refused with a sentence.
 */
function readLock(lock: string, shown: string): { age: number; pid: number } | undefined {
  let fd: number;
  try {
    fd = openSync(lock, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP' || code === 'ENXIO') throw notALock(lock, shown);
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notALock(lock, shown);
    const head = Buffer.alloc(64);
    const length = readSync(fd, head, 0, head.length, 0);
    return { age: Date.now() - stat.mtimeMs, pid: Number(head.toString('utf8', 0, length).split('\n')[0]) };
  } finally {
    closeSync(fd);
  }
}

/** `shown`: the record as the person named it. */
const notALock = (lock: string, shown: string) =>
  invalidData(
    `${join(dirname(shown), basename(lock))} is not a lock that ethics-guide made (it is not a plain file), so the ` +
      `record was not touched; remove it, then run the command again`,
  );

/** Whether a lock was left by a run that no longer exists (or so long ago that it must have). */
function isStale(lock: string, shown: string): boolean {
  // Gone already, or half-written by a run that is starting (no pid yet): not stale.
  const held = readLock(lock, shown);
  if (!held) return false;
  const { age, pid } = held;
  return age > STALE_MS || (age > SETTLED_MS && Number.isInteger(pid) && pid > 0 && !alive(pid));
}

/** Takes the lock; a stale one is broken with a note. Throws when another run holds it. */
function acquire(lock: string, shown: string, note: (text: string) => void): void {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (isStale(lock, shown)) {
      unlinkSync(lock);
      note(`a lock left by an earlier run that stopped (${basename(lock)}) was removed`);
      continue;
    }
    if (Date.now() > deadline)
      throw invalidData(
        `${shown} is being changed by another run of ethics-guide right now, so it was not touched; run the command ` +
          `again in a moment`,
      );
    sleep(50);
  }
}

/**
 * Replaces `path` with `updated`, if and only if it still holds `original`. `changed` is the
 * sentence for a record someone else changed meanwhile.
 */
export function editRecord(
  path: string,
  original: Buffer,
  updated: string,
  o: { shown: string; changed: string; note: (text: string) => void },
): void {
  const lock = lockPath(path);
  acquire(lock, o.shown, o.note);
  try {
    // Read as any record is (a FIFO or a device put in its place meanwhile is refused, not waited on).
    if (!readUserFile(path, 'record', o.shown).equals(original)) throw invalidData(o.changed);
    replaceFile(path, updated);
  } finally {
    try {
      unlinkSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
