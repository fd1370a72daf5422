// `ethics-guide show ID`: a case as a learner reads it; with --key, the trainer's key too.
import type { Code, Scenario } from '../library/types.js';
import { style } from '../ui/style.js';
import { findScenario, openLibrary, type Context } from './context.js';

export interface ShowOptions {
  json?: boolean;
  key?: boolean;
}

const KEY_FIELDS = ['principles', 'options', 'discussion'] as const;

export async function show(id: string, options: ShowOptions, ctx: Context): Promise<void> {
  const library = await openLibrary(ctx);
  const entry = findScenario(library, id);
  const code = library.codes.get(entry.value.code)?.value as Code;
  if (options.json) {
    const shown: Partial<Scenario> = { ...entry.value };
    if (!options.key) for (const field of KEY_FIELDS) delete shown[field];
    ctx.io.out(JSON.stringify({ ...shown, file: entry.file }, null, 2));
    return;
  }
  for (const line of caseLines(entry.value)) ctx.io.out(line);
  if (options.key) for (const line of keyLines(entry.value, code)) ctx.io.out(line);
  else ctx.io.out(style.dim(`\nThe trainer's key (principles, example options, discussion) is shown with --key.`));
}

export function caseLines(s: Scenario): string[] {
  const lines = [style.title(s.title)];
  if (s.setting) lines.push(style.dim(s.setting));
  if (s.people?.length) {
    const width = Math.max(...s.people.map((p) => p.name.length));
    lines.push('', style.heading('People'), ...s.people.map((p) => `  ${p.name.padEnd(width)}  ${p.role ?? ''}`.trimEnd()));
  }
  lines.push('', style.heading('The case'), s.narrative.trimEnd());
  if (s.question) lines.push('', `${style.title('Question:')} ${s.question}`);
  return lines;
}

function keyLines(s: Scenario, code: Code): string[] {
  const lines = ['', style.heading(`Trainer's key (${code.title})`)];
  for (const { number, why } of s.principles) {
    const principle = code.principles.find((p) => p.number === number);
    lines.push(`  ${style.title(`${number}. ${principle?.short ?? ''}`)}  ${style.dim(principle?.text ?? '')}`, `     Why: ${why}`);
  }
  if (s.options?.length) {
    lines.push('', style.heading('Example options'));
    s.options.forEach((o, i) => lines.push(`  ${i + 1}. ${style.title(o.title)}`, ...(o.consequences ? [`     ${o.consequences.trimEnd()}`] : [])));
  }
  if (s.discussion?.length) lines.push('', style.heading('For discussion'), ...s.discussion.map((q) => `  - ${q}`));
  if (s.source) lines.push('', style.dim(`Source: ${s.source}${s.adapted ? ` (adapted: ${s.adapted.trim()})` : ''}`));
  return lines;
}
