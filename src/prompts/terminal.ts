// The terminal front end: each question as an inquirer prompt. The only module that imports
// inquirer. Ctrl-C rejects a prompt with ExitPromptError, and the shared AbortSignal (SIGTERM,
// SIGHUP) with AbortPromptError; resolve saves the draft for both.
import { checkbox, confirm, editor, input, select } from '@inquirer/prompts';
import { answerProblem } from '../guide/answer-check.js';
import { isDate } from '../guide/dates.js';
import type { KeyComparison } from '../guide/feedback.js';
import type { Answer, Question } from '../guide/question.js';
import type { Scenario } from '../library/types.js';
import type { Io } from '../ui/io.js';
import { style } from '../ui/style.js';
import { clip } from '../ui/table.js';
import { readingWidth as width, wrap } from '../ui/wrap.js';
import type { Prompter } from './prompter.js';

const EDIT = ':e';

export function terminalPrompter(io: Io, signal: AbortSignal, env: NodeJS.ProcessEnv): Prompter {
  const context = { signal };
  const canEdit = Boolean(env.VISUAL || env.EDITOR);
  const check = (q: Question) => (value: Answer) => answerProblem(q, value) ?? true;

  async function text(q: Extract<Question, { kind: 'text' }>): Promise<string> {
    if (q.long && canEdit) io.out(style.dim(`(type ${EDIT} to write this one in your editor)`));
    const typed = await input({ message: q.message, validate: (v) => (v.trim() === EDIT ? true : check(q)(v.trim())) }, context);
    if (typed.trim() !== EDIT) return typed.trim();
    return (await editor({ message: q.message, postfix: '.md', validate: (v) => check(q)(v.trim()) }, context)).trim();
  }

  async function list(q: Extract<Question, { kind: 'list' }>): Promise<string[]> {
    const items: string[] = [];
    io.out(style.title(q.message) + style.dim(q.min > 0 ? '  (one per line; an empty line ends the list)' : '  (an empty line ends the list)'));
    for (;;) {
      const nudging = q.nudge !== undefined && items.length === 2;
      const message = nudging ? q.nudge! : `${q.item} ${items.length + 1}`;
      const needMore = items.length < q.min;
      const item = (await input({ message, validate: (v) => (v.trim() === '' && needMore ? `Give at least ${q.min}.` : true) }, context)).trim();
      if (item === '') return items;
      items.push(item);
    }
  }

  return {
    step(step, index, total) {
      io.out(`\n${style.heading(`Step ${index + 1} of ${total}: ${step.title}`)}  ${style.dim(step.purpose)}`);
    },
    feedback(f) {
      const say = (text: string) => io.out(wrap(`  ${text}`, width(), '    '));
      io.out(`\n${style.heading("Compare with the trainer's key")}  ${style.dim('(for reflection, not a grade)')}`);
      say(`You both chose: ${f.both.join(', ') || 'none'}`);
      for (const add of f.trainerAdds) say(`The trainer adds ${add.number}: ${add.why}`);
      if (f.onlyYou.length) say(`Only you chose: ${f.onlyYou.join(', ')}. Worth talking through with your group or supervisor.`);
      if (f.options.length) io.out(`  The trainer's example options:\n${f.options.map((o) => `    - ${o.title}`).join('\n')}`);
    },
    async ask(q) {
      if (q.help) io.out(style.dim(q.help));
      switch (q.kind) {
        case 'confirm':
          return confirm({ message: q.message, default: true }, context);
        case 'select':
          return select({ message: q.message, choices: q.choices, pageSize: 10 }, context);
        case 'text':
          return text(q);
        case 'list':
          return list(q);
        case 'principles':
          return checkbox(
            {
              message: q.message,
              pageSize: 13,
              required: q.min > 0,
              choices: q.choices.map((c) => {
                // Headlines repeat in a code (DBSA has two "Respect"), so the start of the text goes
                // with them, cut to fit one line beside the suggestion.
                const hint = c.suggestedBy.length ? `  (suggested: "${c.suggestedBy[0]}")` : '';
                const room = Math.max(width() - 10 - c.short.length - hint.length, 12);
                return { value: c.number, name: `${String(c.number).padStart(2)}. ${c.short}: ${clip(c.text, room)}${style.warning(hint)}`, short: `${c.number}. ${c.short}`, description: c.text };
              }),
            },
            context,
          );
        case 'date':
          return (await input({ message: q.message, default: q.default, validate: (v) => isDate(v.trim()) || 'Write a date as YYYY-MM-DD.' }, context)).trim();
      }
    },
  };
}

export const OWN_SITUATION = '';

/** The case to work through, or OWN_SITUATION. */
export async function chooseCase(scenarios: Scenario[], signal: AbortSignal): Promise<string> {
  return select(
    {
      message: 'Which case do you want to work through?',
      pageSize: 12,
      choices: [
        { value: OWN_SITUATION, name: 'My own situation', description: 'Describe something that troubles you (use initials, not names).' },
        ...scenarios.map((s) => ({ value: s.id, name: s.title, description: s.summary })),
      ],
    },
    { signal },
  );
}
