// Preloaded by `npm run bench` (node --import) to report a process's peak memory on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`));
