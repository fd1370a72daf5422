// The record's Markdown read by a real CommonMark parser (markdown-it, with raw HTML on and GFM
// tables): text a person typed, however hostile, comes out as text. It never adds a heading, a
// list item, a link, HTML, code, a rule or a table row, and it reads back as it was typed.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/guide/decision.js';
import { feedbackFor } from '../../src/guide/feedback.js';
import { renderRecord } from '../../src/record/render.js';
import { keptAnswers } from '../../src/record/kept-answers.js';
import { parse } from 'yaml';
import { HOSTILE, code, scenario } from '../guide/fixtures.js';
import { COURSE_CASE_SECTIONS } from '../helpers.js';

const parser = new MarkdownIt({ html: true, linkify: false });

/** More that a hand-written escape tends to miss, on top of the walkthrough's hostile set. */
const MORE = [
  '    indented code',
  '***',
  '+ plus item',
  '* star item',
  '2) paren item',
  '=====',
  '<!-- comment -->',
  '<https://example.com>',
  '![image](x.png)',
  '[ref]: https://example.com',
  '~~~',
  '&lt;entity&gt; &amp; &#x3C;',
  '\\# escaped',
  '*emphasis* _under_ **strong** `code`',
  'trailing two spaces  \nbreak',
];
const TYPED = [...HOSTILE, ...MORE];

const decision: Decision = {
  recognize: { dilemma: true, type: 'right-vs-right', why: TYPED.join('\n') },
  understand: { facts: TYPED, stakeholders: TYPED.slice(0, 5), unknowns: MORE },
  establish: { options: ['<b>bold</b> | pipe', '# two', '- three'], principles: [3, 1] },
  review: {
    options: [1, 2, 3].map((i) => ({
      consequences: TYPED[i]!,
      harm: { who: TYPED[i + 3]!, severity: 'low' as const },
    })),
    policies: TYPED.join('\n\n'),
    consulted: 'supervisor',
  },
  explain: { choice: 1, rationale: TYPED.join(' '), principles: [3, 2] },
  act: { steps: TYPED, follow_up: '2026-12-07' },
};

const markdown = renderRecord({
  decision,
  code,
  scenario,
  date: '2026-11-23',
  feedback: feedbackFor(decision, scenario),
});
const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5);
const tokens = parser.parse(body, {});
const all = (list: Token[]): Token[] => list.flatMap((t) => [t, ...all(t.children ?? [])]);

describe('a record with hostile typed text, read by a CommonMark parser', () => {
  it('has only its own headings', () => {
    const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [tokens[i + 1]!.content] : []));
    expect(headings).toEqual(['Decision record: The gift', ...COURSE_CASE_SECTIONS]);
  });

  it('holds no HTML, link, image, code, rule or extra table', () => {
    // The one code block is the last token: the kept answers, which hold every typed text again.
    // Before their section, nothing typed may become markup.
    const fences = tokens.filter((t) => t.type === 'fence');
    expect(fences.map((t) => t.info)).toEqual(['yaml']);
    expect(tokens.at(-1)).toBe(fences[0]);
    expect(parse(fences[0]!.content)).toEqual(parse(keptAnswers(markdown)!.yaml));
    const kept = tokens.findIndex(
      (t, i) => t.type === 'heading_open' && tokens[i + 1]?.content === 'The answers, for revising',
    );
    const kinds = new Set(all(tokens.slice(0, kept)).map((t) => t.type));
    for (const kind of ['html_block', 'html_inline', 'link_open', 'image', 'code_block', 'fence', 'code_inline', 'hr'])
      expect(kinds, kind).not.toContain(kind);
    expect(tokens.filter((t) => t.type === 'table_open')).toHaveLength(1);
    expect(tokens.filter((t) => t.type === 'tr_open')).toHaveLength(1 + 3);
  });

  it('lists exactly the items typed, and says each typed text as it was typed', () => {
    // Steps: one list item per step typed (and no item started inside one).
    const act = tokens.slice(tokens.findIndex((t) => t.type === 'inline' && t.content === 'Act'));
    const items = act
      .slice(
        0,
        act.findIndex((t) => t.type === 'bullet_list_close'),
      )
      .filter((t) => t.type === 'list_item_open');
    expect(items).toHaveLength(TYPED.length);
    const text = all(tokens)
      .filter((t) => t.type === 'text')
      .map((t) => t.content)
      .join('');
    for (const typed of ['<script>alert(1)</script>', '[link](javascript:alert(1))', '<!-- comment -->', '# Heading'])
      expect(text).toContain(typed);
  });
});
