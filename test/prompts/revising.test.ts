// Revising shows each earlier answer as a person reads it, not as data: the lenses, the tests of
// the choice, the policies and the consultation in words.
import { describe, expect, it } from 'vitest';
import type { Answer, Question } from '../../src/guide/question.js';
import { shownBefore } from '../../src/prompts/revising.js';

const asked = (kind: string) => ({ kind, path: ['x'], message: 'x' }) as unknown as Question;

describe('an earlier answer, shown when revising', () => {
  it('says the composite answers in words', () => {
    expect(shownBefore(asked('lenses'), { peer: { option: 2, note: "It puts Bob's recovery first" } } as Answer)).toBe(
      `Peer values: option 2 ("It puts Bob's recovery first")`,
    );
    expect(
      shownBefore(asked('choice-tests'), {
        publicity: { pass: 'yes' },
        respected_person: { pass: 'unsure', note: 'ask M.' },
        universality: { pass: 'yes' },
      } as Answer),
    ).toBe('Publicity: yes; A person you respect: unsure ("ask M."); Universality: yes');
    expect(
      shownBefore(asked('consultation'), {
        with: 'supervisor',
        who: 'M.K., program supervisor',
        when: '2026-11-29',
        advice: 'Ask Bob first.',
      } as Answer),
    ).toBe('supervisor (M.K., program supervisor) on 2026-11-29; they advised: Ask Bob first.');
    // A policy by the title the checklist gives it; one no longer in the library, by its id.
    const policies = { ...asked('policies'), policies: [{ id: 'gift-policy', title: 'Gifts from peers' }] } as Question;
    expect(
      shownBefore(policies, [
        { rule: 'gift-policy', applies: 'no' },
        { rule: 'gone', applies: 'yes' },
      ] as unknown as Answer),
    ).toBe('Gifts from peers: no; gone: yes');
    expect(shownBefore(asked('lenses'), {} as Answer)).toBe('(none)');
  });
});
