// `ethics-guide validate [PATH...]`: checks scenario and code files and says what to fix, where.
import { existsSync, readdirSync, statSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { invalidData, usageError } from '../errors.js';
import { isYamlFile, type LibraryFile } from '../library/library.js';
import { plural, problemLines } from '../ui/io.js';
import { style } from '../ui/style.js';
import { openLibrary, type Context } from './context.js';

/** Every YAML file named, or found below a named folder (dot folders and node_modules skipped). */
export function filesToCheck(paths: string[]): LibraryFile[] {
  const found: LibraryFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full);
      else if (entry.isFile() && isYamlFile(entry.name)) found.push({ file: full, builtIn: false });
    }
  };
  for (const path of paths) {
    const full = resolve(path);
    if (!existsSync(full)) throw usageError(`${path} does not exist; give a scenario or code file, or a folder of them`);
    if (statSync(full).isDirectory()) walk(full);
    else found.push({ file: full, builtIn: false });
  }
  return found;
}

export async function validate(paths: string[], ctx: Context): Promise<void> {
  const targets = filesToCheck(paths);
  if (paths.length > 0 && targets.length === 0) throw usageError(`no .yaml files found in ${paths.join(', ')}`);
  const library = await openLibrary(ctx, targets);
  const checked = paths.length === 0 ? library.files : targets.map((t) => t.file);
  const wanted = new Set(checked.map((f) => realpathSync(f)));
  const problems = library.problems.filter((p) => wanted.has(realpathSync(p.file)));
  for (const line of problemLines(ctx.io, problems)) ctx.io.out(line);
  const bad = new Set(problems.map((p) => p.file)).size;
  if (bad > 0) {
    throw invalidData(`${plural(problems.length, 'problem')} in ${plural(bad, 'file')} (${checked.length - bad} of ${plural(checked.length, 'file')} valid)`);
  }
  ctx.io.out(`${style.ok('ok')}: ${plural(checked.length, 'file')} checked, all valid`);
}
