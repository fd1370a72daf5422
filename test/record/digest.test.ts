// What records review shows a supervisor before the questions: Explain, the chosen option's
// Review and Act, in plain lines from the record's own Markdown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordDigest } from '../../src/record/digest.js';
import { fixtures } from '../helpers.js';

const shown = (markdown: string) => recordDigest(markdown).map((l) => `${'  '.repeat(l.depth)}${l.text}`);

describe('recordDigest', () => {
  it('shows the dilemma, the choice and why, the risk of harm of each option with the chosen one in full, and the plan', () => {
    const record = readFileSync(join(fixtures, 'golden', 'alice-and-bob.md'), 'utf8');
    expect(shown(record)).toEqual([
      'Recognize',
      '  Ethical dilemma: Yes',
      '  Kind: Right vs right, short term vs long term',
      '  Why it is a dilemma:',
      '    Sharing her story gives Bob hope now, but he leans on her instead of growing his own ways to cope.',
      'Explain',
      "  Chosen option: 2. Share less, and only when it serves Bob's goals",
      '  Why:',
      '    Her story is a tool, not the focus.',
      '    It keeps his goals at the centre.',
      '  Principles cited: 3. Openly share; 4. Seek; 1. Believe',
      'Review',
      '  1. Keep sharing her story as before — Risk of harm: moderate',
      "  2. Share less, and only when it serves Bob's goals (chosen)",
      "    What would likely follow: Focus returns to Bob's goals.",
      '    Who could be harmed: no one',
      '    Risk of harm: low',
      '  3. Stop sharing her story altogether — Risk of harm: low',
      '  Laws and agency policies:',
      '    Agency policy on self-disclosure: share with a purpose.',
      '  Talked it over with: supervisor',
      'Act',
      '  Steps:',
      '    - Ask Bob what he wants from sessions',
      '    - Plan coping strategies with him',
      '  Follow-up: 2026-12-07: look back at how it went, and what you would do differently.',
    ]);
  });

  it('reads sub-sections, small tables, a label after them, escapes and character references as text, and an outcome and reviews', () => {
    const record = [
      '---',
      'decision: "x"',
      '---',
      '',
      '# Decision record: x',
      '',
      '## Review',
      '',
      '| Option | What would likely follow | Who could be harmed | Risk of harm |',
      '| - | - | - | - |',
      '| 1. A \\| B | Less \\*trust\\* | Bob | high |',
      '| 2. C | Fine | | |',
      '',
      '### Consultation',
      '',
      '**Talked it over with:** supervisor',
      '',
      'Consult first: talk it over before you act.',
      '',
      '## Explain',
      '',
      '**Chosen option:** 1. A \\| B',
      '',
      '**Why**',
      '',
      '&#x20;Leading space, a \\# and &#x1B;[31m',
      '',
      '### Testing the choice',
      '',
      '| Test | Answer | Note |',
      '| - | - | - |',
      '| Publicity | yes | |',
      '| Universality | no | only here |',
      '',
      '**Laws and agency policies**',
      '',
      'Share with a purpose.',
      '',
      '## Principles applied',
      '',
      '> **1. Believe.** quoted',
      '',
      '## Supervisor review',
      '',
      '### Reviewed on 2026-12-01 by M.K.',
      '',
      '**Agrees with the decision:** Yes',
      '',
      '## Outcome',
      '',
      '**How it went**',
      '',
      'Well.',
    ].join('\r\n');
    expect(shown(record)).toEqual([
      'Explain',
      '  Chosen option: 1. A | B',
      '  Why:',
      '    \u0020Leading space, a # and \u001b[31m',
      '  Testing the choice',
      '    Publicity: yes',
      '    Universality',
      '      Answer: no',
      '      Note: only here',
      '  Laws and agency policies:',
      '    Share with a purpose.',
      'Review',
      '  1. A | B (chosen)',
      '    What would likely follow: Less *trust*',
      '    Who could be harmed: Bob',
      '    Risk of harm: high',
      '  2. C — Risk of harm: not rated',
      '  Consultation',
      '    Talked it over with: supervisor',
      '    Consult first: talk it over before you act.',
      'Outcome',
      '  How it went:',
      '    Well.',
      'Supervisor review',
      '  Reviewed on 2026-12-01 by M.K.',
      '    Agrees with the decision: Yes',
    ]);
  });

  it('gives nothing for a file without those sections, so the caller falls back to the decision line', () => {
    expect(recordDigest('---\ndecision: x\n---\n\nJust notes.\n')).toEqual([]);
    expect(recordDigest('')).toEqual([]);
  });

  it('takes only the first section of a name, and a character reference out of range stays as written', () => {
    const record = '## Act\n\n**Follow-up:** &#x110000; &#xD800;\n\n## Act\n\n**Follow-up:** other\n';
    expect(shown(record)).toEqual(['Act', '  Follow-up: &#x110000; &#xD800;']);
  });

  it('reads a table row of 200,000 cells without running out of stack', () => {
    const record = `## Act\n\n| a | b |\n| - | - |\n${'|c'.repeat(200_000)}|\n`;
    const digest = recordDigest(record);
    expect(digest.length).toBe(200_001);
    expect(digest[1]).toEqual({ depth: 1, text: 'c' });
  });
});
