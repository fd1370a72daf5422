// Lints for trainers: warnings about how a case teaches (an option that reads as the answer, a
// text too hard to read), each shown by a file that triggers it and one that does not.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readingGrade } from '../../src/library/lints.js';
import { loadLibrary, libraryFolders } from '../../src/files/library-folders.js';
import { formatProblem } from '../../src/data/problem.js';
import { folderWith, root } from '../helpers.js';

const base = {
  id: 'even',
  title: 'T',
  narrative: 'Dana drives to work. She sees Luis at the bus stop. It is late and cold.',
  question: 'What should Dana do?',
  principles: [{ number: 10, why: 'A ride could start a favor.' }],
  options: [
    { title: 'Give him a ride', consequences: 'Luis gets home safe, but the line between them blurs a little.' },
    { title: 'Drive on', consequences: 'The line stays clear, but Luis waits in the cold and may feel let down.' },
    { title: 'Call him a cab', consequences: 'Luis gets home, Dana keeps her role, and it costs her some money.' },
  ],
};

async function warningsOf(scenario: object): Promise<string[]> {
  const dir = folderWith({ [`scenarios/${(scenario as { id: string }).id}.yaml`]: stringify(scenario) });
  const library = await loadLibrary(libraryFolders(root, [dir]));
  return library.problems.map((p) => formatProblem({ ...p, file: 'case.yaml' }));
}

describe('teaching lints', () => {
  it('are quiet for options of even weight and plain words', async () => {
    expect(await warningsOf(base)).toEqual([]);
  });

  it('warn when one option is far longer than the others, or the only one with steps', async () => {
    const long = {
      ...base,
      id: 'long',
      options: [
        ...base.options.slice(0, 2),
        {
          title: 'Call him a cab',
          consequences: `${'She calls a cab and waits with him while they talk about the week. '.repeat(3)}It costs her some money.`,
        },
      ],
    };
    expect(await warningsOf(long)).toEqual([
      expect.stringMatching(
        /^case\.yaml:13:5 {2}warning: option 3 has \d+ words, against a median of \d+; an option much longer than the others reads as the answer/,
      ),
    ]);
    const steps = {
      ...base,
      id: 'steps',
      options: [
        ...base.options.slice(0, 2),
        {
          title: 'Call him a cab',
          consequences: 'First she calls a cab, then she waits, and finally she tells her supervisor.',
        },
      ],
    };
    expect(await warningsOf(steps)).toEqual([
      expect.stringMatching(/^case\.yaml:13:5 {2}warning: option 3 is the only one that lays out steps/),
    ]);
  });

  it('warn when the narrative reads above grade 8, and the case is still used', async () => {
    const hard = {
      ...base,
      id: 'hard',
      narrative:
        'Notwithstanding considerable organizational ambiguity regarding transportation responsibilities, the specialist contemplates accommodating the participant, recognizing potential interpersonal complications.',
    };
    const warnings = await warningsOf(hard);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^case\.yaml:3:12 {2}warning: the narrative reads at about grade \d+\.\d \(Flesch-Kincaid\); aim for grade 8 or below/,
      ),
    ]);
  });

  it('count grades as readers expect: short plain sentences low, long abstract ones high', () => {
    expect(readingGrade('The cat sat on the mat. It was warm.')).toBeLessThan(3);
    expect(
      readingGrade(
        'Institutional accountability mechanisms necessitate comprehensive documentation of interpersonal communications.',
      ),
    ).toBeGreaterThan(12);
    expect(readingGrade('')).toBe(0);
  });
});
