// A YAML file as read, and problems at its line and column. Two parsers read files: a quick
// one for the common case (no positions: most files have no problem to point at) and the yaml
// library's, which keeps every node's place (data/yaml-source.ts). A problem found in a file
// read quickly is placed later, by placeProblems (data/place.ts), which parses that file again
// with positions. This module loads neither parser, so checks that import it stay light.
import type { Problem } from './problem.js';

export type PathSegment = string | number;

export interface Place {
  line: number;
  col: number;
}

export interface YamlSource {
  file: string;
  data: unknown;
  /** The file's text, as parsed (a byte order mark dropped). */
  text: string;
  /**
   * 1-based line and column of the value at `path`; with `key`, of that key in the mapping at
   * `path`; with `char`, of that character where it stands raw inside the value. Undefined when
   * the file was read by the quick parser, which keeps no positions.
   */
  placeOf(path: readonly PathSegment[], key?: string, char?: string): Place | undefined;
}

export type ParseResult = { ok: true; source: YamlSource } | { ok: false; problems: Problem[] };

/** What a problem found in a quickly read file needs to be placed later. */
export interface Unplaced {
  source: YamlSource;
  path: readonly PathSegment[];
  key?: string;
  char?: string;
}

/** Line and column, or line 0 with `unplaced` (for placeProblems) when the source has no positions. */
export function problemAt(
  source: YamlSource,
  path: readonly PathSegment[],
  message: string,
  key?: string,
  char?: string,
): Problem {
  const place = source.placeOf(path, key, char);
  if (place) return { file: source.file, ...place, message };
  return {
    file: source.file,
    line: 0,
    col: 0,
    message,
    unplaced: { source, path, ...(key === undefined ? {} : { key }), ...(char === undefined ? {} : { char }) },
  };
}
