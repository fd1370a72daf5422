// Word-wraps text to a width, with a hanging indent for the lines after the first.

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
