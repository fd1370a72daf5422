// Reads library files and adds them to a library: codes first (every scenario, whatever its
// layer, checks its numbers against them), then scenarios. Each file is read by the quick
// parser; the yaml library is loaded only for a file it is unsure of, or to place problems.
import { append } from '../data/arrays.js';
import { placeProblems } from '../data/place.js';
import { quickParse } from '../data/quick-yaml.js';
import { codeProblems, fileNameProblems, gridProblems, scenarioProblems } from '../library/checks.js';
import { controlCharacterWarnings } from '../library/text-checks.js';
import { readDataFile, type DataFile } from './data-file.js';
import { teachingWarnings } from '../library/lints.js';
import type { Library, LibraryFile } from '../library/library.js';
import { isError, type Problem } from '../data/problem.js';
import { problemAt } from '../data/source.js';

export async function addFiles(library: Library, files: LibraryFile[]): Promise<void> {
  let full: typeof import('../data/yaml-source.js') | undefined;
  const read = [];
  for (const f of files) {
    let file = readDataFile(f.file, f.kind, quickParse);
    if (!file) {
      full ??= await import('../data/yaml-source.js');
      file = readDataFile(f.file, f.kind, full.parseYaml)!;
    }
    if (file.source) append(file.problems, controlCharacterWarnings(file.source));
    read.push({ ...file, builtIn: f.builtIn, from: f.from });
  }
  append(
    library.files,
    files.map((f) => f.file),
  );
  for (const f of read) if (!f.source) append(library.problems, f.problems);
  for (const f of read)
    if (f.source && f.kind === 'code')
      register(library, 'codes', f, [...f.problems, ...codeProblems(f.source, f.value)]);
  const codes = new Map([...library.codes].map(([id, entry]) => [id, entry.value]));
  const broken = (id: string) => library.brokenIds.get(`code:${id}`);
  for (const f of read)
    if (f.source && f.kind === 'scenario')
      register(library, 'scenarios', f, [
        ...f.problems,
        ...scenarioProblems(f.source, f.value, codes, broken),
        ...teachingWarnings(f.source, f.value),
      ]);
  for (const f of read)
    if (f.source && f.kind === 'grid')
      register(library, 'grids', f, [...f.problems, ...gridProblems(f.source, f.value, codes, broken)]);
  for (const f of read)
    if (f.source && f.kind === 'policy')
      register(library, 'policies', f, [...f.problems, ...fileNameProblems(f.source, f.value.id, 'policy')]);
  // A later folder's settings replace an earlier one's.
  for (const f of read) {
    if (!f.source || f.kind !== 'settings') continue;
    append(library.problems, f.problems);
    if (!f.problems.some(isError)) library.settings = f.value;
  }
  library.problems = await placeProblems(library.problems);
}

type ReadFile = Extract<DataFile, { source: object }> & { builtIn: boolean; from?: string };

const KIND_WORD = { codes: 'code', scenarios: 'case', grids: 'grid', policies: 'policy' } as const;
const ID_KIND = { codes: 'code', scenarios: 'scenario', grids: 'grid', policies: 'policy' } as const;

/**
 * Adds a file's entry when it has no problems. An id an earlier layer has is replaced, with a
 * note; the same id twice in one folder is a problem (which of the two would be meant?).
 */
function register(
  library: Library,
  where: 'codes' | 'scenarios' | 'grids' | 'policies',
  f: ReadFile & { value: { id: string } },
  problems: Problem[],
): void {
  const entries = library[where] as Map<string, unknown>;
  const id = typeof f.value.id === 'string' ? f.value.id : undefined;
  const taken = id === undefined ? undefined : library[where].get(id);
  let replaces: string | undefined;
  if (taken && taken.builtIn === f.builtIn && taken.from === f.from) {
    problems.push(
      problemAt(
        f.source,
        ['id'],
        `id \`${id}\` is already used by ${taken.file} in the same folder; give each file its own id (and file name)`,
      ),
    );
  } else if (taken) {
    replaces = taken.builtIn ? `the built-in ${KIND_WORD[where]}` : `${taken.file}`;
  }
  append(library.problems, problems);
  if (problems.some(isError)) {
    if (id === undefined) return;
    library.brokenIds.set(`${ID_KIND[where]}:${id}`, f.file);
    // A trainer's broken copy is not silently swapped for the one it was meant to replace.
    if (replaces) entries.delete(id);
    return;
  }
  if (replaces) library.notes.push(`${f.file} is used in place of ${replaces} \`${id}\``);
  entries.set(f.value.id, {
    value: f.value,
    file: f.file,
    builtIn: f.builtIn,
    ...(f.from ? { from: f.from } : {}),
    ...(replaces ? { replaces } : {}),
  });
}
