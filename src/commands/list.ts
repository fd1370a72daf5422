// `ethics-guide list`: the scenario library at a glance.
import { oneLine, safeJson } from '../text/controls.js';
import { plural } from '../ui/io.js';
import { isTerminal, style } from '../ui/style.js';
import { fitted, readingWidth } from '../ui/width.js';
import type { Entry } from '../library/library.js';
import { commandLine, openLibrary, warnAboutProblems, type Context } from './context.js';
import { idWords } from '../text/words.js';

export interface ListOptions {
  json?: boolean;
  /** Show each case's dilemma type: the answer to the Recognize step, so only on request. */
  key?: boolean;
}

const entryReplaces = (builtIn: boolean, replaces: string | undefined) => (builtIn ? null : (replaces ?? null));

/** "  from my-cases, in place of the built-in case": where a trainer's case came from. */
export function origin(entry: Entry<unknown>): string {
  if (entry.builtIn) return '';
  const instead = entry.replaces
    ? `, in place of ${entry.replaces.startsWith('the built-in') ? 'the built-in case' : entry.replaces}`
    : '';
  return oneLine(`  from ${entry.from ?? entry.file}${instead}`);
}

export async function list(options: ListOptions, ctx: Context): Promise<void> {
  const library = await openLibrary(ctx);
  // Plain comparison, not localeCompare: ids are ASCII, and ICU's set-up costs ~8 ms.
  const scenarios = [...library.scenarios.values()].sort((a, b) => (a.value.id < b.value.id ? -1 : 1));
  warnAboutProblems(ctx, library);
  if (options.json) {
    const rows = scenarios.map(({ value, file, builtIn, replaces }) => ({
      id: value.id,
      title: value.title,
      summary: value.summary ?? null,
      categories: value.categories ?? [],
      dilemma_type: value.dilemma_type ?? null,
      code: value.code,
      built_in: builtIn,
      file,
      replaces: entryReplaces(builtIn, replaces),
    }));
    ctx.io.out(safeJson(rows));
    return;
  }
  // Beside the ids in a terminal of 60 columns or more (and in a pipe); under them when narrower.
  const narrow = isTerminal(1) && readingWidth() < 60;
  const under = ' '.repeat(narrow ? 2 : 27);
  for (const entry of scenarios) {
    const { value } = entry;
    const kind = options.key && value.dilemma_type ? style.dim(`  (${idWords(value.dilemma_type)})`) : '';
    const title = `${style.title(oneLine(value.title))}${kind}${style.dim(origin(entry))}`;
    ctx.io.out(
      narrow
        ? `${style.id(value.id)}\n${fitted(`${under}${title}`, under)}`
        : `${style.id(value.id.padEnd(26))} ${title}`,
    );
    if (value.summary) ctx.io.out(fitted(`${under}${oneLine(value.summary)}`, under));
    if (value.categories?.length)
      ctx.io.out(style.dim(fitted(`${under}${value.categories.map(idWords).join('; ')}`, under)));
  }
  ctx.io.out(
    fitted(
      `\n${plural(scenarios.length, 'scenario')}. Read one with \`${commandLine(ctx, ['show'], ['<id>'])}\`; work ` +
        `through one with \`${commandLine(ctx, ['resolve'], ['<id>'])}\`.` +
        `${options.key ? '' : " (For trainers: --key adds each case's dilemma type.)"}`,
    ),
  );
}
