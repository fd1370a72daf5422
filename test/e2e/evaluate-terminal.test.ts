// `records evaluate` in a real terminal: the questions, Ctrl-C keeping the answers in a draft
// beside the record, and the next run continuing from it to the Outcome section.
import { chmodSync, cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, tempDir } from '../helpers.js';
import { terminal, useTmux } from '../tmux.js';

useTmux();

const RECORD = '2026-10-01-alice-and-bob.md';

function folderWithRecord(): string {
  const dir = tempDir();
  cpSync(join(fixtures, 'records', 'good', RECORD), join(dir, RECORD));
  chmodSync(join(dir, RECORD), 0o600);
  return dir;
}

describe('records evaluate in a real terminal', () => {
  it('keeps the first answer in a draft on Ctrl-C, then continues from it and adds the outcome', async () => {
    const dir = folderWithRecord();
    const before = readFileSync(join(dir, RECORD), 'utf8');
    const first = terminal(dir, ['records', 'evaluate', RECORD]);
    await first.waitFor('Looking back: Alice & Bob');
    expect(first.screen()).toContain("Decision: Share less, and only when it serves Bob's goals");
    await first.answer(
      '? How did it go? What happened after you acted, and for whom?',
      'Bob set his own goals for the next month',
    );
    await first.waitFor('You cited: 3. Openly share; 4. Seek; 1. Believe.');
    first.send('C-c');
    const stopped = await first.waitFor(/^EXIT=\d+$/m);
    expect(stopped).toMatch(/^EXIT=130$/m);
    expect(stopped).toContain(
      `Stopped; your answers are kept in drafts/2026-10-01-alice-and-bob.outcome.yaml. Continue with the same command: ethics-guide records evaluate ${RECORD}`,
    );
    const draft = join(dir, 'drafts', '2026-10-01-alice-and-bob.outcome.yaml');
    expect(statSync(draft).mode & 0o777).toBe(0o600);
    expect(readFileSync(draft, 'utf8')).toContain('how_it_went: Bob set his own goals for the next month');
    expect(readFileSync(join(dir, RECORD), 'utf8')).toBe(before);

    const second = terminal(dir, ['records', 'evaluate', RECORD]);
    await second.waitFor('Continuing from drafts/2026-10-01-alice-and-bob.outcome.yaml');
    expect(second.screen()).not.toContain('? How did it go?');
    await second.waitFor('❯ Yes, it held up');
    second.send('Down', 'Enter');
    await second.answer('? What would you do differently next time', 'Ask Bob sooner what he wants');
    await second.answer('? Anything still to do?');
    const done = await second.waitFor(/^EXIT=\d+$/m);
    expect(done).toMatch(/^EXIT=0$/m);
    expect(done).toMatch(
      new RegExp(
        // Word-wrapped to the terminal: any space may be a line break.
        `^Outcome added: ${RECORD} is now marked evaluated on \\d{4}-\\d{2}-\\d{2} \\(readable only by you\\)$`.replace(
          / /g,
          '\\s+',
        ),
        'm',
      ),
    );
    const after = readFileSync(join(dir, RECORD), 'utf8');
    expect(after.startsWith(before.slice(0, before.indexOf('status:')))).toBe(true);
    expect(after).toContain('status: "evaluated"');
    expect(after.slice(before.length + 26)).toMatch(
      /^\n## Outcome\n[\s\S]*Bob set his own goals for the next month\n[\s\S]*\*\*Held up against the principles cited:\*\* Partly[\s\S]*Ask Bob sooner what he wants\n$/,
    );
    expect(after).not.toContain('Still to do');
    expect(statSync(join(dir, RECORD)).mode & 0o777).toBe(0o600);
    expect(existsSync(draft)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['2026-10-01-alice-and-bob.md', 'drafts']);
  });
});
