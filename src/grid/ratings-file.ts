// A person's grid ratings from the bytes of a file: a ratings YAML file (`grid --answers`, or
// one given to `grid compare`) or a grid summary that `grid` wrote (Markdown with front matter).
// Every problem comes back at the file's own line and column, all of them at once.
import type { Problem } from '../data/problem.js';
import { schemaProblems } from '../data/schema-check.js';
import { ratings } from '../generated/ratings.js';
import { byteLinePos, firstInvalidUtf8 } from '../data/utf8.js';
import { parseYaml, type ParseResult, type YamlSource } from '../data/yaml-source.js';
import type { Grid } from '../library/types.js';
import { ratingsProblems } from './check.js';
import type { Colour, Ratings } from './ratings.js';

export const isSummaryFile = (file: string) => /\.(md|markdown)$/i.test(file);

/** The ratings in a file's bytes, with positions; a summary's front matter keeps its lines in the file. */
export function parseRatings(file: string, bytes: Uint8Array): ParseResult {
  if (!isSummaryFile(file)) return parseYaml(file, bytes);
  const at = (line: number, col: number, message: string): ParseResult => ({
    ok: false,
    problems: [{ file, line, col, message }],
  });
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0)
    return at(
      byteLinePos(bytes, bad).line,
      byteLinePos(bytes, bad).col,
      'this is not UTF-8 text; save the file with UTF-8 encoding',
    );
  const text = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?\n)?---(\n|$)/.exec(text);
  if (!match)
    return at(
      1,
      1,
      'this Markdown file does not start with the front matter (a block between `---` lines) that a grid summary ' +
        'has; is it a grid summary?',
    );
  // One empty line stands in for the opening `---`, so positions are the file's own.
  return parseYaml(file, Buffer.from(`\n${match[1] ?? ''}`));
}

/** What the ratings schema checks: a summary's front matter also holds its date. */
function ratingsOnly(source: YamlSource): YamlSource {
  if (!isSummaryFile(source.file) || typeof source.data !== 'object' || source.data === null) return source;
  const { date: _date, ...rest } = source.data as Record<string, unknown>;
  return { ...source, data: rest };
}

/** Every problem of a parsed ratings source for `grid`: its shape, then its fit to the grid. */
export function problemsFor(source: YamlSource, grid: Grid, complete: boolean): Problem[] {
  return [...schemaProblems(ratingsOnly(source), 'ratings', ratings), ...ratingsProblems(source, grid, complete)];
}

/** The ratings of a source that has no problems. */
export const ratingsOf = (source: YamlSource): Record<string, Colour> => ({
  ...((source.data as Ratings | null)?.ratings ?? {}),
});

/** The grid id a source says it is for, if any. */
export const gridIdOf = (source: YamlSource): string | undefined => {
  const id = (source.data as Ratings | null)?.grid;
  return typeof id === 'string' ? id : undefined;
};
