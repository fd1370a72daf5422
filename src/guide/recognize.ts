// Step 1, Recognize: is there an ethical dilemma, of which kind, and why. For your own
// situation it first asks for a name and a description; for right vs wrong, the principle at stake.
import { DILEMMA_TYPES, type DilemmaType } from '../library/types.js';
import { capitalised, idWords } from '../text/words.js';
import type { GuideContext } from './context.js';
import { principlesFor } from './context.js';
import { TENSIONS, type Decision, type Tension } from './decision.js';
import type { Choice, Question } from './question.js';

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

/** Why it is a dilemma, asked in the words of its kind. */
const WHY: Record<string, string> = {
  'right-vs-right': 'Why is it a dilemma? What pulls in each direction?',
  'right-vs-wrong': 'Why is it clear which way is right? What makes the other way wrong?',
  'wrong-vs-wrong': 'Why is it a dilemma? What harm would each way do?',
};

export function recognize(d: Decision, ctx: GuideContext): Question<Decision>[] {
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
    const others = [...ctx.others.values()].filter((c) => c.id !== ctx.code.id);
    if (others.length) {
      questions.push({
        kind: 'choose-many',
        optional: true,
        path: ['codes'],
        message: `You reason with ${ctx.code.title}. Do other codes apply too? (Space marks one; Enter goes on)`,
        choices: others.map((c) => ({ value: c.id, name: c.title })),
      });
    }
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
    message: WHY[d.recognize?.type ?? 'right-vs-right'] ?? WHY['right-vs-right']!,
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
