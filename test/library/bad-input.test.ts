// Each kind of bad scenario file gives sentences at the right line and column, and never throws.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/files/library-folders.js';
import { formatProblem, sortProblems } from '../../src/data/problem.js';
import { folderWith, root } from '../helpers.js';

const valid = 'id: NAME\ntitle: T\nnarrative: A short case.\nprinciples:\n  - number: 1\n    why: Because.\n';

/** The problems of one trainer file, as `file:line:col  message` lines without the folder. */
async function problemsOf(name: string, content: string | Uint8Array): Promise<string[]> {
  const dir = folderWith({ [`scenarios/${name}.yaml`]: content });
  const library = await loadLibrary([
    { dir: root, builtIn: true },
    { dir, builtIn: false },
  ]);
  return sortProblems(library.problems)
    .map(formatProblem)
    .map((line) => line.replace(join(dir, 'scenarios') + '/', ''));
}

describe('a bad scenario file', () => {
  it('is fine when valid, with a byte order mark and CRLF endings', async () => {
    expect(await problemsOf('ok', valid.replace('NAME', 'ok'))).toEqual([]);
    const bomCrlf = `\uFEFF${valid.replace('NAME', 'bom').replace(/\n/g, '\r\n')}`;
    expect(await problemsOf('bom', bomCrlf)).toEqual([]);
  });

  it('reports a YAML syntax error where it is', async () => {
    const lines = await problemsOf('syntax', 'id: syntax\ntitle: [unclosed\nnarrative: x\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^syntax\.yaml:2:8  a list in \[ \] or a mapping in \{ \} is not closed; end it with \] or \}/,
    );
  });

  it('names a duplicate key at its second place', async () => {
    expect(await problemsOf('dup', valid.replace('NAME', 'dup').replace('title: T\n', 'title: T\ntitle: U\n'))).toEqual(
      ['dup.yaml:3:1  `title` appears twice in the same mapping; keep one'],
    );
  });

  it('says what type a field needs, in words', async () => {
    expect(
      await problemsOf('wrong-type', valid.replace('NAME', 'wrong-type').replace('number: 1', 'number: three')),
    ).toEqual(['wrong-type.yaml:5:13  `number` must be a whole number, not the text "three"']);
  });

  it('suggests the known field for an unknown one, pointing at the key', async () => {
    expect(await problemsOf('typo', valid.replace('NAME', 'typo').replace('narrative:', 'narative:'))).toEqual([
      'typo.yaml:3:1  unknown field `narative`. Did you mean `narrative`?',
    ]);
  });

  it('checks principle numbers against the code', async () => {
    expect(await problemsOf('p14', valid.replace('NAME', 'p14').replace('number: 1', 'number: 14'))).toEqual([
      'p14.yaml:5:13  principle 14 is not in code dbsa (it has 1-13)',
    ]);
  });

  it('reports an unknown code with a suggestion', async () => {
    expect(await problemsOf('code', `code: dbas\n${valid.replace('NAME', 'code')}`)).toEqual([
      'code.yaml:1:7  code `dbas` is not in the library (it has: dbsa). Did you mean `dbsa`?',
    ]);
  });

  it('explains an empty file and a list instead of a mapping', async () => {
    expect(await problemsOf('empty', '')).toEqual([
      'empty.yaml:1:1  the file is empty; a scenario needs at least `id`, `title`, `narrative` and `principles`',
    ]);
    expect((await problemsOf('list', '- a\n- b\n'))[0]).toMatch(
      /^list\.yaml:1:1  the file holds a list, but a scenario is a mapping/,
    );
  });

  it('finds bytes that are not UTF-8', async () => {
    const latin1 = Buffer.concat([Buffer.from('id: latin\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(await problemsOf('latin', latin1)).toEqual([
      'latin.yaml:2:11  this is not UTF-8 text; save the file with UTF-8 encoding',
    ]);
  });

  it('stops an alias bomb quickly', async () => {
    let bomb = 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    let previous = 'a';
    for (const name of 'bcdefghi') {
      bomb += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
      previous = name;
    }
    const started = Date.now();
    const lines = await problemsOf('bomb', bomb);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(lines).toEqual([
      'bomb.yaml:1:1  the file expands YAML aliases (*name) too many times (limit 100); write the values out instead',
    ]);
  });

  it('refuses a file of several MB with the limit, without reading it', async () => {
    const big = `${valid.replace('NAME', 'big')}narrative2: |\n${`  ${'x'.repeat(100)}\n`.repeat(60_000)}`;
    const started = Date.now();
    expect(await problemsOf('big', big)).toEqual([
      `big.yaml:1:1  this file is ${(big.length / 1024 / 1024).toFixed(1)} MB; a scenario, code or grid file is limited to 1 MB. Is this the right file?`,
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports every problem of a file, not only the first', async () => {
    const many =
      'id: Bad_Id\ntitle: T\ndilemma_type: right vs right\nnarrative: x\nprinciples: []\npeople:\n  - nam: A\n';
    expect(await problemsOf('many', many)).toEqual([
      "many.yaml:1:5  `id` is not in the right form: the case's id in kebab-case (lowercase letters, digits, single hyphens), equal to the file name, e.g. alice-and-bob",
      'many.yaml:1:5  the scenario id `Bad_Id` differs from the file name `many`; rename one so they match',
      'many.yaml:3:15  `dilemma_type` must be one of right-vs-wrong, right-vs-right, wrong-vs-wrong, not "right vs right". Did you mean `right-vs-right`?',
      'many.yaml:5:13  `principles` needs at least 1 item',
      'many.yaml:7:5  unknown field `nam` in item 1 of `people`. Did you mean `name`?',
    ]);
  });

  it('requires the id to equal the file name and principles to be listed once', async () => {
    const twice = valid.replace('NAME', 'other') + '  - number: 1\n    why: Again.\n';
    expect(await problemsOf('named', twice)).toEqual([
      'named.yaml:1:5  the scenario id `other` differs from the file name `named`; rename one so they match',
      'named.yaml:7:13  principle 1 is in the key twice; keep one and merge the reasons',
    ]);
  });
});

describe('a bad grid file', () => {
  it('checks principle numbers and action ids, at their places', async () => {
    const dir = folderWith({
      'grids/my-grid.yaml':
        'id: my-grid\ntitle: G\ncode: dbsa\nratings: {green: g, yellow: y, red: r}\nactions:\n  - {id: hug, action: A hug, principles: [2, 14], why_people_disagree: w}\n  - {id: hug, action: Another, principles: [1], why_people_disagree: w}\n',
    });
    const library = await loadLibrary([
      { dir: root, builtIn: true },
      { dir, builtIn: false },
    ]);
    expect(
      sortProblems(library.problems)
        .map(formatProblem)
        .map((l) => l.replace(join(dir, 'grids') + '/', '')),
    ).toEqual([
      'my-grid.yaml:6:46  principle 14 is not in code dbsa (it has 1-13)',
      'my-grid.yaml:7:10  action id `hug` is used twice in this grid; give each action its own id',
    ]);
  });
});
