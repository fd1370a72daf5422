// The yaml library's errors, said in a trainer's words, at the line where the mistake is.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/data/yaml-source.js';

const problems = (text: string) => {
  const parsed = parseYaml('case.yaml', Buffer.from(text));
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.line}:${p.col}  ${p.message}`);
};

describe('YAML mistakes', () => {
  it('says that a value holding ": " needs double quotes, with the fixed line', () => {
    expect(problems('id: x\ntitle: Alice: the story\nnarrative: y\n')).toEqual([
      '2:8  this value holds `: ` (a colon and a space), which YAML reads as the start of another field; put the whole value in double quotes, like this: title: "Alice: the story"',
    ]);
  });

  it('points at the line where a double quote was opened and never closed', () => {
    const [first] = problems('id: x\ntitle: "Alice & Bob\nnarrative: y\nother: z\n');
    expect(first).toBe(
      '2:1  a double quote opened on this line is never closed; add the closing " at the end of the value',
    );
  });

  it('explains a value that starts with * or @', () => {
    expect(problems('title: *bold*\n')).toEqual([
      '1:1  a value starting with `*` is read as a reference to another value (`&name`); put the whole value in double quotes',
    ]);
    expect(problems('title: @alice\n')).toEqual([
      '1:8  a value cannot start with `@` in YAML; put the whole value in double quotes',
    ]);
  });

  it('explains colons inside { } and a tab used for indentation', () => {
    expect(problems('recognize: { dilemma: true, why: yes: no }\n')[0]).toMatch(
      /^1:\d+ {2}inside \[ \] or \{ \}, a value that holds `: ` or `, ` must be in double quotes/,
    );
    expect(problems('id: x\n\ttitle: y\n')[0]).toBe('2:1  a tab is used for indentation; YAML needs spaces');
  });

  it("says that a file holds a second document, or nests too deeply, without the parser's words", () => {
    expect(problems('a: 1\n---\nb: 2\n')).toEqual([
      '2:1  a line of --- here starts a second YAML document, but this file must hold one; remove the line (a decision record, which has --- around its front matter, is not an answers file)',
    ]);
    const deep = problems(`x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(deep[0]).toMatch(/^1:\d+ {2}the YAML nests lists or mappings inside each other far too deeply to read;/);
    expect(deep.join('\n')).not.toMatch(/parseAllDocuments|call stack/);
  });

  it('says a colon is missing after a field name, on a line of its own or in a list', () => {
    expect(problems('id: x\nsetting Re-entry center\ntitle: y\n')).toEqual([
      '2:1  a colon is missing after `setting`; write `setting: ` and then the value',
    ]);
    expect(problems('id: x\npeople:\n  - name: Ray\n    why Ray told\n')).toEqual([
      '4:5  a colon is missing after `why`; write `why: ` and then the value',
    ]);
  });

  it('says a line is indented too far, at that line, instead of asking for quotes', () => {
    expect(problems('options:\n  - title: Say nothing about Saturday\n      consequences: x\n')).toEqual([
      '3:1  this line is indented further than the field above it; line it up with that field (the fields of one mapping start at the same column)',
    ]);
  });

  it("never passes the parser's grammar words through for the common mistakes", () => {
    for (const text of ['t: a: b\n', 'r: { a: b: c }\n', 't: "x\n', 'l:\n  - a\n   b: c\n']) {
      expect(problems(text).join('\n')).not.toMatch(/compact mappings|Block collections|indicator/);
    }
  });
});
