// A small grid for the grid tests, independent of the shipped one, and YAML sources with positions.
import type { Grid } from '../../src/library/types.js';
import { parseYaml, type YamlSource } from '../../src/data/yaml-source.js';

export { code } from '../guide/fixtures.js';

export const grid: Grid = {
  id: 'test-grid',
  title: 'Test Grid',
  code: 'test-code',
  directions: 'Rate each action.',
  ratings: { green: 'Usually ethical', yellow: 'Would seriously question it', red: 'Unethical' },
  actions: [
    { id: 'giving-hug', action: 'Giving a hug', principles: [2], why_people_disagree: 'Touch means different things.' },
    {
      id: 'accepting-gift',
      action: 'Accepting a gift',
      principles: [3, 2],
      why_people_disagree: 'Value is judged differently.',
    },
    {
      id: 'sharing-story',
      action: 'Sharing your story',
      principles: [1],
      why_people_disagree: 'How much to share differs.',
    },
  ],
};

/** Grid actions `a-1` ... `a-N`, for counting and long lists. */
export const gridOf = (n: number): Grid => ({
  ...grid,
  actions: Array.from({ length: n }, (_, i) => ({
    id: `a-${i + 1}`,
    action: `Action ${i + 1}`,
    principles: [1],
    why_people_disagree: 'Because.',
  })),
});

export function source(text: string, file = 'r.yaml'): YamlSource {
  const parsed = parseYaml(file, Buffer.from(text));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.source;
}
