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
});
