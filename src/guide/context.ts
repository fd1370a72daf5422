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
 * then those of the other codes that apply (no suggestions there: their keywords are another
 * code's hints, and the decision's own code comes first).
 */
export function principlesFor(d: Decision, ctx: GuideContext): PrincipleChoice[] {
  const own = principleChoices(
    ctx.code,
    [ctx.caseText, d.recognize?.situation ?? '', ...(d.understand?.facts ?? [])].join('\n'),
  );
  const others = citableCodes(d, ctx).flatMap((code) =>
    code.principles.map((p) => ({
      number: p.number,
      value: `${code.id}:${p.number}`,
      otherCode: code.title,
      short: p.short,
      text: p.text,
      suggestedBy: [],
    })),
  );
  return [...own, ...others];
}
