// Checks data against its JSON Schema and says what is wrong in words a trainer understands,
// at the line and column of the offending node (not ajv's `/principles/1/number must be ...`).
// Each caller passes the validator of its kind (generated/<kind>.js), so that a command loads
// only the validators it uses: the answers one alone is 38 KB.
import type { ErrorObject } from 'ajv';
import type { GeneratedValidator } from '../generated/validators.js';
import { MAX_PROBLEMS_PER_FILE, moreProblems, type Problem } from './problem.js';
import { closest, didYouMean } from './suggest.js';
import type { DataKind } from './kinds.js';
import { problemAt, type PathSegment, type YamlSource } from './source.js';

const REQUIRED_HINT: Record<DataKind, string> = {
  scenario: 'a scenario needs at least `id`, `title`, `narrative` and `principles`',
  code: 'a code needs at least `id`, `title`, `source` and `principles`',
  grid: 'a grid needs at least `id`, `title`, `code`, `ratings` and `actions`',
  policy: 'a policy needs at least `id`, `title`, `text` and `source`',
  settings: 'settings.yaml holds `crisis:` with `emergency` (and optionally `crisis_line` and `text`)',
  answers:
    'an answers file has one mapping per step: `recognize`, `understand`, `establish`, `review`, `explain`, `act`',
  outcome: 'an outcome answers file has `how_it_went`, `differently` and `principles_held`',
  ratings: 'a ratings file has `ratings:` with one `action-id: green | yellow | red` line per action',
  review: 'a review answers file has `reviewer`, `agree` (yes, with-changes or no) and `comment`',
  record:
    'a decision record starts with front matter holding `scenario`, `code`, `date`, `dilemma_type`, `principles`, ' +
    '`decision`, `follow_up` and `status`',
};

const NAMES: Record<DataKind, string> = {
  scenario: 'a scenario',
  code: 'a code',
  grid: 'a grid',
  policy: 'a policy',
  settings: "a library's settings",
  answers: 'an answers file',
  outcome: 'an outcome answers file',
  ratings: 'a ratings file',
  review: 'a review answers file',
  record: "a record's front matter",
};

export function schemaProblems(source: YamlSource, kind: DataKind, validate: GeneratedValidator): Problem[] {
  const { data } = source;
  if (data === null || data === undefined) {
    return [problemAt(source, [], `the file is empty; ${REQUIRED_HINT[kind]}`)];
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : 'a single value';
    return [
      problemAt(
        source,
        [],
        `the file holds ${what}, but ${NAMES[kind]} is a mapping of fields (\`id: ...\` lines); ${REQUIRED_HINT[kind]}`,
      ),
    ];
  }
  if (validate(data)) return [];
  const errors = withoutEchoes(validate.errors ?? []);
  const placed = errors.slice(0, MAX_PROBLEMS_PER_FILE).map((error) => problemFor(source, kind, error));
  const rest = errors.length - placed.length;
  // Said where the first of the rest is, so that it comes after the problems shown.
  const next = rest > 0 ? problemFor(source, kind, errors[MAX_PROBLEMS_PER_FILE]!) : undefined;
  return next ? [...placed, { ...next, message: moreProblems(rest) }] : placed;
}

/** `narative: ...` is one mistake: say "did you mean `narrative`", not also "`narrative` is missing". */
function withoutEchoes(errors: ErrorObject[]): ErrorObject[] {
  const misspelt = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const known = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
    const match = closest(String(error.params.additionalProperty), known);
    if (match) misspelt.add(`${error.instancePath}/${match}`);
  }
  return errors.filter(
    (e) => !(e.keyword === 'required' && misspelt.has(`${e.instancePath}/${String(e.params.missingProperty)}`)),
  );
}

function pathOf(error: ErrorObject): PathSegment[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `title`, or "item 2 of `principles`" for a list element. */
function label(path: PathSegment[], kind: DataKind): string {
  const last = path.at(-1);
  if (last === undefined) return `the ${kind}`;
  if (typeof last === 'number') return `item ${last + 1} of \`${String(path.at(-2))}\``;
  return `\`${last}\``;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  array: 'a list (lines starting with `- `)',
  object: 'a mapping (`key: value` lines)',
  boolean: 'true or false',
};

function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function problemFor(source: YamlSource, kind: DataKind, error: ErrorObject): Problem {
  const path = pathOf(error);
  const here = label(path, kind);
  const parent = error.parentSchema as
    | { properties?: Record<string, { description?: string }>; description?: string }
    | undefined;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const hint = parent?.properties?.[missing]?.description;
      const where = path.length === 0 ? '' : ` in ${here}`;
      return problemAt(source, path, `\`${missing}\` is missing${where}: add it${hint ? ` (${hint})` : ''}`);
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const known = Object.keys(parent?.properties ?? {});
      const where = path.length === 0 ? '' : ` in ${here}`;
      const hint = didYouMean(field, known) || ` The fields allowed here are: ${known.join(', ')}.`;
      return problemAt(source, path, `unknown field \`${field}\`${where}.${hint}`, field);
    }
    case 'type': {
      // Text that YAML read as a number or yes/no (a phone number, `000`, `no`): quotes keep it text.
      const quote =
        String(params.type).includes('string') && ['number', 'boolean'].includes(typeof error.data)
          ? '; put it in double quotes to keep it as written'
          : '';
      return problemAt(
        source,
        path,
        `${here} must be ${TYPE_WORDS[String(params.type)] ?? String(params.type)}, not ${describe(error.data)}${quote}`,
      );
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const given = String(error.data);
      return problemAt(
        source,
        path,
        `${here} must be one of ${allowed.join(', ')}, not "${given}".${didYouMean(given, allowed)}`.replace(/\.$/, ''),
      );
    }
    case 'pattern':
      return problemAt(
        source,
        path,
        `${here} is not in the right form: ${parent?.description ?? `it must match ${String(params.pattern)}`}`,
      );
    case 'minLength':
      return problemAt(source, path, `${here} is empty: write something or remove the field`);
    case 'minItems':
      return problemAt(
        source,
        path,
        `${here} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
      );
    case 'minimum':
      return problemAt(source, path, `${here} must be ${String(params.limit)} or more, not ${describe(error.data)}`);
    case 'uniqueItems': {
      const items = error.data as unknown[];
      return problemAt(
        source,
        [...path, Number(params.j)],
        `${here} lists "${String(items[Number(params.j)])}" twice; keep one`,
      );
    }
    default:
      return problemAt(source, path, `${here} ${error.message ?? 'is not valid'}`);
  }
}
