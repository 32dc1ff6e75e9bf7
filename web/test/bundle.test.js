// @vitest-environment node
// Page-load weight, measured on the built files: orbis.js plus every chunk it imports statically (what a browser
// fetches before any click) must stay ≤ 150 KB gzip; Privy and the test key must only be reachable by import().
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'orbis_export', 'static', 'orbis_export');
const meta = JSON.parse(readFileSync(join(OUT, 'build-meta.json'), 'utf8'));

function closure(start, kinds) {
  const seen = new Set();
  const stack = [start];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const info = meta.outputs[file];
    for (const kind of kinds) stack.push(...info[kind]);
  }
  return seen;
}

const gz = (file) => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;

export function pageLoad() {
  const files = [...closure(meta.entry, ['static'])];
  return { files, gzip: files.reduce((n, f) => n + gz(f), 0), raw: files.reduce((n, f) => n + meta.outputs[f].bytes, 0) };
}

describe('built bundle', () => {
  it('adds at most 150 KB gzip at page load', () => {
    const { files, gzip, raw } = pageLoad();
    console.log(`page load: ${files.length} files, ${raw} bytes, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(150 * 1024);
  });

  it('keeps Privy, React and the test-key wallet out of the page-load files', () => {
    const { files } = pageLoad();
    const text = files.map((f) => readFileSync(join(OUT, f), 'utf8')).join('\n');
    expect(text).not.toMatch(/auth\.privy\.io/);
    expect(text).not.toMatch(/react\.dev|__SECRET_INTERNALS|ReactCurrentOwner/);
    expect(text).not.toMatch(/secp256k1/i);
    const lazy = closure(meta.entry, ['static', 'dynamic']);
    const privyFiles = [...lazy].filter((f) => readFileSync(join(OUT, f), 'utf8').includes('auth.privy.io'));
    expect(privyFiles.length).toBeGreaterThan(0); // Privy is there, behind import()
  });

  it('every file the entry can load exists and is an ES module chunk', () => {
    for (const file of closure(meta.entry, ['static', 'dynamic'])) {
      expect(readFileSync(join(OUT, file)).length).toBeGreaterThan(0);
    }
  });
});
