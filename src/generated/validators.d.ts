// Types of the validators scripts/build.mjs generates from schemas/ with ajv's standalone mode:
// one module per schema (src/generated/<name>.js, typed by <name>.d.ts) and this barrel.
import type { ErrorObject } from 'ajv';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export { answers } from './answers.js';
export { code } from './code.js';
export { grid } from './grid.js';
export { outcome } from './outcome.js';
export { policy } from './policy.js';
export { ratings } from './ratings.js';
export { record } from './record.js';
export { review } from './review.js';
export { scenario } from './scenario.js';
export { settings } from './settings.js';
