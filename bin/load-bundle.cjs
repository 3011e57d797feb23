// Loads the CLI's CommonJS bundles from dist/ with V8's code cache, so a cold start skips most compiling.
//
// Node 20 has no built-in compile cache (module.enableCompileCache arrived in Node 22.1), so this does by
// hand what that does: the build runs the demo once and saves each bundle's compiled code next to it
// (dist/NAME.cjs.cache, see scripts/build/code-cache.mjs). A cache made for another bundle, another Node
// or other V8 flags is not used: the bundle is then compiled from source as usual, only slower.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

/** The build stamps each bundle's first line with this and its content hash; the cache starts with it. */
const STAMP = /^\/\/ kpi-planner build ([0-9a-f]{16})\n/;
const loaded = new Map();

function readCache(file, id) {
  let data;
  try {
    data = fs.readFileSync(`${file}.cache`);
  } catch {
    return undefined; // no cache: built without one, or by an older build
  }
  return data.subarray(0, 16).toString('latin1') === id ? data.subarray(16) : undefined;
}

/**
 * Runs one bundle as a CommonJS module and returns its exports. `require('./x.cjs')` inside a bundle
 * loads the sibling bundle the same way; every other require is Node's own, relative to the bundle.
 */
function loadBundle(file, { useCache = true } = {}) {
  file = path.resolve(file);
  const known = loaded.get(file);
  if (known) return known.module.exports;
  const source = fs.readFileSync(file, 'utf8');
  const id = STAMP.exec(source)?.[1];
  const cachedData = useCache && id ? readCache(file, id) : undefined;
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  const module = { exports: {}, id: file, filename: file, loaded: false };
  loaded.set(file, { module, script, id });
  const nodeRequire = createRequire(file);
  const sibling = (request) => /^\.\/[\w.-]+\.cjs$/.test(request);
  const bundleRequire = (request) =>
    sibling(request) ? loadBundle(path.join(path.dirname(file), request), { useCache }) : nodeRequire(request);
  bundleRequire.resolve = nodeRequire.resolve;
  script.runInThisContext()(module.exports, bundleRequire, module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
}

/** Saves the code compiled so far for every bundle loaded in this process (the build calls this after the demo). */
function writeCodeCaches() {
  const written = [];
  for (const [file, { script, id }] of loaded) {
    if (!id) throw new Error(`${file}: no build stamp on its first line, so its cache could not be checked`);
    fs.writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from(id, 'latin1'), script.createCachedData()]));
    written.push(`${file}.cache`);
  }
  return written;
}

module.exports = { loadBundle, writeCodeCaches, STAMP };
