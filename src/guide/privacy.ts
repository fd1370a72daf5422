// Spots what looks like identifying data in typed text, so the user can think twice before a
// record with a phone number or a date of birth sits in a folder. It warns; it never blocks.
// Every check runs in time linear in the text: an answer may be one enormous word.
import type { Decision, Path } from './decision.js';

export interface PrivacyFinding {
  what: string;
  seen: string;
  /** Where the answer is, for a person: `understand.facts`. */
  where: string;
  /** Where the answer is, exactly: `['understand', 'facts', 0]`. */
  path: Path;
}

// Each pattern matches a bounded length from any start, so a scan is linear. E-mail addresses
// are found differently (below): `[\w.]+@` over a long run of letters backtracks quadratically.
const PATTERNS: { what: string; pattern: RegExp }[] = [
  { what: 'a US Social Security number', pattern: /\b\d{3}-\d{2}-\d{4}\b/g },
  { what: 'a phone number', pattern: /(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])/g },
  {
    what: 'a date of birth',
    pattern:
      /\b(?:born|dob|d\.o\.b\.|birthday|date of birth)\b[^.\n]{0,20}?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}\b/gi,
  },
];

/** An address is at most 254 characters: pieces around each `@`, checked whole. */
const EMAIL = /^[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i;

function emailsIn(text: string): string[] {
  const found: string[] = [];
  // Split at what cannot be in an address: each piece is looked at once.
  for (const piece of text.split(/[^\w.+@-]+/)) {
    if (piece.length > 254 || !piece.includes('@')) continue;
    const trimmed = piece.replace(/^[.-]+|[.-]+$/g, '');
    if (EMAIL.test(trimmed)) found.push(trimmed);
  }
  return found;
}

/** Every free-text answer with its place. */
function freeText(d: Decision | object): { path: Path; text: string }[] {
  const found: { path: Path; text: string }[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') found.push({ path, text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  const { scenario: _scenario, code: _code, draft: _draft, ...answers } = d as Decision & { draft?: unknown };
  walk(answers, []);
  return found.filter((f) => f.path.join('.') !== 'act.follow_up');
}

/** The answers that ask for initials and a role, never a full name. */
const INITIALS_ONLY = new Set(['review.consulted.who', 'reviewer']);
/** Words of a role, which a person may well write with capitals ("Program Supervisor"). */
const ROLE_WORDS =
  /^(?:program|clinical|case|peer|senior|lead|head|team|staff|support|recovery|re-?entry|parole|probation|supervisor|manager|director|coordinator|specialist|counsel?lor|officer|worker|mentor|sponsor|colleague|therapist|nurse|doctor|chaplain)$/i;

/** A first and last name at the start ("Maria Kelly, program supervisor"), where initials were asked for. */
function fullNameIn(text: string): string | undefined {
  const match = /^\s*([A-Z][a-z]+)\s+([A-Z][a-z]+)\b/.exec(text.slice(0, 200));
  return match && !ROLE_WORDS.test(match[1]!) && !ROLE_WORDS.test(match[2]!) ? `${match[1]} ${match[2]}` : undefined;
}

export function privacyFindings(d: Decision | object): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  for (const { path, text } of freeText(d)) {
    const where = path.filter((p) => typeof p === 'string').join('.');
    const name = INITIALS_ONLY.has(where) ? fullNameIn(text) : undefined;
    if (name) findings.push({ what: 'a full name (initials were asked for)', seen: name, where, path });
    for (const seen of emailsIn(text)) findings.push({ what: 'an e-mail address', seen, where, path });
    for (const { what, pattern } of PATTERNS) {
      for (const match of text.matchAll(pattern)) findings.push({ what, seen: match[0], where, path });
    }
  }
  return findings;
}
