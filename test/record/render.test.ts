// The decision record: parsed back, every section in order, hostile text kept as text.
import { describe, expect, it } from 'vitest';
import { COURSE_CASE_SECTIONS } from '../helpers.js';
import type { Decision } from '../../src/guide/decision.js';
import { feedbackFor } from '../../src/guide/feedback.js';
import { parseRecord } from '../../src/record/parse.js';
import { renderRecord } from '../../src/record/render.js';
import { KEPT_ANSWERS_HEADING, keptAnswers } from '../../src/record/kept-answers.js';
import { visible } from '../../src/text/controls.js';
import { parse } from 'yaml';
import { quickParse } from '../../src/data/quick-yaml.js';
import { HOSTILE, code, scenario } from '../guide/fixtures.js';

const decision: Decision = {
  recognize: { dilemma: true, type: 'right-vs-right', tension: 'justice-vs-mercy', why: 'Both honour something.' },
  understand: { facts: ['She offers a watch.'], stakeholders: ['Her'], unknowns: [] },
  establish: { options: ['Decline kindly', 'Accept'], principles: [3, 1] },
  review: {
    options: [
      { consequences: 'She may feel hurt.', harm: { who: 'Her', severity: 'low' } },
      { consequences: 'Others expect favours.', harm: { who: 'The group', severity: 'moderate' } },
    ],
    policies: 'Agency limit.',
    consulted: 'supervisor',
  },
  explain: { choice: 1, rationale: 'Fairness.', principles: [3, 2] },
  act: { steps: ['Thank her'], follow_up: '2026-12-07' },
};

const render = (d: Decision) =>
  renderRecord({ decision: d, code, scenario, date: '2026-11-23', feedback: feedbackFor(d, scenario) });

