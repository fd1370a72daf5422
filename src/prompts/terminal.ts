// The terminal front end: each question as an inquirer prompt (run by prompt-runner.ts).
// Ctrl-C rejects a prompt with ExitPromptError, and the run's stop signal (SIGTERM, SIGHUP, a
// vanished terminal) with AbortPromptError; the asking session saves the draft for both. Every
// text shown in a prompt may come from a file or a draft, so it is made safe first.
import { answerProblem } from '../guide/answer-check.js';
import { isDate } from '../guide/dates.js';
import type { Answer, Question } from '../guide/question.js';
import type { Stop } from '../session/stop.js';
import { oneLine } from '../text/controls.js';
import type { Io } from '../ui/io.js';
import { style } from '../ui/style.js';
import { clip } from '../text/table.js';
import { wrap } from '../text/wrap.js';
import { headed, readingWidth as width } from '../ui/width.js';
import { EditorStopped, editText, editorCommand } from './editor.js';
import type { Progress, Prompter } from '../guide/prompter.js';
import { compositePrompts } from './composite.js';
import { PAUSE, PauseRequested, isPause } from './pause.js';
import { promptRunner } from './prompt-runner.js';
import { principleItems } from './choices.js';
import { showKeyFeedback } from './key-feedback.js';

const EDIT = ':e';
/** The placeholder's value: no choice of a question can be this (a NUL is never valid text). */
const NOT_CHOSEN = '\u0000not chosen';

