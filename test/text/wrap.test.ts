import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/text/wrap.js';

describe('wrap', () => {
  it('breaks at spaces within the width, keeps the first indent and hangs the rest', () => {
    expect(wrap('  The trainer adds 1: one two three four', 20, '    ')).toBe(
      '  The trainer adds\n    1: one two three\n    four',
    );
    expect(wrap('short', 20)).toBe('short');
  });
});
