// A small code and case for the guide and record tests, independent of the shipped library.
import type { GuideContext } from '../../src/guide/steps.js';
import type { Code, Scenario } from '../../src/library/types.js';

export const code: Code = {
  id: 'test-code',
  title: 'Test Code of Ethics',
  source: 'ethics-guide tests',
  principles: [
    { number: 1, short: 'Believe', text: 'Specialists believe people can grow.', keywords: ['grow'] },
    {
      number: 2,
      short: 'Respect',
      text: 'Specialists respect the rights and dignity of those they serve.',
      keywords: ['dignity'],
    },
    { number: 3, short: 'Gifts', text: 'Specialists do not accept gifts of significant value.', keywords: ['gift'] },
  ],
};

export const scenario: Scenario = {
  id: 'gift-case',
  title: 'The gift',
  code: 'test-code',
  narrative: 'A peer offers a costly gift to say thanks.',
  dilemma_type: 'right-vs-right',
  principles: [
    { number: 3, why: 'The gift is costly.' },
    { number: 2, why: 'Refusing could hurt her dignity.' },
  ],
  options: [{ title: 'Decline kindly', consequences: 'She may feel hurt.' }, { title: 'Accept' }],
};

export const guide = (over: Partial<GuideContext> = {}): GuideContext => ({
  scenario,
  code,
  caseText: `${scenario.title}\n${scenario.narrative}`,
  policies: [],
  settings: {},
  others: new Map(),
  today: '2026-11-23',
  ...over,
});

/** Typed text that would add structure to Markdown or YAML if it were not escaped. */
export const HOSTILE = [
  '# Heading',
  '## Recognize',
  '- list item',
  '1. numbered',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '---',
  '```',
  '| a | b |',
  '[link](javascript:alert(1))',
  '> quote',
  'line\n## Injected',
  'a\n\n# b',
  '\u001b[31mred\u001b[0m',
  '"quoted": yes\n---\nstatus: evaluated',
];
