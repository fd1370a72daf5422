// Questions asked in the words of what came before: why it is a dilemma by its kind, and advice
// spoken of only when someone gave it.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/guide/decision.js';
import { questionsFor } from '../../src/guide/steps.js';
import { guide } from './fixtures.js';

const message = (step: 'recognize' | 'review', d: Decision, path: string) =>
  questionsFor(step, d, guide()).find((q) => q.path.join('.') === path)?.message;

describe('the wording of a question', () => {
  it('asks why it is a dilemma in the words of its kind', () => {
    const why = (type: 'right-vs-right' | 'right-vs-wrong' | 'wrong-vs-wrong') =>
      message('recognize', { recognize: { dilemma: true, type } }, 'recognize.why');
    expect(why('right-vs-right')).toBe('Why is it a dilemma? What pulls in each direction?');
    expect(why('right-vs-wrong')).toBe('Why is it clear which way is right? What makes the other way wrong?');
    expect(why('wrong-vs-wrong')).toBe('Why is it a dilemma? What harm would each way do?');
  });

  it('speaks of the advice got only when someone was consulted', () => {
    const base: Decision = { establish: { options: ['A', 'B'], principles: [3] } };
    const asked = (review: Decision['review']) => message('review', { ...base, review }, 'review.new_option');
    expect(asked({ consulted: 'not-yet' })).toMatch(/^Did the review bring up another option\?/);
    expect(asked({ consulted: 'not-yet', reached: 'yes' })).toMatch(/^Did the review, or the advice you got,/);
    expect(asked({ consulted: { with: 'supervisor' } })).toMatch(/^Did the review, or the advice you got,/);
    expect(asked({ consulted: 'supervisor' })).toMatch(/^Did the review, or the advice you got,/);
  });
});
