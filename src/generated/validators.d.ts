// Types of the validators scripts/build.mjs generates from schemas/ with ajv's standalone mode:
// one module per schema (src/generated/<name>.js, typed by <name>.d.ts); this file gives their type.
import type { ErrorObject } from 'ajv';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
