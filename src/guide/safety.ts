// The safety net: when an option could cause high or severe harm, or an urgent policy (a duty
// to warn, reporting abuse) applies, and no one has been consulted, the tool says plainly to talk
// to a supervisor before acting, and how to get help at once. Its numbers are a library setting.
import type { Settings } from '../library/types.js';
import type { Decision } from './decision.js';
import type { GuideContext } from './context.js';

/** Whether anyone was consulted: a trace of a consultation, or the old answer naming who. */
export const consulted = (d: Decision): boolean => {
  const value = d.review?.consulted;
  return value !== undefined && value !== null && value !== 'not-yet';
};

/** The urgent policies the person said apply. */
export function urgentPolicies(d: Decision, ctx: Pick<GuideContext, 'policies'>): string[] {
  const answers = Array.isArray(d.review?.policies) ? d.review.policies : [];
  return answers
    .filter((a) => a.applies === 'yes' && ctx.policies.find((p) => p.id === a.rule)?.urgent === true)
    .map((a) => a.rule);
}

/** High or severe harm, or an urgent policy that applies. */
export const serious = (d: Decision, ctx: Pick<GuideContext, 'policies'>): boolean =>
  (d.review?.options ?? []).some((o) => o?.harm?.severity === 'high' || o?.harm?.severity === 'severe') ||
  urgentPolicies(d, ctx).length > 0;

/** The net fires: serious, and no one consulted yet. */
export const safetyNetFires = (d: Decision, ctx: Pick<GuideContext, 'policies'>): boolean =>
  serious(d, ctx) && !consulted(d);

/** Still no one reached after the note: the record is flagged "consult first". */
export const consultFirst = (d: Decision, ctx: Pick<GuideContext, 'policies'>): boolean =>
  safetyNetFires(d, ctx) && d.review?.reached !== 'yes';

/** The note, in the agency's words when its settings give them. */
export function safetyNote(settings: Settings): string[] {
  const crisis = settings.crisis;
  if (crisis?.text) return [crisis.text];
  const emergency = crisis?.emergency ?? '911';
  const line = crisis ? crisis.crisis_line : '988';
  return [
    'This could be serious. Before you act, talk it over with your supervisor (or another colleague you trust).',
    `If someone may be in danger right now, call ${emergency}${line ? `, or ${line} for a mental health crisis` : ''}.`,
  ];
}
