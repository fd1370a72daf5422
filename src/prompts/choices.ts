// The lists a person chooses from in the terminal: the checklist of principles and the cases.
// Every name shown may come from a file, so it is made one safe line first.
import type { PrincipleChoice } from '../guide/question.js';
import type { Scenario } from '../library/types.js';
import type { Stop } from '../session/stop.js';
import { oneLine } from '../text/controls.js';
import { clip } from '../text/table.js';
import { style } from '../ui/style.js';
import { readingWidth as width } from '../ui/width.js';
import { Separator, promptRunner } from './prompt-runner.js';

/** The value of "My own situation" among the cases. */
const OWN_SITUATION = '';

/**
 * The checklist of principles: the decision's own code, then each other code under a line with
 * its title. Headlines repeat in a code (DBSA has two "Respect"), so the start of the text goes
 * with them, cut to fit one line beside the suggestion.
 */
export function principleItems(choices: PrincipleChoice[], preselected: (number | string)[]) {
  const items: (
    | Separator
    | { value: number | string; name: string; short: string; description: string; checked: boolean }
  )[] = [];
  let group: string | undefined;
  for (const c of choices) {
    if (c.otherCode !== group) items.push(new Separator(style.dim(`-- ${oneLine(c.otherCode ?? '')}`)));
    group = c.otherCode;
    const hint = c.suggestedBy.length ? `  (suggested: "${oneLine(c.suggestedBy[0]!)}")` : '';
    const short = oneLine(c.short);
    const label = c.otherCode ? String(c.value) : String(c.number).padStart(2);
    const room = Math.max(width() - 10 - label.length - short.length - hint.length, 12);
    items.push({
      value: c.value,
      name: `${label}. ${short}: ${clip(oneLine(c.text), room)}${style.warning(hint)}`,
      short: `${label}. ${short}`,
      description: oneLine(c.text),
      checked: preselected.includes(c.value),
    });
  }
  return items;
}

/** The case to work through, or OWN_SITUATION. */
export function chooseCase(scenarios: Scenario[], stop: Stop): Promise<string> {
  return promptRunner(stop).select<string>({
    message: 'Which case do you want to work through?',
    pageSize: 12,
    choices: [
      {
        value: OWN_SITUATION,
        name: 'My own situation',
        description: 'Describe something that troubles you (use initials, not names).',
      },
      ...scenarios.map((s) => ({ value: s.id, name: oneLine(s.title), description: s.summary && oneLine(s.summary) })),
    ],
  });
}
