// PLACEHOLDER: being written (issue 5). Replace the bodies.
import type { Context, RunDeps } from './context.js';

export interface GridOptions {
  grid: string;
  answers?: string;
  out?: string;
}

export async function grid(options: GridOptions, ctx: Context, deps: RunDeps): Promise<void> {
  throw new Error(`grid is not written yet (${options.grid}, ${ctx.io.cwd}, ${deps.today})`);
}

export async function gridCompare(files: string[], options: { json?: boolean }, ctx: Context): Promise<void> {
  throw new Error(`grid compare is not written yet (${files.length}, ${String(options.json)}, ${ctx.io.cwd})`);
}
