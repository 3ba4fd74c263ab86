// After `vite build`: the gzipped JavaScript each first page needs (entry + the page's chunk and
// everything they import statically, from the Vite manifest), and a budget for the initial load.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '..', 'dist');
const BUDGET_KB = Number(process.env.ATTUNE_WEB_BUDGET_KB ?? 200);
const PAGES = [
  ['login page', 'src/pages/LoginPage.tsx'],
  ['first app page (Home)', 'src/pages/HomePage.tsx'],
];

const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite', 'manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('No entry in the Vite manifest (is build.manifest on?)');

/** Manifest keys of a chunk and all chunks it imports statically. */
function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`"${key}" is not in the Vite manifest`);
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return seen;
}

const gz = new Map();
function gzipKb(file) {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(resolve(DIST, file)), { level: 9 }).length / 1024);
  return gz.get(file);
}

let over = false;
const kb = (n) => `${n.toFixed(1).padStart(6)} KB`;
console.log(`\nInitial JavaScript per first page (gzip -9), budget ${BUDGET_KB} KB:`);
for (const [label, pageKey] of PAGES) {
  const keys = closure([entryKey, pageKey]);
  const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const css = [...new Set([...keys].flatMap((k) => manifest[k].css ?? []))];
  const js = files.reduce((sum, f) => sum + gzipKb(f), 0);
  const cssKb = css.reduce((sum, f) => sum + gzipKb(f), 0);
  const ok = js <= BUDGET_KB;
  over ||= !ok;
  console.log(`  ${ok ? '✓' : '✗'} ${label.padEnd(24)} ${kb(js)} JS in ${files.length} files  (+${kb(cssKb).trim()} CSS)`);
  for (const f of files.sort((a, b) => gzipKb(b) - gzipKb(a))) console.log(`      ${kb(gzipKb(f))}  ${f}`);
}
if (over) {
  console.error(`\nThe initial load is over the ${BUDGET_KB} KB budget: split a route or drop a dependency.`);
  process.exit(1);
}
