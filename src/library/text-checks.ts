// Checks of every text in a data file, wherever it is: a placeholder that `new scenario` left
// (TODO...), and a control character a terminal would obey (shown as a warning).
import { isScalar, type Node } from 'yaml';
import type { Problem } from '../data/problem.js';
import { problemAt, type PathSegment, type YamlSource } from '../data/yaml-source.js';
import { firstControl } from '../text/controls.js';
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

/** One problem per string value, anywhere in the file, that is still a placeholder. */
export function placeholderProblems(source: YamlSource): Problem[] {
  const problems: Problem[] = [];
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
  const visit = (value: unknown, path: PathSegment[]): void => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    else if (typeof value === 'string') {
      const found = firstControl(value);
      if (!found) return;
      const problem = problemAt(
        source,
        path,
        `${fieldLabel(path) || 'the value'} holds ${found.name}, which the tool shows as a visible mark; remove it ` +
          `unless you meant it`,
      );
      warnings.push({ ...problem, ...exactPlace(source, path, value[found.index]!), severity: 'warning' });
    }
  };
  visit(source.data, []);
  return warnings;
}

/** Where a raw control character is in the file (one written as an escape points at its value). */
function exactPlace(source: YamlSource, path: PathSegment[], char: string): { line: number; col: number } | object {
  const node = source.doc.getIn(path, true) as Node | undefined;
  if (!node || !isScalar(node) || !node.range) return {};
  const raw = source.text.slice(node.range[0], node.range[1]).indexOf(char);
  return raw < 0 ? {} : source.lineCounter.linePos(node.range[0] + raw);
}
