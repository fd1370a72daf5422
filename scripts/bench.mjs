// `npm run bench`: start-up cost of our commands as a ratio to bare `node -e 0`.
// Runs interleave (node, cmd1, cmd2, ... per round) so machine noise hits all sides alike,
// and NODE_EXTRA_CA_CERTS is unset everywhere: it adds ~50 ms to every Node start here
// and would hide our own cost. Prints medians; targets are the issues' (see README).
// Second part: `records summary` over 10,000 generated records, against `grep -c` over the
// same folder, with each side's peak memory.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/ethics-guide.js`;
const rounds = Number(process.env.BENCH_ROUNDS ?? 21);
const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS;

const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: '--help', args: [bin, '--help'], target: 2.0 },
  { name: 'list', args: [bin, 'list'], target: 2.5 },
  { name: 'validate', args: [bin, 'validate'] },
  // Each run writes a new record (never overwriting); they go to a temporary folder.
  {
    name: 'resolve --answers',
    args: [
      bin,
      'resolve',
      '--answers',
      `${root}test/fixtures/answers/alice-and-bob.yaml`,
      '--out',
      join(mkdtempSync(join(tmpdir(), 'ethics-guide-bench-')), 'records'),
    ],
    target: 3.0,
  },
];

function time(args, command = process.execPath) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    env,
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && command === process.execPath)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const rss = /max-rss-kb (\d+)/.exec(String(result.stderr))?.[1];
  return { ms, rssMb: rss ? Number(rss) / 1024 : undefined };
}

/** Median times of each case, run in interleaved rounds after two warm-up rounds. */
function measure(list) {
  const samples = list.map(() => []);
  for (let round = 0; round < rounds + 2; round++) {
    list.forEach((c, i) => {
      const run = time(c.args, c.command);
      if (round >= 2) samples[i].push(run); // the first rounds warm the disk cache
    });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return samples.map((runs) => ({ ms: median(runs.map((r) => r.ms)), rssMb: runs[0].rssMb }));
}

function report(list, results, base) {
  console.log(`${'command'.padEnd(34)}${'ms'.padStart(8)}${'ratio'.padStart(8)}  target`);
  list.forEach((c, i) => {
    const ratio = results[i].ms / base;
    const verdict = c.target ? `<= ${c.target.toFixed(1)}x ${ratio <= c.target ? 'met' : 'MISSED'}` : '';
    const memory = results[i].rssMb ? `  peak ${results[i].rssMb.toFixed(0)} MB` : '';
    console.log(
      `${c.name.padEnd(34)}${results[i].ms.toFixed(1).padStart(8)}${`${ratio.toFixed(2)}x`.padStart(8)}  ${verdict}${memory}`,
    );
  });
}

console.log(`median of ${rounds} runs each, Node ${process.version}, NODE_EXTRA_CA_CERTS unset\n`);
const startUp = measure(cases);
report(cases, startUp, startUp[0].ms);
rmSync(join(cases.at(-1).args.at(-1), '..'), { recursive: true, force: true });

// 10,000 records made from one real record, varied in date, principles, status and follow-up.
const folder = join(mkdtempSync(join(tmpdir(), 'ethics-guide-bench-')), 'records');
mkdirSync(folder);
const model = readFileSync(`${root}test/fixtures/records/good/2026-10-01-alice-and-bob.md`, 'utf8');
for (let i = 0; i < 10_000; i++) {
  const day = (n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
  const record = model
    .replace(/^date: ".*"$/m, `date: "${day(i % 600)}"`)
    .replace(/^principles:\n(?: {2}- \d+\n)+/m, `principles:\n  - ${1 + (i % 13)}\n  - ${1 + ((i + 5) % 13)}\n`)
    .replace(/^follow_up: ".*"$/m, `follow_up: "${day((i % 600) + 14)}"`)
    .replace(/^status: ".*"$/m, i % 3 ? 'status: "decided"' : 'status: "evaluated"\nevaluated: "2026-01-05"');
  writeFileSync(join(folder, `${day(i % 600)}-case-${i}.md`), record, { mode: 0o600 });
}
const memory = ['--import', `${root}scripts/max-rss.mjs`];
const folderCases = [
  { name: `grep -rc principles (10,000 files)`, command: 'grep', args: ['-rc', 'principles', folder] },
  { name: 'node -e 0', args: [...memory, '-e', '0'] },
  { name: 'records summary --json', args: [...memory, bin, 'records', 'summary', folder, '--json'], target: 5.0 },
  { name: 'records summary', args: [...memory, bin, 'records', 'summary', folder], target: 5.0 },
  { name: 'records list --json', args: [...memory, bin, 'records', 'list', folder, '--json'] },
];
console.log(`\nA folder of 10,000 decision records, as a ratio to grep over the same folder\n`);
const folderResults = measure(folderCases);
report(folderCases, folderResults, folderResults[0].ms);
rmSync(join(folder, '..'), { recursive: true, force: true });
