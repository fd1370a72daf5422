import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/text/wrap.js';

describe('wrap', () => {
  it('breaks at spaces within the width, keeps the first indent and hangs the rest', () => {
    expect(wrap('  The trainer adds 1: one two three four', 20, '    ')).toBe(
      '  The trainer adds\n    1: one two three\n    four',
    );
    expect(wrap('short', 20)).toBe('short');
  });

  it('never splits a command in backticks over two lines', () => {
    const text = 'Read one with `npx ethics-guide show <id>`; work through one with `npx ethics-guide resolve <id>`.';
    expect(wrap(text, 40)).toBe(
      'Read one with\n`npx ethics-guide show <id>`; work\nthrough one with\n`npx ethics-guide resolve <id>`.',
    );
    // An unclosed backtick is a word like any other.
    expect(wrap('a `b c d', 3)).toBe('a\n`b\nc d');
  });
});
