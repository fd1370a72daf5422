// The quick parser: js-yaml (the one ajv-cli uses) reads a scenario about 4x faster than the
// yaml library and keeps no positions, which most files never need: they have no problem to
// point at. It answers only when it is sure to agree with the yaml library, which reads the
// rest (and every file with a problem, for its lines and columns: place.ts).
// test/data/quick-yaml.test.ts holds the two to the same data on a corpus of odd files.
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import type { ParseResult, YamlSource } from './source.js';
import { decodeText } from './utf8.js';

// YAML 1.2's core schema as the yaml library reads it (its regular expressions). js-yaml's own
// also takes 0b101 and 1_000 as numbers, which the yaml library (and YAML 1.2) read as text.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const coreNull = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string) => NULL.test(text),
  construct: () => null,
  predicate: (value: unknown) => value === null,
  represent: () => 'null',
});

const coreBool = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string) => BOOL.test(text),
  construct: (text: string) => text[0] === 't' || text[0] === 'T',
  predicate: (value: unknown) => typeof value === 'boolean',
  represent: (value: object) => String(value),
});

const coreInt = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string) => INT.test(text),
  construct: (text: string) =>
    text.startsWith('0o')
      ? parseInt(text.slice(2), 8)
      : text.startsWith('0x')
        ? parseInt(text.slice(2), 16)
        : parseInt(text, 10),
  predicate: Number.isInteger,
  represent: (value: object) => String(value),
});

const coreFloat = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string) => SPECIAL_FLOAT.test(text) || FLOAT.test(text),
  construct: (text: string) =>
    !SPECIAL_FLOAT.test(text)
      ? parseFloat(text)
      : text.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : text.startsWith('-')
          ? -Infinity
          : Infinity,
  predicate: (value: unknown) => typeof value === 'number',
  represent: (value: object) => String(value),
});

/** YAML 1.2's core schema, as the yaml library reads (and writes) it. */
export const CORE = FAILSAFE_SCHEMA.extend({ implicit: [coreNull, coreBool, coreInt, coreFloat] });

/**
 * Left to the yaml library, which reads them otherwise: a directive (`%YAML 1.1` changes what
 * `yes` and `0777` mean), a tag (`!!str`), a line that ends in a lone CR, and a mapping or list
 * used as a key (`? [a, b]`, `{a: 1}: x`), which each parser turns into text its own way.
 */
const UNSURE = /^%|(?:^|[\s,[{])!|\r(?!\n)|^[\t ]*(?:- +)*\?(?:\s|$)|[\]}][\t ]*:(?:\s|$)/m;
const MAYBE_UNSURE = /[%!\r?\]}]/;

/** A mapping or list met twice: an alias (`*name`) to a collection, which could be an alias bomb. */
function sharesCollections(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  for (const item of Array.isArray(value) ? value : Object.values(value))
    if (sharesCollections(item, seen)) return true;
  return false;
}

const unplaced = () => undefined;

/** The file's data, or undefined when the yaml library should read it (the quick parser is unsure). */
export function quickParse(file: string, bytes: Uint8Array): ParseResult | undefined {
  const decoded = decodeText(file, bytes);
  if ('problems' in decoded) return { ok: false, problems: decoded.problems };
  const { text } = decoded;
  if (MAYBE_UNSURE.test(text) && UNSURE.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE, json: false });
  } catch {
    return undefined; // a syntax error, a duplicate key: the yaml library says where, in its words
  }
  // An empty file is null to the yaml library.
  if (data === undefined) data = null;
  // Only an alias (`*name`) makes two places hold the same mapping or list.
  if (text.includes('*') && sharesCollections(data)) return undefined;
  const source: YamlSource = { file, data, text, placeOf: unplaced };
  return { ok: true, source };
}
