// Reads library files and adds them to a library: codes first (every scenario, whatever its
// layer, checks its numbers against them), then scenarios. Imported lazily: it pulls in yaml.
import { codeProblems, gridProblems, scenarioProblems } from './checks.js';
import { readDataFile, type DataFile } from './data-file.js';
import type { Library, LibraryFile } from './library.js';
import type { Problem } from './problem.js';
import { problemAt } from './yaml-source.js';

export function addFiles(library: Library, files: LibraryFile[]): void {
  const read = files.map((f) => ({ ...readDataFile(f.file, f.kind), builtIn: f.builtIn }));
  library.files.push(...files.map((f) => f.file));
  for (const f of read) if (!f.source) library.problems.push(...f.problems);
  for (const f of read) if (f.source && f.kind === 'code') register(library, 'codes', f, [...f.problems, ...codeProblems(f.source, f.value)]);
  const codes = new Map([...library.codes].map(([id, entry]) => [id, entry.value]));
  for (const f of read) if (f.source && f.kind === 'scenario') register(library, 'scenarios', f, [...f.problems, ...scenarioProblems(f.source, f.value, codes)]);
  for (const f of read) if (f.source && f.kind === 'grid') register(library, 'grids', f, [...f.problems, ...gridProblems(f.source, f.value, codes)]);
}

type ReadFile = Extract<DataFile, { source: object }> & { builtIn: boolean };

/** Adds a file's entry when it has no problems; an id taken by an earlier layer is a problem. */
function register(library: Library, where: 'codes' | 'scenarios' | 'grids', f: ReadFile, problems: Problem[]): void {
  const entries = library[where] as Map<string, unknown>;
  const taken = typeof f.value.id === 'string' ? library[where].get(f.value.id) : undefined;
  if (taken) {
    const owner = taken.builtIn ? `the built-in ${where.slice(0, -1)} of that name` : taken.file;
    problems.push(problemAt(f.source, ['id'], `id \`${f.value.id}\` is already used by ${owner}; ids must be unique across the library, so rename this one (id and file name)`));
  }
  library.problems.push(...problems);
  if (problems.length === 0) entries.set(f.value.id, { value: f.value, file: f.file, builtIn: f.builtIn });
}
