// `npm run bench`: what our commands cost, each as a ratio to a baseline run beside it.
//
// How it measures (see the README's benchmark section):
// - Paired ratios: each pair runs the work (A) and then its baseline (B), one after the other,
//   and gives one ratio A/B. The ratio reported is the median of those ratios (with their min
//   and max), not a ratio of two medians taken apart. The first pairs only warm the disk cache.
// - Every process writes its output into a pipe that the bench reads (see `timed`).
// - NODE_EXTRA_CA_CERTS is unset for every process (it adds ~50 ms to each Node start here and
//   would hide our own cost). NO_COLOR=1 for every process too.
// - Peak memory comes from separate runs with `--import scripts/max-rss.mjs`, never from timed
//   runs: the preload itself slows a start.
// - ajv-cli@5, the baseline of `validate`, is installed into a temporary folder for the run,
//   never into the project. If npm cannot install it, that pair is skipped and says so.
//
// BENCH_ROUNDS (default 21) pairs for the start-up and terminal pairs, BENCH_HEAVY_ROUNDS
// (default: half of BENCH_ROUNDS, at least 3) for `validate` and `records summary`,
// BENCH_MEMORY_RUNS (default 3) runs for each peak memory (the median is kept).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/ethics-guide.js');
const node = process.execPath;
const count = (name, fallback) => {
  const value = process.env[name] === undefined || process.env[name] === '' ? fallback : Number(process.env[name]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of 1 or more, not ${process.env[name]}`);
  return value;
};
const rounds = count('BENCH_ROUNDS', 21);
const heavyRounds = count('BENCH_HEAVY_ROUNDS', Math.max(3, Math.round(rounds / 2)));
const memoryRuns = count('BENCH_MEMORY_RUNS', 3);
const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS;
const scratch = mkdtempSync(join(tmpdir(), 'ethics-guide-bench-'));
const began = process.hrtime.bigint();
const elapsed = () => `${(Number(process.hrtime.bigint() - began) / 1e9).toFixed(0)} s`;
const progress = (text) => process.stderr.write(`[${elapsed()}] ${text}\n`);

/**
 * Runs a command to its end and returns the wall time in ms; throws if it fails. Its output goes
 * to a pipe, as it would to a person's terminal or the next command, never to /dev/null: GNU grep
 * writing to /dev/null stops reading each file at its first match (strace: 10,008 reads for
 * 10,000 records instead of 20,008), so it would not do the work a person running it sees done.
 */
function timed(command, args, { cwd = root, ok = [0] } = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (!ok.includes(result.status))
    throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}: ${result.stderr}`);
  return ms;
}

