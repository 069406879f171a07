#!/usr/bin/env node
// `npx gatewayctl …`: the command line of SPEC §10, compiled into dist/ by `npm run build`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const entry = join(__dirname, '../dist/src/cli/gatewayctl.js');
if (!existsSync(entry)) {
  process.stderr.write('gatewayctl: not built yet; run `npm run build` first\n');
  process.exit(2);
}
require(entry).main(process.argv.slice(2));
