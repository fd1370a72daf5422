// AUTHORING.md's complete policy, settings and grid examples (each ```yaml block that starts with
// the editor line for the policy, settings or grid schema) are valid against their schemas, and their
// editor line points at the schema from where the file says it lives. `validate` does not read
// these kinds yet, so they are checked here with ajv; the code and scenario examples are
// checked with `validate` by test/e2e/authoring.test.ts.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

const guide = readFileSync(join(root, 'AUTHORING.md'), 'utf8');
const examples = [
  ...guide.matchAll(
    /```yaml\n(# yaml-language-server: \$schema=(\S*\/(policy|settings|grid)\.schema\.json)\n# (\S+)[^\n]*\n[\s\S]*?)```/g,
  ),
].map(([, text = '', schemaPath = '', kind = '', file = '']) => ({ text, schemaPath, kind, file }));
const schema = (kind: string) => JSON.parse(readFileSync(join(root, 'schemas', `${kind}.schema.json`), 'utf8'));

describe('AUTHORING.md policy and settings examples', () => {
  it('has an agency gift policy with its limit, and a settings file with crisis numbers', () => {
    expect(examples.map((e) => e.file)).toEqual([
      'my-agency/policies/gifts.yaml',
      'my-agency/settings.yaml',
      'my-agency/grids/reentry-grid.yaml',
    ]);
    expect(examples[0]?.text).toMatch(/\$25 or more/);
  });

  it('gives examples that pass their schema (ajv 2020, strict)', () => {
    for (const { text, kind, file } of examples) {
      const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema(kind));
      const data = parse(text);
      validate(data);
      expect.soft(validate.errors ?? [], file).toEqual([]);
      if (kind !== 'settings') expect.soft(`${data.id}.yaml`, file).toBe(file.split('/').at(-1));
    }
  });

  it('points each editor line at the installed schema, counted from the folder the file is in', () => {
    for (const { schemaPath, kind, file } of examples) {
      // A trainer's project: my-agency/ next to node_modules/.
      const expected = relative(dirname(file), `node_modules/ethics-guide/schemas/${kind}.schema.json`);
      expect.soft(schemaPath, file).toBe(expected);
    }
  });

  it('keeps crisis numbers in quotes, so 000 stays 000', () => {
    const settings = new Ajv2020({ allErrors: true, strict: true }).compile(schema('settings'));
    expect(settings(parse('crisis:\n  emergency: "000"\n'))).toBe(true);
    expect(settings(parse('crisis:\n  emergency: 000\n'))).toBe(false);
    expect(settings(parse('crisis:\n  emergency: "TODO"\n'))).toBe(false);
  });
});
