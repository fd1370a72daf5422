// Finding a code, a case or a grid in the library by id, for the commands: a missing one is a
// usage error with a suggestion, and a broken one says so with the command that shows why.
import { usageError } from '../errors.js';
import { didYouMean } from '../data/suggest.js';
import type { Library } from '../library/library.js';
import type { Grid } from '../library/types.js';
import { commandLine, type Context } from './context.js';

export function findCode(ctx: Context, library: Library, id: string) {
  const found = library.codes.get(id)?.value;
  if (found) return found;
  const broken = library.brokenIds.get(`code:${id}`);
  if (broken)
    throw usageError(
      `the code \`${id}\` has problems and cannot be used (${broken}); run \`${commandLine(ctx, ['validate'])}\` to ` +
        `see them`,
    );
  const known = [...library.codes.keys()];
  throw usageError(
    `there is no code \`${id}\` in the library (it has: ${known.join(', ')}).${didYouMean(id, known)}`.replace(
      /\.$/,
      '',
    ),
  );
}

export function findScenario(ctx: Context, library: Library, id: string) {
  const entry = library.scenarios.get(id);
  if (entry) return entry;
  if (library.brokenIds.has(`scenario:${id}`))
    throw usageError(
      `scenario ${id} has problems and cannot be used; run \`${commandLine(ctx, ['validate'])}\` to see them`,
    );
  throw usageError(
    `there is no scenario \`${id}\` in the library.${didYouMean(id, [...library.scenarios.keys()])} Run ` +
      `\`${commandLine(ctx, ['list'])}\` to see them all (a trainer's case needs its folder: \`--library DIR\`).`,
  );
}

export function findGrid(ctx: Context, library: Library, id: string): Grid {
  const entry = library.grids.get(id);
  if (entry) return entry.value;
  if (library.brokenIds.has(`grid:${id}`))
    throw usageError(
      `grid ${id} has problems and cannot be used; run \`${commandLine(ctx, ['validate'])}\` to see them`,
    );
  const known = [...library.grids.keys()];
  throw usageError(
    `there is no grid \`${id}\` in the library (it has: ` +
      `${known.join(', ') || 'none'}).${didYouMean(id, known)}`.replace(/\.$/, ''),
  );
}

export function findPolicy(ctx: Context, library: Library, id: string) {
  const entry = library.policies.get(id);
  if (entry) return entry;
  if (library.brokenIds.has(`policy:${id}`)) {
    throw usageError(
      `policy ${id} has problems and cannot be used; run \`${commandLine(ctx, ['validate'])}\` to see them`,
    );
  }
  const known = [...library.policies.keys()];
  throw usageError(
    `there is no policy \`${id}\` in the library (it has: ${known.join(', ') || 'none'}).${didYouMean(id, known)}`.replace(
      /\.$/,
      '',
    ),
  );
}
