// Reads a YAML data file into plain data while keeping every node's position (the yaml
// library), with guards against what a hand-edited or hostile file can hold (bad bytes, alias
// bombs, huge files). Most reads go through the quick parser first (quick-yaml.ts); this one
// runs when that one cannot be sure, or when a problem needs its line and column (place.ts).
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import { MAX_PROBLEMS_PER_FILE, moreProblems, type Problem } from './problem.js';
import type { ParseResult, PathSegment, Place, YamlSource } from './source.js';
import { decodeText } from './utf8.js';
import { yamlDataMistake, yamlMistake } from './yaml-errors.js';

const MAX_ALIASES = 100;

export type { ParseResult, PathSegment, YamlSource } from './source.js';
export { problemAt } from './source.js';

const at = (file: string, line: number, col: number, message: string): Problem => ({ file, line, col, message });

export function parseYaml(file: string, bytes: Uint8Array): ParseResult {
  const decoded = decodeText(file, bytes);
  return 'problems' in decoded ? { ok: false, problems: decoded.problems } : parseText(file, decoded.text);
}

/** The same file read again with positions, for problems found by the quick parser. */
export const placedSource = (source: YamlSource): ParseResult => parseText(source.file, source.text);

function parseText(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  // Nesting too deep gives one error per level, and others after it: the first says it all.
  const exhausted = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  // A second error at the same place says the same thing in other words: the first is kept.
  const places = new Set<number>();
  const errors = exhausted ? [exhausted] : doc.errors.filter((e) => !places.has(e.pos[0]) && places.add(e.pos[0]));
  const lines = errors.length ? text.split(/\r?\n/) : [];
  const problems = errors.slice(0, MAX_PROBLEMS_PER_FILE).map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const mistake = yamlMistake(
      error.code,
      error.message,
      lines,
      line,
      text.slice(error.pos[0]).match(/^[^:\n]*/)?.[0] ?? '',
    );
    return at(file, mistake.line ?? line, mistake.col ?? col, mistake.message);
  });
  const next = errors[MAX_PROBLEMS_PER_FILE];
  if (next) {
    // Said where the first of the rest is, so that it comes after the problems shown.
    const { line, col } = lineCounter.linePos(next.pos[0]);
    problems.push(at(file, line, col, moreProblems(errors.length - MAX_PROBLEMS_PER_FILE)));
  }
  if (problems.length > 0) return { ok: false, problems };
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    const placeOf = (path: readonly PathSegment[], key?: string, char?: string): Place =>
      char === undefined ? positionOf(doc, lineCounter, path, key) : charPlace(doc, lineCounter, text, path, char);
    return { ok: true, source: { file, data, text, placeOf } };
  } catch (error) {
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message) && /excessive/i.test(error.message)
        ? `the file expands YAML aliases (*name) too many times (limit ${MAX_ALIASES}); write the values out instead`
        : (yamlDataMistake((error as Error).message) ?? `the YAML could not be read: ${(error as Error).message}`);
    return { ok: false, problems: [at(file, 1, 1, message)] };
  }
}

/** The node at a path, or the nearest existing parent (getIn does not follow aliases). */
function nodeAt(doc: Document, path: readonly PathSegment[]): Node | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (node && (isMap(node) || isSeq(node) || isScalar(node))) return node as Node;
  }
  return null;
}

/** 1-based line and column of the value at `path`; with `key`, of that key inside the map at `path`. */
function positionOf(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[], key?: string): Place {
  const node = nodeAt(doc, path);
  let offset = node?.range?.[0] ?? 0;
  if (key !== undefined && node && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    const keyNode = pair?.key as Node | undefined;
    offset = keyNode?.range?.[0] ?? offset;
  }
  return lineCounter.linePos(offset);
}

/** Where a raw `char` is inside the scalar at `path` (one written as an escape: the value's start). */
function charPlace(doc: Document, lineCounter: LineCounter, text: string, path: readonly PathSegment[], char: string) {
  const node = doc.getIn(path, true) as Node | undefined;
  const raw = node && isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]).indexOf(char) : -1;
  return raw < 0 || !node?.range ? positionOf(doc, lineCounter, path) : lineCounter.linePos(node.range[0] + raw);
}
