// A decision: the answers to the six steps. The answers file, a draft and the walkthrough
// all hold this one shape (schemas/answers.schema.json), so any of them can resume another.
import type { DilemmaType } from '../library/types.js';

export const SEVERITIES = ['none', 'low', 'moderate', 'high', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const TENSIONS = [
  'truth-vs-loyalty',
  'individual-vs-community',
  'short-term-vs-long-term',
  'justice-vs-mercy',
] as const;
export type Tension = (typeof TENSIONS)[number];
export const CONSULTED = ['supervisor', 'colleague', 'both', 'not-yet'] as const;
export type Consulted = (typeof CONSULTED)[number];

export interface OptionReview {
  /** The option's number; optional, but when given it must match the position. */
  option?: number;
  consequences?: string;
  harm?: { who?: string; severity?: Severity };
}

export interface Decision {
  scenario?: string;
  code?: string;
  recognize?: {
    title?: string;
    situation?: string;
    dilemma?: boolean;
    type?: DilemmaType;
    tension?: Tension;
    why?: string;
    /** Right vs wrong: the principle the code answers it with. */
    at_stake?: number[];
  };
  understand?: { facts?: string[]; stakeholders?: string[]; unknowns?: string[] };
  establish?: { options?: string[]; principles?: number[] };
  review?: { options?: OptionReview[]; policies?: string; consulted?: Consulted };
  explain?: { choice?: number; action?: string; rationale?: string; principles?: number[] };
  act?: { steps?: string[]; follow_up?: string };
}

export type Path = readonly (string | number)[];

export function getAt(root: unknown, path: Path): unknown {
  let here = root;
  for (const segment of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[segment];
  }
  return here;
}

/** Sets a value, making the maps and lists on the way (a number segment makes a list). */
export function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let here: Record<string | number, unknown> = root;
  path.forEach((segment, i) => {
    if (i === path.length - 1) return void (here[segment] = value);
    const next = path[i + 1];
    here[segment] ??= typeof next === 'number' ? [] : {};
    here = here[segment] as Record<string | number, unknown>;
  });
}

/** Right vs wrong (or no dilemma at all): the code answers it, so the walk goes to Explain. */
export const takesShortPath = (d: Decision) => d.recognize?.dilemma === false || d.recognize?.type === 'right-vs-wrong';

/** The chosen course in words: the option chosen, or what the user will do on the short path. */
export function decisionText(d: Decision): string {
  const choice = d.explain?.choice;
  if (choice !== undefined) return d.establish?.options?.[choice - 1] ?? '';
  return d.explain?.action ?? '';
}
