// The deeper walkthrough in a real terminal: a lens taken, the safety note for a severe harm no
// one was consulted on, a new option from Review chosen, then :pause (exit 0, the draft kept)
// and --resume to a flagged record.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/parse.js';
import { tempDir } from '../helpers.js';
import { terminal, useTmux, noPolicyApplies } from '../tmux.js';

useTmux();

describe('resolve with lenses, the safety net and a pause', () => {
  it('takes a lens, shows the safety note, pauses, and resumes to a record flagged consult first', async () => {
    const dir = tempDir();
    const t = terminal(dir, ['resolve', 'alice-and-bob']);
    await t.answer('? Press Enter to begin');
    await t.answer('? Is there an ethical dilemma here? (Y/n)');
    await t.waitFor('? What kind of dilemma is it?');
    t.send('Down', 'Enter');
    await t.answer('? Which two goods pull against each other?');
    await t.answer('? Why is it a dilemma?', 'Hope now, or his own strength later');
    await t.answer('? Fact 1', 'Bob talked about getting back at his old cellmate');
    await t.answer('? Fact 2');
    await t.answer('? Person or group 1', 'Bob');
    await t.answer('? Person or group 2');
    await t.answer('? Not known yet 1');
    await t.answer('? Option 1', 'Keep quiet about it');
    await t.answer('? Option 2', 'Talk it through with Bob and my supervisor');
    await t.answer('? Is there a third way?');
    await t.waitFor('? Which principles of the code');
    t.send('Down', 'Down', 'Space', 'Enter');
    await t.answer('? Option 1, "Keep quiet about it": what would likely follow?', 'Someone could get hurt');
    await t.answer('? Option 1: who could be harmed, and how?', 'The cellmate');
    await t.waitFor('? Option 1: how badly could they be harmed?');
    t.send('Down', 'Down', 'Down', 'Down', 'Down', 'Enter');
    await t.waitFor('✔ Option 1: how badly could they be harmed? severe');
    await t.answer(
      '? Option 2, "Talk it through with Bob and my supervisor": what would likely follow?',
      'Bob may feel watched',
    );
    await t.answer('? Option 2: who could be harmed, and how?', 'no one');
    // Lenses: mark Care (the sixth), then say which option honours it.
    await t.waitFor('? Look at the options through other lenses?');
    t.send('Down', 'Down', 'Down', 'Down', 'Down', 'Space', 'Enter');
    await t.waitFor('? Care: Which option best cares for the relationships involved?');
    t.send('Down', 'Enter');
    await t.answer('? Why? (optional; Enter to skip)', 'It keeps his trust');
    await noPolicyApplies(t);
    t.send('Enter');
    await t.answer('? Any other laws or agency rules that apply? (Enter to skip)');
    await t.waitFor('? Have you talked it over with a supervisor or colleague?');
    t.send('Down', 'Down', 'Down', 'Enter');
    // The safety net: severe harm, no one consulted.
    const note = await t.waitFor('? Can you reach your supervisor, or someone else you trust, about this now?');
    expect(note).toContain('! This could be serious. Before you act, talk it over with your supervisor');
    expect(note).toMatch(/call 911, or\s+988 for a mental health crisis/);
    t.send('Down', 'Enter');
    // A new option from Review joins the options, is reviewed like them, and can be chosen.
    const helpline = 'Ask Bob to call the helpline with me';
    // No one was consulted, so no advice is spoken of.
    await t.answer('? Did the review bring up another option?', helpline);
    await t.answer(`? Option 3 (new, from Review), "${helpline}": what would likely follow?`, 'He gets help today');
    await t.answer('? Option 3: who could be harmed, and how?', 'no one');
    await t.waitFor('? Which option do you choose?');
    await t.waitFor(`  3. ${helpline}`);
    t.send('Down', 'Down', 'Enter');
    await t.waitFor(`✔ Which option do you choose? 3. ${helpline}`);
    await t.answer('? Why this choice? Defend it in your own words.', ':pause');
    const paused = await t.waitFor(/^EXIT=\d+$/m);
    expect(paused).toMatch(/^EXIT=0$/m);
    expect(paused).toMatch(
      /^Paused\. Take the time you need\. Your answers are kept in decision-records\/drafts\/\S+\.yaml\. When you are ready, continue with: ethics-guide resolve --resume \S+$/m,
    );

    const again = terminal(dir, ['resolve', '--resume']);
    await again.answer('? Why this choice? Defend it in your own words.', 'Safety first, and he keeps a say');
    await again.waitFor(/◉ +3\. Openly share/);
    again.send('Enter');
    for (const test of ['Publicity', 'A person you respect', 'Universality'])
      await again.answer(new RegExp(`^\\? ${test}: `, 'm'));
    await again.answer('? Step 1', 'Call my supervisor today');
    await again.answer('? Step 2');
    await again.answer(/^\? When will you look back at how it went\?/m);
    const end = await again.waitFor(/^EXIT=\d+$/m);
    expect(end).toMatch(/^EXIT=0$/m);
    const [name] = readdirSync(join(dir, 'decision-records')).filter((f) => f.endsWith('.md'));
    const record = parseRecord(readFileSync(join(dir, 'decision-records', name!), 'utf8'));
    expect(record.meta.consult_first).toBe(true);
    const review = record.sections.find((s) => s.heading === 'Review')!.body;
    expect(review).toMatch(/\| Care +\| 2\. Talk it through with Bob and my supervisor +\| It keeps his trust +\|/);
    expect(review).toContain('Consult first:');
    expect(review).toMatch(
      /\| 3\. Ask Bob to call the helpline with me +\| He gets help today +\| no one +\| none +\|/,
    );
    expect(review).toContain('Option 3 came up in Review, from what it showed or the advice you got.');
    expect(record.sections.find((s) => s.heading === 'Explain')!.body).toContain(
      '**Chosen option:** 3. Ask Bob to call the helpline with me',
    );
  }, 90_000);
});
