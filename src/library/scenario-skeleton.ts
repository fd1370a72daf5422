// The file `new scenario` writes: every field of a scenario, each under a comment saying what
// goes there, with placeholders that pass the schema (so the editor stays quiet about shape)
// but that `validate` names one by one until they are replaced (they start with TODO; see
// placeholderProblems in checks.ts). A template rather than yaml.stringify, because the
// comments and the layout are the point; the only values put into it are a kebab-case id, a
// code id, principle numbers and single-line comment text, and the tests parse the result.
import { wrap } from '../text/wrap.js';
import { CATEGORIES, DILEMMA_TYPES } from './scenario-schema.js';
import type { Code } from './types.js';

export interface SkeletonInput {
  /** The new case's id, already checked to be kebab-case. */
  id: string;
  code: Code;
  /** POSIX path from the new file's folder to schemas/scenario.schema.json. */
  schemaPath: string;
  /** How the trainer runs ethics-guide with the code's library, e.g. `ethics-guide --library agency` (one line). */
  command: string;
  /** The new file as the trainer would type it, e.g. scenarios/gift-at-graduation.yaml (one line). */
  path: string;
}

const WIDTH = 96;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const comment = (text: string) => wrap(`# ${oneLine(text)}`, WIDTH, '# ');

/** Comment lines listing `items`, as many to a line as fit, never splitting an item. */
function commentList(items: string[]): string {
  const lines: string[] = [];
  for (const [i, item] of items.entries()) {
    const word = i < items.length - 1 ? `${item},` : `${item}.`;
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= WIDTH) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(`#   ${word}`);
  }
  return lines.join('\n');
}

export function scenarioSkeleton({ id, code, schemaPath, command, path }: SkeletonInput): string {
  const numbers = commentList(code.principles.map((p) => `${p.number} ${oneLine(p.short)}`));
  const key = code.principles
    .slice(0, 2)
    .map((p, i) =>
      [
        `  - number: ${p.number}   # ${oneLine(p.short)}`,
        `    why: "TODO: ${i === 0 ? 'why this principle is in play, tied to a fact of the case' : 'why this one is in play too, or delete this entry'}"`,
      ].join('\n'),
    );
  return `# yaml-language-server: $schema=${schemaPath}
#
# A new case for ethics-guide. To finish it:
#   1. Replace every text that starts with TODO with your own words. Keep the double quotes
#      around a text that has a colon in it; inside them, write \\" for a quote mark.
#   2. Check dilemma_type and categories, and delete the (optional) fields you do not need.
#   3. Check the file:
#        ${command} validate ${path}
#      It names each TODO still left, with its line and column, and says "ok" when the case
#      is ready.
# AUTHORING.md explains every field, with a complete example. In VS Code with the YAML
# extension (by Red Hat), the first line above completes and checks the fields as you type.

# The case's id: lowercase words joined by hyphens, the same as the file name.
id: ${id}

# A short name for the case, shown by \`list\` and at the top of a decision record.
title: "TODO: a short title, e.g. Maria & Lee"

${comment(
  `The code of ethics whose principle numbers the key below ` +
    `uses${code.id === 'dbsa' ? ' (dbsa: the DBSA Model Code of Ethics for Peer Specialists)' : ''}.`,
)}
code: ${code.id}

# (optional) One sentence saying what the case is about; \`list\` shows it.
summary: "TODO: one sentence saying what the case is about"

# (optional) Where it happens.
setting: "TODO: where it happens, e.g. Re-entry peer support, one-to-one"

# (optional) The people in the case: invented first names or initials, never real people.
people:
  - name: "TODO: a first name"
    role: "TODO: who they are, e.g. Peer specialist"
  - name: "TODO: a first name"
    role: "TODO: who they are, e.g. Peer who came home from prison last month"

# The case itself, in your own words and plain language: the facts only, no hint of the
# answer and no principle numbers. Keep every line indented by two spaces.
narrative: |
  TODO: tell what happened in a few short paragraphs. Give every fact that matters to
  the decision, and leave out what the trainer's key says.

# (optional) The question put to the learner.
question: "TODO: the question, e.g. How could Maria resolve this dilemma?"

${comment(`(optional) The kind of dilemma, one of: ${DILEMMA_TYPES.join(', ')}.`)}
#   right-vs-right: two ethical choices pull against each other;
#   right-vs-wrong: one choice is clearly ethical and the other is not;
#   wrong-vs-wrong: every choice goes against some value.
dilemma_type: right-vs-right

# (optional) Which of the course's five common dilemmas the case shows, one or more of:
${commentList([...CATEGORIES])}
categories:
  - ${CATEGORIES[0] ?? 'dual-relationships'}

# The trainer's key: the principles in play, each with why it is in play. The numbers are
# those of code ${code.id}; read them word for word with: ${command} code --code ${code.id}
${numbers}
principles:
${key.join('\n')}

# (optional) Two to four example courses of action, shown after the learner's own.
options:
  - title: "TODO: an option, in a few words"
    consequences: "TODO: what would likely follow, and for whom"
  - title: "TODO: another option, in a few words"
    consequences: "TODO: what would likely follow, and for whom"

# (optional) Two to four questions a trainer would ask a group.
discussion:
  - "TODO: a question for the group"
  - "TODO: another question for the group"

# (optional) Where the case comes from, e.g. Riverside staff training, 2026.
source: "TODO: where the case comes from"

# (optional) What you invented where the source says nothing; delete it if nothing was.
adapted: "TODO: what you made up where the source leaves a gap"
`;
}
