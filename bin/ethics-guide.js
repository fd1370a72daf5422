#!/usr/bin/env node
// The installed command: runs the bundled CLI built by `npm run build` (npm install runs it).
import { main } from '../dist/main.js';

await main(process.argv.slice(2));
