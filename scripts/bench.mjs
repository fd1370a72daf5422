// `npm run bench`: start-up cost of our commands as a ratio to bare `node -e 0`.
// Runs interleave (node, cmd1, cmd2, ... per round) so machine noise hits all sides alike,
// and NODE_EXTRA_CA_CERTS is unset everywhere: it adds ~50 ms to every Node start here
// and would hide our own cost. Prints medians; targets are the issues' (see README).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
  { name: 'resolve --answers', args: [bin, 'resolve', '--answers', `${root}test/fixtures/answers/alice-and-bob.yaml`, '--out', join(mkdtempSync(join(tmpdir(), 'ethics-guide-bench-')), 'records')], target: 3.0 },
];

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const samples = cases.map(() => []);
for (let round = 0; round < rounds + 2; round++) {
  cases.forEach((c, i) => {
    const ms = time(c.args);
    if (round >= 2) samples[i].push(ms); // the first rounds warm the disk cache
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(samples[0]);
console.log(`median of ${rounds} runs each, Node ${process.version}, NODE_EXTRA_CA_CERTS unset\n`);
console.log(`${'command'.padEnd(20)}${'ms'.padStart(8)}${'ratio'.padStart(8)}  target`);
cases.forEach((c, i) => {
  const ms = median(samples[i]);
  const ratio = ms / base;
  const verdict = c.target ? `<= ${c.target.toFixed(1)}x ${ratio <= c.target ? 'met' : 'MISSED'}` : '';
  console.log(`${c.name.padEnd(20)}${ms.toFixed(1).padStart(8)}${`${ratio.toFixed(2)}x`.padStart(8)}  ${verdict}`);
});
rmSync(join(cases.at(-1).args.at(-1), '..'), { recursive: true, force: true });
