// Builds Markdown from pieces through mdast, so that text a user typed is always escaped as
// text: it can never start a heading, a list or a table row, or survive as raw HTML.
import type { BlockContent, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { cleanForFile as cleanText } from '../text/controls.js';

export const text = (value: string): PhrasingContent => ({ type: 'text', value: cleanText(value) });
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
export const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(value)],
});

/** Text split at blank lines into paragraphs. */
export function paragraphs(value: string): BlockContent[] {
  return cleanText(value)
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ type: 'paragraph', children: [text(part)] }));
}

/** `**Label:** value` as one paragraph. */
export const labelled = (label: string, value: string): BlockContent => ({
  type: 'paragraph',
  children: [strong(`${label}:`), text(` ${cleanText(value).trim()}`)],
});

export function list(items: string[], ordered = false): BlockContent {
  return {
    type: 'list',
    ordered,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: paragraphs(item).length ? paragraphs(item) : [{ type: 'paragraph', children: [] }],
    })),
  };
}

export function quote(children: BlockContent[]): BlockContent {
  return { type: 'blockquote', children };
}

/** A table whose cells hold one line of text each. */
export function table(header: string[], rows: string[][]): RootContent {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((cell) => ({
      type: 'tableCell',
      children: [
        text(
          cleanText(cell)
            .replace(/\s*\n\s*/g, ' ')
            .trim(),
        ),
      ],
    })),
  });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

export function serialize(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { extensions: [gfmTableToMarkdown()], bullet: '-', rule: '-' });
}
