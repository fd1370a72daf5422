// The key compared with what the learner chose: another code's principles are the learner's own,
// never left out, and are suggested by their own keywords; a date written right but not on the
// calendar is said to be so.
import { describe, expect, it } from 'vitest';
import { answerProblem } from '../../src/guide/answer-check.js';
import { principlesFor } from '../../src/guide/context.js';
import { compareWithKey } from '../../src/guide/feedback.js';
import type { Question } from '../../src/guide/question.js';
import { guide, scenario } from './fixtures.js';

describe('the key compared with the principles chosen', () => {
  it("counts another code's principle among those only the learner chose", () => {
    const f = compareWithKey([3, 'riverside-handbook:3'], scenario);
    expect([f.both, f.onlyYou]).toEqual([[3], ['riverside-handbook:3']]);
  });
});

describe('a date answer', () => {
  const date = { kind: 'date', path: ['act', 'follow_up'], message: 'When?' } as unknown as Question;
  it('says a date written right is not on the calendar, and shows the form for anything else', () => {
    expect(answerProblem(date, '2026-02-30')).toBe(
      '2026-02-30 is not a day of the calendar (or not between 1900 and 2999); write one that is',
    );
    expect(answerProblem(date, 'next week')).toBe('write a date as YYYY-MM-DD, for example 2026-12-07');
    expect(answerProblem(date, '2026-12-07')).toBeUndefined();
  });
});

describe('the principles offered in Establish', () => {
  it("marks another code's principle suggested when its keywords are in the case", () => {
    const agency = {
      id: 'agency',
      title: 'Agency handbook',
      principles: [{ number: 1, short: 'Rides', text: 'No rides in your own car.', keywords: ['ride'] }],
    };
    const ctx = guide({ others: new Map([['agency', agency as never]]), caseText: 'He asks for a ride home.' });
    const offered = principlesFor({}, ctx).find((c) => c.value === 'agency:1');
    expect(offered).toMatchObject({ otherCode: 'Agency handbook', suggestedBy: ['ride'] });
  });
});
