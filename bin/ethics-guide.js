#!/usr/bin/env node
// The installed command: runs the bundled CLI built by `npm run build` (npm install runs it).
// CommonJS, like the bundle (bin/package.json says so), so that Node starts it without its ES
// module loader: scripts/build.mjs says why. code-cache.js loads the bundle with the V8 code
// cache the build made.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// A checkout that was never built (or is being rebuilt) has no bundle: one sentence, not a stack.
if (!existsSync(join(__dirname, '..', 'dist', 'main.cjs'))) {
  process.stderr.write(
    `error: ethics-guide is not built (there is no ${join(__dirname, '..', 'dist', 'main.cjs')}); run \`npm install\` ` +
      'or `npm run build` in its folder, then try again\n',
  );
  process.exit(1);
}
require('./code-cache.js').useCodeCache();
require('../dist/main.cjs').main(process.argv.slice(2));
