// PLACEHOLDER: being written (issue 5). Replace the body.
import type { Context } from './context.js';

export async function newScenario(id: string, options: { code: string; dir?: string }, ctx: Context): Promise<void> {
  throw new Error(`new scenario is not written yet (${id}, ${options.code}, ${ctx.io.cwd})`);
}
