// Checks of every text in a data file, wherever it is: a placeholder that `new scenario` left
// (TODO...), and a control character a terminal would obey (shown as a warning).
import type { Problem } from '../data/problem.js';
import { problemAt, type PathSegment, type YamlSource } from '../data/source.js';
import { firstControl, hasControls } from '../text/controls.js';
import { scenarioFieldDescription } from './scenario-schema.js';

/** `new scenario` marks each value the trainer still has to write with text starting `TODO`. */
const PLACEHOLDER = /^\s*TODO\b/;

/** "`why` in item 1 of `principles`", "item 2 of `discussion`", "`title`". */
function fieldLabel(path: readonly PathSegment[]): string {
  const parts: string[] = [];
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    const list = path[i - 1];
    if (typeof segment !== 'number') {
      parts.push(`\`${segment}\``);
    } else if (typeof list === 'string') {
      parts.push(`item ${segment + 1} of \`${list}\``);
      i--; // the list's name is said here
    } else parts.push(`item ${segment + 1}`);
  }
  return parts.join(' in ');
}

/**
 * A value can hold a word or a character only if the file's text does, or spells it with an
 * escape (`\x54ODO`): a file with neither needs no visit of every value.
 */
const mayHold = (source: YamlSource, found: boolean) => found || source.text.includes('\\');

/** One problem per string value, anywhere in the file, that is still a placeholder. */
export function placeholderProblems(source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  if (!mayHold(source, source.text.includes('TODO'))) return problems;
  const visit = (value: unknown, path: PathSegment[]): void => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    else if (typeof value === 'string' && PLACEHOLDER.test(value)) {
      const first = value.trim().split('\n')[0] ?? '';
      const shown = first.length > 40 ? `${first.slice(0, 40).trimEnd()}...` : first;
      const wanted = scenarioFieldDescription(path) ?? 'your own text';
      problems.push(
        problemAt(
          source,
          path,
          `${fieldLabel(path)} still holds the placeholder "${shown}"; replace it with ${wanted}`,
        ),
      );
    }
  };
  visit(source.data, []);
  return problems;
}

/**
 * A warning for each text that holds a control character (an escape, a bell, a bidi override):
 * the tool shows them as visible marks, never raw, but the trainer most likely did not mean them.
 */
export function controlCharacterWarnings(source: YamlSource): Problem[] {
  const warnings: Problem[] = [];
  if (!mayHold(source, hasControls(source.text))) return warnings;
  const visit = (value: unknown, path: PathSegment[]): void => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    else if (typeof value === 'string') {
      const found = firstControl(value);
      if (!found) return;
      const message =
        `${fieldLabel(path) || 'the value'} holds ${found.name}, which the tool shows as a visible mark; remove it ` +
        `unless you meant it`;
      // At the character itself where the file holds it raw (one written as an escape: its value).
      warnings.push({ ...problemAt(source, path, message, undefined, value[found.index]), severity: 'warning' });
    }
  };
  visit(source.data, []);
  return warnings;
}
