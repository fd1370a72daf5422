// records list and summary for a supervisor's questions: filters that combine with AND, CSV that
// a CSV parser reads back with the same columns as JSON, and a table that keeps the decision
// readable at 80 columns.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { textTable } from '../../src/text/table.js';
import { fixtures, runCli, tempDir } from '../helpers.js';

const agency = ['--library', join(fixtures, 'agency-library')];
const AS_OF = ['--as-of', '2026-11-23'];

/**
 * The good fixture records, plus one flagged consult first and since reviewed, one flagged and
 * not reviewed, and one superseded.
 */
function folder(): string {
  const dir = tempDir();
  cpSync(join(fixtures, 'records', 'good'), dir, { recursive: true });
  const model = readFileSync(join(dir, '2026-11-02-alice-and-bob.md'), 'utf8');
  writeFileSync(
    join(dir, '2026-11-10-alice-and-bob.md'),
    model
      .replace('date: "2026-11-02"', 'date: "2026-11-10"')
      .replace(
        /status: "evaluated"\nevaluated: "[^"]+"/,
        'status: "decided"\nconsult_first: true\nreviewed: "2026-11-12"\nreviewed_by: "M.K."',
      ),
  );
  writeFileSync(
    join(dir, '2026-11-12-alice-and-bob.md'),
    model
      .replace('date: "2026-11-02"', 'date: "2026-11-12"')
      .replace(/status: "evaluated"\nevaluated: "[^"]+"/, 'status: "decided"\nconsult_first: true'),
  );
  writeFileSync(
    join(dir, '2026-09-01-alice-and-bob.md'),
    model.replace('date: "2026-11-02"', 'date: "2026-09-01"').replace('status: "evaluated"', 'status: "superseded"'),
  );
  return dir;
}

