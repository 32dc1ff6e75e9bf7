// Build web/src into orbis_export/static/orbis_export/: one small ESM entry (orbis.js, loaded on every page) plus
// code-split chunks that load on first use (the test-key wallet, Privy with its own React).
// Deterministic: the same sources and lockfile give byte-identical output (`node build.mjs --check` verifies the
// committed files against a fresh build).
import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const OUT_DIR = join(here, '..', 'orbis_export', 'static', 'orbis_export');
const META = 'build-meta.json';

async function build(outdir) {
  const result = await esbuild.build({
    entryPoints: { orbis: join(here, 'src', 'main.js') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    chunkNames: 'chunks/[name]-[hash]',
    entryNames: '[name]',
    metafile: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    jsx: 'automatic',
  });
  // a small, stable summary of the metafile: which file imports which (for the page-load size test)
  const outputs = {};
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    const rel = relative(outdir, resolve(file)).split('\\').join('/');
    const name = (p) => relative(outdir, resolve(p)).split('\\').join('/');
    outputs[rel] = {
      bytes: info.bytes,
      static: info.imports.filter((i) => !i.external && i.kind === 'import-statement').map((i) => name(i.path)).sort(),
      dynamic: info.imports.filter((i) => !i.external && i.kind === 'dynamic-import').map((i) => name(i.path)).sort(),
    };
  }
  const sorted = Object.fromEntries(Object.keys(outputs).sort().map((k) => [k, outputs[k]]));
  const lines = Object.entries(sorted).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  writeFileSync(join(outdir, META), `{"entry": "orbis.js", "outputs": {\n${lines.join(',\n')}\n}}\n`);
}

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), prefix + e.name + '/') : [prefix + e.name]);
}

const check = process.argv.includes('--check');
const tmp = mkdtempSync(join(tmpdir(), 'orbis-web-'));
try {
  await build(tmp);
  const fresh = listFiles(tmp).sort();
  if (check) {
    const committed = listFiles(OUT_DIR).sort();
    const differ = fresh.filter((f) => !existsSync(join(OUT_DIR, f)) ||
      !readFileSync(join(OUT_DIR, f)).equals(readFileSync(join(tmp, f))));
    const extra = committed.filter((f) => !fresh.includes(f));
    if (differ.length || extra.length) {
      console.error(`built files are out of date (run: make web): changed ${differ.join(', ') || '-'}; ` +
        `stale ${extra.join(', ') || '-'}`);
      process.exit(1);
    }
    console.log(`built files up to date (${fresh.length} files)`);
  } else {
    rmSync(OUT_DIR, { recursive: true, force: true });
    for (const f of fresh) {
      mkdirSync(dirname(join(OUT_DIR, f)), { recursive: true });
      copyFileSync(join(tmp, f), join(OUT_DIR, f));
    }
    console.log(`built ${fresh.length} files into ${OUT_DIR}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