/** Quotes one word for /bin/sh. */
const shellWord = (word) => (/^[\w./=-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`);

/** The processes `pid` started (Linux). */
const childrenOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};
const signal = (pids, name) => {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // gone already
    }
  }
};

/**
 * Starts `command args` on a pseudo-terminal (`script`), with our stdin pipe kept open, and
 * returns the ms from the spawn until `text` appears on the terminal. Then it ends the program
 * itself with SIGTERM (`exec` makes the program script's own child; signalling script instead
 * costs 2 s, and closing the terminal under a prompt is a different fault), and waits until
 * script is gone too, so the next run has the machine to itself.
 */
function untilDrawn(command, args, text, cwd) {
  const line = `exec ${[command, ...args].map(shellWord).join(' ')}`;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', line, '/dev/null'], {
      env: { ...env, SHELL: '/bin/sh' },
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let seen = '';
    let ms;
    let program = [];
    const stuck = () => {
      signal(program, 'SIGKILL');
      child.kill('SIGKILL');
    };
    let timer = setTimeout(stuck, 20_000);
    child.stdout.on('data', (chunk) => {
      if (ms !== undefined) return;
      seen += chunk;
      if (seen.includes(text)) {
        ms = Number(process.hrtime.bigint() - start) / 1e6;
        program = childrenOf(child.pid);
        signal(program, 'SIGTERM');
        clearTimeout(timer);
        timer = setTimeout(stuck, 5_000);
      }
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      if (ms === undefined)
        reject(new Error(`"${text}" never appeared for ${line}; the terminal showed:\n${seen.slice(-2000)}`));
      else resolve(ms);
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** `n` pairs (A then B) after `warm` pairs that are thrown away; one ratio A/B per pair. */
async function pairs(pair, n, warm) {
  const a = [];
  const b = [];
  const ratios = [];
  for (let i = 0; i < warm + n; i++) {
    const ta = await pair.a(i);
    const tb = await pair.b(i);
    if (i < warm) continue;
    a.push(ta);
    b.push(tb);
    ratios.push(ta / tb);
  }
  return {
    ...pair,
    n,
    a: median(a),
    b: median(b),
    ratio: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
  };
}

const rows = [];
const verdict = (value, target) => (value <= target ? 'met' : 'MISSED');
async function measure(pair, n, warm) {
  progress(`${pair.work} vs ${pair.baseline}: ${n} pairs after ${warm} warm-up`);
  const row = await pairs(pair, n, warm);
  rows.push(row);
  return row;
}

// Sanity checks outside the timing: each command does the work we think it does.
function output(command, args, cwd = root) {
  const result = spawnSync(command, args, { env, cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, text: `${result.stdout}${result.stderr}` };
}
function expect(what, { status, text }, pattern) {
  if (status !== 0 || !pattern.test(text))
    throw new Error(`${what} did not do what the bench expects (exit ${status}):\n${text.slice(-2000)}`);
}

const commit =
  spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim() || 'unknown';
const load = () => loadavg()[0].toFixed(2);
const header = [
  `ethics-guide bench, commit ${commit}, Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${load()} at the start`,
  `NODE_EXTRA_CA_CERTS unset and NO_COLOR=1 on both sides; each pair runs A then B, ratio = median of the per-pair A/B`,
  `pairs: ${rounds} for start-up and terminal rows (after 2 warm-up pairs), ${heavyRounds} for validate and records summary (after 1)`,
];

try {
  // 1. Start-up: our commands against bare `node -e 0`.
  const zero = () => timed(node, ['-e', '0']);
  const answers = join(root, 'test/fixtures/answers/alice-and-bob.yaml');
  const outs = join(scratch, 'resolve-out');
  expect(
    'resolve --answers',
    output(node, [bin, 'resolve', 'alice-and-bob', '--answers', answers, '--out', join(outs, 'check')]),
    /./,
  );
  if (readdirSync(join(outs, 'check')).filter((f) => f.endsWith('.md')).length !== 1)
    throw new Error('resolve --answers wrote no record');
  await measure(
    { work: '--help', baseline: 'node -e 0', target: 1.8, a: () => timed(node, [bin, '--help']), b: zero },
    rounds,
    2,
  );
  await measure(
    { work: 'list', baseline: 'node -e 0', target: 2.2, a: () => timed(node, [bin, 'list']), b: zero },
    rounds,
    2,
  );
  // Each run writes its record into a folder of its own, so no run reads another's records.
  await measure(
    {
      work: 'resolve alice-and-bob --answers',
      baseline: 'node -e 0',
      target: 3.0,
      a: (i) => timed(node, [bin, 'resolve', 'alice-and-bob', '--answers', answers, '--out', join(outs, `run-${i}`)]),
      b: zero,
    },
    rounds,
    2,
  );

  // 2. The first prompt drawn on a terminal, against node drawing one line on the same kind of terminal.
  // An empty --out of its own: a draft left in ./decision-records would ask "Continue that draft?" first.
  const ptyCwd = join(scratch, 'pty');
  mkdirSync(ptyCwd);
  const ptyOut = join(scratch, 'pty-out');
  await measure(
    {
      work: 'first prompt drawn (resolve alice-and-bob, pty)',
      baseline: `node -e 'console.log("x")', pty`,
      target: 2.5,
      a: () =>
        untilDrawn(
          node,
          [bin, 'resolve', 'alice-and-bob', '--out', ptyOut],
          // The first prompt: the case stays on screen until the person presses Enter.
          'Press Enter to begin',
          ptyCwd,
        ),
      b: () => untilDrawn(node, ['-e', 'console.log("x")'], 'x', ptyCwd),
    },
    rounds,
    2,
  );
  if (existsSync(join(ptyOut, 'drafts')) && readdirSync(join(ptyOut, 'drafts')).length > 0) {
    throw new Error(`the terminal runs left drafts in ${ptyOut}: the later runs may have been asked about them`);
  }

  // 3. validate over 1,000 scenario files (copies of the shipped ones with new ids), against ajv-cli@5.
  const library = join(scratch, 'library');
  mkdirSync(library);
  const shipped = readdirSync(join(root, 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  for (let i = 0; i < 1000; i++) {
    const name = shipped[i % shipped.length];
    const id = `${name.slice(0, -'.yaml'.length)}-copy-${i}`;
    const text = readFileSync(join(root, 'scenarios', name), 'utf8');
    const copy = text.replace(/^id: .*$/m, `id: ${id}`);
    if (copy === text) throw new Error(`scenarios/${name} has no id line to replace`);
    writeFileSync(join(library, `${id}.yaml`), copy);
  }
  expect('validate of 1,000 files', output(node, [bin, 'validate', library]), /1,?000 files checked, all valid/);
  progress('installing ajv-cli@5 into a temporary folder');
  const ajvHome = join(scratch, 'ajv-cli');
  // npm runs with our own environment: it may need NODE_EXTRA_CA_CERTS to reach the registry.
  const install = spawnSync(
    'npm',
    ['install', '--prefix', ajvHome, '--no-audit', '--no-fund', '--no-save', 'ajv-cli@5'],
    { encoding: 'utf8' },
  );
  const ajvCli = join(ajvHome, 'node_modules/ajv-cli/dist/index.js');
  const schema = join(root, 'schemas/scenario.schema.json');
  // YAML data files are read by ajv-cli itself (js-yaml, by extension); the schema uses no formats,
  // so no `-c ajv-formats`. --spec=draft2020 picks Ajv2020 for the schema's 2020-12 $schema.
  const ajvArgs = [ajvCli, 'validate', '--spec=draft2020', '-s', schema, '-d', `${library}/*.yaml`];
  if (install.status !== 0 || !existsSync(ajvCli)) {
    rows.push({
      work: 'validate 1,000 scenario files',
      baseline: 'ajv-cli@5 validate',
      skipped: `skipped: ajv-cli@5 could not be installed (${(install.stderr || install.error?.message || '').trim().split('\n').at(-1)})`,
    });
  } else {
    const ajvVersion = JSON.parse(readFileSync(join(ajvHome, 'node_modules/ajv-cli/package.json'), 'utf8')).version;
    const ajvLib = JSON.parse(readFileSync(join(ajvHome, 'node_modules/ajv/package.json'), 'utf8')).version;
    header.push(
      `validate's baseline: ajv-cli ${ajvVersion} (ajv ${ajvLib}), installed into a temporary folder for this run`,
    );
    const check = output(node, ajvArgs);
    expect('ajv-cli validate of 1,000 files', check, /valid/);
    if ((check.text.match(/ valid$/gm) ?? []).length !== 1000)
      throw new Error(`ajv-cli did not call all 1,000 files valid:\n${check.text.slice(-2000)}`);
    await measure(
      {
        work: 'validate DIR (1,000 scenario files)',
        baseline: 'ajv-cli@5 validate (same files)',
        target: 1.0,
        a: () => timed(node, [bin, 'validate', library]),
        b: () => timed(node, ajvArgs),
      },
      heavyRounds,
      1,
    );
  }
  rmSync(library, { recursive: true, force: true });

  // 4. records summary over 10,000 generated records, against grep over the same folder.
  const folder = join(scratch, 'records');
  mkdirSync(folder);
  const model = readFileSync(join(root, 'test/fixtures/records/good/2026-10-01-alice-and-bob.md'), 'utf8');
  const day = (n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
  /** Records made from one real record, varied in date, principles, status and follow-up. */
  const writeRecords = (from, to) => {
    for (let i = from; i < to; i++) {
      const record = model
        .replace(/^date: ".*"$/m, `date: "${day(i % 600)}"`)
        .replace(/^principles:\n(?: {2}- \d+\n)+/m, `principles:\n  - ${1 + (i % 13)}\n  - ${1 + ((i + 5) % 13)}\n`)
        .replace(/^follow_up: ".*"$/m, `follow_up: "${day((i % 600) + 14)}"`)
        .replace(/^status: ".*"$/m, i % 3 ? 'status: "decided"' : 'status: "evaluated"\nevaluated: "2026-01-05"');
      writeFileSync(join(folder, `${day(i % 600)}-case-${i}.md`), record, { mode: 0o600 });
    }
  };
  progress('writing 10,000 records');
  writeRecords(0, 10_000);
  expect('records summary of 10,000 records', output(node, [bin, 'records', 'summary', folder]), /10,?000/);
  await measure(
    {
      work: 'records summary DIR (10,000 records)',
      baseline: 'grep -rc principles DIR',
      target: 3.5,
      a: () => timed(node, [bin, 'records', 'summary', folder]),
      b: () => timed('grep', ['-rc', 'principles', folder]),
    },
    heavyRounds,
    1,
  );

  // 5. Peak memory of records summary, in runs of their own: 10,000 records, then 50,000.
  const peak = (args) => {
    const runs = [];
    for (let i = 0; i < memoryRuns; i++) {
      const result = spawnSync(node, ['--import', join(root, 'scripts/max-rss.mjs'), ...args], {
        env,
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      const kb = /max-rss-kb (\d+)/.exec(result.stderr)?.[1];
      if (result.status !== 0 || !kb) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
      runs.push(Number(kb) / 1024);
    }
    return median(runs);
  };
  progress(`peak memory: ${memoryRuns} runs each`);
  const memory = { zero: peak(['-e', '0']), ten: peak([bin, 'records', 'summary', folder]) };
  progress('writing 40,000 more records');
  writeRecords(10_000, 50_000);
  expect('records summary of 50,000 records', output(node, [bin, 'records', 'summary', folder]), /50,?000/);
  memory.fifty = peak([bin, 'records', 'summary', folder]);
  rmSync(folder, { recursive: true, force: true });

  // The report.
  const fmt = (ms) => ms.toFixed(1);
  const table = [
    ['work', 'A median ms', 'B median ms', 'ratio median (min–max)', 'target', 'met?'],
    ['---', '---:', '---:', '---:', '---:', '---'],
    ...rows.map((r) =>
      r.skipped
        ? [`${r.work} vs ${r.baseline}`, '', '', r.skipped, '', '']
        : [
            `${r.work} vs ${r.baseline} (${r.n} pairs)`,
            fmt(r.a),
            fmt(r.b),
            `${r.ratio.toFixed(2)}x (${r.min.toFixed(2)}–${r.max.toFixed(2)})`,
            `≤ ${r.target.toFixed(1)}x`,
            verdict(r.ratio, r.target),
          ],
    ),
  ];
  const growth = memory.fifty / memory.ten;
  console.log(
    [
      ...header,
      '',
      ...table.map((cells) => `| ${cells.join(' | ')} |`),
      '',
      `Peak memory (RSS, separate runs with --import scripts/max-rss.mjs, median of ${memoryRuns}):`,
      `  node -e 0 (same preload)                ${memory.zero.toFixed(1).padStart(6)} MB`,
      `  records summary, 10,000 records         ${memory.ten.toFixed(1).padStart(6)} MB`,
      `  records summary, 50,000 records         ${memory.fifty.toFixed(1).padStart(6)} MB`,
      `  50,000 vs 10,000                        ${`${growth.toFixed(2)}x`.padStart(6)}    target ≤ 1.25x: ${verdict(growth, 1.25)}`,
      '',
      `bench took ${elapsed()}; load average ${load()} at the end (other work on the machine widens the min–max)`,
    ].join('\n'),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
