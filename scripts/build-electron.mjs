// Bundles the Electron main process and the preload into dist/electron/ with esbuild.
//
//   dist/electron/main.cjs     electron/main/index.ts + core + db + drizzle + zod, one CommonJS file;
//                              only 'electron' and 'better-sqlite3' (native) stay external.
//   dist/electron/*.js         the core's thread, job threads and the audit verification worker, as
//                              ES modules beside main.cjs (the core never runs on the main thread).
//   dist/electron/preload.cjs  electron/preload/index.ts, one CommonJS file requiring only 'electron'
//                              (a sandboxed preload cannot require anything else).
//
// Usage: node scripts/build-electron.mjs   (also importable: `await buildElectron()`)
import { build } from 'esbuild';
import { WORKERS } from './build-webhost.mjs';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'electron');

/** Fails the build if a preload bundle requires anything but 'electron'. */
function checkPreload(file) {
  const text = readFileSync(file, 'utf8');
  const required = [...text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
  const others = required.filter((r) => r !== 'electron');
  if (others.length > 0) throw new Error(`preload.cjs requires ${others.join(', ')}; a sandboxed preload may only require 'electron'`);
}

export async function buildElectron({ quiet = false } = {}) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
    absWorkingDir: root,
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: join(outDir, 'main.cjs'),
      external: ['electron', 'better-sqlite3'],
      // db/open.ts reads import.meta.url only for its default migrations folder, which the main
      // process never uses (it always passes migrationsFolder). Defining it keeps the CommonJS
      // bundle free of esbuild's "import.meta is empty" warning and of a crash if it were ever read.
      define: { 'import.meta.url': '__trancheImportMetaUrl' },
      banner: { js: '"use strict";\n' + "const __trancheImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
    ...WORKERS.map(([entry, name]) =>
      build({
        ...common,
        format: 'esm',
        entryPoints: [entry],
        outfile: join(outDir, `${name}.js`),
        external: ['better-sqlite3'],
        // Some dependencies call require(); an ES module bundle has none of its own.
        banner: { js: "import { createRequire as __trancheCreateRequire } from 'node:module'; const require = __trancheCreateRequire(import.meta.url);" },
      }),
    ),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: join(outDir, 'preload.cjs'),
      external: ['electron'],
    }),
  ]);
  checkPreload(join(outDir, 'preload.cjs'));
  return { main: join(outDir, 'main.cjs'), preload: join(outDir, 'preload.cjs') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const out = await buildElectron();
    console.log(`Built ${out.main.slice(root.length + 1)} and ${out.preload.slice(root.length + 1)}`);
  } catch (e) {
    // esbuild has already printed its diagnostics above.
    const errors = Array.isArray(e?.errors) ? e.errors.length : 0;
    console.error(`build-electron: failed${errors ? ` with ${errors} error${errors === 1 ? '' : 's'}` : `: ${e?.message ?? e}`}`);
    process.exit(1);
  }
}
