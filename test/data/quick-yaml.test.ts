// The quick parser (js-yaml) reads most files, the yaml library the rest and every file with a
// problem. Both must read a file as the same data, or a file could pass `validate` that the
// yaml library would refuse, or mean something else. This holds them together on a generated
// corpus of odd YAML: escapes, anchors and aliases, tabs, duplicate keys, a byte order mark,
// CRLF and CR line ends, long lines, tags, directives, complex keys, odd numbers and booleans.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickParse } from '../../src/data/quick-yaml.js';
import { parseYaml } from '../../src/data/yaml-source.js';
import { root } from '../helpers.js';

/** Values a line `key: VALUE` can hold, each odd in its own way. */
const SCALARS = [
  ...['0', '-0', '+12', '007', '0777', '0o17', '0x1F', '0X1F', '0b101', '1_000', '1,000', '12e3', '1.', '.5', '-.5e-3'],
  ...['.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN', '1:20', '12:30:00', '2026-12-07', '2026-12-07T10:00:00Z'],
  ...['yes', 'no', 'on', 'off', 'y', 'n', 'True', 'TRUE', 'tRUE', 'false', 'FALSE', '~', 'null', 'Null', 'NULL', ''],
  ...['"\\x41\\u00e9\\U0001F600"', '"\\e[31m red"', '"nul \\0 bell \\a"', '"\\N \\_ \\L \\P"', '"\\/ \\t tab"'],
  ...['"a\\ b"', '"bad \\q escape"', "'it''s'", "'two\n  lines'", '"two\n  lines"', '"folded \\\n  on"'],
  ...['plain # comment', 'plain#hash', 'a: b', '"a: b"', '[1, 2, 3]', '[a, [b, {c: d}]]', '{a: 1, b: [x]}', '[]', '{}'],
  ...['[1, 2,]', '{a: 1,}', '[a, b', '- in flow', '&anchor value', '*missing', '!!str 12', '!!int "12"', '!local x'],
  ...['!!binary aGVsbG8=', '!!timestamp 2026-12-07', '!!float 1', '|\n  block\n  text\n', '>-\n  folded\n  text\n'],
  ...[
    '|+\n  kept\n\n',
    '|2\n    indented\n',
    '"emoji 😀 and ‮ bidi"',
    'nel\u0085here',
    'sep\u2028here',
    'ctl\u0001here',
  ],
  ...['del\u007fhere', '\ttabbed', 'tab\tinside', '@at', '`tick', '%percent', '? question', '| pipe', "'unclosed"],
  ...['"unclosed', 'x'.repeat(10_000), `"${'y'.repeat(5_000)}"`, '__proto__', 'multi\n  line\n  plain'],
];

/** Whole documents, for what one line cannot show. */
const DOCUMENTS = [
  '',
  '   \n',
  '# only a comment\n',
  'just a scalar\n',
  '- a\n- b\n',
  'a: 1\na: 2\n',
  'a: 1\n"a": 2\n',
  '1: one\n"1": two\n',
  'true: t\nnull: n\n~: tilde\n',
  '? [a, b]\n: c\n',
  '[a, b]: c\n',
  '{a: 1}: x\n',
  ': no key\n',
  'base: &b {x: 1}\nuse: *b\n',
  'base: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\n',
  'a: &s text\nb: *s\n',
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
  'a: *nowhere\n',
  '&k key: value\n',
  '%YAML 1.1\n---\nflag: yes\nmode: 0777\n',
  '%YAML 1.2\n---\nflag: yes\n',
  '%TAG !e! tag:example.com,2026:\n---\nx: !e!thing 1\n',
  '---\na: 1\n---\nb: 2\n',
  'a: 1\n...\n',
  '--- |\n  a document that is a block\n',
  'a:\n\t- tabbed list\n',
  'a:\n  b: 1\n   c: 2\n',
  'a:\n  - b\n  c: 1\n',
  'list:\n- at key indent\n- two\n',
  'set: !!set {a, b}\n',
  'pairs: !!omap [a: 1, b: 2]\n',
  '__proto__: {polluted: true}\nconstructor: x\ntoString: y\n',
  'a: [\n  1,\n  2\n]\n',
  'a: {\n b: 1 }\n',
  'key with spaces: v\n"quoted key": v\n\'single\': v\n',
  'a:    \n  b\n',
  'a: b\n# trailing comment without newline',
  `long: ${'word '.repeat(4_000)}\n`,
];

const WRAPPERS: [string, (text: string) => string][] = [
  ['as is', (t) => t],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['CR', (t) => t.replace(/\n/g, '\r')],
  ['BOM', (t) => `\ufeff${t}`],
];

function corpus(): [string, string][] {
  const files: [string, string][] = [];
  const indented = (v: string) => v.replace(/\n(?=.)/g, '\n  ');
  SCALARS.forEach((value, i) => {
    files.push([`scalar ${i}: key: ${JSON.stringify(value).slice(0, 40)}`, `key: ${value}\n`]);
    files.push([`scalar ${i} in a list`, `items:\n  - ${indented(value)}\n  - after\n`]);
  });
  DOCUMENTS.forEach((text, i) => {
    files.push([`document ${i}: ${JSON.stringify(text).slice(0, 40)}`, text]);
  });
  for (const name of readdirSync(join(root, 'scenarios')).slice(0, 3)) {
    const text = readFileSync(join(root, 'scenarios', name), 'utf8');
    files.push([`scenarios/${name}`, text]);
    files.push([`scenarios/${name} with a tab`, text.replace('\n  ', '\n\t')]);
    files.push([`scenarios/${name} with its id twice`, `${text}id: again\n`]);
  }
  return files.flatMap(([name, text]) =>
    WRAPPERS.map(([how, wrap]): [string, string] => [`${name} (${how})`, wrap(text)]),
  );
}

describe('the quick YAML parser and the yaml library', () => {
  const files = corpus();

  it.each(files)('read %s as the same data, or the quick one leaves it to the yaml library', (_name, text) => {
    const bytes = new TextEncoder().encode(text);
    const quick = quickParse('odd.yaml', bytes);
    if (quick === undefined) return;
    const full = parseYaml('odd.yaml', bytes);
    expect(full.ok, 'the yaml library refuses what the quick parser read').toBe(quick.ok);
    if (quick.ok && full.ok) expect(quick.source.data).toEqual(full.source.data);
    if (!quick.ok && !full.ok) expect(quick.problems).toEqual(full.problems);
  });

  it('reads most of the corpus itself, and every shipped file', () => {
    const quick = files.filter(([, text]) => quickParse('odd.yaml', new TextEncoder().encode(text)) !== undefined);
    expect(quick.length).toBeGreaterThan(files.length / 2);
    for (const dir of ['scenarios', 'codes', 'grids', 'policies']) {
      for (const name of readdirSync(join(root, dir))) {
        expect(quickParse(name, readFileSync(join(root, dir, name))), `${dir}/${name}`).toBeDefined();
      }
    }
  });

  it('leaves an alias bomb and a %YAML 1.1 file to the yaml library, which refuses or reads them its way', () => {
    const bomb = DOCUMENTS.find((d) => d.startsWith('a: &a [x'))!;
    expect(quickParse('bomb.yaml', new TextEncoder().encode(bomb))).toBeUndefined();
    expect(quickParse('old.yaml', new TextEncoder().encode('%YAML 1.1\n---\nflag: yes\n'))).toBeUndefined();
  });
});
