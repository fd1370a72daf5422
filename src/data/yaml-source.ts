// Reads a YAML data file into plain data while keeping every node's position, with guards
// against what a hand-edited or hostile file can hold (bad bytes, alias bombs, huge files).
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import type { Problem } from './problem.js';
import { byteLinePos, firstInvalidUtf8 } from './utf8.js';
import { yamlDataMistake, yamlMistake } from './yaml-errors.js';

/** Scenario and code files are a few KB; anything past this is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_ALIASES = 100;

export type PathSegment = string | number;

export interface YamlSource {
  file: string;
  data: unknown;
  doc: Document;
  lineCounter: LineCounter;
  /** The file's text, as parsed. */
  text: string;
}

export type ParseResult = { ok: true; source: YamlSource } | { ok: false; problems: Problem[] };

const at = (file: string, line: number, col: number, message: string): Problem => ({ file, line, col, message });

export function tooLarge(file: string, size: number): Problem {
  const mb = (size / (1024 * 1024)).toFixed(1);
  return at(file, 1, 1, `the file is ${mb} MB; scenario and code files are limited to 1 MB. Is this the right file?`);
}

export function parseYaml(file: string, bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problems: [tooLarge(file, bytes.length)] };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, col } = byteLinePos(bytes, bad);
    return { ok: false, problems: [at(file, line, col, 'this is not UTF-8 text; save the file with UTF-8 encoding')] };
  }
  // TextDecoder drops a byte order mark, so positions match what an editor shows.
  const text = new TextDecoder('utf-8').decode(bytes);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems = doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const mistake = yamlMistake(
      error.code,
      error.message,
      text,
      line,
      text.slice(error.pos[0]).match(/^[^:\n]*/)?.[0] ?? '',
    );
    return at(file, mistake.line ?? line, mistake.col ?? col, mistake.message);
  });
  if (problems.length > 0) return { ok: false, problems };
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    return { ok: true, source: { file, data, doc, lineCounter, text } };
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
export function positionOf(
  source: YamlSource,
  path: readonly PathSegment[],
  key?: string,
): { line: number; col: number } {
  const node = nodeAt(source.doc, path);
  let offset = node?.range?.[0] ?? 0;
  if (key !== undefined && node && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    const keyNode = pair?.key as Node | undefined;
    offset = keyNode?.range?.[0] ?? offset;
  }
  return source.lineCounter.linePos(offset);
}

export function problemAt(source: YamlSource, path: readonly PathSegment[], message: string, key?: string): Problem {
  const { line, col } = positionOf(source, path, key);
  return at(source.file, line, col, message);
}
