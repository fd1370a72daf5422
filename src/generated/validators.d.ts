// Types of the validators scripts/build.mjs generates from schemas/ with ajv's standalone mode.
import type { ErrorObject } from 'ajv';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const answers: GeneratedValidator;
export const code: GeneratedValidator;
export const grid: GeneratedValidator;
export const scenario: GeneratedValidator;
