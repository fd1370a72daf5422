// Which program name the suggested commands start with: `ethics-guide` only when that name on
// PATH is this very program; `npx ethics-guide` where npx finds this program by name; otherwise
// node and the program's path, so that a pasted hint never fetches a package from the registry.
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
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
  const elsewhere = tempDir();

  it('is ethics-guide when the ethics-guide on PATH is this program (installed)', () => {
    expect(programName({ PATH: ['/nowhere', binWith(own)].join(':') }, root, elsewhere)).toBe('ethics-guide');
  });

  it('is npx ethics-guide in a checkout and its folders, where none is on PATH', () => {
    expect(programName({ PATH: '/usr/bin:/bin' }, root, root)).toBe('npx ethics-guide');
    expect(programName({}, root, join(root, 'scenarios'))).toBe('npx ethics-guide');
  });

  it('is npx ethics-guide in a project that depends on it, and when npx fetched it', () => {
    const project = tempDir();
    const installed = join(project, 'node_modules', 'ethics-guide');
    mkdirSync(join(project, 'records'), { recursive: true });
    expect(programName({}, installed, project)).toBe('npx ethics-guide');
    expect(programName({}, installed, join(project, 'records'))).toBe('npx ethics-guide');
    expect(programName({}, join('/home/x/.npm/_npx/1a2b/node_modules/ethics-guide'), elsewhere)).toBe(
      'npx ethics-guide',
    );
  });

  it('is node and the path of the program anywhere else, where npx would look in the registry', () => {
    expect(programName({ PATH: '/usr/bin:/bin' }, root, elsewhere)).toBe(`node ${realpathSync(own)}`);
    const spaced = join(tempDir(), 'my tools', 'ethics-guide');
    expect(programName({}, spaced, elsewhere)).toBe(`node '${join(spaced, 'bin', 'ethics-guide.js')}'`);
    const project = tempDir();
    expect(programName({}, join(project, 'node_modules', 'ethics-guide'), elsewhere)).toMatch(/^node \//);
  });

  it('does not take an ethics-guide that only npm or npx put on PATH for this run (node_modules/.bin)', () => {
    expect(programName({ PATH: binWith(own, 'node_modules/.bin') }, root, root)).toBe('npx ethics-guide');
  });

  it('does not take this program when another ethics-guide comes first on PATH', () => {
    const other = join(tempDir(), 'other.js');
    writeFileSync(other, '');
    expect(programName({ PATH: [binWith(other), binWith(own)].join(':') }, root, root)).toBe('npx ethics-guide');
    expect(programName({ PATH: [binWith(other), binWith(own)].join(':') }, root, elsewhere)).toBe(
      `node ${realpathSync(own)}`,
    );
  });
});
