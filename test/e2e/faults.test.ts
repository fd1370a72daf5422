// Faults of many runs at once and of runs stopped part-way: concurrent evaluations of one
// record, SIGTERM at random moments, drafts that are not ours, a folder others can read, and
// an answer that is one enormous word.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bin, fixtures, runCli, tempDir } from '../helpers.js';

const answers = join(fixtures, 'answers', 'alice-and-bob.yaml');
const outcome = 'how_it_went: It went well.\nprinciples_held: yes\ndifferently: Nothing.\n';

/** Starts the CLI without waiting; resolves with its exit code (or signal) and output. */
function start(args: string[], cwd: string) {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, done };
}

describe('many runs at once', () => {
  it('lets exactly one of eight evaluations of a record write, round after round', async () => {
    for (let round = 0; round < 10; round++) {
      const dir = tempDir();
      const record = '2026-10-01-alice-and-bob.md';
      copyFileSync(join(fixtures, 'records', 'good', record), join(dir, record));
      chmodSync(join(dir, record), 0o600);
      writeFileSync(join(dir, 'o.yaml'), outcome);
      const runs = await Promise.all(
        Array.from({ length: 8 }, () => start(['records', 'evaluate', record, '--answers', 'o.yaml'], dir).done),
      );
      const ok = runs.filter((r) => r.status === 0);
      expect(ok, `round ${round}`).toHaveLength(1);
      for (const r of runs.filter((x) => x.status !== 0)) {
        expect([1, 2]).toContain(r.status);
        expect(r.stderr).toMatch(/changed while you were answering|being changed by another run|already evaluated/);
      }
      const text = readFileSync(join(dir, record), 'utf8');
      expect(text.match(/^## Outcome$/gm)).toHaveLength(1);
      expect(readdirSync(dir).sort()).toEqual([record, 'o.yaml']);
    }
  }, 120_000);
});

describe('a run stopped part-way', () => {
  it('leaves no temp file and no half record when SIGTERM arrives at any moment', async () => {
    const dir = tempDir();
    for (let i = 0; i < 30; i++) {
      const run = start(['resolve', '--answers', answers], dir);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 250)));
      run.child.kill('SIGTERM');
      const end = await run.done;
      expect([0, 143, null]).toContain(end.status);
      expect(end.stderr).not.toMatch(/\n\s+at |This is a bug/);
    }
    const out = join(dir, 'decision-records');
    const left = existsSync(out) ? readdirSync(out) : [];
    expect(left.filter((f) => f.startsWith('.'))).toEqual([]);
    for (const file of left.filter((f) => f.endsWith('.md')))
      expect(readFileSync(join(out, file), 'utf8')).toMatch(/\n## Trainer's key\n[\s\S]+\n$/);
  }, 120_000);
});

describe('drafts that are ours', () => {
  it('refuses to --resume a hand-written answers file, and leaves it exactly as it was', () => {
    const dir = tempDir();
    const mine = '# my notes for Alice & Bob\nscenario: alice-and-bob\nrecognize: { dilemma: true }\n';
    writeFileSync(join(dir, 'my-answers.yaml'), mine);
    const result = runCli(['resolve', '--resume', 'my-answers.yaml'], { cwd: dir, env: { FORCE_TTY: '1' } });
    // Not a terminal: refused before anything else (exit 2); the file is untouched either way.
    expect(result.status).toBe(2);
    expect(readFileSync(join(dir, 'my-answers.yaml'), 'utf8')).toBe(mine);
  });

  it('takes a draft, once complete, as an answers file', () => {
    const dir = tempDir();
    const draft = { draft: { of: 'resolve', version: '0.1.0' }, ...parse(readFileSync(answers, 'utf8')) };
    writeFileSync(join(dir, 'd.yaml'), stringify(draft));
    expect(runCli(['resolve', '--answers', 'd.yaml'], { cwd: dir }).status).toBe(0);
  });
});

