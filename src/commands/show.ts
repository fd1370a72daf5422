// `ethics-guide show ID`: a case as a learner reads it; with --key, the trainer's key too.
import { largest } from '../data/arrays.js';
import type { Code, Scenario } from '../library/types.js';
import { oneLine, safeJson, visible } from '../text/controls.js';
import { wrap } from '../text/wrap.js';
import { style } from '../ui/style.js';
import { fitted, fittedProse, readingWidth } from '../ui/width.js';
import { openLibrary, type Context } from './context.js';
import { findScenario } from './lookups.js';
import { suggestedFor } from '../guide/suggestions.js';
import { findPrinciple, principleLabel } from '../library/principles.js';
import { origin } from './list.js';

export interface ShowOptions {
  json?: boolean;
  key?: boolean;
}

const KEY_FIELDS = ['principles', 'options', 'discussion'] as const;

export async function show(id: string, options: ShowOptions, ctx: Context): Promise<void> {
  const library = await openLibrary(ctx);
  const entry = findScenario(ctx, library, id);
  const code = library.codes.get(entry.value.code)?.value as Code | undefined;
  if (options.json) {
    const shown: Partial<Scenario> = { ...entry.value };
    if (!options.key) for (const field of KEY_FIELDS) delete shown[field];
    // `suggested`: what the walkthrough marks as suggested for this case's words (a hint, no key).
    const suggested = code ? suggestedFor(code, entry.value) : [];
    ctx.io.out(
      safeJson({ ...shown, suggested, file: entry.file, replaces: entry.builtIn ? null : (entry.replaces ?? null) }),
    );
    return;
  }
  for (const line of caseLines(entry.value)) ctx.io.out(line);
  if (!entry.builtIn) ctx.io.out(style.dim(fitted(`\n(${origin(entry).trim()})`)));
  if (options.key && code) for (const line of keyLines(entry.value, code)) ctx.io.out(line);
  else
    ctx.io.out(style.dim(fitted(`\nThe trainer's key (principles, example options, discussion) is shown with --key.`)));
}

/** The case as a learner reads it; every text from the file made safe for the terminal. */
export function caseLines(s: Scenario): string[] {
  const lines = [style.title(oneLine(s.title))];
  if (s.setting) lines.push(style.dim(wrap(oneLine(s.setting), readingWidth())));
  if (s.people?.length) {
    const names = s.people.map((p) => oneLine(p.name));
    const width = largest(
      names.map((n) => n.length),
      0,
    );
    lines.push(
      '',
      style.heading('People'),
      ...s.people.map((p, i) => `  ${names[i]!.padEnd(width)}  ${oneLine(p.role ?? '')}`.trimEnd()),
    );
  }
  lines.push('', style.heading('The case'), fittedProse(visible(s.narrative.trimEnd())));
  if (s.question)
    lines.push('', fitted(`Question: ${oneLine(s.question)}`).replace(/^Question:/, style.title('Question:')));
  return lines;
}

function keyLines(s: Scenario, code: Code): string[] {
  const lines = ['', style.heading(`Trainer's key (${oneLine(code.title)})`)];
  for (const { number, why } of s.principles) {
    lines.push(
      `  ${style.title(oneLine(principleLabel(code, number)))}`,
      style.dim(fitted(`     ${oneLine(findPrinciple(code, number)?.text ?? '')}`, '     ')),
      fitted(`     Why: ${oneLine(why)}`, '          '),
    );
  }
  if (s.options?.length) {
    lines.push('', style.heading('Example options'));
    s.options.forEach((o, i) =>
      lines.push(
        `  ${i + 1}. ${style.title(oneLine(o.title))}`,
        ...(o.consequences ? [fitted(`     ${oneLine(o.consequences.trimEnd())}`, '     ')] : []),
      ),
    );
  }
  if (s.discussion?.length)
    lines.push('', style.heading('For discussion'), ...s.discussion.map((q) => fitted(`  - ${oneLine(q)}`, '    ')));
  if (s.source)
    lines.push(
      '',
      style.dim(fitted(oneLine(`Source: ${s.source}${s.adapted ? ` (adapted: ${s.adapted.trim()})` : ''}`))),
    );
  return lines;
}
