// The layered library: built-in first, trainers' folders after, ids unique across layers.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryFolders, loadLibrary } from '../../src/files/library-folders.js';
import { formatProblem, isError } from '../../src/data/problem.js';
import { fixtures, folderWith, root } from '../helpers.js';

describe('the layered library', () => {
  it('uses an agency code exactly like DBSA', async () => {
    const library = await loadLibrary(libraryFolders(root, [join(fixtures, 'agency-library')]));
    expect(library.problems).toEqual([]);
    expect(library.codes.get('riverside-handbook')?.value.principles.map((p) => p.short)).toEqual([
      'Gifts',
      'Records',
      'Outside contact',
    ]);
    const scenario = library.scenarios.get('gift-card');
    expect(scenario?.value.code).toBe('riverside-handbook');
    expect(scenario?.builtIn).toBe(false);
    expect(library.scenarios.get('alice-and-bob')?.builtIn).toBe(true);
  });

  it('says where a settings.yaml put inside scenarios/ goes, in one sentence', async () => {
    const dir = folderWith({ 'scenarios/settings.yaml': 'crisis:\n  emergency: "999"\n' });
    const library = await loadLibrary(libraryFolders(root, [dir]));
    expect(library.problems.filter(isError).map(formatProblem)).toEqual([
      `${join(dir, 'scenarios', 'settings.yaml')}:1:1  settings.yaml goes at the top of the library folder, next to scenarios/, not inside it; move it up one folder`,
    ]);
  });

  it("uses a trainer's case in place of the built-in one with the same id, and notes it", async () => {
    const dir = join(fixtures, 'conflict-library');
    const library = await loadLibrary(libraryFolders(root, [dir]));
    const file = join(dir, 'scenarios', 'alice-and-bob.yaml');
    expect(library.scenarios.get('alice-and-bob')).toMatchObject({
      file,
      builtIn: false,
      from: dir,
      replaces: 'the built-in case',
    });
    expect(library.problems.filter(isError)).toEqual([]);
    expect(library.notes).toEqual([`${file} is used in place of the built-in case \`alice-and-bob\``]);
  });

  it('refuses the same id twice in one folder, and leaves out a broken copy of a built-in case', async () => {
    const copy = 'id: alice-and-bob\ntitle: T\nnarrative: x\nprinciples:\n  - { number: 1, why: y }\n';
    const dir = folderWith({ 'scenarios/alice-and-bob.yaml': copy, 'scenarios/alice-and-bob.yml': copy });
    const library = await loadLibrary(libraryFolders(root, [dir]));
    expect(library.problems.map(formatProblem)).toEqual([
      `${join(dir, 'scenarios', 'alice-and-bob.yml')}:1:5  id \`alice-and-bob\` is already used by ${join(dir, 'scenarios', 'alice-and-bob.yaml')} in the same folder; give each file its own id (and file name)`,
    ]);
    expect(library.scenarios.get('alice-and-bob')?.file).toBe(join(dir, 'scenarios', 'alice-and-bob.yaml'));
    const broken = folderWith({
      'scenarios/alice-and-bob.yaml': 'id: alice-and-bob\ntitle: T\nnarrative: x\nprinciples: []\n',
    });
    const without = await loadLibrary(libraryFolders(root, [broken]));
    expect(without.scenarios.has('alice-and-bob')).toBe(false);
    expect(without.brokenIds.get('scenario:alice-and-bob')).toBe(join(broken, 'scenarios', 'alice-and-bob.yaml'));
  });

  it("checks a principle number against the scenario's own code", async () => {
    const dir = folderWith({
      'scenarios/bad-number.yaml':
        'id: bad-number\ntitle: T\ncode: riverside-handbook\nnarrative: x\nprinciples:\n  - number: 12\n    why: y\n',
    });
    const library = await loadLibrary(libraryFolders(root, [join(fixtures, 'agency-library'), dir]));
    expect(library.problems.map((p) => p.message)).toEqual([
      'principle 12 is not in code riverside-handbook (it has 1-3)',
    ]);
  });

  it('refuses a library folder that is missing or holds neither scenarios/ nor codes/', () => {
    expect(() => libraryFolders(root, ['/nonexistent/place'])).toThrow(
      /library folder \/nonexistent\/place does not exist/,
    );
    expect(() => libraryFolders(root, [folderWith({ 'notes.txt': 'x' })])).toThrow(
      /has no scenarios\/, codes\/, grids\/ or policies\/ folder inside \(nor a settings\.yaml\)/,
    );
  });
});
