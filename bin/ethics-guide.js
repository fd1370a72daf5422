#!/usr/bin/env node
// The installed command: runs the bundled CLI built by `npm run build` (npm install runs it).
// CommonJS, like the bundle (bin/package.json says so), so that Node starts it without its ES
// module loader: scripts/build.mjs says why. code-cache.js loads the bundle with the V8 code
// cache the build made.
require('./code-cache.js').useCodeCache();
require('../dist/main.cjs').main(process.argv.slice(2));
