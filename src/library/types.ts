// The library's data, as the schemas in schemas/ define it.

export interface Principle {
  number: number;
  short: string;
  text: string;
  keywords?: string[];
}

export interface Code {
  id: string;
  title: string;
  source: string;
  preamble?: string;
  principles: Principle[];
}

export type DilemmaType = 'right-vs-wrong' | 'right-vs-right' | 'wrong-vs-wrong';

export interface Person {
  name: string;
  role?: string;
}

export interface KeyPrinciple {
  number: number;
  why: string;
}

export interface ScenarioOption {
  title: string;
  consequences?: string;
}

export interface Scenario {
  id: string;
  title: string;
  /** Absent in the file means the DBSA code; the loader fills it in. */
  code: string;
  summary?: string;
  setting?: string;
  people?: Person[];
  narrative: string;
  question?: string;
  dilemma_type?: DilemmaType;
  categories?: string[];
  principles: KeyPrinciple[];
  options?: ScenarioOption[];
  discussion?: string[];
  source?: string;
  adapted?: string;
}

export interface GridAction {
  id: string;
  action: string;
  principles: number[];
  why_people_disagree: string;
}

/** The course's Ethics Grid: actions to rate green, yellow or red, then discuss. */
export interface Grid {
  id: string;
  title: string;
  code: string;
  source?: string;
  directions?: string;
  ratings: { green: string; yellow: string; red: string };
  actions: GridAction[];
}

/** Library files (scenario, code, grid), answers files (answers, outcome, ratings), and a record's front matter. */
export type DataKind = 'scenario' | 'code' | 'grid' | 'answers' | 'outcome' | 'ratings' | 'record';

/** The folder of a library that holds each kind of file. */
export const KIND_FOLDERS: readonly [DataKind, string][] = [
  ['code', 'codes'],
  ['scenario', 'scenarios'],
  ['grid', 'grids'],
];

export const DEFAULT_CODE = 'dbsa';
