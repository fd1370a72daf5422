// Markdown decision record -> front matter and sections, for tests and the records commands.
import { parse } from 'yaml';

export interface ParsedRecord {
  meta: Record<string, unknown>;
  title: string;
  /** `## ` sections in order: heading text and the Markdown below it. */
  sections: { heading: string; body: string }[];
}

export function splitFrontMatter(markdown: string): { yaml: string; body: string } | undefined {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown.replace(/\r\n/g, '\n'));
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: markdown.replace(/\r\n/g, '\n').slice(match[0].length) };
}

export function parseRecord(markdown: string): ParsedRecord {
  const parts = splitFrontMatter(markdown);
  if (!parts) throw new Error('the file has no front matter (a --- block at the top)');
  const meta = parse(parts.yaml) as Record<string, unknown>;
  const sections: ParsedRecord['sections'] = [];
  let title = '';
  for (const line of parts.body.split('\n')) {
    if (line.startsWith('# ')) title = line.slice(2);
    else if (line.startsWith('## ')) sections.push({ heading: line.slice(3), body: '' });
    else if (sections.length) sections[sections.length - 1]!.body += `${line}\n`;
  }
  for (const section of sections) section.body = section.body.trim();
  return { meta, title, sections };
}
