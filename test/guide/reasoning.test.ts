// The deeper Review and Explain over a scripted prompter: policies that fit the case first,
// lenses, a consultation with its trace, the tests of a choice (a "no" may choose again), and
// the safety net's rule in each of its cases.
import { describe, expect, it } from 'vitest';
import { answerProblem } from '../../src/guide/answer-check.js';
import type { Decision } from '../../src/guide/decision.js';
import type { Answer, Question } from '../../src/guide/question.js';
import type { Prompter } from '../../src/guide/prompter.js';
import { policyChoices, review } from '../../src/guide/review.js';
import { consultFirst, safetyNetFires, safetyNote } from '../../src/guide/safety.js';
import { walkThrough } from '../../src/guide/walkthrough.js';
import type { Policy } from '../../src/library/types.js';
import { guide, scenario } from './fixtures.js';

const policies: Policy[] = [
  {
    id: 'duty-to-warn',
    title: 'Duty to warn',
    text: 'Tell your supervisor at once.',
    source: 's',
    keywords: ['gun'],
    urgent: true,
  },
  { id: 'gift-policy', title: 'Gifts', text: 'No gifts over $25.', source: 's', keywords: ['gift'] },
  { id: 'hipaa', title: 'HIPAA', text: 'Privacy.', source: 's', categories: ['confidentiality-vs-duty-to-report'] },
];
const ctx = guide({ policies });
const reviewed = (severity: string, extra: Decision['review'] = {}): Decision => ({
  establish: { options: ['a', 'b'] },
  review: { options: [{ consequences: 'x', harm: { who: 'y', severity: severity as 'low' } }], ...extra },
});

describe('policies in Review', () => {
  it('asks first about the policies whose words the case holds, then lists those of its categories', () => {
    // The fixture case is about a costly gift.
    expect(policyChoices({}, ctx).map((p) => [p.id, p.fits])).toEqual([
      ['gift-policy', true],
      ['duty-to-warn', false],
      ['hipaa', false],
    ]);
    const withCategory = guide({
      policies,
      scenario: { ...scenario, categories: ['confidentiality-vs-duty-to-report'] },
    });
    expect(policyChoices({}, withCategory).map((p) => [p.id, p.fits])).toEqual([
      ['gift-policy', true],
      ['hipaa', false],
      ['duty-to-warn', false],
    ]);
    // The learner's own facts count too.
    const fits = policyChoices({ understand: { facts: ['He showed me a gun'] } }, ctx).filter((p) => p.fits);
    expect(fits.map((p) => p.id)).toEqual(['duty-to-warn', 'gift-policy']);
  });

  it("asks about the library's policies, then other rules; the old free text without a library of policies", () => {
    const paths = (qs: Question[]) => qs.map((q) => q.path.join('.'));
    expect(paths(review(reviewed('low'), ctx))).toEqual(
      expect.arrayContaining(['review.policies', 'review.other_rules', 'review.lenses']),
    );
    expect(review(reviewed('low'), ctx).find((q) => q.path.join('.') === 'review.policies')?.kind).toBe('policies');
    expect(review(reviewed('low'), guide()).find((q) => q.path.join('.') === 'review.policies')?.kind).toBe('text');
  });

  it('refuses a policy the library does not have, and a lens option out of range', () => {
    const q = review(reviewed('low'), ctx).find((x) => x.kind === 'policies')!;
    expect(answerProblem(q, [{ rule: 'nope', applies: 'yes' }])).toBe(
      'policy nope is not in the library (it has: gift-policy, duty-to-warn, hipaa)',
    );
    const lenses = review(reviewed('low'), ctx).find((x) => x.kind === 'lenses')!;
    expect(answerProblem(lenses, { rights: { option: 3 } })).toBe('option 3 is not one of the 2 options');
    expect(answerProblem(lenses, { rights: { option: 2 } })).toBeUndefined();
  });

  it('says the options are missing, not "choose one of" nothing, when a choice has none', () => {
    const choice = { kind: 'select', path: ['explain', 'choice'], message: 'Which option?', choices: [] } as const;
    expect(answerProblem(choice as never, 2)).toBe('there is nothing to choose from: are the options missing?');
  });
});

