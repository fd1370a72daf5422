// Decision -> Markdown decision record: front matter, one section per step, the principles
// quoted word for word, and the trainer's feedback where the case has a key. Pure: the date
// comes in as an argument, so the same answers always give the same record.
import type { BlockContent, RootContent } from 'mdast';
import { decisionText, takesShortPath, type Decision } from '../guide/decision.js';
import type { KeyComparison } from '../guide/feedback.js';
import type { Code, Scenario } from '../library/types.js';
import type { RecordMeta } from '../generated/record.types.js';
import { renderFrontMatter } from '../markdown/front-matter.js';
import { cleanOneLine } from '../text/controls.js';
import { heading, labelled, list, paragraphs, quote, serialize, strong, table, text } from '../markdown/markdown.js';
import { consultFirst } from '../guide/safety.js';
import type { Policy } from '../library/types.js';
import { capitalised, idWords } from '../text/words.js';
import { keyPart } from './key-part.js';
import { keptAnswersSection } from './kept-answers.js';
import { consultationPart, lensesPart, policiesPart, testsPart } from './reasoning.js';
import { parseRef, principleLabel, type OtherCodes } from '../library/principles.js';

export interface RecordInput {
  decision: Decision;
  code: Code;
  scenario?: Scenario;
  /** Where the case came from: "built-in", or the trainer's folder as it was named. */
  caseFrom?: string;
  date: string;
  feedback?: KeyComparison;
  /** The library's policies: their titles in the record, and which are urgent (the safety net). */
  policies?: Policy[];
  /** The library's other codes, for principles cited as code:number. */
  others?: OtherCodes;
  /** The file name of the record this one replaces (resolve --revise). */
  supersedes?: string;
}

const none = (items: string[] | undefined, empty: string): BlockContent =>
  items?.length ? list(items) : paragraphs(empty)[0]!;

export function recordTitle({ decision, scenario }: Pick<RecordInput, 'decision' | 'scenario'>): string {
  return scenario?.title ?? decision.recognize?.title ?? 'My situation';
}

/** Front matter holds one-line values only, cleaned as the body is (see text/controls.ts). */
export function recordMeta(input: RecordInput): RecordMeta {
  const { decision: d } = input;
  return {
    scenario: input.scenario?.id ?? null,
    ...(input.caseFrom ? { case_from: cleanOneLine(input.caseFrom) } : {}),
    title: cleanOneLine(recordTitle(input)),
    code: input.code.id,
    date: input.date,
    dilemma_type: d.recognize?.dilemma === false ? 'none' : (d.recognize?.type ?? 'none'),
    ...(d.recognize?.tension && d.recognize.tension !== 'unsure' ? { tension: d.recognize.tension } : {}),
    principles: d.explain?.principles ?? [],
    decision: cleanOneLine(decisionText(d)),
    follow_up: d.act?.follow_up ?? '',
    status: 'decided',
    ...(consultFirst(d, { policies: input.policies ?? [] }) ? { consult_first: true } : {}),
    ...(input.supersedes ? { supersedes: cleanOneLine(input.supersedes) } : {}),
  };
}

export function renderRecord(input: RecordInput): string {
  const body: RootContent[] = [
    heading(1, `Decision record: ${cleanOneLine(recordTitle(input))}`),
    ...paragraphs(
      `${input.date}. Reasoned with ` +
        `${input.code.title}.${input.scenario ? ` Practice case: ${input.scenario.id}.` : ''}` +
        // Said in words too, not only in the front matter: a reader learns it replaces another.
        (input.supersedes ? ` This decision replaces an earlier one, ${cleanOneLine(input.supersedes)}.` : ''),
    ),
    ...recognize(input),
    ...understand(input.decision),
    ...establish(input),
    ...review(input),
    ...explain(input),
    heading(2, 'Act'),
    strongLine('Steps'),
    none(input.decision.act?.steps, 'No steps noted.'),
    labelled(
      'Follow-up',
      `${input.decision.act?.follow_up ?? ''}: look back at how it went, and what you would do differently.`,
    ),
    ...principlesApplied(input),
    ...keyPart(input),
  ];
  return `${renderFrontMatter(recordMeta(input))}\n${serialize(body)}${keptAnswersSection(input.decision)}`;
}

const strongLine = (label: string): BlockContent => ({ type: 'paragraph', children: [strong(label)] });
const SKIPPED = 'Skipped: the code answers this question, so the walkthrough went straight to Explain and Act.';

