// `ethics-guide grid`: the Ethics Grid exercise. Rate each action green, yellow or red (in the
// terminal, or from a ratings file), then read, action by action, which principles it touches
// and why people disagree, and keep a short Markdown summary that `grid compare` reads.
import { join, resolve as resolvePath } from 'node:path';
import { invalidData } from '../../errors.js';
import { DEFAULT_GRID, type Colour } from '../../grid/ratings.js';
import { renderSummary } from '../../grid/summary.js';
import type { Grid } from '../../library/types.js';
import { removeDraft } from '../../session/drafts.js';
import { writeNewFile } from '../../files/safe-write.js';
import { shownPath } from '../../ui/io.js';
import { style } from '../../ui/style.js';
import {
  commandLine,
  notATerminal,
  outFolder,
  openLibrary,
  privateFolder,
  warnAboutProblems,
  type Context,
  type RunDeps,
} from '../context.js';
import { findCode, findGrid } from '../lookups.js';
import { problemsFor, ratingsOf } from '../../grid/ratings-file.js';
import { readRatingsSource } from './read-ratings.js';
import { showReflection } from './show.js';

export interface GridOptions {
  grid: string;
  answers?: string;
  out?: string;
}

export const DEFAULT_OUT = 'grid-ratings';

export async function grid(options: GridOptions, ctx: Context, deps: RunDeps): Promise<void> {
  if (!options.answers && !deps.interactive)
    throw notATerminal(
      'grid asks for your ratings',
      'the ratings',
      commandLine(ctx, ['grid'], ['--answers', 'FILE']),
      'format: schemas/ratings.schema.json',
    );
  const given = options.answers
    ? readRatingsSource(resolvePath(ctx.io.cwd, options.answers), options.answers)
    : undefined;
  const library = await openLibrary(ctx);
  warnAboutProblems(ctx, library);
  const theGrid = findGrid(ctx, library, options.grid);
  const code = findCode(ctx, library, theGrid.code);
  const outDir = outFolder(ctx, options.out, DEFAULT_OUT);
  const draft = join(outDir, 'drafts', `${theGrid.id}.yaml`);
  privateFolder(ctx, outDir);

  const terminal = given ? undefined : await import('./terminal.js');
  const ratings: Record<string, Colour> = given
    ? checkedRatings(given, theGrid)
    : await terminal!.rateInTerminal(theGrid, { draft, again: commandAgain(options, ctx) }, ctx, deps);
  // The summary first: stopping while reading the reflection loses nothing.
  const path = writeNewFile(
    outDir,
    `${deps.today}-${theGrid.id}`,
    '.md',
    renderSummary({ grid: theGrid, code, ratings, date: deps.today }),
  );
  if (!given) removeDraft(draft);
  ctx.io.out(`\n${style.ok('Grid summary written:')} ${shownPath(ctx.io, path)} (readable only by you)`);
  await showReflection(ctx, theGrid, code, ratings, terminal?.pager(ctx, deps, shownPath(ctx.io, path)));
}

/** All the problems of a ratings file together, or its ratings. */
function checkedRatings(parsed: ReturnType<typeof readRatingsSource>, grid: Grid): Record<string, Colour> {
  const problems = parsed.ok ? problemsFor(parsed.source, grid, true) : parsed.problems;
  if (!parsed.ok || problems.length) throw invalidData('the ratings file has problems; nothing was written', problems);
  return ratingsOf(parsed.source);
}

function commandAgain(options: GridOptions, ctx: Context): string {
  const args = ['grid'];
  if (options.grid !== DEFAULT_GRID) args.push('--grid', options.grid);
  if (options.out) args.push('--out', options.out);
  return commandLine(ctx, args);
}
