// The same answers always give the same record, byte for byte: the committed records in
// test/fixtures/golden/ are what the fixture answers render to on a fixed date. A change that
// alters a record (a restructuring must not) shows here as a diff; UPDATE_GOLDEN=1 rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Decision } from '../../src/guide/decision.js';
import { feedbackFor } from '../../src/guide/feedback.js';
import { loadLibrary, libraryFolders } from '../../src/files/library-folders.js';
import { renderRecord } from '../../src/record/render.js';
import { fixtures, root } from '../helpers.js';

const library = await loadLibrary(libraryFolders(root, [join(fixtures, 'agency-library')]));
const DATE = '2026-11-23';

const cases = [
  {
    answers: 'alice-and-bob.yaml',
    golden: 'alice-and-bob.md',
    scenario: 'alice-and-bob',
    code: 'dbsa',
    caseFrom: 'built-in',
  },
  {
    answers: 'own-situation.yaml',
    golden: 'own-situation.md',
    scenario: undefined,
    code: 'riverside-handbook',
    caseFrom: undefined,
  },
];

describe('records from the same answers', () => {
  it.each(cases)('$golden is the same, byte for byte', ({ answers, golden, scenario: id, code: codeId, caseFrom }) => {
    const decision = parse(readFileSync(join(fixtures, 'answers', answers), 'utf8')) as Decision;
    const scenario = id ? library.scenarios.get(id)!.value : undefined;
    const code = library.codes.get(codeId)!.value;
    Object.assign(decision, { scenario: scenario?.id, code: code.id });
    const record = renderRecord({
      decision,
      code,
      scenario,
      caseFrom,
      date: DATE,
      feedback: feedbackFor(decision, scenario),
    });
    const file = join(fixtures, 'golden', golden);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, record);
    expect(existsSync(file), `${golden} is committed (UPDATE_GOLDEN=1 writes it)`).toBe(true);
    expect(record).toBe(readFileSync(file, 'utf8'));
  });
});
