// The deeper parts of Review and Explain in a record, each a `###` sub-section so that a record
// keeps one `##` heading per step: the policies that apply, the lenses, the consultation (and
// the consult-first flag of the safety net), and the tests of the choice. Answers in the older,
// simpler forms (policies as text, "consulted: supervisor") render as they always did.
import type { BlockContent, RootContent } from 'mdast';
import type { Decision } from '../guide/decision.js';
import { CHOICE_TESTS, LENS_QUESTIONS, LENSES, TEST_QUESTIONS } from '../guide/lenses.js';
import type { Policy } from '../library/types.js';
import { heading, labelled, paragraphs, strong, table } from '../markdown/markdown.js';
import { idWords } from '../text/words.js';

const strongLine = (label: string): BlockContent => ({ type: 'paragraph', children: [strong(label)] });

/** Said in the record, in words, when the safety net's flag is set. */
export const CONSULT_FIRST =
  'Consult first: an option could cause high or severe harm, or an urgent policy applies, and no one has been ' +
  'consulted yet. Talk it over with your supervisor before you act.';

export function policiesPart(d: Decision, policies: Policy[]): RootContent[] {
  const given = d.review?.policies;
  if (!Array.isArray(given)) return [strongLine('Laws and agency policies'), ...paragraphs(given ?? 'None noted.')];
  const title = (id: string) => policies.find((p) => p.id === id)?.title ?? id;
  const rows = given.map((a) => [`${title(a.rule)} (${a.rule})`, a.applies, a.note ?? '']);
  return [
    heading(3, 'Policies'),
    ...(rows.length
      ? [table(['Policy', 'Applies', 'Note'], rows)]
      : paragraphs("None of the library's policies was marked.")),
    ...(d.review?.other_rules ? [labelled('Other rules', d.review.other_rules)] : []),
  ];
}

export function lensesPart(d: Decision): RootContent[] {
  const lenses = d.review?.lenses;
  const options = d.establish?.options ?? [];
  const rows = LENSES.filter((l) => lenses?.[l]?.option !== undefined).map((l) => {
    const n = lenses![l]!.option!;
    return [LENS_QUESTIONS[l].name, `${n}. ${options[n - 1] ?? ''}`, lenses![l]!.note ?? ''];
  });
  return rows.length ? [heading(3, 'Lenses'), table(['Lens', 'Option that honours it best', 'Note'], rows)] : [];
}

export function consultationPart(d: Decision, consultFirst: boolean): RootContent[] {
  const value = d.review?.consulted;
  const flag = consultFirst ? paragraphs(CONSULT_FIRST) : [];
  if (value === undefined || value === null) return [labelled('Talked it over with', 'not recorded'), ...flag];
  if (typeof value === 'string' && value !== 'not-yet')
    return [labelled('Talked it over with', idWords(value)), ...flag];
  const reached =
    d.review?.reached === 'yes' ? [labelled('Reached after the safety note', d.review.reached_advice ?? 'yes')] : [];
  if (value === 'not-yet')
    return [heading(3, 'Consultation'), labelled('Talked it over', 'not yet'), ...reached, ...flag];
  return [
    heading(3, 'Consultation'),
    labelled('Talked it over with', idWords(value.with)),
    ...(value.who ? [labelled('Who', value.who)] : []),
    ...(value.when ? [labelled('When', value.when)] : []),
    ...(value.advice ? [labelled('What they advised', value.advice)] : []),
    ...flag,
  ];
}

export function testsPart(d: Decision): RootContent[] {
  const tests = d.explain?.tests;
  const rows = CHOICE_TESTS.filter((t) => tests?.[t]).map((t) => [
    TEST_QUESTIONS[t].name,
    tests![t]!.pass,
    tests![t]!.note ?? '',
  ]);
  return rows.length ? [heading(3, 'Testing the choice'), table(['Test', 'Answer', 'Note'], rows)] : [];
}
