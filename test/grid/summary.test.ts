// The grid summary: front matter that reads back, the key and counts, and a table that stays a
// table whatever a trainer's grid file holds.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderSummary } from '../../src/grid/summary.js';
import { splitFrontMatter } from '../../src/record/parse.js';
import type { Grid } from '../../src/library/types.js';
import { code, grid } from './fixtures.js';

const ratings = { 'sharing-story': 'green', 'giving-hug': 'yellow', 'accepting-gift': 'red' } as const;
const render = (g: Grid = grid) => renderSummary({ grid: g, code, ratings, date: '2026-11-23' });

/** The `|` of a table row that are not escaped as text. */
const cellBars = (line: string) => line.replace(/\\./g, '').split('|').length - 1;

describe('a grid summary', () => {
  it('reads back: grid, date and the ratings in grid order, every string quoted', () => {
    const text = render();
    const parts = splitFrontMatter(text);
    expect(parse(parts!.yaml)).toEqual({
      grid: 'test-grid',
      date: '2026-11-23',
      ratings: { 'giving-hug': 'yellow', 'accepting-gift': 'red', 'sharing-story': 'green' },
    });
    expect(Object.keys(parse(parts!.yaml).ratings)).toEqual(['giving-hug', 'accepting-gift', 'sharing-story']);
    expect(text).toContain('\ndate: "2026-11-23"\n');
  });

  it('has a title, the key, the counts and one table row per action', () => {
    const body = splitFrontMatter(render())!.body;
    expect(body).toMatch(/^# Test Grid: my ratings$/m);
    expect(body).toContain('**Key:** green = Usually ethical; yellow = Would seriously question it; red = Unethical');
    expect(body).toContain('**My colours:** 1 green, 1 yellow, 1 red');
    expect(body).toMatch(/^\| Action +\| My rating \| Principles +\|$/m);
    expect(body).toMatch(/^\| Accepting a gift +\| red +\| 3\. Gifts, 2\. Respect \|$/m);
    expect(body.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(2 + 3);
  });

  it('is the same for the same ratings', () => {
    expect(render()).toBe(render());
  });

  it("keeps a grid file's text as text: one row per action, no headings, HTML or front matter", () => {
    const hostile = [
      'a | b | c',
      '# Heading\n## Another',
      '<script>alert(1)</script>',
      '---\ngrid: evil',
      '- item\n\n1. item',
      '`code` *em* [x](javascript:alert(1))',
    ];
    const evil: Grid = {
      ...grid,
      title: 'Grid\n---\ngrid: evil',
      actions: hostile.map((action, i) => ({ id: `a-${i}`, action, principles: [1], why_people_disagree: '' })),
    };
    const text = renderSummary({
      grid: evil,
      code,
      ratings: Object.fromEntries(evil.actions.map((a) => [a.id, 'red'])),
      date: '2026-11-23',
    });
    const parts = splitFrontMatter(text)!;
    expect(parse(parts.yaml).grid).toBe('test-grid');
    const rows = parts.body.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(2 + hostile.length);
    for (const row of rows) expect(cellBars(row)).toBe(4);
    expect(parts.body).not.toMatch(/^#{1,6} (?!Grid)/m);
    expect(parts.body).not.toMatch(/^---$/m);
    expect(parts.body).not.toMatch(/(^|[^\\])<script>/m);
    expect(parts.body.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(1);
  });
});
