// Which program name the suggested commands start with: `ethics-guide` only when that name on
// PATH is this very program; otherwise `npx ethics-guide`.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programName } from '../../src/commands/program-name.js';
import { root, tempDir } from '../helpers.js';

/** A folder holding an `ethics-guide` that links to `target`. */
function binWith(target: string, under = ''): string {
  const dir = join(tempDir(), under);
  mkdirSync(dir, { recursive: true });
  symlinkSync(target, join(dir, 'ethics-guide'));
  return dir;
}

describe('the program name in suggested commands', () => {
  const own = join(root, 'bin', 'ethics-guide.js');

  it('is ethics-guide when the ethics-guide on PATH is this program (installed)', () => {
    expect(programName({ PATH: ['/nowhere', binWith(own)].join(':') }, root)).toBe('ethics-guide');
  });

  it('is npx ethics-guide in a checkout, where none is on PATH', () => {
    expect(programName({ PATH: '/usr/bin:/bin' }, root)).toBe('npx ethics-guide');
    expect(programName({}, root)).toBe('npx ethics-guide');
  });

  it('is npx ethics-guide when only npm or npx put it on PATH for this run (node_modules/.bin)', () => {
    expect(programName({ PATH: binWith(own, 'node_modules/.bin') }, root)).toBe('npx ethics-guide');
  });

  it('is npx ethics-guide when another ethics-guide comes first on PATH', () => {
    const other = join(tempDir(), 'other.js');
    writeFileSync(other, '');
    expect(programName({ PATH: [binWith(other), binWith(own)].join(':') }, root)).toBe('npx ethics-guide');
  });
});
