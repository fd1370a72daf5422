// The record's YAML front matter: what `records list` and `summary` read without the body.
import { createRequire } from 'node:module';
import { dump } from 'js-yaml';
import { CORE } from '../data/quick-yaml.js';

/**
 * Characters both YAML libraries write the same way inside double quotes (js-yaml escapes
 * U+00A0, U+0085, U+FEFF, U+FFFE, U+FFFF and lone surrogates, which the yaml library writes raw),
 * and keys both write plain.
 */
const SAME_STRING =
  /^(?:[\x20-\x7e\u00a1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/;
const SAME_KEY = /^(?!(?:true|false|null)$)[a-z][a-z0-9_-]*$/;

function writtenAlike(value: unknown): boolean {
  if (typeof value === 'string') return SAME_STRING.test(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0);
  if (value === null || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.every(writtenAlike);
  if (typeof value !== 'object') return false;
  return Object.entries(value).every(([key, item]) => SAME_KEY.test(key) && writtenAlike(item));
}

/**
 * Every string double-quoted, so YAML 1.1 readers do not turn `yes` or a date into another
 * type. No line width: a string stays on one line unless it holds a line break, and then its
 * further lines are indented, so typed text can never close the front matter.
 *
 * Written by js-yaml, which `resolve` has loaded already to read answers, whenever it writes
 * exactly what the yaml library writes (test/markdown/front-matter.test.ts holds the two
 * together); otherwise by the yaml library, loaded then (~6 ms that most records do not pay).
 */
export function renderFrontMatter(meta: object): string {
  const yaml = writtenAlike(meta)
    ? dump(meta, { schema: CORE, quotingType: '"', forceQuotes: true, lineWidth: -1, noCompatMode: true })
    : (createRequire(import.meta.url)('yaml') as typeof import('yaml')).stringify(meta, {
        defaultStringType: 'QUOTE_DOUBLE',
        defaultKeyType: 'PLAIN',
        lineWidth: 0,
      });
  return `---\n${yaml}---\n`;
}
