// The principles suggested to a learner can be trusted: in every shipped case each one is in the
// trainer's key, and together they find at least half of the key. Keywords match whole words.
import { describe, expect, it } from 'vitest';
import { caseText, principleChoices, suggestedFor } from '../../src/guide/suggestions.js';
import { loadLibrary } from '../../src/files/library-folders.js';
import type { Code } from '../../src/library/types.js';
import { root } from '../helpers.js';

const library = await loadLibrary([{ dir: root, builtIn: true }]);
const dbsa = library.codes.get('dbsa')!.value;

/** The numbers suggested for `text`, as the walkthrough offers them. */
const suggested = (text: string, code: Code = dbsa) =>
  principleChoices(code, text)
    .filter((c) => c.suggestedBy.length > 0)
    .map((c) => c.number);

describe('suggestions for the shipped cases', () => {
  const cases = [...library.scenarios.values()].map(({ value: s }) => {
    const code = library.codes.get(s.code ?? 'dbsa')!.value;
    // As `resolve` builds the case text, and `show --json` reports it.
    const choices = principleChoices(code, caseText(s)).filter((c) => c.suggestedBy.length > 0);
    expect(suggestedFor(code, s)).toEqual(choices.map((c) => c.number));
    return { id: s.id, key: s.principles.map((p) => p.number), choices };
  });

  it.each(cases)('suggest only principles in the key of $id', ({ key, choices }) => {
    const outside = choices
      .filter((c) => !key.includes(c.number))
      .map((c) => `${c.number} (by "${c.suggestedBy.join('", "')}")`);
    expect(outside).toEqual([]);
  });

  it('find at least half of the key principles across the library', () => {
    const total = cases.reduce((n, c) => n + c.key.length, 0);
    const found = cases.reduce((n, c) => n + c.key.filter((k) => c.choices.some((ch) => ch.number === k)).length, 0);
    console.log(`suggestions find ${found} of ${total} key principles (${Math.round((100 * found) / total)}%)`);
    expect(found / total).toBeGreaterThanOrEqual(0.5);
  });
});

describe('keywords match whole words and phrases, not word starts', () => {
  it.each([
    ['Her birth date and her release date are on the form.', 11],
    ['He wants to stop asking his sister for money.', 12],
    ['Her references say she is reliable.', 10],
    ['The center takes referrals from parole.', 10],
    ['Before prison he left his truck with his old friend Tony.', 10],
    ['Was she too friendly?', 10],
    ['He calls three employers for Max.', 10],
  ])('"%s" does not suggest %i', (text, number) => {
    expect(suggested(text)).not.toContain(number);
  });

  it('still finds the words and phrases the code lists, across a line break, a hyphen or a curly apostrophe', () => {
    expect(suggested('She wants to role-model\nrecovery.')).toContain(4);
    expect(suggested('He sent a friend\nrequest.')).toContain(10);
    expect(suggested('“I can’t change,” he says.')).toContain(1);
    expect(suggested('He asked her out on a date.')).toContain(11);
  });

  it('does not match a phrase across the end of a sentence', () => {
    const code: Code = {
      id: 'c',
      title: 'C',
      source: 'test',
      principles: [{ number: 1, short: 'A', text: 'A.', keywords: ['give up'] }],
    };
    expect(suggested('He will not give. Up the road he goes.', code)).toEqual([]);
    expect(suggested('He will not GIVE   UP.', code)).toEqual([1]);
  });

  it('reads a hostile text of a million letters, or of a million words, without delay', () => {
    const started = performance.now();
    expect(suggested('a'.repeat(1_000_000))).toEqual([]);
    expect(suggested('gift '.repeat(200_000))).toEqual([12]);
    expect(suggested('. '.repeat(500_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
