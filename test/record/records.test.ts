// Reading records back for supervisors: the quick front-matter reader agrees with the YAML
// parser, follow-ups fall due on the right day, and an outcome changes nothing but itself.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { RecordMeta } from '../../src/generated/record.types.js';
import { renderFrontMatter } from '../../src/markdown/front-matter.js';
import { KEPT_ANSWERS_HEADING, keptAnswers } from '../../src/record/kept-answers.js';
import { outcomeSection, withOutcome } from '../../src/record/outcome.js';
import { REVIEW_HEADING, withReview } from '../../src/record/signoff.js';
import { quickMeta } from '../../src/record/quick-meta.js';
import { countRecord, emptySummary, finishSummary, followUpState } from '../../src/record/summary.js';
import { HOSTILE, code } from '../guide/fixtures.js';

const meta = (over: Partial<RecordMeta> = {}): RecordMeta => ({
  scenario: 'alice-and-bob',
  title: 'Alice & Bob',
  code: 'dbsa',
  date: '2026-11-01',
  dilemma_type: 'right-vs-right',
  principles: [3, 4],
  decision: 'Share less',
  follow_up: '2026-11-15',
  status: 'decided',
  ...over,
});
/** The YAML between the --- lines, as the folder reader gives it to quickMeta. */
const yamlOf = (m: RecordMeta) => renderFrontMatter(m).slice(4, -5);

describe('the quick front-matter reader', () => {
  const tricky = [
    ...HOSTILE,
    'José said “no” 😊',
    'tab\there',
    'bell\u0007',
    'back\\slash',
    'null',
    '123',
    '[]',
    'yes',
    '2026-11-23',
    'a: b',
    '# not a comment',
    "it's",
    '   spaced   ',
  ];

  it.each(tricky)('reads %j exactly as the YAML parser does, or leaves it to the parser', (value) => {
    for (const m of [
      meta({ title: value, decision: value }),
      meta({ scenario: null, tension: value, principles: [] }),
    ]) {
      const yaml = yamlOf(m);
      const quick = quickMeta(yaml);
      if (quick !== undefined) expect(quick).toEqual(parse(yaml));
      expect(parse(yaml)).toEqual(m);
      // Only line breaks (folded onto indented lines) and control characters (YAML's own
      // escapes such as \e) need the parser; everything else is read quickly.
      if (!/[\u0000-\u001f]/.test(value.replace(/\t/g, ''))) expect(quick).toBeDefined();
    }
  });

  it('reads what resolve writes without the parser', () => {
    expect(quickMeta(yamlOf(meta({ evaluated: '2026-11-20', status: 'evaluated' })))).toEqual(
      meta({ evaluated: '2026-11-20', status: 'evaluated' }),
    );
  });

  it('leaves hand edits to the parser: comments, unquoted text, nesting, repeated keys', () => {
    expect(quickMeta('status: decided')).toBeUndefined();
    expect(quickMeta('# note\nstatus: "decided"')).toBeUndefined();
    expect(quickMeta('people:\n  name: "x"')).toBeUndefined();
    expect(quickMeta('status: "a"\nstatus: "b"')).toBeUndefined();
    expect(quickMeta('follow_up:\nstatus: "decided"')).toEqual(parse('follow_up:\nstatus: "decided"'));
  });
});

describe('follow-ups', () => {
  it.each([
    ['2026-11-22', 'overdue'],
    ['2026-11-23', 'due'],
    ['2026-11-30', 'due'],
    ['2026-12-01', undefined],
  ] as const)('a follow-up on %s, as of 2026-11-23, is %s', (followUp, state) => {
    expect(followUpState(meta({ follow_up: followUp }), '2026-11-23')).toBe(state);
  });

  it('is never due once the record is evaluated, or when no date was set', () => {
    expect(followUpState(meta({ follow_up: '2026-01-01', status: 'evaluated' }), '2026-11-23')).toBeUndefined();
    expect(followUpState(meta({ follow_up: '' }), '2026-11-23')).toBeUndefined();
  });
});

