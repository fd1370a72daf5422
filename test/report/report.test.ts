// The report page is built from hostile text (a case id, a code's title, a typed decision): none
// of it may become markup, and the page must hold no typed text unless asked to.
import { describe, expect, it } from 'vitest';
import { emptySummary, finishSummary } from '../../src/record/summary.js';
import { comingWeeks, renderReport } from '../../src/report/report.js';

const summary = () => {
  const s = emptySummary('2026-11-23');
  s.records = 1;
  s.principles = { 1: 1, 'agency:2': 1 };
  s.status = { decided: 1 };
  return finishSummary(s);
};
const hostileCode = { id: 'agency', title: '<img src=x onerror=alert(1)>', principles: [] };

describe('renderReport', () => {
  it('escapes every piece of text that came from a file or a person', () => {
    const html = renderReport({
      summary: summary(),
      dueByWeek: [],
      codes: (id) => (id === 'agency' ? (hostileCode as never) : undefined),
      defaultCode: 'dbsa',
      decisions: [{ date: '2026-11-20', scenario: '<b>x</b>', decision: 'Tell "them" </td><script>alert(1)</script>' }],
    });
    expect(html).not.toMatch(/<script|<img|<b>x/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Principles cited: &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('2. (not in the library)');
  });

  it('holds no decision, and says so, without --with-decisions', () => {
    const html = renderReport({
      summary: summary(),
      dueByWeek: [],
      codes: () => undefined,
      defaultCode: 'dbsa',
    });
    expect(html).toContain('this page holds nothing anyone typed');
    expect(html).toContain('<span data-count="records">1</span> decision record;');
    expect(html).not.toContain('<h2>Decisions</h2>');
  });

  it('charts each of the coming six weeks from the follow-ups due in it', () => {
    const asOf = '2026-11-23';
    const weekOf = comingWeeks(asOf);
    const week = (follow_up: string, status = 'decided') => weekOf({ follow_up, status } as never);
    expect(
      ['2026-11-22', '2026-11-23', '2026-11-29', '2026-11-30', '2026-12-20', '2027-01-03', '2027-01-04'].map((d) =>
        week(d),
      ),
    ).toEqual([undefined, 0, 0, 1, 3, 5, undefined]);
    expect(week('2026-11-24', 'evaluated')).toBeUndefined();
    const html = renderReport({
      summary: summary(),
      dueByWeek: [1, 0, 0, 2, 0, 0],
      codes: () => undefined,
      defaultCode: 'dbsa',
    });
    const table = html.slice(html.indexOf('id="follow-ups"'));
    expect(table).toMatch(/<th[^>]*>week of 2026-12-14<\/th>\s*<td>2<\/td>/);
  });
});
