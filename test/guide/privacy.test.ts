import { describe, expect, it } from 'vitest';
import { privacyFindings } from '../../src/guide/privacy.js';

describe('privacy findings', () => {
  it('names phone numbers, e-mail addresses, SSNs and dates of birth where they were typed', () => {
    const findings = privacyFindings({
      understand: {
        facts: ['Call him at (555) 123-4567', 'mail j.doe@example.org'],
        stakeholders: ['SSN 123-45-6789'],
      },
      explain: { rationale: 'He was born 3/14/1988.' },
      act: { follow_up: '2026-12-07' },
    });
    expect(findings.map((f) => [f.what, f.seen, f.where])).toEqual([
      ['a phone number', '(555) 123-4567', 'understand.facts'],
      ['an e-mail address', 'j.doe@example.org', 'understand.facts'],
      ['a US Social Security number', '123-45-6789', 'understand.stakeholders'],
      ['a date of birth', 'born 3/14/1988', 'explain.rationale'],
    ]);
  });

  it('stays quiet on ordinary text and on the follow-up date', () => {
    expect(
      privacyFindings({
        understand: { facts: ['Met on Monday, 3 sessions so far, 2 options'] },
        act: { follow_up: '2026-12-07' },
      }),
    ).toEqual([]);
  });

  it('names a full name where initials and a role were asked for, and not a role written with capitals', () => {
    const who = (text: string) =>
      privacyFindings({ review: { consulted: { with: 'supervisor', who: text } } }).map((f) => [f.what, f.seen]);
    expect(who('Maria Kelly, program supervisor')).toEqual([['a full name (initials were asked for)', 'Maria Kelly']]);
    expect(who('M.K., program supervisor')).toEqual([]);
    expect(who('Program Supervisor')).toEqual([]);
    expect(who('Clinical Lead T.O.')).toEqual([]);
    expect(privacyFindings({ reviewer: 'Tom Ortiz, clinical lead' }).map((f) => f.seen)).toEqual(['Tom Ortiz']);
    // Elsewhere a name is the point of the answer (the people involved): not flagged.
    expect(privacyFindings({ understand: { stakeholders: ['Maria Kelly'] } })).toEqual([]);
  });
});
