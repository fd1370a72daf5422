// `ethics-guide code [N]`: the code of ethics, quoted word for word with its source.
import { usageError } from '../errors.js';
import { numberRanges } from '../data/number-ranges.js';
import type { Code, Principle } from '../library/types.js';
import { oneLine, safeJson, visible } from '../text/controls.js';
import { style } from '../ui/style.js';
import { fitted } from '../ui/width.js';
import { openLibrary, warnAboutProblems, type Context } from './context.js';
import { findCode } from './lookups.js';

export interface CodeOptions {
  code: string;
  json?: boolean;
}

export async function code(number: string | undefined, options: CodeOptions, ctx: Context): Promise<void> {
  // The codes alone: no case is shown (so only the codes' problems are warned about).
  const library = await openLibrary(ctx, [], true);
  warnAboutProblems(ctx, library);
  const found = findCode(ctx, library, options.code);
  const principles = number === undefined ? found.principles : [pick(found, number)];
  if (options.json) {
    ctx.io.out(safeJson(number === undefined ? found : { code: found.id, source: found.source, ...principles[0] }));
    return;
  }
  ctx.io.out(style.title(oneLine(found.title)));
  if (number === undefined && found.preamble) ctx.io.out(`\n${fitted(visible(found.preamble))}\n`);
  for (const p of principles) ctx.io.out(principleLine(p));
  ctx.io.out(style.dim(fitted(`\nSource: ${oneLine(found.source)}`)));
}

function pick(found: Code, input: string): Principle {
  const numbers = found.principles.map((p) => p.number);
  const principle = /^\d+$/.test(input) ? found.principles.find((p) => p.number === Number(input)) : undefined;
  if (!principle) throw usageError(`principle ${input} is not in code ${found.id} (it has ${numberRanges(numbers)})`);
  return principle;
}

function principleLine(p: Principle): string {
  return `${style.title(`${String(p.number).padStart(2)}. ${oneLine(p.short)}`)}\n${fitted(`    ${oneLine(p.text)}`, '    ')}`;
}
