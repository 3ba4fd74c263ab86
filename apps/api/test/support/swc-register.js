/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload (`node -r`) */
// Lets a plain `node` process run the API from its TypeScript sources, compiled on load with
// the same swc settings as jest (jest.config.js), so tests can start the API as a real child
// process — and kill it — without building it first.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const DOMAIN = path.resolve(__dirname, '../../../../packages/domain/src/index.ts');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === '@attune/domain') return DOMAIN;
  // The domain's sources import each other as './x.js'.
  if (request.startsWith('.') && request.endsWith('.js') && parent && parent.filename && parent.filename.endsWith('.ts')) {
    const ts = path.resolve(path.dirname(parent.filename), request.slice(0, -3) + '.ts');
    if (fs.existsSync(ts)) return ts;
  }
  return resolve.call(this, request, parent, ...rest);
};
