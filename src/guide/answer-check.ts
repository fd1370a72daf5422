// Whether an answer fits its question: the same rules for the terminal (as it is typed) and
// for an answers file or a draft (all at once, before anything is written).
import { numberRanges } from '../data/number-ranges.js';
import { isDate } from './dates.js';
import { getAt, type Decision } from './decision.js';
import type { Answer, Question } from './question.js';
import { STEPS, questionsFor, type GuideContext } from './steps.js';

/** What is wrong with an answer, in a sentence; undefined when it fits. */
export function answerProblem(q: Question, value: Answer): string | undefined {
  if (value === null) return q.optional ? undefined : 'an answer is needed here';
  switch (q.kind) {
    case 'confirm':
      return typeof value === 'boolean' ? undefined : 'answer true or false';
    case 'select': {
      const allowed = q.choices.map((c) => c.value);
      if (allowed.includes(value as string | number)) return undefined;
      // explain.choice with no options given: the options are what is missing.
      return allowed.length
        ? `choose one of ${allowed.join(', ')}`
        : 'there is nothing to choose from: are the options missing?';
    }
    case 'text':
      if (typeof value !== 'string') return 'write an answer here';
      return value.trim() !== '' || q.optional ? undefined : 'write an answer here';
    case 'list':
      return Array.isArray(value) && value.length >= q.min
        ? undefined
        : `give at least ${q.min} ${q.item.toLowerCase()}${q.min === 1 ? '' : 's'}`;
    case 'principles': {
      const values = q.choices.map((c) => c.value);
      const unknown = (value as (number | string)[]).filter((n) => !values.includes(n));
      const own = q.choices.filter((c) => !c.otherCode).map((c) => c.number);
      const others = [...new Set(q.choices.filter((c) => c.otherCode).map((c) => String(c.value).split(':')[0]))];
      const also = others.length ? `, or code:number for ${others.join(', ')}` : '';
      if (unknown.length)
        return `principle ${unknown.join(', ')} is not in the code (it has ${numberRanges(own)}${also})`;
      return (value as unknown[]).length >= q.min
        ? undefined
        : `choose at least ${q.min} principle${q.min === 1 ? '' : 's'}`;
    }
    case 'date':
      if (typeof value === 'string' && isDate(value)) return undefined;
      // Written right, but not a day of the calendar (2026-02-30), or outside the years the tool keeps.
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? `${value} is not a day of the calendar (or not between 1900 and 2999); write one that is`
        : 'write a date as YYYY-MM-DD, for example 2026-12-07';
    case 'choose-many': {
      const allowed = q.choices.map((c) => c.value);
      const unknown = (value as string[]).filter((v) => !allowed.includes(v));
      return unknown.length ? `${unknown.join(', ')} is not one of ${allowed.join(', ')}` : undefined;
    }
    case 'policies': {
      if (!Array.isArray(value)) return undefined; // the old free text, checked by the schema
      const known = q.policies.map((p) => p.id);
      const unknown = (value as { rule?: unknown }[]).map((a) => String(a?.rule)).filter((id) => !known.includes(id));
      return unknown.length
        ? `policy ${unknown.join(', ')} is not in the library (it has: ${known.join(', ')})`
        : undefined;
    }
    case 'lenses': {
      const chosen = Object.values(value as Record<string, { option?: number }>).map((l) => l?.option);
      const outOfRange = chosen.filter((n) => n !== undefined && (n < 1 || n > q.options.length));
      return outOfRange.length
        ? `option ${outOfRange.join(', ')} is not one of the ${q.options.length} options`
        : undefined;
    }
    default:
      return undefined;
  }
}

/** Every answer already given that does not fit, with its question's path. */
export function answeredProblems(d: Decision, ctx: GuideContext): { path: Question['path']; message: string }[] {
  const problems: { path: Question['path']; message: string }[] = [];
  for (const step of STEPS) {
    for (const q of questionsFor(step.id, d, ctx)) {
      const value = getAt(d, q.path) as Answer | undefined;
      const problem = value === undefined ? undefined : answerProblem(q, value);
      if (problem) problems.push({ path: q.path, message: `${q.path.join('.')}: ${problem}` });
    }
  }
  return problems;
}
