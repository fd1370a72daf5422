// Reads library files and adds them to a library: codes first (every scenario, whatever its
// layer, checks its numbers against them), then scenarios. Imported lazily: it pulls in yaml.
import { codeProblems, scenarioProblems } from './checks.js';
import { readDataFile, type DataFile } from './data-file.js';
import type { Library, LibraryFile } from './library.js';
import type { Problem } from './problem.js';
import { problemAt } from './yaml-source.js';

export function addFiles(library: Library, files: LibraryFile[]): void {
  const read = files.map((f) => ({ ...readDataFile(f.file, f.kind), builtIn: f.builtIn }));
  library.files.push(...files.map((f) => f.file));
  for (const f of read) if (!f.ok) library.problems.push(...f.problems);
  for (const f of read) if (f.ok && f.kind === 'code') register(library, 'codes', f, codeProblems(f.source, f.value));
  const codes = new Map([...library.codes].map(([id, entry]) => [id, entry.value]));
  for (const f of read) if (f.ok && f.kind === 'scenario') register(library, 'scenarios', f, scenarioProblems(f.source, f.value, codes));
}

type ReadFile = Extract<DataFile, { ok: true }> & { builtIn: boolean };

function register(library: Library, where: 'codes' | 'scenarios', f: ReadFile, problems: Problem[]): void {
  const entries = library[where] as Map<string, unknown>;
  const taken = library[where].get(f.value.id);
  if (taken) {
    const owner = taken.builtIn ? `the built-in ${where === 'codes' ? 'code' : 'scenario'} of that name` : taken.file;
    problems.push(problemAt(f.source, ['id'], `id \`${f.value.id}\` is already used by ${owner}; ids must be unique across the library, so rename this one (id and file name)`));
  }
  library.problems.push(...problems);
  if (problems.length === 0) entries.set(f.value.id, { value: f.value, file: f.file, builtIn: f.builtIn });
}
