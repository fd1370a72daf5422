// list, code and records list in a real 100-column terminal (tmux): long lines are word-wrapped
// under their own indent, never broken mid-word by the terminal, and a suggested command stays on
// one line.
// Piped, each line stays whole, for grep (browse.test.ts).
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';
import { cliCommand, terminal, useTmux } from '../tmux.js';

useTmux();

/**
 * What the command printed, once it has ended (wrapped lines joined: a line the terminal broke
 * shows whole), each line checked to fit the terminal; `columns` narrows it (stty) first.
 */
async function printed(args: string[], columns = 100): Promise<string[]> {
  const shell = columns !== 100 ? `stty cols ${columns} && ${cliCommand(args)}; echo EXIT=$?; sleep 30` : undefined;
  const run = terminal(root, args, shell);
  await run.waitFor(() => /^EXIT=0$/m.test(run.history()));
  const lines = run
    .history()
    .split('\n')
    .filter((line) => line && !line.startsWith('EXIT='));
  for (const line of lines) expect(line.length, line).toBeLessThan(columns);
  return lines;
}

/** The `n` lines from the first that is `first`. */
const linesFrom = (lines: string[], first: string, n: number) =>
  lines.slice(lines.indexOf(first), lines.indexOf(first) + n);

describe('browsing in a terminal', () => {
  it('list wraps each summary under the title, within the width, and keeps its hint whole', async () => {
    const lines = await printed(['list']);
    const andre = lines.findIndex((line) => line.startsWith('limits-of-confidentiality '));
    expect(lines.slice(andre + 1, andre + 3)).toEqual([
      `${' '.repeat(27)}At a first meeting, a guarded man just out of prison asks a new peer`,
      `${' '.repeat(27)}specialist to promise that nothing he says will leave the room.`,
    ]);
    expect(lines.join('\n')).toMatch(/`ethics-guide show <id>`/);
    expect(lines.join('\n')).toMatch(/`ethics-guide resolve <id>`/);
  }, 30_000);

  it('list puts the title and summary under the id in a terminal narrower than 60 columns', async () => {
    const lines = await printed(['list'], 40);
    expect(linesFrom(lines, 'limits-of-confidentiality', 3)).toEqual([
      'limits-of-confidentiality',
      '  Keisha & Andre',
      '  At a first meeting, a guarded man',
    ]);
  }, 30_000);

  it('show --key wraps the case, its question and the key under their indents, within the width', async () => {
    const lines = await printed(['show', 'mary-and-jane', '--key']);
    const question = lines.findIndex((line) => line.startsWith('Question: '));
    expect(lines.slice(question, question + 1)).toEqual([
      'Question: Mary has already offered the job and Jane has said yes. How could Mary resolve this',
    ]);
    expect(lines[question + 1]).toBe('dilemma?');
    const why = lines.findIndex((line) => line.startsWith('     Why: If Jane takes the job'));
    expect(lines[why + 1]).toMatch(/^ {10}\S/);
  });

  it("show reflows a case's paragraphs to a narrow terminal instead of keeping the file's line breaks", async () => {
    const lines = await printed(['show', 'tim'], 60);
    const story = lines.slice(
      lines.indexOf('The case') + 1,
      lines.findIndex((line) => line.startsWith('Question: ')),
    );
    // The file breaks its lines near 75 columns: kept, each would leave a ragged stub at 60, a short
    // line that the sentence goes on from ("For about" / "five months you").
    const ragged = story.filter((line, i) => line.length < 40 && /^[a-z]/.test(story[i + 1] ?? ''));
    expect(ragged).toEqual([]);
    expect(story.join(' ')).toContain('For about five months you have met with Tim every week.');
  });

  it('code wraps each principle under its headline, word for word', async () => {
    const lines = await printed(['code']);
    const six = lines.findIndex((line) => line === ' 6. Never');
    expect(lines.slice(six + 1, six + 4).every((line) => line.startsWith('    Peer') || /^ {4}\S/.test(line))).toBe(
      true,
    );
    expect(
      lines
        .slice(six + 1, six + 4)
        .map((line) => line.trim())
        .join(' '),
    ).toBe(
      'Peer Specialists never intimidate, threaten, or harass those they serve; never use undue influence, ' +
        'physical force, or verbal abuse with those they serve; and never make unwarranted promises of benefits to ' +
        'those they serve.',
    );
  }, 30_000);

  it('records list shows each record as a short block when the table would not fit, within the width', async () => {
    const lines = await printed(['records', 'list', 'test/fixtures/records/good', '--as-of', '2026-11-23']);
    expect(linesFrom(lines, '2026-10-01-alice-and-bob.md', 4)).toEqual([
      '2026-10-01-alice-and-bob.md',
      '  2026-10-01, alice-and-bob; principles 3, 4, 1; decided',
      '  follow-up 2026-10-15 overdue',
      "  Share less, and only when it serves Bob's goals",
    ]);
    expect(lines.join('\n')).toContain('`ethics-guide records evaluate test/fixtures/records/good/FILE`');
  }, 30_000);
});