describe('the safety net', () => {
  it('fires on high or severe harm, or an urgent policy that applies, when no one was consulted', () => {
    expect(safetyNetFires(reviewed('moderate', { consulted: 'not-yet' }), ctx)).toBe(false);
    expect(safetyNetFires(reviewed('high', { consulted: 'not-yet' }), ctx)).toBe(true);
    expect(safetyNetFires(reviewed('severe', {}), ctx)).toBe(true);
    expect(
      safetyNetFires(
        reviewed('low', { consulted: 'not-yet', policies: [{ rule: 'duty-to-warn', applies: 'yes' }] }),
        ctx,
      ),
    ).toBe(true);
    expect(
      safetyNetFires(
        reviewed('low', { consulted: 'not-yet', policies: [{ rule: 'duty-to-warn', applies: 'unsure' }] }),
        ctx,
      ),
    ).toBe(false);
    expect(safetyNetFires(reviewed('severe', { consulted: { with: 'supervisor', who: 'M.K.' } }), ctx)).toBe(false);
    expect(safetyNetFires(reviewed('severe', { consulted: 'supervisor' }), ctx)).toBe(false);
  });

  it('asks whether they could reach someone, after the note; flags consult first only if not', () => {
    const fired = reviewed('severe', { consulted: 'not-yet' });
    const reached = review(fired, ctx).find((q) => q.path.join('.') === 'review.reached')!;
    expect(reached.before).toEqual(safetyNote({}));
    expect(safetyNote({}).join(' ')).toMatch(/call 911, or 988 for a mental health crisis/);
    expect(consultFirst(fired, ctx)).toBe(true);
    expect(consultFirst({ ...fired, review: { ...fired.review, reached: 'no' } }, ctx)).toBe(true);
    expect(consultFirst({ ...fired, review: { ...fired.review, reached: 'yes' } }, ctx)).toBe(false);
  });

  it("uses an agency's own numbers from its settings", () => {
    expect(safetyNote({ crisis: { emergency: '999', crisis_line: '116 123' } }).join(' ')).toMatch(
      /call 999, or 116 123 for a mental health crisis/,
    );
    expect(safetyNote({ crisis: { emergency: '112' } }).join(' ')).toMatch(/call 112\.$/);
    expect(safetyNote({ crisis: { emergency: '000', text: 'Ring 000, then your team lead.' } })).toEqual([
      'Ring 000, then your team lead.',
    ]);
  });
});

describe('testing the choice', () => {
  it('lets a "no" choose again: Explain starts over, and the second choice is kept', async () => {
    const answers: Answer[] = [];
    let round = 0;
    const prompter: Prompter = {
      step: () => {},
      feedback: () => {},
      ask: async (q) => {
        const key = q.path.join('.');
        if (key === 'explain.choice') return ++round;
        if (key === 'explain.tests')
          return round === 1 ? { publicity: { pass: 'no' }, choose_again: true } : { publicity: { pass: 'yes' } };
        if (key === 'explain.rationale') return `reason ${round}`;
        if (key === 'explain.principles') return [3];
        answers.push(key);
        return null;
      },
    };
    const decided: Decision = {
      recognize: { dilemma: true, type: 'right-vs-right', why: 'w' },
      understand: { facts: ['f'], stakeholders: ['s'] },
      establish: { options: ['a', 'b'], principles: [3] },
      review: {
        options: [
          { consequences: 'c', harm: { who: 'w', severity: 'low' } },
          { consequences: 'c', harm: { who: 'w', severity: 'low' } },
        ],
        lenses: {},
        policies: 'p',
        consulted: 'supervisor',
      },
      act: { steps: ['s'], follow_up: '2026-12-07' },
    };
    const decision = await walkThrough(decided, guide(), prompter);
    expect(decision.explain).toEqual({
      choice: 2,
      rationale: 'reason 2',
      principles: [3],
      tests: { publicity: { pass: 'yes' } },
    });
  });
});
