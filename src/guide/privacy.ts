// Spots what looks like identifying data in typed text, so the user can think twice before a
// record with a phone number or a date of birth sits in a folder. It warns; it never blocks.
import type { Decision } from './decision.js';

export interface PrivacyFinding {
  what: string;
  seen: string;
  where: string;
}

const PATTERNS: { what: string; pattern: RegExp }[] = [
  { what: 'an e-mail address', pattern: /[\w.+-]+@[\w-]+\.[\w.-]+/g },
  { what: 'a US Social Security number', pattern: /\b\d{3}-\d{2}-\d{4}\b/g },
  { what: 'a phone number', pattern: /(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])/g },
  { what: 'a date of birth', pattern: /\b(?:born|dob|d\.o\.b\.|birthday|date of birth)\b[^.\n]{0,20}?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}\b/gi },
];

/** Every free-text answer with its place, e.g. `understand.facts` -> ["..."]. */
function freeText(d: Decision | object): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') found.push({ where, text: value });
    else if (Array.isArray(value)) value.forEach((v) => walk(v, where));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, where ? `${where}.${k}` : k);
  };
  const { scenario: _scenario, code: _code, ...answers } = d as Decision;
  walk(answers, '');
  return found.filter((f) => f.where !== 'act.follow_up');
}

export function privacyFindings(d: Decision | object): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  for (const { where, text } of freeText(d)) {
    for (const { what, pattern } of PATTERNS) {
      for (const match of text.matchAll(pattern)) findings.push({ what, seen: match[0], where });
    }
  }
  return findings;
}
