// Word-wraps text to the terminal's width, with a hanging indent for the lines after the first.

/** The terminal's width, at most 100 (long lines are hard to read), less one for the cursor. */
export const readingWidth = () => Math.min(process.stdout.columns || 80, 100) - 1;

export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = /^\s*/.exec(text)?.[0] ?? '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line.trim() ? `${line} ${word}` : `${line}${word}`;
    if (line.trim() && candidate.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
