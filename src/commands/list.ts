// `ethics-guide list`: the scenario library at a glance.
import { plural } from '../ui/io.js';
import { style } from '../ui/style.js';
import { openLibrary, warnAboutProblems, type Context } from './context.js';

export interface ListOptions {
  json?: boolean;
}

const words = (id: string) => id.replace(/-/g, ' ');

export async function list(options: ListOptions, ctx: Context): Promise<void> {
  const library = await openLibrary(ctx);
  // Plain comparison, not localeCompare: ids are ASCII, and ICU's set-up costs ~8 ms.
  const scenarios = [...library.scenarios.values()].sort((a, b) => (a.value.id < b.value.id ? -1 : 1));
  warnAboutProblems(ctx, library);
  if (options.json) {
    const rows = scenarios.map(({ value, file, builtIn }) => ({
      id: value.id,
      title: value.title,
      summary: value.summary ?? null,
      categories: value.categories ?? [],
      dilemma_type: value.dilemma_type ?? null,
      code: value.code,
      built_in: builtIn,
      file,
    }));
    ctx.io.out(JSON.stringify(rows, null, 2));
    return;
  }
  for (const { value, builtIn, file } of scenarios) {
    const kind = value.dilemma_type ? style.dim(`  (${words(value.dilemma_type)})`) : '';
    const origin = builtIn ? '' : style.dim(`  from ${file}`);
    ctx.io.out(`${style.id(value.id.padEnd(26))} ${style.title(value.title)}${kind}${origin}`);
    if (value.summary) ctx.io.out(`${' '.repeat(27)}${value.summary}`);
    if (value.categories?.length) ctx.io.out(`${' '.repeat(27)}${style.dim(value.categories.map(words).join('; '))}`);
  }
  ctx.io.out(`\n${plural(scenarios.length, 'scenario')}. Read one with \`ethics-guide show <id>\`; work through one with \`ethics-guide resolve <id>\`.`);
}
