// Revising a decision in the terminal: each question the old record answered shows that answer
// and asks whether to keep it; "no" asks the question as usual. A question the old record did
// not answer (or one whose answer was being given when a run stopped) is simply asked.
import { answerProblem } from '../guide/answer-check.js';
import { getAt, type Decision } from '../guide/decision.js';
import type { Prompter } from '../guide/prompter.js';
import type { Answer, Question } from '../guide/question.js';
import type { Stop } from '../session/stop.js';
import { oneLine } from '../text/controls.js';
import { clip } from '../text/table.js';
import type { Io } from '../ui/io.js';
import { style } from '../ui/style.js';
import { promptRunner } from './prompt-runner.js';
import { CHOICE_TESTS, LENS_QUESTIONS, TEST_QUESTIONS, type Lens } from '../guide/lenses.js';

/** An earlier answer in one short line: lists joined with "; ", objects as "key: value". */
export function shortAnswer(value: unknown): string {
  if (value === null) return '(left out)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(shortAnswer).join('; ') || '(none)';
  if (typeof value === 'object')
    return Object.entries(value as object)
      .map(([key, v]) => `${key.replaceAll('_', ' ')}: ${shortAnswer(v)}`)
      .join(', ');
  return String(value);
}

type Entries = Record<string, Record<string, unknown> | undefined>;
const withNote = (text: string, note: unknown) => (note ? `${text} ("${String(note)}")` : text);

/** An earlier answer of the Review and Explain steps' composite questions, in words. */
function compositeBefore(question: Question, before: Answer): string | undefined {
  if (!before || typeof before !== 'object') return undefined;
  switch (question.kind) {
    case 'lenses':
      return Object.entries(before as Entries)
        .map(([lens, a]) =>
          withNote(`${LENS_QUESTIONS[lens as Lens]?.name ?? lens}: option ${String(a?.option ?? '?')}`, a?.note),
        )
        .join('; ');
    case 'choice-tests':
      return CHOICE_TESTS.filter((t) => (before as Entries)[t])
        .map((t) =>
          withNote(`${TEST_QUESTIONS[t].name}: ${String((before as Entries)[t]!.pass)}`, (before as Entries)[t]!.note),
        )
        .join('; ');
    case 'policies': {
      // By its title, as the checklist names it; a policy no longer in the library by its id.
      const title = (id: string) => question.policies.find((p) => p.id === id)?.title ?? id;
      return (before as { rule: string; applies: string; note?: string }[])
        .map((a) => withNote(`${title(a.rule)}: ${a.applies}`, a.note))
        .join('; ');
    }
    case 'consultation': {
      const c = before as { with?: string; who?: string; when?: string; advice?: string };
      const who = [c.with, c.who && `(${c.who})`, c.when && `on ${c.when}`].filter(Boolean).join(' ');
      return c.advice ? `${who}; they advised: ${c.advice}` : who;
    }
    default:
      return undefined;
  }
}

/** The earlier answer as the question names its choices: an option's title, a principle's headline. */
export function shownBefore(question: Question, before: Answer): string {
  const composite = compositeBefore(question, before);
  if (composite !== undefined) return composite || '(none)';
  if (question.kind === 'select') {
    const choice = question.choices.find((c) => c.value === before);
    if (choice) return choice.short ?? choice.name;
  }
  if (question.kind === 'principles' && Array.isArray(before))
    return before
      .map((value) => {
        const choice = question.choices.find((c) => c.value === value);
        return choice ? `${choice.value}. ${choice.short}` : String(value);
      })
      .join('; ');
  return shortAnswer(before);
}

export function revisingPrompter(inner: Prompter, previous: Decision, io: Io, stop: Stop): Prompter {
  const run = promptRunner(stop);
  return {
    step: (step, index, total) => inner.step(step, index, total),
    feedback: (comparison, ctx) => inner.feedback(comparison, ctx),
    async ask(question, progress) {
      const before = getAt(previous, question.path) as Answer | undefined;
      if (before === undefined || progress?.sofar !== undefined) return inner.ask(question, progress);
      io.out(`\n${style.heading(oneLine(question.message))}`);
      // A list one item a line: items are sentences, and "; " between them reads as one.
      if (question.kind === 'list' && Array.isArray(before) && before.length)
        io.out(
          `${style.dim('Last time:')}\n${before.map((item) => `  - ${clip(oneLine(String(item)), 400)}`).join('\n')}`,
        );
      else io.out(`${style.dim('Last time:')} ${clip(oneLine(shownBefore(question, before)), 400)}`);
      // An answer that no longer fits (a follow-up date now past) is shown, then asked anew.
      const passed = question.kind === 'date' && question.notBefore && String(before) < question.notBefore;
      const problem = answerProblem(question, before) ?? (passed ? `${String(before)} has passed` : undefined);
      if (problem) {
        io.out(style.dim(`It needs a new answer: ${oneLine(problem)}`));
        return inner.ask(question, progress);
      }
      const keep = await run.confirm({ message: 'Keep this answer?', default: true });
      if (keep) return structuredClone(before);
      // To change it, start from it: a text to edit, the principles ticked as they were.
      if (question.kind === 'text' && typeof before === 'string')
        return inner.ask(question, { sofar: before, changing: true, keep: progress?.keep ?? (() => {}) });
      if (question.kind === 'principles' && Array.isArray(before))
        return inner.ask({ ...question, preselected: before as (number | string)[] }, progress);
      return inner.ask(question, progress);
    },
  };
}
