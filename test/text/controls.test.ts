// Text from a file or a person, made safe for a terminal and for the files we write.
import { describe, expect, it } from 'vitest';
import {
  cleanForFile,
  cleanOneLine,
  firstControl,
  guardLine,
  oneLine,
  safeJson,
  visible,
} from '../../src/text/controls.js';

const HOSTILE = 'A\u001b]0;PWNED\u0007\u001b[2JB\u009b31mC\u202eD\u2066E\u0085F\u2028G\rH\u007fI';

describe('text shown in a terminal', () => {
  it('shows every control as a visible mark, never raw', () => {
    const shown = visible(HOSTILE);
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(shown).toBe('A␛]0;PWNED␇␛[2JB<U+009B>31mC<U+202E>D<U+2066>E<U+0085>F<U+2028>G␍H␡I');
  });

  it('keeps line breaks in a long text, and puts a one-line field on one line', () => {
    expect(visible('one\ntwo\r\nthree')).toBe('one\ntwo\nthree');
    expect(oneLine('Share less\n| 2. Fake row | x |\tmore')).toBe('Share less␤| 2. Fake row | x | more');
  });

  it('lets only our own colour codes through the last guard', () => {
    expect(guardLine('\u001b[1mtitle\u001b[22m \u001b]0;x\u0007')).toBe('\u001b[1mtitle\u001b[22m ␛]0;x␇');
  });

  it('names the first control character a trainer left in a text', () => {
    expect(firstControl('ok\u001b[2J')).toEqual({ index: 2, name: 'an escape character (U+001B)' });
    expect(firstControl('abc\u202e')).toEqual({ index: 3, name: 'a bidi override (U+202E)' });
    expect(firstControl('plain text, tabs\tand\nlines')).toBeUndefined();
  });
});

describe('text written to a file', () => {
  it('drops controls, turns separators into line breaks, and a one-line field into one line', () => {
    expect(cleanForFile(HOSTILE)).toBe('ABCDE\nF\nG\nHI');
    expect(cleanOneLine('Share less\n| 2. Fake | row |')).toBe('Share less | 2. Fake | row |');
  });

  it('escapes C1, separators and bidi controls in JSON, which still parses to the same text', () => {
    const json = safeJson({ title: HOSTILE });
    expect(json).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json)).toEqual({ title: HOSTILE });
  });
});