describe('privacy', () => {
  it('checks an answer that is one enormous word in linear time, before the record is written', () => {
    const dir = tempDir();
    const big = parse(readFileSync(answers, 'utf8'));
    big.recognize.why = `${'a'.repeat(450_000)}@${'b'.repeat(450_000)}.org`;
    writeFileSync(join(dir, 'a.yaml'), stringify(big, { lineWidth: 0 }));
    const started = Date.now();
    const result = runCli(['resolve', '--answers', 'a.yaml'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('tightens an out folder that others can read to 0700, and says so', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'decision-records'), { mode: 0o755 });
    chmodSync(join(dir, 'decision-records'), 0o777);
    const result = runCli(['resolve', '--answers', answers], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      'note: decision-records could be read by others (mode 777); it is now 0700, readable only by you.',
    );
    expect(statSync(join(dir, 'decision-records')).mode & 0o777).toBe(0o700);
    const again = runCli(['resolve', '--answers', answers], { cwd: dir });
    expect(again.stderr).toBe('');
  });
});

describe('a lock left by a run that died', () => {
  it('is broken with a note once it has settled, and the evaluation goes ahead', () => {
    const dir = tempDir();
    const record = '2026-10-01-alice-and-bob.md';
    copyFileSync(join(fixtures, 'records', 'good', record), join(dir, record));
    writeFileSync(join(dir, 'o.yaml'), outcome);
    const lock = join(dir, `.${record}.lock`);
    // pid 2^22 + 1 is above Linux's largest pid: no such run exists.
    writeFileSync(lock, `${2 ** 22 + 1}\n2026-11-29T07:00:00.000Z\n`);
    utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const result = runCli(['records', 'evaluate', record, '--answers', 'o.yaml'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`note: a lock left by an earlier run that stopped (.${record}.lock) was removed`);
    expect(existsSync(lock)).toBe(false);
  });

  it('held by a live run, makes another run wait, then give up with a sentence and write nothing', () => {
    const dir = tempDir();
    const record = '2026-10-01-alice-and-bob.md';
    copyFileSync(join(fixtures, 'records', 'good', record), join(dir, record));
    writeFileSync(join(dir, 'o.yaml'), outcome);
    writeFileSync(join(dir, `.${record}.lock`), `${process.pid}\n`);
    const before = readFileSync(join(dir, record));
    const result = runCli(['records', 'evaluate', record, '--answers', 'o.yaml'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `error: ${record} is being changed by another run of ethics-guide right now, so it was not touched; run the command again in a moment`,
    );
    expect(readFileSync(join(dir, record)).equals(before)).toBe(true);
  });
});

describe('an output folder that cannot be made', () => {
  it.runIf(existsSync('/proc/self'))('is one sentence at once, where Node 20 would retry for ever under /proc', () => {
    const answers = join(fixtures, 'answers', 'alice-and-bob-full.yaml');
    for (const args of [
      ['resolve', '--answers', answers, '--out', '/proc/nope/records'],
      ['new', 'scenario', 'zz', '--dir', '/proc/nope'],
      ['grid', '--answers', join(fixtures, 'ratings', 'complete.yaml'), '--out', '/proc/nope'],
    ]) {
      const result = runCli(args, { cwd: tempDir() });
      expect([result.status, result.stderr], args.join(' ')).toEqual([
        2,
        expect.stringMatching(/^error: the folder \/proc\/nope(\/records)? could not be created: /),
      ]);
    }
  });
});

describe('a lock file that ethics-guide did not make', () => {
  it.each([
    ['a named pipe (FIFO)', (lock: string) => spawnSync('mkfifo', [lock])],
    ['a link to /dev/zero', (lock: string) => symlinkSync('/dev/zero', lock)],
    ['a dangling link', (lock: string) => symlinkSync('/nowhere/at/all', lock)],
  ])('that is %s is refused with a sentence, at once, and nothing is written', (_, make) => {
    const dir = tempDir();
    const record = '2026-10-01-alice-and-bob.md';
    copyFileSync(join(fixtures, 'records', 'good', record), join(dir, record));
    writeFileSync(join(dir, 'o.yaml'), outcome);
    make(join(dir, `.${record}.lock`));
    const before = readFileSync(join(dir, record));
    // Before, the FIFO hung the run (no signal could stop it) and /dev/zero filled the memory.
    const result = runCli(['records', 'evaluate', record, '--answers', 'o.yaml'], { cwd: dir });
    expect([result.status, result.stderr.trim()]).toEqual([
      1,
      `error: .${record}.lock is not a lock that ethics-guide made (it is not a plain file), so the record was not touched; remove it, then run the command again`,
    ]);
    expect(readFileSync(join(dir, record)).equals(before)).toBe(true);
  });
});

describe('a full or read-only disk', () => {
  /** A small tmpfs of our own (as root on the test machines); the tests are skipped where mount is not allowed. */
  function mounted(options: string): string | undefined {
    const dir = tempDir();
    const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
    return result.status === 0 ? dir : undefined;
  }
  const canMount = (() => {
    const dir = mounted('size=16k');
    if (dir) spawnSync('umount', [dir]);
    return dir !== undefined;
  })();

  it.runIf(canMount)('says the disk is full, exits 1, and leaves no temp file and no half record', () => {
    const disk = mounted('size=64k,mode=0700')!;
    try {
      const dir = tempDir();
      const big = parse(readFileSync(answers, 'utf8'));
      big.explain.rationale = 'A long reason. '.repeat(8000);
      writeFileSync(join(dir, 'a.yaml'), stringify(big, { lineWidth: 0 }));
      const result = runCli(['resolve', '--answers', 'a.yaml', '--out', disk], { cwd: dir });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        `error: the disk is full, so the folder ${disk} could not be written; free some space, then run the command again`,
      );
      expect(readdirSync(disk)).toEqual([]);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it.runIf(canMount)('says the disk is read-only and exits 1', () => {
    const disk = mounted('size=64k,ro,mode=0700')!;
    try {
      const result = runCli(['resolve', '--answers', answers, '--out', disk], { cwd: tempDir() });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        `error: the folder ${disk} is on a read-only disk; write somewhere else (for example with --out DIR)`,
      );
    } finally {
      spawnSync('umount', [disk]);
    }
  });
});

describe('output to a slow reader', () => {
  it('is written whole and in order when the pipe fills (no stream writes lost at exit)', async () => {
    // A trainer's grid whose reflection is far larger than a pipe holds (64 KB).
    const why = 'People weigh this differently for many reasons. '.repeat(600);
    const grid = {
      id: 'big-grid',
      title: 'Big Grid',
      code: 'dbsa',
      ratings: { green: 'ok', yellow: 'question it', red: 'no' },
      actions: [1, 2, 3, 4].map((n) => ({
        id: `act-${n}`,
        action: `Action number ${n}`,
        principles: [1],
        why_people_disagree: why,
      })),
    };
    const dir = tempDir();
    mkdirSync(join(dir, 'lib', 'grids'), { recursive: true });
    writeFileSync(join(dir, 'lib', 'grids', 'big-grid.yaml'), stringify(grid));
    writeFileSync(
      join(dir, 'r.yaml'),
      stringify({
        grid: 'big-grid',
        ratings: { 'act-1': 'green', 'act-2': 'red', 'act-3': 'yellow', 'act-4': 'green' },
      }),
    );
    const run = start(['--library', 'lib', 'grid', '--grid', 'big-grid', '--answers', 'r.yaml'], dir);
    // Read nothing for a while: the pipe fills and the writer must wait.
    run.child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 600));
    run.child.stdout.resume();
    const end = await run.done;
    expect(end.status).toBe(0);
    expect(end.stdout.length).toBeGreaterThan(100_000);
    expect(end.stdout.match(/^ {4}Why people disagree: /gm)).toHaveLength(4);
    expect(end.stdout).toMatch(/^ 4\. Action number 4\n/m);
    expect(end.stdout.trimEnd().endsWith('many reasons.')).toBe(true);
  });
});
