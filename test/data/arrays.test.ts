// Arrays from files or people can be of any length: spreading 200,000 items into a call's
// arguments (Math.max(...xs), xs.push(...ys)) overflows the stack; these helpers never do.
import { describe, expect, it } from 'vitest';
import { append, largest } from '../../src/data/arrays.js';
import { keptAnswersSection } from '../../src/record/kept-answers.js';
import { textTable } from '../../src/text/table.js';

const MANY = 200_000;

describe('arrays of any length', () => {
  it('largest and append take 200,000 items', () => {
    const values = Array.from({ length: MANY }, (_, i) => i % 1000);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(largest(values)).toBe(999);
    expect(largest([], 7)).toBe(7);
    const target = [1];
    append(target, values);
    expect(target).toHaveLength(MANY + 1);
  });

  it('a table of 200,000 rows, and kept answers with 200,000 runs of backticks', () => {
    const rows = Array.from({ length: MANY }, (_, i) => [String(i), 'x']);
    expect(textTable(['No.', 'X'], rows)[0]).toBe('No.     X');
    const section = keptAnswersSection({ explain: { rationale: '` '.repeat(MANY) } });
    // The fence is longer than the longest run of backticks (one), so three backticks do.
    expect(section).toMatch(/\n```yaml\n/);
  });
});
