// Word-wraps text to a width, with a hanging indent for the lines after the first.

/**
 * The words of a text, where a command in backticks (`npx ethics-guide resolve <id>`), with what
 * touches it, counts as one word: a command is never split over two lines, so it pastes whole.
 */
const words = (text: string) => text.match(/[^\s`]*`[^`\n]*`\S*|\S+/g) ?? [];

export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = /^\s*/.exec(text)?.[0] ?? '';
  for (const word of words(text)) {
    const candidate = line.trim() ? `${line} ${word}` : `${line}${word}`;
    if (line.trim() && candidate.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
