// `ethics-guide validate [PATH...]`: checks scenario and code files and says what to fix, where.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { invalidData, usageError } from '../errors.js';
import { isYamlFile, type LibraryFile } from '../library/library.js';
import { isError, sortProblems, type Problem } from '../data/problem.js';
import { oneLine, safeJson } from '../text/controls.js';
import { plural, problemLines, shownPath } from '../ui/io.js';
import { style } from '../ui/style.js';
import { openLibrary, type Context } from './context.js';

/** A file's real path; a dangling link or a loop stays as named (reading it says what is wrong). */
const real = (file: string) => {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
};

/** Every YAML file named, or found below a named folder (dot folders and node_modules skipped). */
export function filesToCheck(paths: string[], cwd: string): LibraryFile[] {
  const found: LibraryFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full);
      // Links and other odd entries with a YAML name are checked too: reading them says what they are.
      else if (!entry.isDirectory() && isYamlFile(entry.name)) found.push({ file: full, builtIn: false });
    }
  };
  for (const path of paths) {
    const full = resolve(cwd, path);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) throw usageError(`${path} does not exist; give a scenario or code file, or a folder of them`);
    if (stat.isDirectory()) walk(full);
    else found.push({ file: full, builtIn: false });
  }
  return found;
}

export interface ValidateOptions {
  json?: boolean;
}

export async function validate(paths: string[], options: ValidateOptions, ctx: Context): Promise<void> {
  const targets = filesToCheck(paths, ctx.io.cwd);
  if (paths.length > 0 && targets.length === 0) throw usageError(`no .yaml files found in ${paths.join(', ')}`);
  const library = await openLibrary(ctx, targets);
  const checked = paths.length === 0 ? library.files : targets.map((t) => t.file);
  const wanted = new Set(checked.map(real));
  const problems = library.problems.filter((p) => wanted.has(real(p.file)));
  const bad = new Set(problems.filter(isError).map((p) => p.file)).size;
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  if (options.json) {
    // Only JSON on stdout; the exit code (and one line on stderr) still says whether all is valid.
    ctx.io.out(safeJson(report(checked.length - bad, checked.length, problems, library.notes, ctx)));
    if (bad > 0) throw invalidData(`${plural(errors, 'problem')} in ${plural(bad, 'file')}`);
    return;
  }
  for (const note of library.notes) ctx.io.out(style.dim(`note: ${oneLine(note)}`));
  for (const line of problemLines(ctx.io, problems)) ctx.io.out(line);
  const warned = warnings ? `; ${plural(warnings, 'warning')}` : '';
  if (bad > 0) {
    throw invalidData(
      `${plural(errors, 'problem')} in ${plural(bad, 'file')} (${checked.length - bad} of ` +
        `${plural(checked.length, 'file')} valid)${warned}`,
    );
  }
  ctx.io.out(`${style.ok('ok')}: ${plural(checked.length, 'file')} checked, all valid${warned}`);
}

/** `validate --json`: `valid` counts the files with no error; a warning leaves a file valid. */
function report(valid: number, files: number, problems: Problem[], notes: string[], ctx: Context) {
  return {
    files,
    valid,
    problems: sortProblems(problems).map((p) => ({
      file: shownPath(ctx.io, p.file),
      line: p.line,
      col: p.col,
      message: p.message,
      severity: isError(p) ? 'error' : 'warning',
    })),
    notes,
  };
}
