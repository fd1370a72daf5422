// What a supervisor reads before signing off (records review): the record's Recognize, Explain,
// Review (each option's risk of harm, the chosen one in full), Act, and any Outcome and earlier
// reviews, as plain lines taken from the record's own Markdown, so that an older record, or one a
// person edited, shows what it says. Pure. The lines hold whatever the file holds: the caller
// makes each one safe to show.

import { append } from '../data/arrays.js';

export interface DigestLine {
  /** 0 for a step's name, more for what is under it. */
  depth: number;
  text: string;
}

/** The sections shown, in the order a supervisor needs them: what it is, what was chosen and why, first. */
const SECTIONS = ['Recognize', 'Explain', 'Review', 'Act', 'Outcome', 'Supervisor review'] as const;

export function recordDigest(markdown: string): DigestLine[] {
  const sections = bodySections(markdown);
  const chosen = /^\*\*Chosen option:\*\* (\d+)\\?\./m.exec((sections.get('Explain') ?? []).join('\n'))?.[1];
  return SECTIONS.flatMap((name) => {
    const shown = plainLines(sections.get(name) ?? [], name === 'Review' ? chosen : undefined);
    return shown.length ? [{ depth: 0, text: name }, ...shown] : [];
  });
}

/** The lines of each `## ` section of the body (after the front matter). */
function bodySections(markdown: string): Map<string, string[]> {
  const lines = markdown.split(/\r?\n/);
  let start = 0;
  if (lines[0] === '---') start = lines.indexOf('---', 1) + 1;
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines.slice(start)) {
    if (line.startsWith('## ')) {
      const name = line.slice(3).trim();
      current = sections.has(name) ? undefined : [];
      if (current) sections.set(name, current);
    } else if (line.startsWith('# ')) current = undefined;
    else current?.push(line);
  }
  return sections;
}

/**
 * Markdown blocks as plain lines: `**Label:** text` as `Label: text`, a bold line on its own as
 * `Label:` with what follows under it, a table row as its first cell with the others under it
 * (`Test: yes` when only one other has text). In Review's options table (`chosen`: the number of
 * the option chosen), each other option is one line with its risk of harm.
 */
function plainLines(lines: string[], chosen: string | undefined): DigestLine[] {
  const out: DigestLine[] = [];
  let base = 1;
  let under = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (line.startsWith('### ')) {
      out.push({ depth: 1, text: unescaped(line.slice(4)) });
      base = 2;
      under = 0;
    } else if (line.startsWith('|')) {
      let end = i;
      while (end + 1 < lines.length && lines[end + 1]!.trim().startsWith('|')) end++;
      const rows = lines.slice(i, end + 1).map(cells);
      i = end;
      const header = rows[0] ?? [];
      const optionsTable = chosen !== undefined && header[0] === 'Option';
      for (const row of rows.slice(2)) {
        if (!optionsTable) append(out, tableRow(header, row, base));
        else if (row[0]?.startsWith(`${chosen}. `))
          append(out, tableRow(header, [`${row[0]} (chosen)`, ...row.slice(1)], base));
        else out.push({ depth: base, text: `${row[0] ?? ''} — ${header.at(-1) ?? ''}: ${row.at(-1) || 'not rated'}` });
      }
      under = 0;
    } else if (/^\*\*[^*]+\*\*$/.test(line)) {
      // A label on its own line (Why, Steps, Laws and agency policies) belongs to the step itself.
      base = 1;
      out.push({ depth: base, text: `${unescaped(line.slice(2, -2))}:` });
      under = 1;
    } else {
      const label = /^\*\*([^*]+):\*\* ?(.*)$/.exec(line);
      if (label) under = 0;
      out.push({
        depth: base + under,
        text: label ? `${unescaped(label[1]!)}: ${unescaped(label[2]!)}` : unescaped(line.replace(/\*\*/g, '')),
      });
    }
  }
  return out;
}

function tableRow(header: string[], row: string[], depth: number): DigestLine[] {
  const rest = row.map((cell, i) => ({ name: header[i] ?? '', cell })).filter((c, i) => i > 0 && c.cell);
  const first = row[0] ?? '';
  if (rest.length <= 1) return [{ depth, text: rest.length ? `${first}: ${rest[0]!.cell}` : first }];
  return [{ depth, text: first }, ...rest.map((c) => ({ depth: depth + 1, text: `${c.name}: ${c.cell}` }))];
}

/** A table row's cells, unescaped (a `\|` inside a cell is text). */
function cells(line: string): string[] {
  const found: string[] = [];
  let cell = '';
  const text = line.trim();
  for (let i = 1; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      cell += char + text[++i];
    } else if (char === '|') {
      found.push(unescaped(cell.trim()));
      cell = '';
    } else cell += char;
  }
  if (cell.trim()) found.push(unescaped(cell.trim()));
  return found;
}

/** Markdown's escapes undone: `\.` and the like, and character references (`&#x20;`). */
function unescaped(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])|&#(x[0-9a-f]{1,6}|\d{1,7});/gi, (whole, char, ref) => {
    if (char) return char;
    const point = ref[0].toLowerCase() === 'x' ? Number.parseInt(ref.slice(1), 16) : Number(ref);
    return point > 0 && point <= 0x10ffff && (point < 0xd800 || point > 0xdfff) ? String.fromCodePoint(point) : whole;
  });
}
