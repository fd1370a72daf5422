// Checks a person's ratings against the grid they are for: the right grid, known action ids
// (with "did you mean"), and, once finished, every action rated. The colours themselves are
// checked by the ratings schema. Every problem is at the line and column of what it is about.
import type { Problem } from '../data/problem.js';
import { closest } from '../data/suggest.js';
import type { Grid } from '../library/types.js';
import { problemAt, type YamlSource } from '../data/source.js';

/** More missing actions than this are named in one problem, not one each. */
const MAX_LISTED = 5;

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Problems of the ratings in `source` (a ratings file, a draft or a summary's front matter) for
 * `grid`. `complete`: every action must be rated (a draft may stop half-way).
 */
export function ratingsProblems(source: YamlSource, grid: Grid, complete: boolean): Problem[] {
  // Not a mapping at all: the schema says so.
  if (!isMap(source.data)) return [];
  const data = source.data;
  // Ratings of another grid cannot be checked against this one.
  if (typeof data.grid === 'string' && data.grid !== grid.id) {
    return [
      problemAt(
        source,
        ['grid'],
        `these ratings are for the grid \`${data.grid}\`, not \`${grid.id}\`; name it with --grid ${data.grid}`,
      ),
    ];
  }
  if (data.ratings === undefined || data.ratings === null) {
    return complete
      ? [
          problemAt(
            source,
            [],
            `there are no ratings: add \`ratings:\` with one \`action-id: green | yellow | red\` line for each of ` +
              `the ${grid.actions.length} actions`,
            'ratings',
          ),
        ]
      : [];
  }
  if (!isMap(data.ratings)) return [];

  const problems: Problem[] = [];
  const given = Object.keys(data.ratings);
  const ids = grid.actions.map((a) => a.id);
  const unrated = ids.filter((id) => !given.includes(id));
  const meant = new Set<string>();
  for (const key of given.filter((k) => !ids.includes(k))) {
    const match = closest(key, unrated.length ? unrated : ids);
    if (match) meant.add(match);
    const hint = match ? ` Did you mean \`${match}\`?` : ' Check it against the action ids in the grid file.';
    problems.push(
      problemAt(source, ['ratings'], `\`${key}\` is not an action of the ${grid.title} (${grid.id}).${hint}`, key),
    );
  }
  if (!complete) return problems;
  // A misspelt id is one mistake: "did you mean" says it, so the action is not also "not rated".
  const missing = grid.actions.filter((a) => unrated.includes(a.id) && !meant.has(a.id));
  if (given.length === 0) {
    problems.push(
      problemAt(
        source,
        [],
        `no action is rated yet: give each of the ${ids.length} actions a line under \`ratings:\``,
        'ratings',
      ),
    );
  } else if (missing.length > MAX_LISTED) {
    const list = missing.map((a) => a.id).join(', ');
    problems.push(
      problemAt(
        source,
        [],
        `${missing.length} actions are not rated: ${list}; add a line \`id: green\`, \`yellow\` or \`red\` for each`,
        'ratings',
      ),
    );
  } else {
    for (const a of missing)
      problems.push(
        problemAt(
          source,
          [],
          `\`${a.id}\` (${a.action}) is not rated: add \`${a.id}: green\`, \`yellow\` or \`red\``,
          'ratings',
        ),
      );
  }
  return problems;
}
