// A fast reader for the front matter `resolve` writes (renderFrontMatter: one key per line,
// strings double-quoted, lists of numbers as `  - n`). `records summary` reads thousands of
// records, and the full YAML parser costs ~0.1 ms each. Anything this reader does not know
// for certain (other escapes, nesting, hand edits) returns undefined: the caller then uses
// the full YAML parser, so the answer is always the same, only slower.

const KEY = /^([a-z_][a-z0-9_]*):(?: (.*))?$/;
const ITEM = /^ {2}- (.*)$/;
function scalar(text: string): { value: unknown } | undefined {
  // A one-line double-quoted string means the same in JSON and YAML whenever JSON can read it;
  // YAML's other escapes (\x, \e, \N, ...) make JSON.parse throw, and go to the full parser.
  if (text.startsWith('"')) {
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      return undefined;
    }
  }
  if (text === 'null') return { value: null };
  if (text === '[]') return { value: [] };
  if (/^(0|[1-9]\d{0,8})$/.test(text)) return { value: Number(text) };
  return undefined;
}

/** The front matter's YAML (without the --- lines) as data, or undefined when unsure. */
export function quickMeta(yaml: string): Record<string, unknown> | undefined {
  const meta: Record<string, unknown> = {};
  let list: unknown[] | undefined;
  let listKey = '';
  // `key:` with no items under it is null in YAML, not an empty list.
  const endList = () => void (list?.length === 0 && (meta[listKey] = null));
  for (const line of yaml.split('\n')) {
    const item = ITEM.exec(line);
    if (item) {
      const parsed = list && scalar(item[1]!);
      if (!parsed) return undefined;
      list!.push(parsed.value);
      continue;
    }
    const field = KEY.exec(line);
    if (!field || Object.hasOwn(meta, field[1]!)) return undefined;
    endList();
    list = undefined;
    if (field[2] === undefined) {
      listKey = field[1]!;
      meta[listKey] = list = [];
      continue;
    }
    const parsed = scalar(field[2]);
    if (!parsed) return undefined;
    meta[field[1]!] = parsed.value;
  }
  endList();
  return meta;
}
