// PLACEHOLDER: being written (issue 5).
import type { Context, RunDeps } from './context.js';

export async function evaluate(file: string, options: { answers?: string }, ctx: Context, deps: RunDeps): Promise<void> {
  throw new Error(`not written yet ${file} ${String(options.answers)} ${ctx.io.cwd} ${deps.today}`);
}
