// Reads one data file from disk: regular files only, a capped read, then YAML and schema checks.
import { CliError } from '../errors.js';
import { readUserFile } from './read-user-file.js';
import type { Problem } from '../data/problem.js';
import { schemaProblems } from '../data/schema-check.js';
import type { ParseResult, YamlSource } from '../data/source.js';
import { code } from '../generated/code.js';
import { grid } from '../generated/grid.js';
import { policy } from '../generated/policy.js';
import { scenario as scenarioSchema } from '../generated/scenario.js';
import { settings } from '../generated/settings.js';
import {
  DEFAULT_CODE,
  KIND_FOLDERS,
  SETTINGS_FILE,
  type Code,
  type DataKind,
  type Grid,
  type Policy,
  type Scenario,
  type Settings,
} from '../library/types.js';

const VALIDATORS = { code, grid, policy, settings, scenario: scenarioSchema } as const;
type LibraryKind = keyof typeof VALIDATORS;

/** A YAML parser: the quick one answers undefined when the yaml library should read the file. */
export type Parse = (file: string, bytes: Uint8Array) => ParseResult | undefined;

/**
 * A file as read: `source` when the YAML parsed (so later checks can still point at nodes),
 * `problems` from the bytes, the YAML and the schema. Only a file without problems is usable.
 */
export type DataFile =
  | { kind: 'scenario'; file: string; value: Scenario; source: YamlSource; problems: Problem[] }
  | { kind: 'code'; file: string; value: Code; source: YamlSource; problems: Problem[] }
  | { kind: 'grid'; file: string; value: Grid; source: YamlSource; problems: Problem[] }
  | { kind: 'policy'; file: string; value: Policy; source: YamlSource; problems: Problem[] }
  | { kind: 'settings'; file: string; value: Settings; source: YamlSource; problems: Problem[] }
  | { kind: DataKind; file: string; value?: undefined; source?: undefined; problems: Problem[] };

/** What kind a file is: its folder says (codes/, scenarios/, grids/); otherwise its content does. */
export function kindOf(file: string, data: unknown): DataKind {
  if (file.split(/[\\/]/).at(-1) === SETTINGS_FILE) return 'settings';
  const folder = file.split(/[\\/]/).at(-2);
  const byFolder = KIND_FOLDERS.find(([, sub]) => sub === folder)?.[0];
  if (byFolder) return byFolder;
  const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  if ('actions' in fields) return 'grid';
  const first = Array.isArray(fields.principles)
    ? (fields.principles[0] as Record<string, unknown> | undefined)
    : undefined;
  return 'preamble' in fields || (first !== undefined && typeof first === 'object' && first !== null && 'text' in first)
    ? 'code'
    : 'scenario';
}

/** The file as read, or undefined when `parse` was unsure (read it again with the yaml library). */
export function readDataFile(file: string, kind: DataKind | undefined, parse: Parse): DataFile | undefined {
  const guessed: DataKind = kind ?? kindOf(file, undefined);
  const [folder, name] = file.split(/[\\/]/).slice(-2);
  // The settings file read as a case or a code: one sentence on where it goes, not a wall of missing fields.
  if (name === SETTINGS_FILE && guessed !== 'settings')
    return {
      kind: guessed,
      file,
      problems: [
        {
          file,
          line: 1,
          col: 1,
          message: `${SETTINGS_FILE} goes at the top of the library folder, next to ${folder}/, not inside it; move it up one folder`,
        },
      ],
    };
  let bytes: Buffer;
  try {
    bytes = readUserFile(file, 'library file');
  } catch (error) {
    // One odd file (a FIFO, a dangling link, a folder named x.yaml) is that file's problem,
    // not the end of every command that reads the library.
    if (!(error instanceof CliError)) throw error;
    return {
      kind: guessed,
      file,
      problems: [{ file, line: 1, col: 1, message: error.message.replace(`the library file ${file} `, 'this file ') }],
    };
  }
  const parsed = parse(file, bytes);
  if (!parsed) return undefined;
  if (!parsed.ok) return { kind: guessed, file, problems: parsed.problems };
  const { source } = parsed;
  const actual = kind ?? kindOf(file, source.data);
  const problems = schemaProblems(source, actual, VALIDATORS[actual as LibraryKind]);
  const isMapping = typeof source.data === 'object' && source.data !== null && !Array.isArray(source.data);
  if (!isMapping) return { kind: actual, file, problems };
  if (actual === 'code') return { kind: 'code', file, value: source.data as Code, source, problems };
  if (actual === 'grid') return { kind: 'grid', file, value: source.data as Grid, source, problems };
  if (actual === 'policy') return { kind: 'policy', file, value: source.data as Policy, source, problems };
  if (actual === 'settings') return { kind: 'settings', file, value: source.data as Settings, source, problems };
  const scenario = { ...(source.data as Scenario) };
  scenario.code ??= DEFAULT_CODE;
  return { kind: 'scenario', file, value: scenario, source, problems };
}
