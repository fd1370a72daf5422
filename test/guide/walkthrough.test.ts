// The walkthrough over a scripted Prompter: order of steps, the short path, resume, feedback.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/guide/decision.js';
import type { KeyComparison } from '../../src/guide/feedback.js';
import type { Answer, Question } from '../../src/guide/question.js';
import { walkThrough } from '../../src/guide/walkthrough.js';
import { joinNewOption } from '../../src/guide/review.js';
import type { Prompter } from '../../src/guide/prompter.js';
import { guide } from './fixtures.js';

/** Answers by path; records what was asked, and fails on a question it has no answer for. */
function scripted(answers: Record<string, Answer>) {
  const asked: string[] = [];
  const steps: string[] = [];
  const feedback: KeyComparison[] = [];
  const prompter: Prompter = {
    step: (step) => void steps.push(step.title),
    feedback: (f) => void feedback.push(f),
    ask: async (q: Question) => {
      const key = q.path.join('.');
      asked.push(key);
      if (!(key in answers)) throw new Error(`no scripted answer for ${key}`);
      // A copy: the walkthrough may add to an answer (an option from Review joins the options).
      return structuredClone(answers[key]) as Answer;
    },
  };
  return { prompter, asked, steps, feedback };
}

const full: Record<string, Answer> = {
  'recognize.dilemma': true,
  'recognize.type': 'right-vs-right',
  'recognize.tension': 'justice-vs-mercy',
  'recognize.why': 'Both choices honour something.',
  'understand.facts': ['She offers a watch.'],
  'understand.stakeholders': ['Her', 'Me'],
  'understand.unknowns': [],
  'establish.options': ['Decline kindly', 'Accept and tell my supervisor'],
  'establish.principles': [3, 1],
  'review.options.0.consequences': 'She may feel hurt.',
  'review.options.0.harm.who': 'Her',
  'review.options.0.harm.severity': 'low',
  'review.options.1.consequences': 'Others may expect favours.',
  'review.options.1.harm.who': 'The group',
  'review.options.1.harm.severity': 'moderate',
  'review.lenses': {},
  'review.policies': 'Agency limit on gifts.',
  'review.consulted': 'supervisor',
  'review.new_option': null,
  'explain.choice': 1,
  'explain.rationale': 'It keeps the relationship fair.',
  'explain.principles': [3, 2],
  'explain.tests': { publicity: { pass: 'yes' }, respected_person: { pass: 'yes' }, universality: { pass: 'unsure' } },
  'act.steps': ['Thank her', 'Explain the rule'],
  'act.follow_up': '2026-12-07',
};

