// The shipped policies (policies/*.yaml): each one valid against its schema, in plain words of
// our own, with no agency's amounts, and with keywords that fit the shipped cases they were
// written for. Read with yaml and ajv directly, not through src/: Review will read them later.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

interface Policy {
  id: string;
  title: string;
  text: string;
  source: string;
  categories?: string[];
  keywords?: string[];
  urgent?: boolean;
  varies?: string;
}

const readJson = (path: string): Record<string, any> => JSON.parse(readFileSync(join(root, path), 'utf8'));
const policySchema = readJson('schemas/policy.schema.json');
const scenarioSchema = readJson('schemas/scenario.schema.json');
const scenarioCategories: string[] = scenarioSchema.properties.categories.items.enum;

const files = readdirSync(join(root, 'policies'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const sources = files.map((file) => ({ file, raw: readFileSync(join(root, 'policies', file), 'utf8') }));
const policies = sources.map(({ file, raw }) => ({ file, policy: parse(raw) as Policy }));

/** The words of a text, lowercase, as the keyword matcher sees them (runs of letters and digits). */
const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** The keywords of a policy found in a text, each as a whole word or a whole phrase. */
function keywordsIn(policy: Policy, text: string): string[] {
  const words = ` ${wordsOf(text).join(' ')} `;
  return (policy.keywords ?? []).filter((k) => words.includes(` ${wordsOf(k).join(' ')} `));
}

interface Case {
  id: string;
  title: string;
  summary?: string;
  narrative: string;
  categories?: string[];
}
const cases: Case[] = readdirSync(join(root, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(root, 'scenarios', f), 'utf8')) as Case);
const caseText = (c: Case) => [c.title, c.summary ?? '', c.narrative].join('\n');
const policy = (id: string) => policies.find((p) => p.policy.id === id)?.policy as Policy;
const fitsByKeyword = (policyId: string, caseId: string) =>
  keywordsIn(policy(policyId), caseText(cases.find((c) => c.id === caseId) as Case));

describe('the shipped policies', () => {
  it('are the seven we wrote', () => {
    expect(policies.map((p) => p.policy.id)).toEqual([
      'child-abuse-reporting',
      'consent-and-releases',
      'duty-to-warn',
      'elder-abuse-reporting',
      'hipaa-privacy',
      'parole-and-probation-reporting',
      'substance-use-records',
    ]);
  });

  it('each pass the policy schema (ajv 2020, strict, as the build compiles it)', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(policySchema);
    for (const { file, policy } of policies) {
      validate(policy);
      expect.soft(validate.errors ?? [], file).toEqual([]);
    }
  });

  it('each have the id of their file name', () => {
    for (const { file, policy } of policies) expect.soft(`${policy.id}.yaml`).toBe(file);
  });

  it('start with the editor schema line and say they are not legal advice', () => {
    for (const { file, raw } of sources) {
      expect.soft(raw.split('\n')[0], file).toBe('# yaml-language-server: $schema=../schemas/policy.schema.json');
      expect
        .soft(raw, file)
        .toContain(
          '# This is general information, not legal advice; your agency and state set the rules that apply to you.',
        );
    }
  });

  it("hold no dollar amount: an agency gift limit belongs in that agency's own folder", () => {
    for (const { file, policy } of policies) {
      expect.soft(policy.text, file).not.toMatch(/\$\s?\d/);
      expect.soft(JSON.stringify(policy), file).not.toMatch(/\$\s?\d/);
    }
  });

  it('are urgent only for the duty to warn and the two kinds of abuse reporting', () => {
    const urgent = policies.filter((p) => p.policy.urgent === true).map((p) => p.policy.id);
    expect(urgent).toEqual(['child-abuse-reporting', 'duty-to-warn', 'elder-abuse-reporting']);
  });

  it('use only the categories scenarios use, from the same list', () => {
    expect(policySchema.properties.categories.items.enum).toEqual(scenarioCategories);
    for (const { file, policy } of policies) {
      expect.soft(policy.categories?.length, file).toBeGreaterThan(0);
      for (const category of policy.categories ?? []) expect.soft(scenarioCategories, file).toContain(category);
    }
  });

  it('keep the text short: 60 to 150 words each', () => {
    for (const { file, policy } of policies) {
      const words = wordsOf(policy.text).length;
      expect.soft(words, file).toBeGreaterThanOrEqual(60);
      expect.soft(words, file).toBeLessThanOrEqual(150);
    }
  });

  it('write keywords in lowercase, each one with words in it', () => {
    for (const { file, policy } of policies) {
      expect.soft(policy.keywords?.length, file).toBeGreaterThan(0);
      for (const k of policy.keywords ?? []) {
        expect.soft(k, file).toBe(k.toLowerCase());
        expect.soft(wordsOf(k).length, `${file}: ${k}`).toBeGreaterThan(0);
      }
    }
  });

  it('fit the shipped cases they were written for, by keyword', () => {
    // Rosa & Dev: a threat against a named man, with a gun.
    expect(fitsByKeyword('duty-to-warn', 'rosa-and-dev')).toEqual(
      expect.arrayContaining(['gun', 'going after someone']),
    );
    expect(fitsByKeyword('parole-and-probation-reporting', 'rosa-and-dev')).toEqual(
      expect.arrayContaining(['po', 'promise me']),
    );
    // Keisha & Andre: a promise of secrecy asked at intake, with a parole officer in the picture.
    expect(fitsByKeyword('consent-and-releases', 'limits-of-confidentiality')).toEqual(
      expect.arrayContaining(['consent form', 'signs a release']),
    );
    expect(fitsByKeyword('parole-and-probation-reporting', 'limits-of-confidentiality')).toEqual(
      expect.arrayContaining(['parole officer', 'nothing gets back']),
    );
    // Mary & Jane, later: a parole officer asks about drug use Jane told her peer specialist of.
    expect(fitsByKeyword('parole-and-probation-reporting', 'mary-and-jane-later')).not.toEqual([]);
    expect(fitsByKeyword('substance-use-records', 'mary-and-jane-later')).toContain('used drugs');
    // Teresa, Luis & Carl: a private fact passed to someone outside the support team.
    expect(fitsByKeyword('hipaa-privacy', 'unintended-disclosure')).not.toEqual([]);
    // Alex & Max, Jessica & Sam: acting for a peer without asking him.
    expect(fitsByKeyword('consent-and-releases', 'alex-and-max')).toContain('without asking');
    expect(fitsByKeyword('consent-and-releases', 'jessica-and-sam')).toContain('without asking');
  });

  it('keep urgent keywords narrow: none fits a shipped case that is not about confidentiality vs a duty to report', () => {
    const urgent = policies.filter((p) => p.policy.urgent).map((p) => p.policy);
    for (const c of cases.filter((c) => !c.categories?.includes('confidentiality-vs-duty-to-report'))) {
      for (const u of urgent) expect.soft(keywordsIn(u, caseText(c)), `${u.id} in ${c.id}`).toEqual([]);
    }
  });
});
