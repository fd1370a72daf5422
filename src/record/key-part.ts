// The trainer's key in a record: how the learner's principles compare with it, for reflection.
import type { BlockContent, RootContent } from 'mdast';
import { principleLabel } from '../library/principles.js';
import { heading, labelled, list, paragraphs, strong } from '../markdown/markdown.js';
import { kindWords, type KeyComparison } from '../guide/feedback.js';
import type { OtherCodes } from '../library/principles.js';
import type { Code } from '../library/types.js';

const strongLine = (label: string): BlockContent => ({ type: 'paragraph', children: [strong(label)] });
const none = (items: string[] | undefined, empty: string): BlockContent =>
  items?.length ? list(items) : paragraphs(empty)[0]!;

export function keyPart({
  feedback: f,
  code,
  others,
}: {
  feedback?: KeyComparison;
  code: Code;
  others?: OtherCodes;
}): RootContent[] {
  if (!f) return [];
  const names = (ns: (number | string)[]) => ns.map((n) => principleLabel(code, n, others)).join('; ') || 'none';
  return [
    heading(2, "Trainer's key"),
    ...paragraphs("How your principles compare with the trainer's key: for reflection, not a grade."),
    ...(f.kind ? [labelled('Kind of dilemma', kindWords(f.kind))] : []),
    labelled('You both chose', names(f.both)),
    strongLine('The trainer adds'),
    none(
      f.trainerAdds.map((a) => `${principleLabel(code, a.number, others)}: ${a.why}`),
      'Nothing: you chose every principle in the key.',
    ),
    labelled('Only you chose', names(f.onlyYou)),
    ...(f.options.length
      ? [
          strongLine("The trainer's example options"),
          list(f.options.map((o) => (o.consequences ? `${o.title}: ${o.consequences}` : o.title))),
        ]
      : []),
  ];
}
