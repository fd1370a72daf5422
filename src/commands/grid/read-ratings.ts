// Reading a ratings file or a grid summary that a person names: a path that is not a readable
// regular file throws (a typo in a path is not bad data); the rest is grid/ratings-file.ts.
import { readUserFile } from '../../files/read-user-file.js';
import { isSummaryFile, parseRatings } from '../../grid/ratings-file.js';
import type { ParseResult } from '../../data/yaml-source.js';

export const readRatingsSource = (file: string, shown = file): ParseResult =>
  parseRatings(file, readUserFile(file, isSummaryFile(file) ? 'grid summary' : 'ratings file', shown));