describe('a rendered record', () => {
  it('parses back: front matter and the sections in order', () => {
    const record = parseRecord(render(decision));
    expect(record.meta).toEqual({
      scenario: 'gift-case',
      title: 'The gift',
      code: 'test-code',
      date: '2026-11-23',
      dilemma_type: 'right-vs-right',
      tension: 'justice-vs-mercy',
      principles: [3, 2],
      decision: 'Decline kindly',
      follow_up: '2026-12-07',
      status: 'decided',
    });
    expect(record.title).toBe('Decision record: The gift');
    expect(record.sections.map((s) => s.heading)).toEqual(COURSE_CASE_SECTIONS);
  });

  it('quotes each cited principle word for word, with number and headline, and nothing uncited', () => {
    const applied = parseRecord(render(decision)).sections.find((s) => s.heading === 'Principles applied')?.body ?? '';
    expect(applied).toContain('> **2. Respect.** Specialists respect the rights and dignity of those they serve.');
    expect(applied).toContain('> **3. Gifts.** Specialists do not accept gifts of significant value.');
    expect(applied).not.toContain('Believe');
  });

  it('puts the options and their risk of harm in a table', () => {
    const review = parseRecord(render(decision)).sections.find((s) => s.heading === 'Review')?.body ?? '';
    expect(review).toMatch(/^\| 2\. Accept +\| Others expect favours\. +\| The group +\| moderate +\|$/m);
  });

  it('is the same for the same answers', () => {
    expect(render(decision)).toBe(render(structuredClone(decision)));
  });

  const hostile = HOSTILE;

  it('keeps typed text as text: no heading, list, HTML or front matter can be added', () => {
    const d = structuredClone(decision);
    d.recognize!.why = hostile.join('\n');
    d.understand!.facts = hostile;
    d.establish!.options = ['<b>bold</b> | pipe', '# two'];
    d.review!.policies = hostile.join('\n\n');
    d.explain!.rationale = hostile.join(' ');
    d.act!.steps = hostile;
    const markdown = render(d);
    const record = parseRecord(markdown);
    expect(record.meta.status).toBe('decided');
    expect(record.meta.decision).toBe('<b>bold</b> | pipe');
    expect(record.sections.map((s) => s.heading)).toEqual(COURSE_CASE_SECTIONS);
    const kept = markdown.indexOf(`\n${KEPT_ANSWERS_HEADING}\n`);
    const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5, kept);
    expect(body).not.toMatch(/(?<!\\)<(script|img|b)\b/);
    expect(body).not.toMatch(/^#{1,6} (Heading|Injected|b|two)$/m);
    expect(body).not.toMatch(/^---$/m);
    expect(body).not.toContain('\u001b');
    expect(body.match(/^\| /gm)).toHaveLength(4); // header, divider... rows: header + 2 options + divider starts with "| -"
  });

  it('ends with the answers it was made from, which no answer can break out of', () => {
    const d = structuredClone(decision);
    d.recognize!.why = ['````', ...hostile, '```', '## Injected'].join('\n');
    d.understand!.facts = [...hostile, '```yaml', 'x\u202ey'];
    const markdown = render(d);
    const kept = keptAnswers(markdown);
    const fence = markdown.split('\n').find((line) => /^`{3,}yaml$/.test(line))!;
    expect(fence.length).toBe('`````yaml'.length);
    // The block is the last thing in the record: its closing fence is the last line.
    expect(markdown.trimEnd().split('\n').at(-1)).toBe('`````');
    const back = parse(kept!.yaml) as Decision;
    expect(back.recognize!.why).toBe(visible(d.recognize!.why));
    expect(back.understand!.facts).toEqual(d.understand!.facts!.map(visible));
    expect(kept!.yaml).not.toMatch(/[\u001b\u202e]/);
    expect(parse(keptAnswers(render(decision))!.yaml)).toEqual(decision);
  });

  it('keeps every answer exactly, as both YAML readers (the quick one and the yaml library) read it back', () => {
    const tricky = [
      'yes',
      'No',
      'on',
      'y',
      '~',
      'null',
      '2026-01-01',
      '12',
      '0x1F',
      '1e3',
      '.inf',
      '-0',
      '',
      ' ',
      '=',
      '?q',
      ' leading space',
      'trailing space ',
      'tab\there',
      '# hash',
      'a #b',
      'key: value',
      'end:',
      '- dash',
      '* star',
      '& amp',
      '! bang',
      '% pct',
      '@ at',
      '` tick',
      '"double"',
      "'single'",
      `it's "both"`,
      '[x]',
      '{x: 1}',
      '|',
      '>',
      'two\nlines',
      'ends in a newline\n',
      'blank\n\nbetween',
      '  indented first\nline',
      'trailing blanks\n\n\n',
      'spaces at end \nof a line',
      '\ttab first',
      'emoji 🙂 and é',
      'x'.repeat(20_000),
      '---\nstatus: evaluated',
    ];
    const d = structuredClone(decision);
    d.understand!.facts = tricky;
    d.recognize!.why = tricky.join('\n');
    const kept = keptAnswers(render(d))!;
    const quick = quickParse('record.md', new TextEncoder().encode(kept.yaml));
    for (const back of [parse(kept.yaml), quick?.ok ? quick.source.data : undefined] as Decision[]) {
      expect(back.understand!.facts).toEqual(tricky);
      expect(back.recognize!.why).toBe(d.recognize!.why);
    }
    // No line is folded: the 20,000-character word stays on one line.
    expect(kept.yaml.split('\n').some((line) => line.endsWith('x'.repeat(20_000)))).toBe(true);
  });

  it('records a right-vs-wrong decision with the skipped steps said so, and the key compared with what the code answers it with', () => {
    const record = parseRecord(
      render({
        recognize: { dilemma: true, type: 'right-vs-wrong', why: 'Clear.', at_stake: [3] },
        explain: { action: 'Decline', rationale: 'Code.', principles: [3] },
        act: { steps: ['Decline'], follow_up: '2026-12-01' },
      }),
    );
    expect(record.meta.decision).toBe('Decline');
    expect(record.sections.find((s) => s.heading === 'Review')?.body).toMatch(/^Skipped: the code answers/);
    const key = record.sections.find((s) => s.heading === "Trainer's key")?.body ?? '';
    expect(key).toContain(
      "**Kind of dilemma:** You saw right vs wrong; the trainer's key calls it right vs right. Worth talking through.",
    );
    expect(key).toMatch(/\*\*You both chose:\*\* 3\. /);
  });

  it('says in the key when the learner saw the same kind of dilemma', () => {
    const key = parseRecord(render(decision)).sections.find((s) => s.heading === "Trainer's key")?.body;
    expect(key).toContain('**Kind of dilemma:** You both saw right vs right.');
  });
});
