// resolve --answers with the deeper Review and Explain: policies, lenses, a consultation with its
// trace and the tests of a choice reach the record as ### sub-sections; a serious case that no one
// was consulted on is flagged on stderr, in the record and in the supervisor's list and summary.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/parse.js';
import { fixtures, folderWith, runCli, tempDir, COURSE_CASE_SECTIONS } from '../helpers.js';

const base = () => parse(readFileSync(join(fixtures, 'answers', 'alice-and-bob.yaml'), 'utf8'));

function resolveWith(change: (answers: ReturnType<typeof base>) => void, args: string[] = []) {
  const dir = tempDir();
  const answers = base();
  change(answers);
  writeFileSync(join(dir, 'a.yaml'), stringify(answers));
  const result = runCli([...args, 'resolve', '--answers', 'a.yaml'], { cwd: dir });
  const out = join(dir, 'decision-records');
  const files = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.md')) : [];
  const text = files[0] ? readFileSync(join(dir, 'decision-records', files[0]), 'utf8') : '';
  return { ...result, dir, text };
}

describe('the deeper Review and Explain in a record', () => {
  it('shows policies, lenses, the consultation and the tests of the choice, each as a ### part', () => {
    const { status, stderr, text } = resolveWith((a) => {
      a.review.policies = [
        { rule: 'hipaa-privacy', applies: 'yes', note: 'His story is his to share' },
        { rule: 'duty-to-warn', applies: 'no' },
      ];
      a.review.other_rules = 'Agency policy on self-disclosure';
      a.review.lenses = { care: { option: 2, note: 'It keeps their trust' }, peer: { option: 2 } };
      a.review.consulted = {
        with: 'supervisor',
        who: 'M.K., program supervisor',
        when: '2026-11-20',
        advice: 'Ask Bob what he wants',
      };
      a.explain.tests = {
        publicity: { pass: 'yes' },
        respected_person: { pass: 'unsure', note: 'My sponsor might say more' },
        universality: { pass: 'yes' },
      };
    });
    expect([status, stderr]).toEqual([0, '']);
    const record = parseRecord(text);
    expect(record.sections.map((s) => s.heading)).toEqual(COURSE_CASE_SECTIONS);
    const review = record.sections.find((s) => s.heading === 'Review')!.body;
    expect(review).toMatch(/^### Lenses$/m);
    expect(review).toMatch(
      /\| Care +\| 2\. Share less, and only when it serves Bob's goals +\| It keeps their trust +\|/,
    );
    expect(review).toMatch(/^### Policies$/m);
    expect(review).toMatch(/\| Health privacy \(HIPAA\) \(hipaa-privacy\) +\| yes +\| His story is his to share +\|/);
    expect(review).toMatch(/\| Duty to warn or protect \(duty-to-warn\) +\| no +\|/);
    expect(review).toContain('**Other rules:** Agency policy on self-disclosure');
    expect(review).toMatch(/^### Consultation$/m);
    expect(review).toContain('**Who:** M.K., program supervisor');
    expect(review).toContain('**What they advised:** Ask Bob what he wants');
    const explain = record.sections.find((s) => s.heading === 'Explain')!.body;
    expect(explain).toMatch(/^### Testing the choice$/m);
    expect(explain).toMatch(/\| A person you respect +\| unsure +\| My sponsor might say more +\|/);
    expect(record.meta.consult_first).toBeUndefined();
  });

  it('flags a severe case that no one was consulted on: stderr, the record, records list and summary', () => {
    const { status, stderr, text, dir } = resolveWith((a) => {
      a.review.options[0].harm.severity = 'severe';
      a.review.consulted = 'not-yet';
    });
    expect(status).toBe(0);
    expect(stderr).toContain('note: This could be serious. Before you act, talk it over with your supervisor');
    expect(stderr).toContain('call 911, or 988 for a mental health crisis');
    expect(stderr).toContain('note: the record is flagged consult first, for your supervisor to see.');
    const record = parseRecord(text);
    expect(record.meta.consult_first).toBe(true);
    expect(record.sections.find((s) => s.heading === 'Review')!.body).toContain(
      'Consult first: an option could cause high or severe harm',
    );
    expect(runCli(['records', 'list'], { cwd: dir }).stdout).toContain('decided, consult first');
    expect(JSON.parse(runCli(['records', 'summary', '--json'], { cwd: dir }).stdout).consult_first).toBe(1);
  });

  it("flags an urgent policy that applies, with the crisis numbers of the agency's settings", () => {
    const lib = folderWith({ 'settings.yaml': 'crisis:\n  emergency: "999"\n  crisis_line: "116 123"\n' });
    const { status, stderr, text } = resolveWith(
      (a) => {
        a.review.policies = [{ rule: 'duty-to-warn', applies: 'yes' }];
        a.review.consulted = 'not-yet';
      },
      ['--library', lib],
    );
    expect(status).toBe(0);
    expect(stderr).toContain('call 999, or 116 123 for a mental health crisis');
    expect(parseRecord(text).meta.consult_first).toBe(true);
  });

  it('refuses a policy the library does not have, at its place, and writes nothing', () => {
    const { status, stderr, text } = resolveWith((a) => {
      a.review.policies = [{ rule: 'gift-limit', applies: 'yes' }];
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^a\.yaml:\d+:\d+ {2}review\.policies: policy gift-limit is not in the library \(it has: /m);
    expect(text).toBe('');
  });
});

describe('two codes in one decision', () => {
  const agency = ['--library', join(fixtures, 'agency-library')];

  it("cites a principle of another code as code:number, quoted under that code's title and source", () => {
    const { status, stderr, text, dir } = resolveWith((a) => {
      a.establish.principles = [3, 4, 'riverside-handbook:1'];
      a.explain.principles = [3, 'riverside-handbook:1'];
    }, agency);
    expect([status, stderr]).toEqual([0, '']);
    const record = parseRecord(text);
    expect(record.meta.principles).toEqual([3, 'riverside-handbook:1']);
    const applied = record.sections.find((s) => s.heading === 'Principles applied')!.body;
    expect(applied).toContain('> **3. Openly share.** Peer Specialists openly share their personal recovery stories');
    expect(applied).toMatch(/> \*\*riverside-handbook:1\. Gifts\.\*\* Staff do not accept gifts or favors/);
    expect(applied).toContain('Quoted word for word from A Model Code of Ethics for Peer Specialists.');
    expect(applied).toContain('Quoted word for word from Riverside Re-entry Center Staff Handbook.');
    expect(record.sections.find((s) => s.heading === 'Explain')!.body).toContain(
      '**Principles cited:** 3. Openly share; 1. Gifts (riverside-handbook)',
    );
    const summary = JSON.parse(runCli(['records', 'summary', '--json'], { cwd: dir }).stdout);
    expect(summary.principles).toEqual({ '3': 1, 'riverside-handbook:1': 1 });
  });

  it('refuses a principle of a code the library does not have, at its place', () => {
    const { status, stderr } = resolveWith((a) => {
      a.explain.principles = [3, 'nowhere:2'];
    }, agency);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^a\.yaml:\d+:\d+ {2}explain\.principles: principle nowhere:2 is not in the code \(it has 1-13, or code:number for riverside-handbook\)$/m,
    );
  });

  it('lets your own situation name the other codes that apply', () => {
    const dir = tempDir();
    const own = parse(readFileSync(join(fixtures, 'answers', 'own-situation.yaml'), 'utf8'));
    own.codes = ['dbsa'];
    own.explain.principles = [1, 'dbsa:12'];
    writeFileSync(join(dir, 'a.yaml'), stringify(own));
    const result = runCli([...agency, 'resolve', '--answers', 'a.yaml', '--code', 'riverside-handbook'], { cwd: dir });
    expect(result.status).toBe(0);
    const [name] = readdirSync(join(dir, 'decision-records')).filter((f) => f.endsWith('.md'));
    const record = parseRecord(readFileSync(join(dir, 'decision-records', name!), 'utf8'));
    expect(record.meta).toMatchObject({ code: 'riverside-handbook', principles: [1, 'dbsa:12'] });
    expect(record.sections.find((s) => s.heading === 'Principles applied')!.body).toMatch(
      /> \*\*dbsa:12\. Do not accept\.\*\* Peer Specialists do not accept gifts of significant value/,
    );
  });

  it("keeps the trainer's key on the short path, and says when the kind of dilemma differs from the key's", () => {
    const dir = folderWith({
      'a.yaml': [
        'recognize: { dilemma: true, type: right-vs-wrong, why: The code answers it., at_stake: [2, 5] }',
        'explain: { action: Support her choice, rationale: The code answers it., principles: [2, 5], tests: {} }',
        'act: { steps: [Talk with Jane], follow_up: "2099-01-10" }',
      ].join('\n'),
    });
    expect(runCli(['resolve', 'mary-and-jane', '--answers', 'a.yaml'], { cwd: dir }).status).toBe(0);
    const [file] = readdirSync(join(dir, 'decision-records')).filter((f) => f.endsWith('.md'));
    const record = parseRecord(readFileSync(join(dir, 'decision-records', file!), 'utf8'));
    expect(record.sections.map((s) => s.heading)).toEqual(COURSE_CASE_SECTIONS);
    const key = record.sections.find((s) => s.heading === "Trainer's key")!.body;
    expect(key).toContain(
      "**Kind of dilemma:** You saw right vs wrong; the trainer's key calls it right vs right. Worth talking through.",
    );
    expect(key).toContain('**You both chose:** 2. Respect; 5. Respect');
    expect(key).toMatch(/^- 10\\\. Do not: /m);
  });
});
