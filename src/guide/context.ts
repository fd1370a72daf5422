// What the walkthrough knows besides the answers: the case, the code, today, and the words
// that suggest principles.
import type { Code, Policy, Scenario, Settings } from '../library/types.js';
import type { Decision } from './decision.js';
import type { PrincipleChoice } from './question.js';
import { principleChoices } from './suggestions.js';

export interface GuideContext {
  scenario?: Scenario;
  code: Code;
  /** YYYY-MM-DD, from the clock the shell passes in. */
  today: string;
  /** The case as the learner read it: its words suggest principles (with the user's own). */
  caseText: string;
  /** The library's policies (laws and agency rules) that Review asks about. */
  policies: Policy[];
  /** The library's settings (the crisis numbers of the safety net). */
  settings: Settings;
}

/** The code's principles, each with the words of the case and of the answers that suggest it. */
export const principlesFor = (d: Decision, ctx: GuideContext): PrincipleChoice[] =>
  principleChoices(ctx.code, [ctx.caseText, d.recognize?.situation ?? '', ...(d.understand?.facts ?? [])].join('\n'));
