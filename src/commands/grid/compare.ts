// `ethics-guide grid compare FILE...`: a group's ratings side by side. Each FILE is a summary
// that `grid` wrote or a ratings file. All or nothing: if any file has a problem, every problem
// is listed and no table is shown, so a table never silently leaves someone out.
import { append } from '../../data/arrays.js';
import { resolve } from 'node:path';
import { invalidData } from '../../errors.js';
import { compareRatings, comparisonLines } from '../../grid/compare.js';
import { DEFAULT_GRID } from '../../grid/ratings.js';
import type { Problem } from '../../data/problem.js';
import { problemAt, type YamlSource } from '../../data/yaml-source.js';
import { safeJson } from '../../text/controls.js';
import { plural } from '../../ui/io.js';
import { readingWidth } from '../../ui/width.js';
import { openLibrary, warnAboutProblems, type Context } from '../context.js';
import { gridIdOf, problemsFor, ratingsOf } from '../../grid/ratings-file.js';
import { readRatingsSource } from './read-ratings.js';

export async function gridCompare(files: string[], options: { json?: boolean }, ctx: Context): Promise<void> {
  const problems: Problem[] = [];
  const sources: YamlSource[] = [];
  // Every path is checked before any problem of content is shown: a typo is a usage error.
  const parsedFiles = files.map((file) => readRatingsSource(resolve(ctx.io.cwd, file), file));
  for (const parsed of parsedFiles) {
    if (parsed.ok) sources.push(parsed.source);
    else append(problems, parsed.problems);
  }
  const gridId = oneGrid(sources, problems);
  const library = await openLibrary(ctx);
  warnAboutProblems(ctx, library);
  const grid = library.grids.get(gridId)?.value;
  if (!grid) {
    const known = [...library.grids.keys()].join(', ') || 'none';
    const here = sources.map((s) => problemAt(s, ['grid'], `there is no grid \`${gridId}\` in the library`));
    throw invalidData(
      `the files are for the grid \`${gridId}\`, which is not in the library (it has: ${known}); add its folder ` +
        `with --library`,
      [...problems, ...here],
    );
  }
  for (const source of sources) append(problems, problemsFor(source, grid, true));
  if (problems.length) {
    const bad = new Set(problems.map((p) => p.file)).size;
    throw invalidData(
      `${bad} of ${plural(files.length, 'file')} ${bad === 1 ? 'has' : 'have'} problems, so nothing was compared; ` +
        `fix them, or leave them out to compare the others`,
      problems,
    );
  }
  const comparison = compareRatings(grid, sources.map(ratingsOf));
  if (options.json) {
    const actions = comparison.actions.map(({ id, action, green, yellow, red, split }) => ({
      id,
      action,
      green,
      yellow,
      red,
      split,
    }));
    ctx.io.out(safeJson({ grid: comparison.grid, people: comparison.people, actions }));
  } else {
    for (const line of comparisonLines(comparison, readingWidth(100) + 1)) ctx.io.out(line);
  }
}

/** The one grid all the files are for (a file that names none is for the course's grid). */
function oneGrid(sources: YamlSource[], problems: Problem[]): string {
  const ids = sources.map((s) => gridIdOf(s) ?? DEFAULT_GRID);
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  // The most common one; on a tie, the first file's.
  const [most, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [DEFAULT_GRID, 0];
  if (counts.size <= 1) return most;
  const odd = sources.filter((_, i) => ids[i] !== most);
  throw invalidData(
    `the files are not all for the same grid (${count} ${count === 1 ? 'is' : 'are'} for \`${most}\`); compare one ` +
      `grid at a time`,
    [
      ...problems,
      ...odd.map((s) =>
        problemAt(
          s,
          ['grid'],
          gridIdOf(s)
            ? `these ratings are for the grid \`${gridIdOf(s)}\`, not \`${most}\``
            : `these ratings name no grid, so they are taken for the course's \`${DEFAULT_GRID}\`; if they are ` +
                `for \`${most}\`, add the line \`grid: ${most}\``,
        ),
      ),
    ],
  );
}
