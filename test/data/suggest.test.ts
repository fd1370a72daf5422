// "Did you mean …?": a typo, a shortened id, or one word of exactly one id.
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/data/suggest.js';

describe('the closest id', () => {
  it('finds a typo, an id with words left out, and one word that only one id holds', () => {
    expect(closest('alice-adn-bob', ['alice-and-bob', 'tim'])).toBe('alice-and-bob');
    expect(closest('alice-bob', ['alice-and-bob', 'tim'])).toBe('alice-and-bob');
    expect(closest('reentry', ['ethics-grid', 'reentry-grid'])).toBe('reentry-grid');
    expect(closest('riverside', ['dbsa', 'riverside-handbook'])).toBe('riverside-handbook');
  });

  it('suggests nothing for one word that several ids hold, or nothing like any', () => {
    expect(closest('gift', ['gift-card-from-j', 'gift-limit'])).toBeUndefined();
    expect(closest('zebra', ['alice-and-bob', 'tim'])).toBeUndefined();
  });
});
