import type { GeneratedValidator } from './validators.js';

export declare const review: GeneratedValidator;
