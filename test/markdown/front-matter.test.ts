// Front matter is written by js-yaml where it writes exactly what the yaml library writes, and
// by the yaml library elsewhere: either way the bytes are the yaml library's, and they read
// back as the data they came from.
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderFrontMatter } from '../../src/markdown/front-matter.js';
import { HOSTILE } from '../guide/fixtures.js';

const byYaml = (meta: object) =>
  `---\n${stringify(meta, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })}---\n`;

/** One-line texts with every kind of character a typed answer can bring. */
const TEXTS = [
  ...HOSTILE.map((t) => t.replace(/\s*\n\s*/g, ' ')),
  'Alice & Bob',
  'quote " and \\ backslash',
  'yes',
  'no',
  'null',
  '~',
  '2026-12-07',
  '0777',
  '',
  ' leading and trailing ',
  "'single'",
  '{flow}: [x], *alias &anchor !tag %pct @at `tick',
  'émoji 😀 and Ünïcödé',
  'no\u00a0break space',
  'zero\u200bwidth',
  'bom\ufeffinside',
  'non\ufffecharacter\uffff',
  'lone \ud800 surrogate',
  'x'.repeat(500),
];

const metas = [
  ...TEXTS.map((text) => ({
    scenario: text,
    title: text,
    code: 'dbsa',
    date: '2026-11-23',
    principles: [3, 4, 1],
    decision: text,
    follow_up: '',
    status: 'decided',
  })),
  { scenario: null, title: 'Own', principles: [], decision: 'x', follow_up: '2026-12-01', status: 'decided' },
  {
    grid: 'ethics-grid',
    date: '2026-11-23',
    ratings: { 'accept-a-gift': 'green', yes: 'red', on: 'yellow', y: 'red', n: 'red', no: 'red', off: 'red' },
  },
  { true: 'key that is a boolean', '1': 'a number', Capital: 'x', 'with space': 'y' },
  { nested: { empty: {}, list: ['a', 'b'], flag: true, half: 0.5, negative: -3 } },
];

describe('front matter', () => {
  it.each(metas.map((meta) => [JSON.stringify(meta).slice(0, 60), meta]))(
    'is what the yaml library writes: %s',
    (_name, meta) => {
      const written = renderFrontMatter(meta);
      expect(written).toBe(byYaml(meta));
      expect(parse(written.slice(4, -4))).toEqual(meta);
    },
  );
});