export function terminalPrompter(io: Io, stop: Stop, env: NodeJS.ProcessEnv): Prompter {
  const run = promptRunner(stop);
  const editor = editorCommand(env);
  const check = (q: Question) => (value: Answer) => answerProblem(q, value) ?? true;

  /** A text prompt where :pause stops for now (the asking session keeps the draft). */
  async function typed(config: {
    message: string;
    default?: string;
    /** The default is put on the line to edit, instead of shown beside the question. */
    editable?: boolean;
    optional?: boolean;
    validate?: (v: string) => string | boolean;
  }): Promise<string> {
    // The earlier answer is drawn as its default: made safe to draw (it may come from a file), and
    // taken back as it was when kept.
    const shown = config.default ? oneLine(config.default) : undefined;
    const answer = await run.input({
      message: oneLine(config.message),
      default: shown || undefined,
      ...(config.editable ? { prefill: 'editable' as const } : {}),
      validate: (v: string) =>
        isPause(v) ||
        (config.validate ? config.validate(v) : config.optional || v.trim() !== '' || 'Write an answer here.'),
    });
    if (isPause(answer)) throw new PauseRequested();
    return (shown && answer === shown ? config.default! : answer).trim();
  }
  const composite = compositePrompts(io, run, typed);

  async function text(q: Extract<Question, { kind: 'text' }>, progress?: Progress): Promise<string> {
    if (q.long)
      io.out(
        style.dim(
          `(${editor ? `type ${EDIT} to write this one in your editor, or ` : 'type '}${PAUSE} to stop for now)`,
        ),
      );
    const sofar = typeof progress?.sofar === 'string' ? progress.sofar : '';
    // An answer to change is put on the line to edit. An optional one is not: emptying the line
    // would bring it back, where Enter on an empty line must leave it out. One of several lines
    // is changed whole, or in the editor.
    const changing = Boolean(progress?.changing && sofar);
    const editable = changing && !q.optional && !sofar.includes('\n');
    if (editable) io.out(style.dim('Your earlier answer is on the line, to change: edit it, then press Enter.'));
    else if (changing && q.optional) io.out(style.dim('Type the new answer, or press Enter to leave it out.'));
    else if (sofar)
      io.out(style.dim(`You had written (press Enter to keep it): ${clip(oneLine(sofar), width() - 40)}`));
    const answer = await typed({
      message: q.message,
      default: changing && q.optional ? '' : sofar,
      editable,
      validate: (v: string) => (editor && v.trim() === EDIT ? true : check(q)(v.trim())),
    });
    if (answer !== EDIT || !editor) return answer === '' && q.optional ? (null as unknown as string) : answer;
    for (;;) {
      let written: string;
      try {
        written = (await editText(sofar, editor, stop.signal)).trim();
      } catch (error) {
        if (error instanceof EditorStopped) {
          if (error.text.trim()) progress?.keep(error.text.trim());
          throw error;
        }
        io.err(style.warning(`warning: ${(error as Error).message}; type your answer here instead.`));
        return typed({ message: q.message, validate: (v: string) => check(q)(v.trim()) });
      }
      const problem = answerProblem(q, written);
      if (!problem) return written;
      io.err(style.warning(`${problem}; the editor opens again.`));
    }
  }

  async function list(q: Extract<Question, { kind: 'list' }>, progress?: Progress): Promise<string[]> {
    const items = Array.isArray(progress?.sofar) ? (progress.sofar as unknown[]).map(String) : [];
    io.out(
      style.title(oneLine(q.message)) +
        style.dim(q.min > 0 ? '  (one per line; an empty line ends the list)' : '  (an empty line ends the list)'),
    );
    items.forEach((item, i) => io.out(`${style.dim(`✔ ${q.item} ${i + 1}`)} ${oneLine(item)}`));
    for (;;) {
      const nudging = q.nudge !== undefined && items.length === 2;
      const message = nudging ? q.nudge! : `${q.item} ${items.length + 1}`;
      const needMore = items.length < q.min;
      const item = await typed({
        message,
        validate: (v: string) => (v.trim() === '' && needMore ? `Give at least ${q.min}.` : true),
      });
      if (item === '') return items;
      items.push(item);
      progress?.keep([...items]);
    }
  }

  return {
    step(step, index, total) {
      io.out(`\n${headed(`Step ${index + 1} of ${total}: ${step.title}`, step.purpose, style.heading, style.dim)}`);
    },
    feedback: (f) => showKeyFeedback(io, f),
    async ask(q, progress) {
      for (const line of q.before ?? []) io.out(style.warning(wrap(`! ${oneLine(line)}`, width(), '  ')));
      if (q.help) io.out(style.dim(oneLine(q.help)));
      const message = oneLine(q.message);
      switch (q.kind) {
        case 'confirm':
          return run.confirm({ message, default: true });
        case 'select': {
          const choices = q.choices.map((c) => ({
            ...c,
            name: oneLine(c.name),
            short: c.short && oneLine(c.short),
            description: c.description && oneLine(c.description),
          }));
          if (!q.placeholder) return run.select({ message, pageSize: 10, choices });
          // The cursor starts on a line that is not an answer; Enter there asks again.
          const none = { value: NOT_CHOSEN, name: q.placeholder, short: 'not chosen yet' };
          for (;;) {
            const value = await run.select<string | number>(
              { message, pageSize: 10, choices: [none, ...choices] },
              { clearPromptOnDone: true },
            );
            const chosen = choices.find((c) => c.value === value);
            if (!chosen) continue;
            // The prompt was cleared (so that Enter on the placeholder leaves no trace): say the answer.
            io.out(`${style.ok('✔')} ${style.title(message)} ${style.id(chosen.short ?? chosen.name)}`);
            return value;
          }
        }
        case 'text':
          return text(q, progress);
        case 'list':
          return list(q, progress);
        case 'principles':
          return run.checkbox({
            message,
            pageSize: 13,
            required: q.min > 0,
            choices: principleItems(q.choices, q.preselected ?? []),
          });
        case 'choose-many':
          return run.checkbox({
            message,
            choices: q.choices.map((c) => ({
              value: c.value,
              name: oneLine(c.name),
              description: c.description && oneLine(c.description),
            })),
          });
        case 'date':
          for (;;) {
            const date = await typed({
              message,
              default: q.default,
              validate: (v) => isDate(v.trim()) || 'Write a date as YYYY-MM-DD.',
            });
            if (!q.notBefore || date >= q.notBefore) return date;
            if (await run.confirm({ message: `${date} has already passed. Keep it anyway?`, default: false }))
              return date;
          }
        case 'policies':
          return composite.policies(q.policies, progress);
        case 'lenses':
          return composite.lenses(q.options, progress);
        case 'consultation':
          return composite.consultation(q.today, progress);
        case 'choice-tests':
          return composite.choiceTests(progress);
      }
    },
  };
}
