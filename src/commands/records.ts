// PLACEHOLDER: being written (issue 5).
import type { Context, RunDeps } from './context.js';

export interface RecordsOptions {
  json?: boolean;
  asOf?: string;
}

export async function recordsList(dir: string, options: RecordsOptions, ctx: Context, deps: RunDeps): Promise<void> {
  throw new Error(`not written yet ${dir} ${String(options.json)} ${ctx.io.cwd} ${deps.today}`);
}

export async function recordsSummary(dir: string, options: RecordsOptions, ctx: Context, deps: RunDeps): Promise<void> {
  throw new Error(`not written yet ${dir} ${String(options.json)} ${ctx.io.cwd} ${deps.today}`);
}
