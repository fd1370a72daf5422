// The build-time snapshot of the built-in library stands in for its files only while they are
// byte for byte the ones it was made from: an edit of the same size is noticed too.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/build-snapshot.js';
import { readSnapshot } from '../../src/files/snapshot.js';
import { root, tempDir } from '../helpers.js';

describe('the library snapshot', () => {
  it('is used while the built-in files are unchanged, and not after any change to them', async () => {
    const dir = tempDir();
    for (const folder of ['codes', 'scenarios', 'grids'])
      cpSync(join(root, folder), join(dir, folder), { recursive: true });
    const snapshot = join(dir, 'snapshot.json');
    expect(await buildSnapshot(dir, snapshot)).toEqual([]);
    expect(readSnapshot(snapshot, dir)?.scenarios.get('alice-and-bob')?.value.title).toBe('Alice & Bob');

    const file = join(dir, 'scenarios', 'alice-and-bob.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('title: Alice & Bob', 'title: Alice + Bob'));
    expect(readSnapshot(snapshot, dir)).toBeUndefined();
    writeFileSync(file, text);
    expect(readSnapshot(snapshot, dir)).toBeDefined();
    writeFileSync(join(dir, 'scenarios', 'new-case.yaml'), 'id: new-case\n');
    expect(readSnapshot(snapshot, dir)).toBeUndefined();
  });

  it('of the codes alone is checked against the code files alone', async () => {
    const dir = tempDir();
    for (const folder of ['codes', 'scenarios']) cpSync(join(root, folder), join(dir, folder), { recursive: true });
    const snapshot = join(dir, 'snapshot.json');
    await buildSnapshot(dir, snapshot);
    const codes = readSnapshot(snapshot, dir, true);
    expect([...(codes?.codes.keys() ?? [])]).toEqual(['dbsa']);
    expect(codes?.scenarios.size).toBe(0);
    // A case edited: the codes still stand; the whole library is read again.
    writeFileSync(join(dir, 'scenarios', 'tim.yaml'), 'id: tim\n');
    expect(readSnapshot(snapshot, dir, true)).toBeDefined();
    expect(readSnapshot(snapshot, dir)).toBeUndefined();
    // A code edited: neither.
    const code = join(dir, 'codes', 'dbsa.yaml');
    writeFileSync(code, readFileSync(code, 'utf8').replace('Openly share', 'Openly shares'));
    expect(readSnapshot(snapshot, dir, true)).toBeUndefined();
  });
});
