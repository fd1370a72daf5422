// Preloaded by `npm run bench` (node --import) in its memory runs only, to report a process's
// peak memory on exit. Never in timed runs: the preload itself slows a start.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`));