describe('the walkthrough', () => {
  it('asks the six steps in order and fills the decision', async () => {
    const script = scripted(full);
    const decision = await walkThrough({}, guide(), script.prompter);
    expect(script.steps).toEqual(['Recognize', 'Understand', 'Establish', 'Review', 'Explain', 'Act']);
    expect(script.asked).toEqual(Object.keys(full));
    expect(decision.review?.options?.[1]).toEqual({
      consequences: 'Others may expect favours.',
      harm: { who: 'The group', severity: 'moderate' },
    });
    expect(decision.explain?.choice).toBe(1);
  });

  it("compares the learner's principles with the trainer's key after Establish", async () => {
    const script = scripted(full);
    await walkThrough({}, guide(), script.prompter);
    expect(script.feedback).toEqual([
      {
        both: [3],
        trainerAdds: [{ number: 2, why: 'Refusing could hurt her dignity.' }],
        onlyYou: [1],
        options: guide().scenario?.options,
        kind: { yours: 'right-vs-right', key: 'right-vs-right' },
      },
    ]);
  });

  it('goes from a right-vs-wrong Recognize straight to Explain and Act, with the key after Recognize', async () => {
    const script = scripted({
      'recognize.dilemma': true,
      'recognize.type': 'right-vs-wrong',
      'recognize.why': 'Taking it would break the code.',
      'recognize.at_stake': [3],
      'explain.action': 'Decline the gift',
      'explain.rationale': 'The code is clear.',
      'explain.principles': [3],
      'explain.tests': {},
      'act.steps': ['Decline'],
      'act.follow_up': '2026-12-01',
    });
    await walkThrough({}, guide(), script.prompter);
    expect(script.steps).toEqual(['Recognize', 'Explain', 'Act']);
    // The key compares the principles the code answers it with, and the kind of dilemma.
    expect(script.feedback).toEqual([
      expect.objectContaining({ both: [3], onlyYou: [], kind: { yours: 'right-vs-wrong', key: 'right-vs-right' } }),
    ]);
  });

  it('asks for the situation first when it is your own, and then only what is unanswered on resume', async () => {
    const script = scripted({
      ...full,
      'recognize.title': 'Gift from J.',
      'recognize.situation': 'J. wants to give me a watch.',
    });
    const draft: Decision = {
      recognize: { title: 'Gift from J.', situation: 'J. wants to give me a watch.', dilemma: true },
    };
    await walkThrough(draft, guide({ scenario: undefined, caseText: '' }), script.prompter);
    expect(script.asked[0]).toBe('recognize.type');
    expect(script.asked).not.toContain('recognize.dilemma');
    expect(script.feedback).toEqual([]);
  });

  it('marks principles the case and the answers suggest, without choosing them', async () => {
    const seen: Question[] = [];
    const script = scripted(full);
    const prompter = { ...script.prompter, ask: async (q: Question) => (seen.push(q), script.prompter.ask(q)) };
    await walkThrough({}, guide(), prompter);
    const principles = seen.find((q) => q.path.join('.') === 'establish.principles');
    expect(principles?.kind === 'principles' && principles.choices.map((c) => c.suggestedBy)).toEqual([
      [],
      [],
      ['gift'],
    ]);
  });

  it('adds an option that came up in Review, reviews it like the others, and lets Explain choose it', async () => {
    const middle = 'Accept a card instead, and tell my supervisor';
    const seen: Question[] = [];
    const script = scripted({
      ...full,
      'review.new_option': middle,
      'review.options.2.consequences': 'She feels thanked, and nothing is owed.',
      'review.options.2.harm.who': 'Her, if she feels refused',
      'review.options.2.harm.severity': 'low',
      'explain.choice': 3,
    });
    const prompter = { ...script.prompter, ask: async (q: Question) => (seen.push(q), script.prompter.ask(q)) };
    const decision = await walkThrough({}, guide(), prompter);
    expect(decision.establish?.options).toEqual(['Decline kindly', 'Accept and tell my supervisor', middle]);
    // Its review is asked right after it, before Explain.
    expect(script.asked.slice(script.asked.indexOf('review.new_option') + 1, -6)).toEqual([
      'review.options.2.consequences',
      'review.options.2.harm.who',
      'review.options.2.harm.severity',
    ]);
    const choice = seen.find((q) => q.path.join('.') === 'explain.choice');
    expect(choice?.kind === 'select' && choice.choices.map((c) => c.name)).toEqual([
      '1. Decline kindly',
      '2. Accept and tell my supervisor',
      `3. ${middle}`,
    ]);
    expect(decision.explain?.choice).toBe(3);
  });

  it('takes "no one" could be harmed as no risk of harm, without asking how badly', async () => {
    const { 'review.options.1.harm.severity': _asked, ...rest } = full;
    const script = scripted({ ...rest, 'review.options.1.harm.who': 'No one.' });
    const decision = await walkThrough({}, guide(), script.prompter);
    expect(script.asked).not.toContain('review.options.1.harm.severity');
    expect(decision.review?.options?.[1]?.harm).toEqual({ who: 'No one.', severity: 'none' });
    expect(script.asked).toContain('review.options.0.harm.severity');
  });

  it('adds an option from Review only once (a draft or a revision answers it again)', async () => {
    const d: Decision = { establish: { options: ['A', 'B', 'C'] }, review: { new_option: ' C ' } };
    joinNewOption(d);
    expect(d.establish?.options).toEqual(['A', 'B', 'C']);
  });
});
