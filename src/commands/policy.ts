// `ethics-guide policy [ID]`: the laws and agency rules that Review asks about, in plain words
// with their sources (general information, not legal advice).
import type { Policy } from '../library/types.js';
import { oneLine, safeJson, visible } from '../text/controls.js';
import { wrap } from '../text/wrap.js';
import { style } from '../ui/style.js';
import { readingWidth } from '../ui/width.js';
import { commandLine, openLibrary, warnAboutProblems, type Context } from './context.js';
import { origin } from './list.js';
import { findPolicy } from './lookups.js';

export interface PolicyOptions {
  json?: boolean;
}

export async function policy(id: string | undefined, options: PolicyOptions, ctx: Context): Promise<void> {
  const library = await openLibrary(ctx);
  warnAboutProblems(ctx, library);
  const entries = id === undefined ? [...library.policies.values()] : [findPolicy(ctx, library, id)];
  if (options.json) {
    ctx.io.out(safeJson(entries.map(({ value, file, builtIn }) => ({ ...value, built_in: builtIn, file }))));
    return;
  }
  for (const entry of entries) for (const line of policyLines(entry.value, origin(entry).trim())) ctx.io.out(line);
  ctx.io.out(
    style.dim('General information, not legal advice: your agency and your state set the rules that apply to you.'),
  );
  if (id === undefined) ctx.io.out(style.dim(`Read one with \`${commandLine(ctx, ['policy', 'ID'])}\`.`));
}

/** `from`: where a trainer's policy comes from ("from my-agency, in place of …"), '' for a shipped one. */
function policyLines(p: Policy, from: string): string[] {
  const urgent = p.urgent ? style.warning('  (urgent: tell your supervisor at once)') : '';
  return [
    `${style.id(p.id)}  ${style.title(oneLine(p.title))}${urgent}`,
    ...(from ? [style.dim(`    (${from})`)] : []),
    wrap(visible(p.text).replace(/\s+/g, ' ').trim(), readingWidth(), '').replace(/^/gm, '    '),
    ...(p.varies ? [style.dim(wrap(`Varies: ${oneLine(p.varies)}`, readingWidth() - 4).replace(/^/gm, '    '))] : []),
    style.dim(wrap(`Source: ${oneLine(p.source)}`, readingWidth() - 4).replace(/^/gm, '    ')),
    '',
  ];
}
