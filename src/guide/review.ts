// Step 4, Review: for each option what would likely follow and who could be harmed, how
// badly; the laws and agency policies that apply; whether it was talked over.
import { idWords } from '../text/words.js';
import { CONSULTED, SEVERITIES, type Decision } from './decision.js';
import type { Question } from './question.js';

export function review(d: Decision): Question<Decision>[] {
  const options = d.establish?.options ?? [];
  const perOption = options.flatMap((title, i): Question<Decision>[] => [
    {
      kind: 'text',
      path: ['review', 'options', i, 'consequences'],
      message: `Option ${i + 1}, "${title}": what would likely follow?`,
    },
    {
      kind: 'text',
      path: ['review', 'options', i, 'harm', 'who'],
      message: `Option ${i + 1}: who could be harmed, and how?`,
      help: 'Write "no one" if you see no risk.',
    },
    {
      kind: 'select',
      path: ['review', 'options', i, 'harm', 'severity'],
      message: `Option ${i + 1}: how badly could they be harmed?`,
      choices: SEVERITIES.map((s) => ({ value: s, name: s })),
    },
  ]);
  return [
    ...perOption,
    {
      kind: 'text',
      long: true,
      path: ['review', 'policies'],
      message: 'Which laws and agency policies apply, and what do they say?',
      help:
        'For example a duty to warn, privacy law such as HIPAA, your agency\'s gift limit. Write "none known" ' +
        'if none.',
    },
    {
      kind: 'select',
      optional: true,
      path: ['review', 'consulted'],
      message: 'Have you talked it over with a supervisor or colleague?',
      choices: CONSULTED.map((c) => ({ value: c, name: idWords(c) })),
    },
  ];
}
