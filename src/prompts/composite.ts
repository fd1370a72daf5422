// Answers asked in parts in the terminal: the policies that apply, other lenses on the options,
// a consultation with its trace, and the tests of a choice. Each part is kept in the draft as
// soon as it is given (progress.keep), and a stop or :pause between parts loses nothing.
import { isDate } from '../guide/dates.js';
import { LENS_QUESTIONS, LENSES, TEST_QUESTIONS, CHOICE_TESTS, type Lens } from '../guide/lenses.js';
import type { Progress } from '../guide/prompter.js';
import type { PolicyChoice } from '../guide/question.js';
import { oneLine } from '../text/controls.js';
import { clip } from '../text/table.js';
import type { Io } from '../ui/io.js';
import { style } from '../ui/style.js';
import { readingWidth as width } from '../ui/width.js';
import type { promptRunner } from './prompt-runner.js';

type Runner = ReturnType<typeof promptRunner>;
/** A text prompt that understands :pause (terminal.ts). */
type Typed = (config: { message: string; default?: string; optional?: boolean }) => Promise<string>;

const YES_NO_UNSURE = [
  { value: 'yes', name: 'yes' },
  { value: 'no', name: 'no' },
  { value: 'unsure', name: 'unsure' },
];

export function compositePrompts(io: Io, run: Runner, typed: Typed) {
  const note = (message: string) => typed({ message: `${message} (optional; Enter to skip)`, optional: true });

  async function policies(list: PolicyChoice[], progress?: Progress) {
    const answers = Array.isArray(progress?.sofar) ? [...(progress.sofar as { rule: string }[])] : [];
    const done = (id: string) => answers.some((a) => a.rule === id);
    for (const p of list.filter((c) => c.fits && !done(c.id))) {
      io.out(`${style.title(oneLine(p.title))}  ${style.dim(clip(oneLine(p.text), width() * 2))}`);
      const applies = await run.select<string>({
        message: `Does "${oneLine(p.title)}" apply here?`,
        choices: YES_NO_UNSURE,
      });
      const why =
        applies === 'no' ? '' : await note(applies === 'unsure' ? 'What makes you unsure?' : 'How does it apply?');
      answers.push({ rule: p.id, applies, ...(why ? { note: why } : {}) } as { rule: string });
      progress?.keep([...answers]);
    }
    const others = list.filter((c) => !c.fits && !done(c.id));
    // "Others" only after some were asked about one by one.
    const asked = list.some((c) => c.fits);
    if (others.length) {
      const chosen = await run.checkbox<string>({
        message: `Do any of these ${asked ? 'other ' : ''}laws or agency policies apply? (Space marks one; Enter goes on)`,
        choices: others.map((p) => ({
          value: p.id,
          name: oneLine(p.title),
          short: oneLine(p.title),
          description: clip(oneLine(p.text), 200),
        })),
      });
      for (const id of chosen) answers.push({ rule: id, applies: 'yes' } as { rule: string });
    }
    return answers;
  }

  async function lenses(options: string[], progress?: Progress) {
    const answers = { ...((progress?.sofar as Record<string, object> | undefined) ?? {}) } as Record<string, object>;
    const picked =
      progress?.sofar !== undefined
        ? (Object.keys(answers) as Lens[])
        : await run.checkbox<Lens>({
            message: 'Look at the options through other lenses? (Space marks one; Enter goes on, with none or some)',
            choices: LENSES.map((l) => ({
              value: l,
              name: `${LENS_QUESTIONS[l].name}: ${LENS_QUESTIONS[l].question}`,
              short: LENS_QUESTIONS[l].name,
            })),
          });
    for (const lens of picked) {
      if ((answers[lens] as { option?: number } | undefined)?.option !== undefined) continue;
      const option = await run.select<number>({
        message: `${LENS_QUESTIONS[lens].name}: ${LENS_QUESTIONS[lens].question}`,
        choices: options.map((o, i) => ({ value: i + 1, name: `${i + 1}. ${oneLine(o)}` })),
      });
      const why = await note('Why?');
      answers[lens] = { option, ...(why ? { note: why } : {}) };
      progress?.keep({ ...answers });
    }
    return answers;
  }

  async function consultation(today: string, progress?: Progress) {
    const sofar = progress?.sofar as Record<string, string> | undefined;
    const withWhom =
      sofar?.with ??
      (await run.select<string>({
        message: 'Have you talked it over with a supervisor or colleague?',
        choices: [
          { value: 'supervisor', name: 'yes, with my supervisor' },
          { value: 'colleague', name: 'yes, with a colleague' },
          { value: 'both', name: 'yes, with both' },
          { value: 'not-yet', name: 'not yet' },
        ],
      }));
    if (withWhom === 'not-yet') return 'not-yet';
    const trace: Record<string, string> = { ...sofar, with: withWhom };
    progress?.keep({ ...trace });
    trace.who ??= await typed({
      message: 'Who? (initials and role, never a full name, e.g. "M.K., program supervisor")',
    });
    progress?.keep({ ...trace });
    trace.when ??= await typed({ message: 'When? (YYYY-MM-DD)', default: today });
    if (!isDate(trace.when)) trace.when = today;
    progress?.keep({ ...trace });
    trace.advice ??= await typed({ message: 'What did they advise?' });
    return trace;
  }

  async function choiceTests(progress?: Progress) {
    const answers = { ...((progress?.sofar as Record<string, object> | undefined) ?? {}) } as Record<string, unknown>;
    io.out(style.dim('Three quick tests of your choice, as the best ethics frameworks ask them.'));
    for (const test of CHOICE_TESTS) {
      if (answers[test] !== undefined) continue;
      const pass = await run.select<string>({
        message: `${TEST_QUESTIONS[test].name}: ${TEST_QUESTIONS[test].question}`,
        choices: YES_NO_UNSURE,
      });
      // A yes needs no note; a no or an unsure is worth a word.
      const why = pass === 'yes' ? '' : await note('A note?');
      answers[test] = { pass, ...(why ? { note: why } : {}) };
      progress?.keep({ ...answers });
    }
    const failed = CHOICE_TESTS.some((t) => (answers[t] as { pass?: string }).pass === 'no');
    if (
      failed &&
      (await run.confirm({ message: 'One of the tests says no. Do you want to choose again?', default: false }))
    ) {
      answers.choose_again = true;
    }
    return answers;
  }

  return { policies, lenses, consultation, choiceTests };
}
