// The kinds of data file the tool reads, each checked by the schema of the same name.

/** Library files (scenario, code, grid), answers files (answers, outcome, ratings), and a record's front matter. */
export type DataKind =
  | 'scenario'
  | 'code'
  | 'grid'
  | 'policy'
  | 'settings'
  | 'answers'
  | 'outcome'
  | 'ratings'
  | 'review'
  | 'record';
