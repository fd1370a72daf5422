// The layered library: built-in first, trainers' folders after, ids unique across layers.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryFolders, loadLibrary } from '../../src/library/library.js';
import { formatProblem } from '../../src/library/problem.js';
import { fixtures, folderWith, root } from '../helpers.js';

describe('the layered library', () => {
  it('uses an agency code exactly like DBSA', async () => {
    const library = await loadLibrary(libraryFolders(root, [join(fixtures, 'agency-library')]));
    expect(library.problems).toEqual([]);
    expect(library.codes.get('riverside-handbook')?.value.principles.map((p) => p.short)).toEqual(['Gifts', 'Records', 'Outside contact']);
    const scenario = library.scenarios.get('gift-card');
    expect(scenario?.value.code).toBe('riverside-handbook');
    expect(scenario?.builtIn).toBe(false);
    expect(library.scenarios.get('alice-and-bob')?.builtIn).toBe(true);
  });

  it("keeps the built-in case when a trainer's file reuses its id, and says so", async () => {
    const library = await loadLibrary(libraryFolders(root, [join(fixtures, 'conflict-library')]));
    expect(library.scenarios.get('alice-and-bob')?.file).toBe(join(root, 'scenarios', 'alice-and-bob.yaml'));
    expect(library.problems.map(formatProblem)).toEqual([
      `${join(fixtures, 'conflict-library', 'scenarios', 'alice-and-bob.yaml')}:2:5  id \`alice-and-bob\` is already used by the built-in scenario of that name; ids must be unique across the library, so rename this one (id and file name)`,
    ]);
  });

  it('checks a principle number against the scenario\'s own code', async () => {
    const dir = folderWith({
      'scenarios/bad-number.yaml': 'id: bad-number\ntitle: T\ncode: riverside-handbook\nnarrative: x\nprinciples:\n  - number: 12\n    why: y\n',
    });
    const library = await loadLibrary(libraryFolders(root, [join(fixtures, 'agency-library'), dir]));
    expect(library.problems.map((p) => p.message)).toEqual(['principle 12 is not in code riverside-handbook (it has 1-3)']);
  });

  it('refuses a library folder that is missing or holds neither scenarios/ nor codes/', () => {
    expect(() => libraryFolders(root, ['/nonexistent/place'])).toThrow(/library folder \/nonexistent\/place does not exist/);
    expect(() => libraryFolders(root, [folderWith({ 'notes.txt': 'x' })])).toThrow(/has no scenarios\/, codes\/ or grids\/ folder/);
  });
});
