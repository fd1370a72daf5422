// The yaml library's errors in a trainer's words. Its messages name the grammar ("Nested
// mappings are not allowed in compact mappings"); a trainer needs the likely mistake, where it
// most likely is, and the fix (a value holding `: ` needs double quotes).

export interface YamlMistake {
  message: string;
  /** 1-based line where the mistake most likely is, when it is not where the parser stopped. */
  line?: number;
  col?: number;
}

/** `key: value` on `line`, rewritten with the value in double quotes, for the fix we suggest. */
function quotedExample(lineText: string): string | undefined {
  const match = /^(\s*(?:- )?)([\w-]+):\s+(.+?)\s*$/.exec(lineText);
  if (!match) return undefined;
  const value = match[3]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `${match[2]}: "${value}"`;
}

/** The line above `line` where a double quote was opened and never closed. */
function unclosedQuoteLine(lines: readonly string[], line: number): number | undefined {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const quotes = (lines[i]!.replace(/\\"/g, '').match(/"/g) ?? []).length;
    if (quotes % 2 === 1) return i + 1;
  }
  return undefined;
}

/** The line at or above `line` where a [ or { was opened and not closed, and its column. */
function unclosedFlow(lines: readonly string[], line: number): { line: number; col: number } | undefined {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const text = lines[i]!.replace(/"[^"]*"|'[^']*'/g, '');
    let depth = 0;
    let opened = -1;
    for (let c = 0; c < text.length; c++) {
      if (text[c] === '[' || text[c] === '{') [depth, opened] = [depth + 1, depth === 0 ? c : opened];
      else if ((text[c] === ']' || text[c] === '}') && depth > 0) depth--;
    }
    if (depth > 0) return { line: i + 1, col: opened + 1 };
  }
  return undefined;
}

/** A field name and its value with no colon between them (`setting Re-entry center`). */
function missingColon(lineText: string): YamlMistake | undefined {
  const field = /^\s*(?:-\s+)?([A-Za-z_]+)\s+\S/.exec(lineText);
  return field && !lineText.includes(': ')
    ? { message: `a colon is missing after \`${field[1]}\`; write \`${field[1]}: \` and then the value` }
    : undefined;
}

/** `lines`: the file's lines, split once for all its errors. */
export function yamlMistake(
  code: string,
  message: string,
  lines: readonly string[],
  line: number,
  here: string,
): YamlMistake {
  const lineText = lines[line - 1] ?? '';
  const firstLine =
    message
      .split('\n')[0]
      ?.replace(/ at line \d+, column \d+:?$/, '')
      .replace(/\.$/, '') ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return { message: `\`${here.trim()}\` appears twice in the same mapping; keep one` };
    case 'MULTIPLE_DOCS':
      return {
        message:
          'a line of --- here starts a second YAML document, but this file must hold one; remove the line (a ' +
          'decision record, which has --- around its front matter, is not an answers file)',
      };
    case 'RESOURCE_EXHAUSTION':
      return {
        message:
          'the YAML nests lists or mappings inside each other far too deeply to read; a file of ethics-guide needs ' +
          'only a few levels',
      };
    case 'MULTILINE_IMPLICIT_KEY': {
      const colon = missingColon(lineText);
      if (colon) return colon;
      break;
    }
    case 'TAB_AS_INDENT':
      return { message: 'a tab is used for indentation; YAML needs spaces' };
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // Two causes: a value that holds `: `, or a next line indented deeper than its field.
      const value = lineText.slice(lineText.indexOf(': ') + 2);
      const next = lines[line] ?? '';
      const indent = (text: string) => /^[\s-]*/.exec(text)![0].length;
      if (!value.includes(': ') && next.trim() && indent(next) > indent(lineText))
        return {
          message:
            'this line is indented further than the field above it; line it up with that field (the fields of ' +
            'one mapping start at the same column)',
          line: line + 1,
          col: 1,
        };
      const example = quotedExample(lineText);
      return {
        message:
          `this value holds \`: \` (a colon and a space), which YAML reads as the start of another field; ` +
          `put the whole value in double quotes${example ? `, like this: ${example}` : ''}`,
      };
    }
    case 'BLOCK_IN_FLOW':
      return {
        message:
          'inside [ ] or { }, a value that holds `: ` or `, ` must be in double quotes; quote it, or write the list ' +
          'one item per line (`- item`)',
      };
    case 'BAD_SCALAR_START': {
      const reserved = /reserved character (\S)/.exec(firstLine)?.[1];
      const what = reserved ? `\`${reserved}\`` : 'this character';
      return { message: `a value cannot start with ${what} in YAML; put the whole value in double quotes` };
    }
    case 'BAD_DQ_ESCAPE':
      return {
        message:
          'a backslash inside double quotes starts an escape (\\n, \\"); write \\\\ for a backslash, or use single ' +
          'quotes',
      };
    case 'MISSING_CHAR':
      if (/followed by map values/.test(firstLine)) {
        const colon = missingColon(lineText);
        if (colon) return colon;
      }
      if (/closing "?quote|closing "/i.test(firstLine)) {
        const opened = unclosedQuoteLine(lines, line);
        return {
          message: 'a double quote opened on this line is never closed; add the closing " at the end of the value',
          ...(opened ? { line: opened, col: 1 } : {}),
        };
      }
      if (/without - indicator/.test(firstLine))
        return {
          message:
            'this line is indented differently from the lines around it; line it up with the field it belongs to ' +
            '(use spaces)',
        };
      break;
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      if (/flow (sequence|mapping)/i.test(firstLine) || unclosedFlow(lines, line)) {
        return {
          message:
            'a list in [ ] or a mapping in { } is not closed; end it with ] or } on the same line, or write it one ' +
            'item per line',
          ...unclosedFlow(lines, line),
        };
      }
      if (/same column/i.test(firstLine))
        return {
          message:
            'this line starts at a different column from the fields above it; line it up with them (the fields of ' +
            'one mapping start at the same column)',
        };
      return {
        message:
          `this line is not indented as YAML expects (${firstLine}); check the spaces at its start and the ` +
          `line above`,
      };
  }
  return { message: `YAML syntax: ${firstLine}; check the indentation and punctuation here` };
}

/** An error from turning the document into data: an alias that points nowhere. */
export function yamlDataMistake(message: string): string | undefined {
  if (/unresolved alias|alias/i.test(message) && !/excessive/i.test(message)) {
    return (
      'a value starting with `*` is read as a reference to another value (`&name`); put the whole value in ' +
      'double quotes'
    );
  }
  return undefined;
}
