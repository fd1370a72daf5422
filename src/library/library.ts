// The layered library as data: the built-in codes/, scenarios/, grids/ and policies/ that ship with the
// package, then each trainer's folder in order. A later layer's file with the same id replaces
// the earlier one: the trainer added it on purpose. Every listing says so, and a record names
// where its case came from. Reading the folders is files/library-folders.ts's job.
import type { Problem } from '../data/problem.js';
import type { Code, DataKind, Grid, Policy, Scenario, Settings } from './types.js';

export interface LibraryFolder {
  dir: string;
  builtIn: boolean;
  /** The folder as the user named it (for a trainer's folder). */
  name?: string;
}

export interface Entry<T> {
  value: T;
  file: string;
  builtIn: boolean;
  /** The trainer's folder it came from, as the user named it. */
  from?: string;
  /** What it replaces: "the built-in case", or the earlier folder's file. */
  replaces?: string;
}

export interface Library {
  codes: Map<string, Entry<Code>>;
  scenarios: Map<string, Entry<Scenario>>;
  grids: Map<string, Entry<Grid>>;
  policies: Map<string, Entry<Policy>>;
  /** The settings of the last folder that has a settings.yaml (the built-in library has none). */
  settings: Settings;
  /** Every problem found, in every file read. */
  problems: Problem[];
  /** Every file read, in layer order. */
  files: string[];
  /** Things worth knowing that are not problems, e.g. a trainer's case in place of a built-in one. */
  notes: string[];
  /** `kind:id` of a file that has problems (and so is left out) -> its path. */
  brokenIds: Map<string, string>;
}

export interface LibraryFile {
  file: string;
  kind?: DataKind;
  builtIn: boolean;
  /** The trainer's folder it is in, as the user named it. */
  from?: string;
}

export const isYamlFile = (name: string) => /\.ya?ml$/i.test(name);
export const emptyLibrary = (): Library => ({
  codes: new Map(),
  scenarios: new Map(),
  grids: new Map(),
  policies: new Map(),
  settings: {},
  problems: [],
  files: [],
  notes: [],
  brokenIds: new Map(),
});
