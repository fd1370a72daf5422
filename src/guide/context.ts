// What the walkthrough knows besides the answers: the case, the code, today, and the words
// that suggest principles.
import type { OtherCodes } from '../library/principles.js';
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
  /** The library's other codes, whose principles a decision may cite as code:number. */
  others: OtherCodes;
}

/** The other codes a decision may cite: all of them for a course case; those chosen for your own situation. */
export const citableCodes = (d: Decision, ctx: GuideContext): Code[] =>
  [...ctx.others.values()].filter(
    (c) => c.id !== ctx.code.id && (ctx.scenario !== undefined || (d.codes ?? []).includes(c.id)),
  );

/**
 * The code's principles, each with the words of the case and of the answers that suggest it,
 * then those of the other codes that apply, suggested by their own keywords (an agency's
 * handbook), after the decision's own code.
 */
export function principlesFor(d: Decision, ctx: GuideContext): PrincipleChoice[] {
  const text = [ctx.caseText, d.recognize?.situation ?? '', ...(d.understand?.facts ?? [])].join('\n');
  // Another code's principles are suggested by their own keywords too (an agency's handbook).
  const others = citableCodes(d, ctx).flatMap((code) =>
    principleChoices(code, text).map((choice) => ({
      ...choice,
      value: `${code.id}:${choice.number}`,
      otherCode: code.title,
    })),
  );
  return [...principleChoices(ctx.code, text), ...others];
}
