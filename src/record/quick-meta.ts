// A fast reader for the front matter `resolve` writes (renderFrontMatter: one key per line,
// strings double-quoted, lists of numbers as `  - n`). `records summary` reads thousands of
// records, and the full YAML parser costs ~0.1 ms each. Anything this reader does not know
// for certain (other escapes, nesting, hand edits) returns undefined: the caller then uses
// the full YAML parser, so the answer is always the same, only slower.

const KEY = /^[a-z_][a-z0-9_]*$/;
/** What `.` in a regular expression does not match: such a line was never read quickly. */
const LINE_BREAKS = /[\r\u2028\u2029]/;
const CONTROLS = /[\u0000-\u001f]/;
const CONTROL_BUT_LF = /[\u0000-\u0009\u000b-\u001f]/;
/** Either of the two above: most front matter holds neither, and one scan says so. */
const ODD = /[\u0000-\u0009\u000b-\u001f\u2028\u2029]/;
const WHOLE_NUMBER = /^(0|[1-9]\d{0,8})$/;

/** What `scalar` answers when it is not sure (no wrapper object per value: thousands of records). */
const UNSURE = Symbol('unsure');

function scalar(text: string, controls: boolean): unknown {
  // A one-line double-quoted string means the same in JSON and YAML whenever JSON can read it;
  // YAML's other escapes (\x, \e, \N, ...) make JSON.parse throw, and go to the full parser.
  if (text.charCodeAt(0) === 0x22) {
    // Most are plain text between the quotes: no escape, no quote, no control to reject.
    const plain =
      text.length > 1 &&
      text.indexOf('"', 1) === text.length - 1 &&
      !text.includes('\\') &&
      !(controls && CONTROLS.test(text));
    if (plain) return text.slice(1, -1);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return UNSURE;
    }
  }
  if (text === 'null') return null;
  if (text === '[]') return [];
  if (WHOLE_NUMBER.test(text)) return Number(text);
  return UNSURE;
}

/**
 * The front matter's YAML (without the --- lines) as data, or undefined when unsure. Each line is
 * `  - item` (in a list), `key:` (a list follows) or `key: value`; anything else (an empty line
 * too) leaves the file to the full parser.
 */
export function quickMeta(yaml: string): Record<string, unknown> | undefined {
  const odd = ODD.test(yaml);
  if (odd && LINE_BREAKS.test(yaml)) return undefined;
  // Most front matter holds no control character but line feeds: then no value needs the check.
  const controls = odd && CONTROL_BUT_LF.test(yaml);
  const meta: Record<string, unknown> = {};
  let list: unknown[] | undefined;
  let listKey = '';
  // `key:` with no items under it is null in YAML, not an empty list.
  const endList = () => void (list?.length === 0 && (meta[listKey] = null));
  for (let start = 0; ; ) {
    const next = yaml.indexOf('\n', start);
    const end = next < 0 ? yaml.length : next;
    if (yaml.startsWith('  - ', start)) {
      const value = list ? scalar(yaml.slice(start + 4, end), controls) : UNSURE;
      if (value === UNSURE) return undefined;
      list!.push(value);
    } else {
      const colon = yaml.indexOf(':', start);
      if (colon < 0 || colon >= end) return undefined;
      const key = yaml.slice(start, colon);
      if (!KEY.test(key) || Object.hasOwn(meta, key)) return undefined;
      endList();
      list = undefined;
      if (colon + 1 === end) {
        listKey = key;
        meta[key] = list = [];
      } else {
        const value = yaml.charCodeAt(colon + 1) === 0x20 ? scalar(yaml.slice(colon + 2, end), controls) : UNSURE;
        if (value === UNSURE) return undefined;
        meta[key] = value;
      }
    }
    if (next < 0) break;
    start = next + 1;
  }
  endList();
  return meta;
}