describe('a summary', () => {
  it('counts principles per code, types, status and due follow-ups, and holds no typed text', () => {
    const summary = emptySummary('2026-11-23');
    countRecord(summary, meta({ follow_up: '2026-11-30' }), 'dbsa');
    countRecord(
      summary,
      meta({
        scenario: null,
        title: 'My secret',
        decision: 'Tell no one',
        principles: [5],
        code: 'riverside',
        follow_up: '2026-11-02',
      }),
      'dbsa',
    );
    countRecord(summary, meta({ status: 'evaluated', dilemma_type: 'none', principles: [3] }), 'dbsa');
    expect(finishSummary(summary)).toEqual({
      records: 3,
      as_of: '2026-11-23',
      codes: { dbsa: 2, riverside: 1 },
      principles: { '3': 2, '4': 1, 'riverside:5': 1 },
      dilemma_types: { 'right-vs-wrong': 0, 'right-vs-right': 2, 'wrong-vs-wrong': 0, none: 1 },
      status: { decided: 2, evaluated: 1, superseded: 0 },
      follow_ups: { overdue: 1, due: 1 },
      follow_ups_due: [
        { date: '2026-11-02', decided: '2026-11-01', scenario: null, overdue: true },
        { date: '2026-11-30', decided: '2026-11-01', scenario: 'alice-and-bob', overdue: false },
      ],
      consult_first: 0,
      reviewed: 0,
      review_agrees: { yes: 0, 'with-changes': 0, no: 0 },
    });
    expect(JSON.stringify(summary)).not.toMatch(/secret|Tell no one|Share less|Alice & Bob/);
  });

  it('keeps only the soonest follow-ups when asked, in any order of reading, and counts all of them', () => {
    const dates = Array.from(
      { length: 500 },
      (_, i) => `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    );
    const shuffled = [...dates].sort((a, b) => ((a.charCodeAt(9) * 7) % 5) - ((b.charCodeAt(9) * 7) % 5));
    const summaries = [dates, shuffled, [...dates].reverse()].map((order) => {
      const summary = emptySummary('2026-12-31');
      for (const date of order) countRecord(summary, meta({ follow_up: date }), 'dbsa', 10);
      return finishSummary(summary, 10);
    });
    const soonest = [...dates].sort().slice(0, 10);
    for (const summary of summaries) {
      expect(summary.follow_ups).toEqual({ overdue: 500, due: 0 });
      expect(summary.follow_ups_due.map((f) => f.date)).toEqual(soonest);
    }
  });
});

describe('adding an outcome', () => {
  const outcome = {
    how_it_went: 'Bob talked about his own plans.',
    principles_held: 'partly' as const,
    differently: 'Raise it sooner.',
  };
  const section = outcomeSection(outcome, '2026-12-01', [3, 2], code);
  const record = `${renderFrontMatter(meta())}\n# Decision record: Alice & Bob\n\nBody text.\n`;

  it('changes the status line, adds the date after it, appends the section, and keeps every other byte', () => {
    const updated = withOutcome(record, section, '2026-12-01');
    expect(updated).toBe(
      `${record.replace('status: "decided"\n', 'status: "evaluated"\nevaluated: "2026-12-01"\n')}\n${section}`,
    );
    expect(section).toContain('**Held up against the principles cited:** Partly (3. Gifts; 2. Respect)');
  });

  it('keeps CRLF line ends and hand edits (comments, unquoted values) as they were', () => {
    const edited =
      '---\r\n# checked by M.\r\nscenario: alice-and-bob\r\nstatus: decided   \r\nprinciples: [3]\r\n---\r\nBody\r\n';
    const updated = withOutcome(edited, section, '2026-12-01');
    expect(
      updated.startsWith(
        '---\r\n# checked by M.\r\nscenario: alice-and-bob\r\nstatus: "evaluated"\r\nevaluated: "2026-12-01"\r\nprinciples: [3]\r\n---\r\nBody\r\n\r\n## Outcome\r\n',
      ),
    ).toBe(true);
    expect(updated.replace(/\r\n/g, '')).not.toMatch(/[^\r]\n/);
  });

  it('goes before the answers a record keeps for revising, and so does a review, every other byte kept', () => {
    const kept = `${KEPT_ANSWERS_HEADING}\n\nWhat it starts from.\n\n\`\`\`yaml\nscenario: alice-and-bob\n\`\`\`\n`;
    const withKept = `${record}\n${kept}`;
    const evaluated = withOutcome(withKept, section, '2026-12-01');
    const body = record.replace('status: "decided"\n', 'status: "evaluated"\nevaluated: "2026-12-01"\n');
    expect(evaluated).toBe(`${body}\n${section}\n${kept}`);
    expect(keptAnswers(evaluated)?.yaml).toBe('scenario: alice-and-bob\n');
    const reviewed = withReview(evaluated, { reviewer: 'M.K.', agree: 'yes', comment: 'Good.' }, '2026-12-02');
    const headings = reviewed.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Outcome', REVIEW_HEADING, KEPT_ANSWERS_HEADING]);
    expect(reviewed.endsWith(kept)).toBe(true);
  });

  it('refuses when changing the status line would change more than the status', () => {
    expect(() => withOutcome('---\nstatus:\n  decided\nx: 1\n---\nBody\n', section, '2026-12-01')).toThrow();
    expect(() => withOutcome('No front matter\n', section, '2026-12-01')).toThrow(/no front matter/);
  });

  it('keeps typed text as text', () => {
    const hostile = outcomeSection(
      { how_it_went: HOSTILE.join('\n'), principles_held: 'yes', differently: HOSTILE.join('\n\n'), next: '## Next' },
      '2026-12-01',
      [],
      undefined,
    );
    expect(hostile.match(/^## /gm)).toEqual(['## ']);
    expect(hostile).not.toMatch(/^---$/m);
    expect(hostile).not.toMatch(/(?<!\\)<(script|img)\b/);
  });
});
