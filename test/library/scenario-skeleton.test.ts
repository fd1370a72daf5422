// The skeleton `new scenario` writes: every field of the schema, schema-valid, placeholders marked.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { placeholderProblems } from '../../src/library/text-checks.js';
import { CATEGORIES, DILEMMA_TYPES, SCENARIO_FIELDS } from '../../src/library/scenario-schema.js';
import { scenarioSkeleton } from '../../src/library/scenario-skeleton.js';
import { scenario } from '../../src/generated/scenario.js';
import { schemaProblems } from '../../src/data/schema-check.js';
import type { Code } from '../../src/library/types.js';
import { parseYaml } from '../../src/data/yaml-source.js';

const handbook: Code = {
  id: 'riverside-handbook',
  title: 'H',
  source: 'S',
  principles: [
    { number: 4, short: 'Gifts', text: 'T' },
    { number: 7, short: 'Outside\ncontact', text: 'U' },
    { number: 9, short: 'Records', text: 'V' },
  ],
};
const input = {
  id: 'gift-at-graduation',
  code: handbook,
  schemaPath: '../schemas/scenario.schema.json',
  command: 'ethics-guide --library agency',
  path: 'scenarios/gift-at-graduation.yaml',
};

describe('scenarioSkeleton', () => {
  const text = scenarioSkeleton(input);

  it('starts with the editor schema line and has every field of the schema, in its order', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/scenario.schema.json');
    expect(Object.keys(parse(text) as object)).toEqual([...SCENARIO_FIELDS]);
  });

  it('passes the schema as it is, and leaves placeholders for validate to name', () => {
    const parsed = parseYaml('scenarios/gift-at-graduation.yaml', new TextEncoder().encode(text));
    if (!parsed.ok) throw new Error('the skeleton does not parse');
    expect(schemaProblems(parsed.source, 'scenario', scenario)).toEqual([]);
    expect(placeholderProblems(parsed.source).length).toBe((text.match(/TODO:/g) ?? []).length);
  });

  it("uses the code's id and its first two principle numbers, and lists the allowed values", () => {
    const data = parse(text) as {
      code: string;
      principles: { number: number }[];
      dilemma_type: string;
      categories: string[];
    };
    expect(data.code).toBe('riverside-handbook');
    expect(data.principles.map((p) => p.number)).toEqual([4, 7]);
    expect(text).toContain('  - number: 7   # Outside contact\n');
    expect(text).toContain('#   4 Gifts, 7 Outside contact, 9 Records.');
    expect(text).toContain('#        ethics-guide --library agency validate scenarios/gift-at-graduation.yaml\n');
    for (const value of [...DILEMMA_TYPES, ...CATEGORIES]) expect(text).toContain(value);
    expect(DILEMMA_TYPES).toContain(data.dilemma_type);
    expect(CATEGORIES).toEqual(expect.arrayContaining(data.categories));
  });

  it('gives a one-principle code one entry in the key', () => {
    const one = parse(
      scenarioSkeleton({ ...input, code: { ...handbook, principles: [{ number: 1, short: 'Only', text: 'T' }] } }),
    ) as { principles: unknown[] };
    expect(one.principles).toHaveLength(1);
  });
});
