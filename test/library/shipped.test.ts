// Every file the package ships is valid, and the DBSA code quotes the course word for word.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/library.js';
import { formatProblem } from '../../src/library/problem.js';
import { root } from '../helpers.js';

const course = join(root, '..', 'shared', 'course', '002_033a77fc179713c5.txt');

describe('the shipped library', async () => {
  const library = await loadLibrary([{ dir: root, builtIn: true }]);

  it('has no problems in any file', () => {
    expect(library.problems.map(formatProblem)).toEqual([]);
    expect(library.scenarios.size).toBeGreaterThanOrEqual(3);
  });

  it('has the 13 DBSA principles, with no dollar limit on gifts', () => {
    const dbsa = library.codes.get('dbsa')?.value;
    expect(dbsa?.principles.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(dbsa?.principles.map((p) => p.short).slice(0, 4)).toEqual(['Believe', 'Respect', 'Openly share', 'Seek']);
    expect(JSON.stringify(dbsa)).not.toMatch(/\$\d/);
  });

  it.runIf(existsSync(course))('quotes every DBSA principle and the preamble word for word from the course', () => {
    const text = readFileSync(course, 'utf8');
    const dbsa = library.codes.get('dbsa')?.value;
    for (const p of dbsa?.principles ?? []) expect(text).toContain(`${p.number}. ${p.text}`);
    expect(text).toContain(dbsa?.preamble);
  });
});
