// The six steps of the course, as data: what each step asks, given what is answered so far.
// Questions whose answers are already in the Decision are skipped by the walkthrough.
import type { Code, Scenario } from '../library/types.js';
import { DILEMMA_TYPES, type DilemmaType } from '../library/types.js';
import { CONSULTED, SEVERITIES, TENSIONS, takesShortPath, type Decision, type Tension } from './decision.js';
import type { Choice, PrincipleChoice, Question, Step } from './question.js';
import { principleChoices } from './suggestions.js';
import { capitalised, idWords } from '../text/words.js';

export interface GuideContext {
  scenario?: Scenario;
  code: Code;
  /** YYYY-MM-DD, from the clock the shell passes in. */
  today: string;
  /** The case as the learner read it: its words suggest principles (with the user's own). */
  caseText: string;
}

/** The code's principles, each with the words of the case and of the answers that suggest it. */
const principlesFor = (d: Decision, ctx: GuideContext): PrincipleChoice[] =>
  principleChoices(ctx.code, [ctx.caseText, d.recognize?.situation ?? '', ...(d.understand?.facts ?? [])].join('\n'));

export const STEPS: readonly Step[] = [
  { id: 'recognize', title: 'Recognize', purpose: 'Is there an ethical dilemma, and what kind is it?' },
  { id: 'understand', title: 'Understand', purpose: 'The facts: who is involved, what is known, what is not.' },
  { id: 'establish', title: 'Establish', purpose: 'The options you have, and the principles in play.' },
  { id: 'review', title: 'Review', purpose: 'For each option: what follows, who could be harmed, what policies say.' },
  { id: 'explain', title: 'Explain', purpose: 'Your choice, defended in your own words, citing the principles.' },
  { id: 'act', title: 'Act', purpose: 'Concrete steps, and a date to look back at how it went.' },
];

/** What each kind of dilemma means; the kinds themselves are the schema's (a new one fails here). */
const DILEMMA_HELP: Record<DilemmaType, string> = {
  'right-vs-wrong': 'One choice is clearly ethical and the other is not.',
  'right-vs-right': 'Two or more choices are all ethical, and they pull against each other.',
  'wrong-vs-wrong': 'Every choice goes against some value; you look for the least harm.',
};

export const DILEMMA_CHOICES: Choice<DilemmaType>[] = DILEMMA_TYPES.map((value) => ({
  value,
  name: capitalised(idWords(value)),
  description: DILEMMA_HELP[value],
}));

/** The tensions' own names where the id does not read well. */
const TENSION_NAME: Partial<Record<Tension, string>> = { unsure: 'not sure / none of these' };

const TENSION_HELP: Partial<Record<Tension, string>> = {
  'truth-vs-loyalty': 'being honest, or keeping faith with a person or group',
  'individual-vs-community': 'what one person needs, or what others around them need',
  'short-term-vs-long-term': 'what helps now, or what helps later',
  'justice-vs-mercy': 'holding to the rules, or making room for compassion',
};

function recognize(d: Decision, ctx: GuideContext): Question<Decision>[] {
  const questions: Question<Decision>[] = [];
  if (!ctx.scenario) {
    questions.push(
      {
        kind: 'text',
        path: ['recognize', 'title'],
        message: 'A short name for this situation',
        help: 'Use initials, not names (for example: "Gift from J.").',
      },
      {
        kind: 'text',
        long: true,
        path: ['recognize', 'situation'],
        message: 'Describe the situation',
        help: 'Use initials, not names, and leave out details that could identify anyone.',
      },
    );
  }
  questions.push({
    kind: 'confirm',
    path: ['recognize', 'dilemma'],
    message: 'Is there an ethical dilemma here?',
    help: 'A dilemma is a choice where values or duties pull in different directions.',
  });
  if (d.recognize?.dilemma === false) {
    return [
      ...questions,
      {
        kind: 'text',
        long: true,
        path: ['recognize', 'why'],
        message: 'Why is it not a dilemma? What makes the way forward clear?',
      },
    ];
  }
  questions.push({
    kind: 'select',
    path: ['recognize', 'type'],
    message: 'What kind of dilemma is it?',
    choices: DILEMMA_CHOICES,
  });
  if (d.recognize?.type === 'right-vs-right') {
    const choices = TENSIONS.map((t) => ({
      value: t,
      name: TENSION_NAME[t] ?? idWords(t),
      description: TENSION_HELP[t],
    }));
    questions.push({
      kind: 'select',
      optional: true,
      path: ['recognize', 'tension'],
      message: 'Which two goods pull against each other?',
      choices,
    });
  }
  questions.push({
    kind: 'text',
    long: true,
    path: ['recognize', 'why'],
    message: 'Why is it a dilemma? What pulls in each direction?',
  });
  if (d.recognize?.type === 'right-vs-wrong') {
    questions.push({
      kind: 'principles',
      min: 1,
      path: ['recognize', 'at_stake'],
      message: 'The code answers a right-vs-wrong question. Which principle is at stake?',
      choices: principlesFor(d, ctx),
    });
  }
  return questions;
}

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

function review(d: Decision): Question<Decision>[] {
  const options = d.establish?.options ?? [];
  const perOption = options.flatMap((title, i): Question<Decision>[] => [
    {
      kind: 'text',
      path: ['review', 'options', i, 'consequences'],
      message: `Option ${i + 1}, "${title}": what would likely follow?`,
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
      choices: SEVERITIES.map((s) => ({ value: s, name: s })),
    },
  ]);
  return [
    ...perOption,
    {
      kind: 'text',
      long: true,
      path: ['review', 'policies'],
      message: 'Which laws and agency policies apply, and what do they say?',
      help:
        'For example a duty to warn, privacy law such as HIPAA, your agency\'s gift limit. Write "none known" ' +
        'if none.',
    },
    {
      kind: 'select',
      optional: true,
      path: ['review', 'consulted'],
      message: 'Have you talked it over with a supervisor or colleague?',
      choices: CONSULTED.map((c) => ({ value: c, name: idWords(c) })),
    },
  ];
}

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
    },
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
    },
  ];
}

/** The questions of a step for the Decision as it stands; empty for a step the path skips. */
export function questionsFor(step: Step['id'], d: Decision, ctx: GuideContext): Question<Decision>[] {
  if (takesShortPath(d) && (step === 'understand' || step === 'establish' || step === 'review')) return [];
  const steps = { recognize, understand, establish, review, explain, act };
  return steps[step](d, ctx);
}
