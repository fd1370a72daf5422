// Step 4, Review: for each option what would likely follow and who could be harmed, how badly;
// other lenses on the options (optional); the library's policies that fit the case, then any
// other rules; whether it was talked over, with whom and what they advised. When it could be
// serious and no one was consulted, the safety note comes before one more question. Last, an
// option that came up in Review may join the options.
import { keywordsFit } from './suggestions.js';
import type { GuideContext } from './context.js';
import { SEVERITIES, type Decision } from './decision.js';
import type { PolicyChoice, Question } from './question.js';
import { consulted, safetyNetFires, safetyNote } from './safety.js';

/**
 * The library's policies in the order Review shows them: those whose words the case holds
 * ("fit", asked about one by one), then those of the case's categories, then the rest (one
 * checklist). Categories alone are too broad to ask about each: most rules touch confidentiality.
 */
export function policyChoices(d: Decision, ctx: GuideContext): PolicyChoice[] {
  const categories = ctx.scenario?.categories ?? [];
  const text = [ctx.caseText, d.recognize?.situation ?? '', ...(d.understand?.facts ?? [])].join('\n');
  const ranked = ctx.policies.map((p) => {
    // The same whole-word matching as the principles' keywords.
    const fits = keywordsFit(p, text);
    const near = (p.categories ?? []).some((c) => categories.includes(c));
    return { choice: { id: p.id, title: p.title, text: p.text, fits }, rank: fits ? 0 : near ? 1 : 2 };
  });
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.choice);
}

function perOption(d: Decision): Question<Decision>[] {
  const added = d.review?.new_option?.trim();
  return (d.establish?.options ?? []).flatMap((title, i): Question<Decision>[] => [
    {
      kind: 'text',
      path: ['review', 'options', i, 'consequences'],
      // The option that came up in Review says so when it is first asked about.
      message: `Option ${i + 1}${title === added ? ' (new, from Review)' : ''}, "${title}": what would likely follow?`,
    },
    {
      kind: 'text',
      path: ['review', 'options', i, 'harm', 'who'],
      message: `Option ${i + 1}: who could be harmed, and how?`,
      help: 'Write "no one" if you see no risk.',
    },
    {
      kind: 'select',
      path: ['review', 'options', i, 'harm', 'severity'],
      message: `Option ${i + 1}: how badly could they be harmed?`,
      // No answer to start on: Enter pressed by habit would rate the harm "none" and keep the safety net quiet.
      placeholder: '(choose how badly with ↑ ↓, then Enter)',
      choices: SEVERITIES.map((s) => ({ value: s, name: s })),
    },
  ]);
}

function rules(d: Decision, ctx: GuideContext): Question<Decision>[] {
  if (ctx.policies.length === 0 || typeof d.review?.policies === 'string') {
    return [
      {
        kind: 'text',
        long: true,
        path: ['review', 'policies'],
        message: 'Which laws and agency policies apply, and what do they say?',
        help: 'For example a duty to warn, privacy law such as HIPAA, your agency\'s gift limit. Write "none known" if none.',
      },
    ];
  }
  return [
    {
      kind: 'policies',
      optional: true,
      path: ['review', 'policies'],
      message: 'Which laws and policies apply?',
      policies: policyChoices(d, ctx),
    },
    {
      kind: 'text',
      optional: true,
      path: ['review', 'other_rules'],
      message: 'Any other laws or agency rules that apply? (Enter to skip)',
    },
  ];
}

export function review(d: Decision, ctx: GuideContext): Question<Decision>[] {
  const questions: Question<Decision>[] = [
    ...perOption(d),
    {
      kind: 'lenses',
      optional: true,
      path: ['review', 'lenses'],
      message: 'Look at the options through other lenses?',
      options: d.establish?.options ?? [],
    },
    ...rules(d, ctx),
    {
      kind: 'consultation',
      optional: true,
      path: ['review', 'consulted'],
      message: 'Have you talked it over with a supervisor or colleague?',
      today: ctx.today,
    },
  ];
  if (safetyNetFires(d, ctx)) {
    questions.push({
      kind: 'select',
      optional: true,
      path: ['review', 'reached'],
      message: 'Can you reach your supervisor, or someone else you trust, about this now?',
      before: safetyNote(ctx.settings),
      choices: [
        { value: 'yes', name: 'Yes, I talked it over now' },
        { value: 'no', name: 'Not yet' },
      ],
    });
    if (d.review?.reached === 'yes') {
      questions.push({
        kind: 'text',
        optional: true,
        path: ['review', 'reached_advice'],
        message: 'Who was it (initials and role), and what did they advise?',
      });
    }
  }
  // Last: what Review taught may be a better way than any option so far (often the advice the person got).
  questions.push({
    kind: 'text',
    optional: true,
    path: ['review', 'new_option'],
    message: `Did the review${consultedSomeone(d) ? ', or the advice you got,' : ''} bring up another option? Write it, or press Enter to go on.`,
  });
  return questions;
}

/**
 * An option that came up in Review joins the options, once, as the last: its consequences and
 * harm are then asked like the others', and Explain can choose it.
 */
export function joinNewOption(d: Decision): void {
  const added = d.review?.new_option?.trim();
  const options = d.establish?.options;
  if (added && options && !options.includes(added)) options.push(added);
}

const NO_ONE = /^\s*(no ?one|nobody)\.?\s*$/i;

/** "No one" could be harmed (as the question's help suggests writing): then the risk is none, not asked. */
function noOneHarmed(d: Decision): void {
  for (const option of d.review?.options ?? [])
    if (option?.harm && NO_ONE.test(option.harm.who ?? '') && option.harm.severity === undefined)
      option.harm.severity = 'none';
}

/** What follows from the answers so far, after each answer: a new option joins, "no one" means no harm. */
export function settleReview(d: Decision): void {
  joinNewOption(d);
  noOneHarmed(d);
}

/** Whether the person talked it over with someone, before or after the safety note. */
const consultedSomeone = (d: Decision): boolean => consulted(d) || d.review?.reached === 'yes';
