// Long answers in the person's own $VISUAL or $EDITOR. Ours rather than inquirer's editor
// prompt: that one leaves the editor running and its temp file behind when the run is stopped,
// and loads 500 KB of encoding tables at start. Here a stop ends the editor, keeps what was
// saved in it (the caller puts it in the draft), and removes the temp folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class EditorStopped extends Error {
  override name = 'AbortPromptError';
  constructor(readonly text: string) {
    super('stopped while the editor was open');
  }
}

export const editorCommand = (env: NodeJS.ProcessEnv) => env.VISUAL || env.EDITOR || undefined;

/**
 * Opens `initial` in the editor and returns the text saved there. Throws EditorStopped (with
 * the saved text) when `signal` aborts, and an Error when the editor cannot start or fails.
 */
export async function editText(initial: string, command: string, signal: AbortSignal): Promise<string> {
  // mkdtemp makes the folder 0700: an answer can be confidential.
  const dir = mkdtempSync(join(tmpdir(), 'ethics-guide-'));
  const file = join(dir, 'answer.md');
  try {
    writeFileSync(file, initial, { mode: 0o600 });
    // Through the shell, as git does, so EDITOR="code --wait" works.
    const child = spawn('/bin/sh', ['-c', `exec ${command} "$1"`, 'sh', file], { stdio: 'inherit' });
    const stopEditor = () => child.kill('SIGTERM');
    signal.addEventListener('abort', stopEditor, { once: true });
    const exit = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
      child.once('error', (error) => resolve({ code: null, error }));
      child.once('exit', (code) => resolve({ code }));
    }).finally(() => signal.removeEventListener('abort', stopEditor));
    const text = readFileSync(file, 'utf8');
    if (signal.aborted) throw new EditorStopped(text);
    if (exit.error || exit.code !== 0)
      throw new Error(
        `the editor (${command}) ` +
          `${exit.error ? `could not start: ${exit.error.message}` : `ended with an error (exit ${exit.code})`}`,
      );
    return text;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
