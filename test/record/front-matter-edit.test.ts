// Setting a few front-matter fields of a record keeps every other byte, and copes with a record
// that ends right after its closing `---`. (That it takes time linear in the file is tested on
// the built program, in review.test.ts, where a slow run is stopped rather than waited for.)
import { describe, expect, it } from 'vitest';
import { setFrontMatter } from '../../src/record/front-matter-edit.js';

const record = (frontMatter: string, body = '\n# Decision record: x\n') =>
  `---\nscenario: "x"\nstatus: "decided"\n${frontMatter}---\n${body}`;

describe('setFrontMatter', () => {
  it('replaces a field in place, adds a new one after status, and keeps the rest', () => {
    const { text, eol } = setFrontMatter(record('reviewed: "2026-01-01"\n'), {
      reviewed: '2026-11-29',
      reviewed_by: 'M.K.',
    });
    expect(eol).toBe('\n');
    expect(text).toBe(
      record('reviewed: "2026-11-29"\n').replace('status: "decided"\n', 'status: "decided"\nreviewed_by: "M.K."\n'),
    );
  });

  it('edits a record that ends right after its closing ---', () => {
    const { text } = setFrontMatter('---\nstatus: "decided"\n---', { reviewed: '2026-11-29' });
    expect(text).toBe('---\nstatus: "decided"\nreviewed: "2026-11-29"\n---\n');
  });
});
