// A data file's bytes as text, or where the file went wrong: too large, or not UTF-8 (with the
// place of the first bad byte, so a trainer can find it).
import type { Problem } from './problem.js';

/** Scenario and code files are a few KB; anything past this is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** The text of the bytes (a byte order mark dropped), or the problem that stops both YAML parsers. */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { problems: Problem[] } {
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    const message = `this YAML is ${mb} MB; YAML that ethics-guide reads (a case, a code, answers, a draft) is limited to 1 MB. Is this the right file?`;
    return { problems: [{ file, line: 1, col: 1, message }] };
  }
  // Native, and it drops a byte order mark, so positions match what an editor shows.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const { line, col } = byteLinePos(bytes, Math.max(0, firstInvalidUtf8(bytes)));
    return { problems: [{ file, line, col, message: 'this is not UTF-8 text; save the file with UTF-8 encoding' }] };
  }
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return i;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** 1-based line and column (in bytes) of an offset. */
export function byteLinePos(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) [line, lineStart] = [line + 1, i + 1];
  }
  return { line, col: offset - lineStart + 1 };
}
