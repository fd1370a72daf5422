// records summary of a folder with more follow-ups than a summary shows: the earliest, and a
// count of the rest (all of them with --json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, folderWith, runCli } from '../helpers.js';

const good = join(fixtures, 'records', 'good');
const AS_OF = ['--as-of', '2026-11-23'];

describe('records summary of many follow-ups', () => {
  const model = readFileSync(join(good, '2026-10-01-alice-and-bob.md'), 'utf8');
  const folder = folderWith(
    Object.fromEntries(
      Array.from({ length: 15 }, (_, i) => {
        const day = String(i + 1).padStart(2, '0');
        return [`2026-09-${day}-case-${i}.md`, model.replace(/^follow_up: ".*"$/m, `follow_up: "2026-10-${day}"`)];
      }),
    ),
  );

  it('lists the 10 earliest and counts the rest, and --json still gives every one', () => {
    const text = runCli(['records', 'summary', folder, ...AS_OF]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /^Follow-ups overdue or due within 7 days: 15 overdue, 0 due \(the 10 earliest below\)$/m,
    );
    const rows = text.stdout.match(/^ {2}2026-10-\d\d overdue/gm) ?? [];
    expect(rows.map((r) => r.trim().slice(0, 10))).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`),
    );
    expect(text.stdout).toMatch(/^ {2}… and 5 more; `--json` lists them all\.$/m);
    const json = JSON.parse(runCli(['records', 'summary', folder, '--json', ...AS_OF]).stdout);
    expect(json.follow_ups).toEqual({ overdue: 15, due: 0 });
    expect(json.follow_ups_due).toHaveLength(15);
  });
});
