// The library's data, as the schemas in schemas/ define it (the types are generated from them).
import type { CodeFile } from '../generated/code.types.js';
import { DILEMMA_TYPES } from '../generated/enums.js';
import type { GridFile } from '../generated/grid.types.js';
import type { PolicyFile } from '../generated/policy.types.js';
import type { ScenarioFile } from '../generated/scenario.types.js';
import type { SettingsFile } from '../generated/settings.types.js';

export type Code = CodeFile;
export type Principle = Code['principles'][number];

export { DILEMMA_TYPES };
export type DilemmaType = (typeof DILEMMA_TYPES)[number];

/** A case. Absent in the file, `code` means the DBSA code; the loader fills it in. */
export type Scenario = ScenarioFile & { code: string };
export type Person = NonNullable<Scenario['people']>[number];
export type KeyPrinciple = Scenario['principles'][number];
export type ScenarioOption = NonNullable<Scenario['options']>[number];

/** The course's Ethics Grid: actions to rate green, yellow or red, then discuss. */
export type Grid = GridFile;
export type GridAction = Grid['actions'][number];

import type { DataKind } from '../data/kinds.js';

export type { DataKind };

/** The folder of a library that holds each kind of file. */
export const KIND_FOLDERS: readonly [DataKind, string][] = [
  ['code', 'codes'],
  ['scenario', 'scenarios'],
  ['grid', 'grids'],
  ['policy', 'policies'],
];

/** A law or agency rule that Review asks about (policies/<id>.yaml). */
export type Policy = PolicyFile;
/** A library folder's settings.yaml: for now, the crisis numbers the safety net shows. */
export type Settings = SettingsFile;
export const SETTINGS_FILE = 'settings.yaml';

export const DEFAULT_CODE = 'dbsa';
