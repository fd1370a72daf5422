// What resolve reasons with and writes: the guide's context from the library, the record's
// input from the answers, and the check of an answers file against the case.
import { invalidData } from '../../errors.js';
import type { Problem } from '../../data/problem.js';
import type { Decision } from '../../guide/decision.js';
import { feedbackFor } from '../../guide/feedback.js';
import type { GuideContext } from '../../guide/steps.js';
import { caseText } from '../../guide/suggestions.js';
import type { Entry, Library } from '../../library/library.js';
import type { Scenario } from '../../library/types.js';
import type { AnswersFile } from '../../prompts/answers-file.js';
import type { RecordInput } from '../../record/render.js';
import type { Context } from '../context.js';
import { findCode } from '../lookups.js';

export function guideContext(
  ctx: Context,
  library: Library,
  scenario: Scenario | undefined,
  codeId: string,
  today: string,
): GuideContext {
  const code = findCode(ctx, library, scenario?.code ?? codeId);
  const policies = [...library.policies.values()].map((e) => e.value);
  const others = new Map([...library.codes].filter(([id]) => id !== code.id).map(([id, entry]) => [id, entry.value]));
  return {
    scenario,
    code,
    caseText: scenario ? caseText(scenario) : '',
    today,
    policies,
    settings: library.settings,
    others,
  };
}

export function recordInput(
  decision: Decision,
  guide: GuideContext,
  entry: Entry<Scenario> | undefined,
  date: string,
): RecordInput {
  return {
    decision,
    code: guide.code,
    scenario: guide.scenario,
    caseFrom: entry && (entry.builtIn ? 'built-in' : entry.from),
    date,
    feedback: feedbackFor(decision, guide.scenario),
    policies: guide.policies,
    others: guide.others,
  };
}

/** Every problem of an answers file at once: its shape, and how its answers fit the case. */
export function checkGiven(
  given: AnswersFile,
  guide: GuideContext,
  answersProblems: (file: AnswersFile, ctx: GuideContext) => Problem[],
): void {
  // A value the schema already refuses is one mistake: its case check would say it again.
  const said = new Set(given.problems.map((p) => `${p.line}:${p.col}`));
  const problems = [...given.problems, ...answersProblems(given, guide).filter((p) => !said.has(`${p.line}:${p.col}`))];
  if (problems.length)
    throw invalidData(
      `the answers do not fit ${guide.scenario ? `scenario ${guide.scenario.id}` : 'the walkthrough'}; no record ` +
        `was written`,
      problems,
    );
}