const files = (stdout: string) =>
  (JSON.parse(stdout) as { records: { file: string }[] }).records.map((r) => r.file.replace(/^.*\//, ''));

describe('records list filters', () => {
  it('each filter alone, and combined with AND; superseded records only with --all', () => {
    const dir = folder();
    const list = (...args: string[]) =>
      files(runCli([...agency, 'records', 'list', dir, '--json', ...AS_OF, ...args]).stdout);
    expect(list()).toHaveLength(6);
    expect(list('--all')).toHaveLength(7);
    expect(list('--status', 'superseded')).toEqual(['2026-09-01-alice-and-bob.md']);
    expect(list('--principle', '3')).toEqual([
      '2026-10-01-alice-and-bob.md',
      '2026-11-02-alice-and-bob.md',
      '2026-11-10-alice-and-bob.md',
      '2026-11-12-alice-and-bob.md',
    ]);
    expect(list('--principle', 'riverside-handbook:2')).toEqual(['2026-11-21-gift-card-from-j.md']);
    expect(list('--principle', '1', '--principle', 'riverside-handbook:2')).toHaveLength(6);
    expect(list('--case', 'own')).toEqual(['2026-11-20-gift-card-from-j.md', '2026-11-21-gift-card-from-j.md']);
    expect(list('--case', 'alice-and-bob', '--since', '2026-11-01', '--until', '2026-11-05')).toEqual([
      '2026-11-02-alice-and-bob.md',
    ]);
    expect(list('--follow-up', 'overdue')).toEqual([
      '2026-10-01-alice-and-bob.md',
      '2026-11-10-alice-and-bob.md',
      '2026-11-12-alice-and-bob.md',
    ]);
    expect(list('--follow-up', 'due')).toEqual(['2026-11-20-gift-card-from-j.md']);
    // A flagged record that a supervisor has reviewed waits for no one any more.
    expect(list('--consult-first')).toEqual(['2026-11-12-alice-and-bob.md']);
    expect(list('--reviewed')).toEqual(['2026-11-10-alice-and-bob.md']);
    expect(list('--unreviewed', '--case', 'alice-and-bob')).toEqual([
      '2026-10-01-alice-and-bob.md',
      '2026-11-02-alice-and-bob.md',
      '2026-11-12-alice-and-bob.md',
    ]);
    expect(list('--consult-first', '--case', 'own')).toEqual([]);
    const table = runCli([...agency, 'records', 'list', dir, ...AS_OF], { env: { COLUMNS: '200' } }).stdout;
    expect(table).toMatch(/2026-11-10-alice-and-bob\.md .*decided, reviewed(?!, consult first)/);
    expect(table).toMatch(/2026-11-12-alice-and-bob\.md .*decided, consult first/);
  });

  it('says how many replaced records it left out, and that --all takes them in', () => {
    const dir = folder();
    const list = runCli([...agency, 'records', 'list', dir, ...AS_OF]).stdout;
    expect(list).toContain(
      `6 records (1 replaced by a newer decision not shown; --all shows it) in ${dir}, follow-ups as of 2026-11-23`,
    );
    expect(runCli([...agency, 'records', 'list', dir, '--all', ...AS_OF]).stdout).toMatch(/^7 records in /m);
    const summary = runCli([...agency, 'records', 'summary', dir, ...AS_OF]).stdout;
    expect(summary).toContain('Also 1 replaced by a newer decision not counted; --all counts it.');
    expect(JSON.parse(runCli(['records', 'summary', dir, '--json', ...AS_OF]).stdout).superseded_not_counted).toBe(1);
    const page = join(dir, 'report.html');
    expect(runCli([...agency, 'records', 'report', dir, '--html', page, ...AS_OF]).status).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain(
      'Not counted: <span data-count="replaced">1</span> replaced by a newer decision',
    );
  });

  it('refuses a filter it cannot read, with a sentence (exit 2)', () => {
    const dir = folder();
    for (const [args, message] of [
      [['--principle', 'five'], '--principle takes a number or code:number'],
      [['--status', 'done'], '--status is one of decided, evaluated, superseded, not "done"'],
      [['--since', '2026-13-01'], '--since needs a date written YYYY-MM-DD'],
      [['--follow-up', 'soon'], '--follow-up is due or overdue'],
      [['--reviewed', '--unreviewed'], 'use --reviewed or --unreviewed, not both'],
      [['--json', '--csv'], 'use --json or --csv, not both'],
    ] as const) {
      const result = runCli(['records', 'list', dir, ...args]);
      expect([result.status, result.stderr]).toEqual([2, expect.stringContaining(message)]);
    }
  });

  it('gives CSV that a CSV parser reads back, with the same columns and values as JSON', () => {
    const dir = folder();
    const csv = runCli([...agency, 'records', 'list', dir, '--csv', ...AS_OF]);
    expect(csv.status).toBe(0);
    const rows = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    const json = (
      JSON.parse(runCli([...agency, 'records', 'list', dir, '--json', ...AS_OF]).stdout) as {
        records: Record<string, unknown>[];
      }
    ).records;
    expect(rows).toHaveLength(json.length);
    for (const [i, row] of rows.entries()) {
      expect(row.file).toBe(json[i]!.file);
      expect(row.decision).toBe(json[i]!.decision);
      expect(row.principles).toBe((json[i]!.principles as unknown[]).join(' '));
      expect(row.follow_up_state).toBe(json[i]!.follow_up_state ?? '');
    }
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(['file', 'date', 'scenario', 'decision', 'consult_first', 'reviewed', 'reviewed_by']),
    );
  });

  it('shows control characters of a hand-edited record as stand-ins in CSV, which may go to a terminal', () => {
    const dir = folder();
    const model = readFileSync(join(dir, '2026-11-02-alice-and-bob.md'), 'utf8');
    writeFileSync(
      join(dir, '2026-11-02-alice-and-bob.md'),
      model.replace(/^decision: .*$/m, 'decision: "\\e[8mCONCEALED"').replace(/^title: .*$/m, 'title: "t\\e[31mRED"'),
    );
    const list = runCli([...agency, 'records', 'list', dir, '--csv', ...AS_OF, '--case', 'alice-and-bob']).stdout;
    const summary = runCli([...agency, 'records', 'summary', dir, '--csv', ...AS_OF]).stdout;
    for (const csv of [list, summary]) expect(csv).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const rows = parseCsv(list, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.decision)).toContain('␛[8mCONCEALED');
    expect(rows.map((r) => r.title)).toContain('t␛[31mRED');
  });

  it('starts a typed cell that a spreadsheet would run as a formula with a quote mark', () => {
    const dir = folder();
    const model = readFileSync(join(dir, '2026-11-02-alice-and-bob.md'), 'utf8');
    writeFileSync(
      join(dir, '2026-11-02-alice-and-bob.md'),
      model.replace(/^decision: .*$/m, 'decision: "=HYPERLINK(\\"http://x\\", \\"see\\")"'),
    );
    const rows = parseCsv(
      runCli([...agency, 'records', 'list', dir, '--csv', ...AS_OF, '--case', 'alice-and-bob']).stdout,
      {
        columns: true,
      },
    ) as Record<string, string>[];
    expect(rows.map((r) => r.decision)).toContain(`'=HYPERLINK("http://x", "see")`);
    expect(rows.every((r) => !/^[=+\-@]/.test(r.decision ?? ''))).toBe(true);
  });

  it('summary takes the same filters, and CSV of counts only', () => {
    const dir = folder();
    const summary = JSON.parse(
      runCli([...agency, 'records', 'summary', dir, '--json', ...AS_OF, '--case', 'own']).stdout,
    );
    expect(summary).toMatchObject({ records: 2, codes: { 'riverside-handbook': 1, dbsa: 1 } });
    // Of the two flagged records, the one a supervisor reviewed no longer counts as waiting.
    const all = JSON.parse(runCli([...agency, 'records', 'summary', dir, '--json', ...AS_OF]).stdout);
    expect(all).toMatchObject({ records: 6, consult_first: 1, reviewed: 1 });
    const text = runCli([...agency, 'records', 'summary', dir, ...AS_OF]).stdout;
    expect(text).toMatch(
      /^Consult first .*not yet reviewed\)\n {2}1 record\n\nReviewed by a supervisor\n {2}1 record$/m,
    );
    const csv = parseCsv(runCli([...agency, 'records', 'summary', dir, '--csv', ...AS_OF, '--consult-first']).stdout, {
      columns: true,
    }) as Record<string, string>[];
    expect(csv.find((r) => r.measure === 'records')?.value).toBe('1');
    expect(csv.find((r) => r.measure === 'consult_first')?.value).toBe('1');
    // The counts the JSON gives are rows too.
    const row = (measure: string, key = '') => csv.find((r) => r.measure === measure && r.key === key)?.value;
    expect([row('follow_ups', 'overdue'), row('follow_ups', 'due'), row('superseded_not_counted')]).toEqual([
      '1',
      '0',
      '1',
    ]);
    expect([row('skipped'), row('damaged')]).toEqual(['3', '0']);
    expect(JSON.stringify(csv)).not.toMatch(/Share less|Gift card/);
  });
});

describe('the text table at 80 columns', () => {
  it('continues a long decision on lines of its own under its column, cutting nothing', () => {
    const rows = [
      [
        '2026-10-01',
        'alice-and-bob',
        'decided',
        'Share less, and only when it serves the goals Bob sets for himself each week',
      ],
    ];
    const lines = textTable(['Date', 'File', 'Status', 'Decision'], rows, 60, true);
    expect(lines).toEqual([
      'Date        File           Status   Decision',
      '2026-10-01  alice-and-bob  decided  Share less, and only',
      '                                    when it serves the goals',
      '                                    Bob sets for himself',
      '                                    each week',
    ]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
  });
});
