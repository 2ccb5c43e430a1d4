// Bundles the web host into dist/webhost/ with esbuild, the way the Electron main is bundled, so
// that it starts without compiling TypeScript (tsx) first: the benchmark's cold start measures this.
//
//   dist/webhost/cli.mjs                  webhost/cli.ts + core + db + drizzle + zod (better-sqlite3 external)
//   dist/webhost/core-thread.js           the core's own thread (core/host), found next to the bundle
//   dist/webhost/job-thread.js            a job's thread, started by the core's thread
//   dist/webhost/audit-verify-worker.js   the audit verification worker, started by a verify job
//   dist/webhost/migrations/              db/migrations, where db/open.ts looks for them beside its code
//
// Usage: node scripts/build-webhost.mjs   (also importable: `await buildWebHost()`)
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Worker threads, each bundled beside the host's bundle, where the code starting it looks (core/host/worker-entry.ts). */
export const WORKERS = [
  ['core/host/core-thread.ts', 'core-thread'],
  ['core/host/job-thread.ts', 'job-thread'],
  ['core/services/audit-verify-worker.ts', 'audit-verify-worker'],
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'webhost');

export async function buildWebHost({ quiet = false } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
    absWorkingDir: root,
    external: ['better-sqlite3'],
    // Some dependencies call require(); an ES module bundle has none of its own.
    banner: { js: "import { createRequire as __trancheCreateRequire } from 'node:module'; const require = __trancheCreateRequire(import.meta.url);" },
  };
  await Promise.all([
    build({ ...common, entryPoints: ['webhost/cli.ts'], outfile: join(outDir, 'cli.mjs') }),
    ...WORKERS.map(([entry, name]) => build({ ...common, entryPoints: [entry], outfile: join(outDir, `${name}.js`) })),
  ]);
  cpSync(join(root, 'db', 'migrations'), join(outDir, 'migrations'), { recursive: true });
  return { cli: join(outDir, 'cli.mjs') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = await buildWebHost();
  console.log(`built ${out.cli}`);
}
