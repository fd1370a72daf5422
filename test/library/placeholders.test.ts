// The placeholder check: every text value that still starts with TODO is named, where it is.
import { describe, expect, it } from 'vitest';
import { scenarioProblems } from '../../src/library/checks.js';
import { placeholderProblems } from '../../src/library/text-checks.js';
import { formatProblem } from '../../src/data/problem.js';
import type { Code, Scenario } from '../../src/library/types.js';
import { parseYaml, type YamlSource } from '../../src/data/yaml-source.js';

function sourceOf(text: string): YamlSource {
  const parsed = parseYaml('cases/x.yaml', new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  return parsed.source;
}

const dbsa: Code = { id: 'dbsa', title: 'D', source: 'S', principles: [{ number: 1, short: 'Believe', text: 'T' }] };

describe('placeholderProblems', () => {
  it('names each placeholder at its line and column, with what to write instead', () => {
    const source = sourceOf(
      [
        'id: x',
        'title: "TODO: a short title"',
        'narrative: |',
        '  TODO: tell what happened, in a few short paragraphs and plain words, please.',
        '  More.',
        'principles:',
        '  - number: 1',
        '    why: "TODO: why"',
        'discussion: ["A real question?", "  TODO another"]',
        '',
      ].join('\n'),
    );
    expect(placeholderProblems(source).map(formatProblem)).toEqual([
      'cases/x.yaml:2:8  `title` still holds the placeholder "TODO: a short title"; replace it with a short name for the case, e.g. Alice & Bob',
      'cases/x.yaml:3:12  `narrative` still holds the placeholder "TODO: tell what happened, in a few short..."; replace it with the case itself, in your own words, without the key\'s reasoning',
      'cases/x.yaml:8:10  `why` in item 1 of `principles` still holds the placeholder "TODO: why"; replace it with why this principle is in play, tied to a fact of the case',
      'cases/x.yaml:9:34  item 2 of `discussion` still holds the placeholder "TODO another"; replace it with a discussion question',
    ]);
  });

  it('leaves text alone that only mentions TODO, or starts with a longer word', () => {
    const source = sourceOf(
      'id: x\ntitle: Things TODO\nsummary: TODOS los dias\nnarrative: x\nprinciples: [{number: 1, why: y}]\n',
    );
    expect(placeholderProblems(source)).toEqual([]);
  });

  it('runs with the other scenario checks, and only there', () => {
    const source = sourceOf('id: x\ntitle: "TODO: t"\nnarrative: x\nprinciples: [{number: 1, why: y}]\n');
    const problems = scenarioProblems(
      source,
      { ...(source.data as Scenario), code: 'dbsa' },
      new Map([['dbsa', dbsa]]),
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^`title` still holds the placeholder "TODO: t"/),
    ]);
  });
});
