// Arrays from files or people can be of any length: spreading 200,000 items into a call's
// arguments (Math.max(...xs), xs.push(...ys)) overflows the stack; these helpers never do.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { append, largest } from '../../src/data/arrays.js';
import { keptAnswersSection } from '../../src/record/kept-answers.js';
import { textTable } from '../../src/text/table.js';
import { root } from '../helpers.js';

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

  it('are never spread into a call in the sources, where a long one would overflow the stack', () => {
    const src = join(root, 'src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    // Over the whole text, so that a call written over several lines is found too.
    const spreads = files.flatMap((file) => {
      const text = readFileSync(join(src, file), 'utf8');
      const lines = text.split('\n');
      return [...text.matchAll(/\.(push|unshift|splice)\(\s*\.\.\.|Math\.(max|min)\(\s*\.\.\./g)]
        .map((m) => text.slice(0, m.index).split('\n').length)
        .filter((line) => !/^\s*(\/\/|\*)/.test(lines[line - 1]!))
        .map((line) => `src/${file}:${line}`);
    });
    expect(spreads).toEqual([]);
  });
});
