// Lets a child process run the TypeScript sources directly (ts-node, transpile only) with the @libs/* aliases.
const Module = require('node:module');
const path = require('node:path');
const root = path.join(__dirname, '../..');
const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const m = /^@libs\/([a-z-]+)(\/.*)?$/.exec(request);
  if (m) request = path.join(root, 'libs', m[1], m[2] ?? '');
  return original.call(this, request, ...rest);
};
