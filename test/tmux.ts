// A real terminal for end-to-end tests: the built binary inside tmux, driven with keys as a
// person would. `useTmux()` in a test file starts one private tmux server for that file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { bin, pathWithProgram } from './helpers.js';

// One tmux server per test file, on its own socket folder; every tmux call gets this env.
let tmuxDir = '';
let tmuxEnv: NodeJS.ProcessEnv = {};
const sessions: string[] = [];

function tmux(...args: string[]): string {
  const result = spawnSync('tmux', args, { env: tmuxEnv, encoding: 'utf8', timeout: 10_000 });
  if (result.error) throw new Error(`tmux could not run (is it installed?): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`tmux ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The shell command that runs `ethics-guide ARGS` (for a test that wraps it in its own shell). */
export const cliCommand = (args: string[]) =>
  `NO_COLOR=1 ${quote(process.execPath)} ${quote(bin)} ${args.map(quote).join(' ')}`;

/**
 * Starts `ethics-guide ARGS` in DIR in a new 100x30 tmux session, with small helpers to drive
 * it. `shell` replaces the whole command run there (see cliCommand).
 */
export function terminal(dir: string, args: string[], shell?: string) {
  const name = `eg-${process.pid}-${sessions.length + 1}`;
  sessions.push(name);
  tmux(
    'new-session',
    '-d',
    '-x',
    '100',
    '-y',
    '30',
    '-s',
    name,
    `cd ${quote(dir)} && ${shell ?? `${cliCommand(args)}; echo EXIT=$?; sleep 30`}`,
  );
  /** The visible screen, wrapped lines joined. */
  const screen = () => tmux('capture-pane', '-p', '-J', '-t', name);
  /** Everything printed so far (scrollback and screen), wrapped lines joined. */
  const history = () => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', name);
  /**
   * Waits until the screen shows the text (over lines, where the tool wrapped it) or matches the
   * pattern; fails with the screen if it never does.
   */
  const waitFor = async (
    wanted: string | RegExp | ((screen: string) => boolean),
    timeoutMs = 10_000,
  ): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const shown = screen();
      if (
        typeof wanted === 'string'
          ? // A sentence the tool word-wraps to the terminal may go over lines: spaces and line breaks alike.
            shown.replace(/\s+/g, ' ').includes(wanted.replace(/\s+/g, ' '))
          : typeof wanted === 'function'
            ? wanted(shown)
            : wanted.test(shown)
      )
        return shown;
      if (Date.now() > deadline)
        throw new Error(
          `the screen never showed ${JSON.stringify(String(wanted))} within ${timeoutMs} ms. It shows:\n${shown}`,
        );
      await sleep(100);
    }
  };
  /** Presses keys one by one (Enter, Down, Space, C-c). */
  const send = (...keys: string[]) => {
    for (const key of keys) tmux('send-keys', '-t', name, key);
  };
  /** Types text literally. */
  const type = (text: string) => tmux('send-keys', '-t', name, '-l', text);
  /** Waits for a prompt, then types the answer (if any) and presses Enter. */
  const answer = async (prompt: string | RegExp, text = '') => {
    await waitFor(prompt);
    if (text) type(text);
    send('Enter');
  };
  /** The pid of the program running in the terminal (the shell's child). */
  const pid = () => {
    const shell = tmux('list-panes', '-t', name, '-F', '#{pane_pid}').trim();
    return Number(spawnSync('pgrep', ['-P', shell], { encoding: 'utf8' }).stdout.trim().split('\n')[0]);
  };
  /** The window title, which an escape sequence printed raw (OSC 0) would set. */
  const title = () => tmux('display-message', '-p', '-t', name, '#{pane_title}').trim();
  /** Closes the terminal window: the pty goes away under the running program. */
  const close = () => tmux('kill-session', '-t', name);
  return { screen, history, waitFor, send, type, answer, pid, title, close };
}

export type Terminal = ReturnType<typeof terminal>;

/** Registers the hooks that start and clean up this file's tmux server. */
export function useTmux(): void {
  beforeAll(() => {
    tmuxDir = mkdtempSync(join(tmpdir(), 'ethics-guide-tmux-'));
    tmuxEnv = { ...process.env, TMUX_TMPDIR: tmuxDir, PATH: pathWithProgram() };
    for (const key of ['TMUX', 'TMUX_PANE', 'FORCE_COLOR', 'ETHICS_GUIDE_LIBRARY', 'DEBUG']) delete tmuxEnv[key];
    // A server exits when its last session ends, and a test starting the next session at that
    // moment fails with "server exited unexpectedly"; this idle session keeps it up until afterAll.
    tmux('new-session', '-d', '-s', 'keep-server-up', 'tail -f /dev/null');
  });

  afterEach(() => {
    const name = sessions.at(-1);
    if (name) spawnSync('tmux', ['kill-session', '-t', name], { env: tmuxEnv });
  });

  afterAll(() => {
    spawnSync('tmux', ['kill-server'], { env: tmuxEnv });
    if (tmuxDir) rmSync(tmuxDir, { recursive: true, force: true });
  });
}

/**
 * Answers "no" to each policy the Review step asks about one by one, up to the checklist of the
 * rest, which says "other" only when some were asked about before it.
 */
export async function noPolicyApplies(t: Terminal): Promise<void> {
  let askedAny = false;
  for (;;) {
    const shown = await t.waitFor(
      /^\? (Does ".*" apply here\?|Do any of these (other )?laws or agency policies apply\?)/m,
    );
    const rest = /^\? Do any of these (other )?laws or agency policies apply\?/m.exec(shown);
    if (rest) {
      if (Boolean(rest[1]) !== askedAny)
        throw new Error(`"other" is wrong after ${askedAny ? 'some' : 'no'} policies:\n${shown}`);
      return;
    }
    const asked = /^\? Does "(.*)" apply here\?/m.exec(shown)![1]!;
    askedAny = true;
    t.send('Down', 'Enter');
    await t.waitFor(`✔ Does "${asked}" apply here? no`);
  }
}
