// The six steps of the course, as data: what each step asks, given what is answered so far.
// Questions whose answers are already in the Decision are skipped by the walkthrough. The
// longer steps have files of their own (recognize.ts, review.ts).
import { principlesFor, type GuideContext } from './context.js';
import { takesShortPath, type Decision } from './decision.js';
import type { Question, Step } from './question.js';
import { recognize } from './recognize.js';
import { review } from './review.js';

export type { GuideContext } from './context.js';

export const STEPS: readonly Step[] = [
  { id: 'recognize', title: 'Recognize', purpose: 'Is there an ethical dilemma, and what kind is it?' },
  { id: 'understand', title: 'Understand', purpose: 'The facts: who is involved, what is known, what is not.' },
  { id: 'establish', title: 'Establish', purpose: 'The options you have, and the principles in play.' },
  { id: 'review', title: 'Review', purpose: 'For each option: what follows, who could be harmed, what policies say.' },
  { id: 'explain', title: 'Explain', purpose: 'Your choice, defended in your own words, citing the principles.' },
  { id: 'act', title: 'Act', purpose: 'Concrete steps, and a date to look back at how it went.' },
];

const understand = (): Question<Decision>[] => [
  {
    kind: 'list',
    min: 1,
    item: 'Fact',
    path: ['understand', 'facts'],
    message: 'What are the facts?',
    help: 'One fact per line: what happened, what was said, what you saw.',
  },
  {
    kind: 'list',
    min: 1,
    item: 'Person or group',
    path: ['understand', 'stakeholders'],
    message: 'Who is involved, and who is affected?',
  },
  {
    kind: 'list',
    min: 0,
    optional: true,
    item: 'Not known yet',
    path: ['understand', 'unknowns'],
    message: 'What do you not know yet?',
    help: 'Press Enter on an empty line if nothing comes to mind.',
  },
];

const establish = (d: Decision, ctx: GuideContext): Question<Decision>[] => [
  {
    kind: 'list',
    min: 2,
    item: 'Option',
    path: ['establish', 'options'],
    message: 'What could you do? List at least two options.',
    nudge: 'Is there a third way? A middle path, a different timing, someone else to involve (Enter to go on)',
  },
  {
    kind: 'principles',
    min: 1,
    path: ['establish', 'principles'],
    choices: principlesFor(d, ctx),
    message: `Which principles of the code (${ctx.code.title}) are in play?`,
    help: 'Principles marked "suggested" match words of the case: a hint, not an answer.',
  },
];

function explain(d: Decision, ctx: GuideContext): Question<Decision>[] {
  const first: Question<Decision> = takesShortPath(d)
    ? { kind: 'text', path: ['explain', 'action'], message: 'What will you do?' }
    : {
        kind: 'select',
        path: ['explain', 'choice'],
        message: 'Which option do you choose?',
        choices: (d.establish?.options ?? []).map((o, i) => ({ value: i + 1, name: `${i + 1}. ${o}` })),
      };
  return [
    first,
    {
      kind: 'text',
      long: true,
      path: ['explain', 'rationale'],
      message: 'Why this choice? Defend it in your own words.',
    },
    {
      kind: 'principles',
      min: d.recognize?.dilemma === false ? 0 : 1,
      path: ['explain', 'principles'],
      message: 'Which principles does your choice rest on?',
      choices: principlesFor(d, ctx),
      // Those chosen in Establish start marked: untick what the choice does not rest on.
      preselected: d.establish?.principles ?? d.recognize?.at_stake ?? [],
    },
    { kind: 'choice-tests', optional: true, path: ['explain', 'tests'], message: 'Test your choice' },
  ];
}

function act(_d: Decision, ctx: GuideContext): Question<Decision>[] {
  const inTwoWeeks = new Date(Date.parse(`${ctx.today}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  return [
    { kind: 'list', min: 1, item: 'Step', path: ['act', 'steps'], message: 'What will you do, step by step?' },
    {
      kind: 'date',
      default: inTwoWeeks,
      path: ['act', 'follow_up'],
      message: 'When will you look back at how it went? (YYYY-MM-DD)',
      notBefore: ctx.today,
    },
  ];
}

/** The questions of a step for the Decision as it stands; empty for a step the path skips. */
export function questionsFor(step: Step['id'], d: Decision, ctx: GuideContext): Question<Decision>[] {
  if (takesShortPath(d) && (step === 'understand' || step === 'establish' || step === 'review')) return [];
  const steps = { recognize, understand, establish, review, explain, act };
  return steps[step](d, ctx);
}