function recognize({ decision: d, code, scenario, others }: RecordInput): RootContent[] {
  const r = d.recognize ?? {};
  const out: RootContent[] = [heading(2, 'Recognize')];
  if (!scenario && r.situation) out.push(strongLine('The situation'), ...paragraphs(r.situation));
  out.push(labelled('Ethical dilemma', r.dilemma === false ? 'No' : 'Yes'));
  if (r.type) {
    const tension = r.tension && r.tension !== 'unsure' ? `, ${idWords(r.tension)}` : '';
    out.push(labelled('Kind', `${capitalised(idWords(r.type))}${tension}`));
  }
  if (r.why) out.push(strongLine(r.dilemma === false ? 'Why not' : 'Why it is a dilemma'), ...paragraphs(r.why));
  if (r.at_stake?.length)
    out.push(labelled('The code answers it with', r.at_stake.map((n) => principleLabel(code, n, others)).join('; ')));
  return out;
}

function understand(d: Decision): RootContent[] {
  if (takesShortPath(d)) return [heading(2, 'Understand'), ...paragraphs(SKIPPED)];
  const u = d.understand ?? {};
  return [
    heading(2, 'Understand'),
    strongLine('Facts'),
    none(u.facts, 'None noted.'),
    strongLine('Involved and affected'),
    none(u.stakeholders, 'None noted.'),
    strongLine('Not known yet'),
    none(u.unknowns, 'Nothing noted.'),
  ];
}

function establish({ decision: d, code, others }: RecordInput): RootContent[] {
  if (takesShortPath(d)) return [heading(2, 'Establish'), ...paragraphs(SKIPPED)];
  return [
    heading(2, 'Establish'),
    strongLine('Options'),
    list(d.establish?.options ?? [], true),
    ...(newOption(d) ? paragraphs(`Option ${newOption(d)} came up later, in Review.`) : []),
    strongLine('Principles in play'),
    none(
      d.establish?.principles?.map((n) => principleLabel(code, n, others)),
      'None chosen.',
    ),
  ];
}

function review({ decision: d, policies = [] }: RecordInput): RootContent[] {
  if (takesShortPath(d)) return [heading(2, 'Review'), ...paragraphs(SKIPPED)];
  const rows = (d.establish?.options ?? []).map((title, i) => {
    const r = d.review?.options?.[i];
    return [`${i + 1}. ${title}`, r?.consequences ?? '', r?.harm?.who ?? '', r?.harm?.severity ?? ''];
  });
  return [
    heading(2, 'Review'),
    table(['Option', 'What would likely follow', 'Who could be harmed', 'Risk of harm'], rows),
    ...(newOption(d)
      ? paragraphs(`Option ${newOption(d)} came up in Review, from what it showed or the advice you got.`)
      : []),
    ...lensesPart(d),
    ...policiesPart(d, policies),
    ...consultationPart(d, consultFirst(d, { policies })),
  ];
}

/** The number of the option that came up in Review, or 0. */
function newOption(d: Decision): number {
  const added = d.review?.new_option?.trim();
  return added ? (d.establish?.options ?? []).indexOf(added) + 1 : 0;
}

function explain({ decision: d, code, others }: RecordInput): RootContent[] {
  const chosen = d.explain?.choice !== undefined ? `${d.explain.choice}. ${decisionText(d)}` : decisionText(d);
  return [
    heading(2, 'Explain'),
    labelled(d.explain?.choice !== undefined ? 'Chosen option' : 'What I will do', chosen),
    strongLine('Why'),
    ...paragraphs(d.explain?.rationale ?? ''),
    labelled(
      'Principles cited',
      (d.explain?.principles ?? []).map((n) => principleLabel(code, n, others)).join('; ') || 'none',
    ),
    ...testsPart(d),
  ];
}

/** Each cited principle quoted word for word, under its own code's title and source. */
function principlesApplied({ decision: d, code, others = new Map() }: RecordInput): RootContent[] {
  const refs = d.explain?.principles ?? [];
  const groups = [code, ...others.values()].flatMap((c) => {
    const cited = c.principles.filter((p) =>
      refs.some((ref) => {
        const { code: id, number } = parseRef(ref);
        return number === p.number && (id ?? code.id) === c.id;
      }),
    );
    if (cited.length === 0) return [];
    const label = (n: number) => (c === code ? `${n}` : `${c.id}:${n}`);
    return [
      ...cited.map((p) =>
        quote([{ type: 'paragraph', children: [strong(`${label(p.number)}. ${p.short}.`), text(` ${p.text}`)] }]),
      ),
      ...paragraphs(`Quoted word for word from ${c.title}. Source: ${c.source}`),
    ];
  });
  return groups.length ? [heading(2, 'Principles applied'), ...groups] : [];
}
