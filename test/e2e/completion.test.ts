// Tab completion as a shell does it: the script of `ethics-guide completion SHELL` loaded into a
// real bash (and zsh and fish where they are installed), with `ethics-guide` on PATH.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, fixtures, folderWith, runCli, tempDir } from '../helpers.js';

const home = tempDir();
const binDir = join(home, 'bin');
mkdirSync(binDir);
symlinkSync(bin, join(binDir, 'ethics-guide'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${binDir}:${dirname(process.execPath)}:/usr/bin:/bin`,
  HOME: home,
  NO_COLOR: '1',
};
delete env.ETHICS_GUIDE_LIBRARY;
const cwd = folderWith({ 'cases/a.yaml': 'id: a\n', 'cases/b.yaml': 'id: b\n', 'records/.keep': '' });

function script(shell: string): string {
  const result = runCli(['completion', shell]);
  expect(result.status).toBe(0);
  const file = join(home, `completion.${shell}`);
  writeFileSync(file, result.stdout);
  return file;
}

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
const run = (shell: string, args: string[]) =>
  spawnSync(shell, args, { cwd, env, encoding: 'utf8', timeout: 20_000 }).stdout.split('\n').filter(Boolean);

/** What bash offers for a line whose last word is being typed. */
function bash(line: string): string[] {
  const words = line.split(' ');
  const setup = `source ${script('bash')}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}`;
  return run('bash', ['-c', `${setup}; _ethics_guide; printf '%s\\n' "\${COMPREPLY[@]}"`]);
}

describe('completion in bash', () => {
  it('completes commands, subcommands and options from the command tree', () => {
    expect(bash('ethics-guide re')).toEqual(['resolve', 'records']);
    expect(bash('ethics-guide records ')).toEqual(['list', 'summary', 'report', 'evaluate', 'review']);
    expect(bash('ethics-guide resolve --a')).toEqual(['--answers']);
    expect(bash('ethics-guide --l')).toEqual(['--library']);
    expect(bash('ethics-guide ')).not.toContain('__complete');
  });

  it('completes case ids for resolve and show, with the cases of a --library folder typed on the line', () => {
    expect(bash('ethics-guide resolve alice')).toEqual(['alice-and-bob']);
    expect(bash('ethics-guide show ')).toContain('rosa-and-dev');
    const agency = join(fixtures, 'agency-library');
    expect(bash(`ethics-guide --library ${agency} show gift`)).toEqual(['gift-card']);
    expect(bash(`ethics-guide --library ${agency} resolve --code riv`)).toEqual(['riverside-handbook']);
  });

  it('completes files and folders where a path goes', () => {
    // bash lists files in the folder's own order.
    expect(bash('ethics-guide validate cases/').sort()).toEqual(['cases/a.yaml', 'cases/b.yaml']);
    expect(bash('ethics-guide records summary rec')).toEqual(['records']);
  });

  it('says which shells there are for any other', () => {
    const result = runCli(['completion', 'tcsh']);
    expect([result.status, result.stderr.trim()]).toEqual([
      2,
      'error: there is no completion for tcsh; choose one of bash, zsh, fish',
    ]);
    // And when none is named, which ones there are, not commander's "missing required argument".
    const none = runCli(['completion']);
    expect([none.status, none.stderr.trim()]).toEqual([
      2,
      'error: completion needs the name of your shell, one of bash, zsh, fish: for example `ethics-guide completion bash`',
    ]);
  });
});

describe.skipIf(!has('zsh'))('completion in zsh (skipped where zsh is not installed)', () => {
  it('offers the same words through compadd, and paths through _files', () => {
    // compadd and _files stand in for zsh's completion system, which needs a terminal.
    const offer = (line: string) => {
      const words = line.split(' ');
      return run('zsh', [
        '-c',
        `compdef() {}; compadd() { [[ $1 == -- ]] && shift; print -l -- "$@" }; _files() { print "files $*" }; ` +
          `source ${script('zsh')}; words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; _ethics-guide`,
      ]);
    };
    expect(offer('ethics-guide resolve alice')).toEqual(['alice-and-bob']);
    expect(offer('ethics-guide records ')).toEqual(['list', 'summary', 'report', 'evaluate', 'review']);
    expect(offer('ethics-guide records list ')).toEqual(['files -/']);
  });
});

describe.skipIf(!has('fish'))('completion in fish (skipped where fish is not installed)', () => {
  it('completes a command line with complete -C', () => {
    const offer = (line: string) =>
      run('fish', ['-c', `source ${script('fish')}; complete -C '${line}'`]).map((l) => l.split('\t')[0]);
    expect(offer('ethics-guide resolve alice')).toEqual(['alice-and-bob']);
    // fish sorts what it offers.
    expect(offer('ethics-guide records ')).toEqual(['evaluate', 'list', 'report', 'review', 'summary']);
    expect(offer('ethics-guide validate cases/')).toEqual(['cases/a.yaml', 'cases/b.yaml']);
  });
});
