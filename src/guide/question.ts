// What the walkthrough asks. Each question names the place in the answers its answer goes,
// so a front end only has to produce a value, and an answered question is never asked again.
// The place is typed against the answers' shape (generated from its schema): a path that does
// not exist there does not compile.
import type { Path } from './decision.js';

type IsAny<T> = 0 extends 1 & T ? true : false;
type Keys<T> = T extends readonly unknown[] ? number : Extract<keyof T, string>;
type Child<T, K> = T extends readonly (infer U)[] ? U : K extends keyof T ? T[K] : never;

/** Every path into T, e.g. ['review', 'options', 0, 'harm', 'severity'] (at most 6 deep). */
export type PathOf<T, Depth extends unknown[] = []> =
  IsAny<T> extends true
    ? Path
    : Depth['length'] extends 6
      ? never
      : T extends object
        ? { [K in Keys<T>]: readonly [K] | readonly [K, ...PathOf<NonNullable<Child<T, K>>, [...Depth, 0]>] }[Keys<T>]
        : never;

export interface Choice<T> {
  value: T;
  name: string;
  /** Shown after the question once answered, instead of the name (keeps that line short). */
  short?: string;
  description?: string;
}

export interface PrincipleChoice {
  number: number;
  /** What the answer holds: the number, or "code:number" for a principle of another code. */
  value: number | string;
  /** Set for a principle of another code: that code's title, which heads its group. */
  otherCode?: string;
  short: string;
  text: string;
  /** Words of the case that suggest this principle; a hint, never a pre-chosen answer. */
  suggestedBy: string[];
}

interface Base<T> {
  path: PathOf<T>;
  message: string;
  /** One line of help shown with the question. */
  help?: string;
  /** An answers file may leave it out (it is then recorded as not given). */
  optional?: boolean;
  /** Lines to show before the question, set apart (the safety note). */
  before?: string[];
}

/** A policy of the library, as the Review step offers it. */
export interface PolicyChoice {
  id: string;
  title: string;
  text: string;
  /** Its categories or keywords fit the case: asked about one by one, first. */
  fits: boolean;
}

/** A question whose answer goes into answers of shape T (any shape, for a front end). */
export type Question<T = any> =
  | (Base<T> & { kind: 'confirm' })
  | (Base<T> & { kind: 'select'; choices: Choice<string | number>[]; placeholder?: string })
  | (Base<T> & { kind: 'text'; long?: boolean })
  | (Base<T> & { kind: 'list'; min: number; item: string; nudge?: string })
  | (Base<T> & { kind: 'principles'; min: number; choices: PrincipleChoice[]; preselected?: (number | string)[] })
  | (Base<T> & { kind: 'choose-many'; choices: Choice<string>[] })
  | (Base<T> & { kind: 'date'; default: string; notBefore?: string })
  // Composite answers, each asked in parts (a draft keeps every part):
  | (Base<T> & { kind: 'policies'; policies: PolicyChoice[] })
  | (Base<T> & { kind: 'lenses'; options: string[] })
  | (Base<T> & { kind: 'consultation'; today: string })
  | (Base<T> & { kind: 'choice-tests' });

export type Answer = boolean | string | number | string[] | number[] | object | null;

export interface Step {
  id: 'recognize' | 'understand' | 'establish' | 'review' | 'explain' | 'act';
  title: string;
  /** What the step is for, in one line. */
  purpose: string;
}
