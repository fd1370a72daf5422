// The policies asked about one by one: the note after "unsure" asks what makes you unsure, and
// after "yes", how it applies (scripted answers in place of the terminal's prompts).
import { describe, expect, it } from 'vitest';
import { compositePrompts } from '../../src/prompts/composite.js';

describe('the policies that fit the case', () => {
  it('ask how a policy applies, or what makes you unsure of it', async () => {
    const asked: string[] = [];
    const chosen = ['yes', 'unsure'];
    const run = {
      select: async () => chosen.shift(),
      checkbox: async () => [],
    } as never;
    const typed = async (config: { message: string }) => {
      asked.push(config.message);
      return 'a note';
    };
    const io = { out: () => {}, err: () => {} } as never;
    const policy = (id: string) => ({ id, title: id, text: 'The rule.', fits: true });
    const { policies } = compositePrompts(io, run, typed);
    const answers = await policies([policy('one'), policy('two')]);
    expect(asked).toEqual([
      'How does it apply? (optional; Enter to skip)',
      'What makes you unsure? (optional; Enter to skip)',
    ]);
    expect(answers).toEqual([
      { rule: 'one', applies: 'yes', note: 'a note' },
      { rule: 'two', applies: 'unsure', note: 'a note' },
    ]);
  });
});
