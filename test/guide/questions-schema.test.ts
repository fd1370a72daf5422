// Every question the tool asks, of every step of resolve, of records evaluate and of grid, names a
// place that exists in its answers schema, and offers only choices the schema allows: the
// terminal and an answers file can never disagree about the shape of an answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/guide/decision.js';
import { outcomeQuestions } from '../../src/guide/evaluation.js';
import type { Question } from '../../src/guide/question.js';
import { STEPS, questionsFor } from '../../src/guide/steps.js';
import { ratingQuestions } from '../../src/grid/ratings.js';
import { root } from '../helpers.js';
import { grid } from '../grid/fixtures.js';
import { code, guide } from './fixtures.js';

interface SchemaNode {
  anyOf?: SchemaNode[];
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
}

const schema = (name: string) =>
  JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8')) as SchemaNode;

/** The schema node at a path: list indexes step into `items`, keys into `properties` (or a map's values). */
function nodeAt(node: SchemaNode | undefined, path: readonly (string | number)[]): SchemaNode | undefined {
  for (const segment of path) {
    if (!node) return undefined;
    // A value of several forms: step into the form that has what the path needs.
    if (node.anyOf)
      node = node.anyOf.find((form) => (typeof segment === 'number' ? form.items : form.properties)) ?? node;
    if (typeof segment === 'number') node = node.items;
    else
      node =
        node.properties?.[segment] ??
        (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return node;
}

/** The types a node allows, over all its forms. */
const types = (node: SchemaNode): string[] => [
  ...(Array.isArray(node.type) ? node.type : node.type ? [node.type] : []),
  ...(node.anyOf ?? []).flatMap(types),
];
/** The values a node allows, when it lists them (over all its forms). */
const allowed = (node: SchemaNode): unknown[] | undefined =>
  node.enum ?? (node.anyOf?.some((f) => f.enum) ? node.anyOf.flatMap((f) => f.enum ?? []) : undefined);

/** What the schema says about where the question's answer goes; problems in words. */
function mismatches(q: Question, root: SchemaNode): string[] {
  const node = nodeAt(root, q.path);
  const where = q.path.join('.');
  if (!node) return [`${where}: not in the schema`];
  const problems: string[] = [];
  const expect = (wanted: string) =>
    types(node).includes(wanted) ||
    problems.push(`${where}: the schema's type is ${types(node).join('|')}, the question gives ${wanted}`);
  switch (q.kind) {
    case 'confirm':
      expect('boolean');
      break;
    case 'select':
      for (const { value } of q.choices) {
        const values = allowed(node);
        if (values && !values.includes(value))
          problems.push(`${where}: choice ${String(value)} is not in the schema's ${JSON.stringify(values)}`);
        if (!values) expect(typeof value === 'number' ? 'integer' : 'string');
      }
      break;
    case 'policies':
      expect('array');
      break;
    case 'lenses':
    case 'choice-tests':
      expect('object');
      break;
    case 'consultation':
      expect('object');
      if (!allowed(node)?.includes('not-yet')) problems.push(`${where}: "not-yet" is not allowed by the schema`);
      break;
    case 'text':
    case 'date':
      expect('string');
      break;
    case 'list':
      expect('array');
      if (node.items && !types(node.items).includes('string'))
        problems.push(`${where}: list items are not text in the schema`);
      break;
    case 'principles':
      expect('array');
      if (node.items && !types(node.items).includes('integer'))
        problems.push(`${where}: principles are not whole numbers in the schema`);
      break;
  }
  return problems;
}

/** Answers that, between them, lead the walkthrough down every branch. */
const BRANCHES: Decision[] = [
  {},
  { recognize: { dilemma: false } },
  { recognize: { dilemma: true, type: 'right-vs-right' } },
  { recognize: { dilemma: true, type: 'right-vs-wrong' } },
  { recognize: { dilemma: true, type: 'wrong-vs-wrong' }, establish: { options: ['a', 'b', 'c'] } },
  // Severe harm and no one consulted: the safety net's question, then who was reached.
  {
    recognize: { dilemma: true, type: 'wrong-vs-wrong' },
    establish: { options: ['a', 'b'] },
    review: { options: [{ harm: { severity: 'severe' } }], consulted: 'not-yet', reached: 'yes' },
  },
];

const POLICIES = [{ id: 'duty-to-warn', title: 'Duty to warn', text: 't', source: 's', urgent: true }];

describe('the questions and the schemas', () => {
  it('every question of resolve fits the answers schema, for a course case and your own situation', () => {
    const answers = schema('answers');
    const asked = new Set<string>();
    for (const ctx of [guide(), guide({ scenario: undefined, caseText: '' }), guide({ policies: POLICIES })]) {
      for (const decision of BRANCHES) {
        for (const step of STEPS) {
          for (const q of questionsFor(step.id, decision, ctx)) {
            asked.add(q.path.map((p) => (typeof p === 'number' ? 'N' : p)).join('.'));
            expect(mismatches(q, answers), q.path.join('.')).toEqual([]);
          }
        }
      }
    }
    // The branches reach every answer the walkthrough knows.
    expect([...asked].sort()).toEqual(
      [
        'recognize.title',
        'recognize.situation',
        'recognize.dilemma',
        'recognize.type',
        'recognize.tension',
        'recognize.why',
        'recognize.at_stake',
        'understand.facts',
        'understand.stakeholders',
        'understand.unknowns',
        'establish.options',
        'establish.principles',
        'review.options.N.consequences',
        'review.options.N.harm.who',
        'review.options.N.harm.severity',
        'review.policies',
        'review.other_rules',
        'review.lenses',
        'review.consulted',
        'review.reached',
        'review.reached_advice',
        'review.new_option',
        'explain.choice',
        'explain.action',
        'explain.rationale',
        'explain.principles',
        'explain.tests',
        'act.steps',
        'act.follow_up',
      ].sort(),
    );
  });

  it('every question of records evaluate fits the outcome schema', () => {
    for (const q of outcomeQuestions([1, 2], code))
      expect(mismatches(q, schema('outcome')), q.path.join('.')).toEqual([]);
  });

  it('every question of grid fits the ratings schema', () => {
    for (const q of ratingQuestions(grid)) expect(mismatches(q, schema('ratings')), q.path.join('.')).toEqual([]);
  });

  it('notices a question that leaves the schema', () => {
    const stray = {
      kind: 'select',
      path: ['review', 'options', 0, 'harm', 'severity'],
      message: 'x',
      choices: [{ value: 'my-dog', name: 'x' }],
    } as Question;
    expect(mismatches(stray, schema('answers'))).toEqual([
      'review.options.0.harm.severity: choice my-dog is not in the schema\'s ["none","low","moderate","high","severe"]',
    ]);
    expect(
      mismatches({ kind: 'text', path: ['review', 'nowhere'], message: 'x' } as Question, schema('answers')),
    ).toEqual(['review.nowhere: not in the schema']);
  });
});
