// What the walkthrough asks. Each question names the place in the Decision its answer goes,
// so a front end only has to produce a value, and an answered question is never asked again.
import type { Path } from './decision.js';

export interface Choice<T> {
  value: T;
  name: string;
  /** Shown after the question once answered, instead of the name (keeps that line short). */
  short?: string;
  description?: string;
}

export interface PrincipleChoice {
  number: number;
  short: string;
  text: string;
  /** Words of the case that suggest this principle; a hint, never a pre-chosen answer. */
  suggestedBy: string[];
}

interface Base {
  path: Path;
  message: string;
  /** One line of help shown with the question. */
  help?: string;
  /** An answers file may leave it out (it is then recorded as not given). */
  optional?: boolean;
}

export type Question =
  | (Base & { kind: 'confirm' })
  | (Base & { kind: 'select'; choices: Choice<string | number>[]; placeholder?: string })
  | (Base & { kind: 'text'; long?: boolean })
  | (Base & { kind: 'list'; min: number; item: string; nudge?: string })
  | (Base & { kind: 'principles'; min: number; choices: PrincipleChoice[] })
  | (Base & { kind: 'date'; default: string });

export type Answer = boolean | string | number | string[] | number[] | null;

export interface Step {
  id: 'recognize' | 'understand' | 'establish' | 'review' | 'explain' | 'act';
  title: string;
  /** What the step is for, in one line. */
  purpose: string;
}
