// Builds better-sqlite3's native module for Electron without touching node_modules.
//
// node_modules/better-sqlite3 stays Node's build (tests and the web host use it). This copies the
// module's sources to .cache/electron-native/build-<electron>/, runs node-gyp there against
// Electron's headers, and keeps only the result:
//
//   .cache/electron-native/<electron version>/better_sqlite3.node   (+ build-info.json)
//
// electron/main/index.ts passes that file to better-sqlite3 as `nativeBinding` in development.
// Skips the build when the file is there and was built from the installed better-sqlite3 version.
//
// Usage: node scripts/electron-native.mjs   (also importable: `await ensureElectronNative()`)
// On failure: exits 1 after one line, "electron-native: <reason>"; the full node-gyp output is in
// .cache/electron-native/build-<electron>.log.
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HEADERS_URL = 'https://electronjs.org/headers';
const BUILD_TIMEOUT_MS = 20 * 60 * 1000;
const SOURCES = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];

function readVersion(pkgDir) {
  return JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
}

/** Where the Electron build of better-sqlite3 lives (or will live) for the installed Electron. */
export function electronNativePaths() {
  const electronVersion = readVersion(join(root, 'node_modules', 'electron'));
  const cacheDir = join(root, '.cache', 'electron-native');
  const outDir = join(cacheDir, electronVersion);
  return {
    electronVersion,
    betterSqlite3Version: readVersion(join(root, 'node_modules', 'better-sqlite3')),
    cacheDir,
    outDir,
    file: join(outDir, 'better_sqlite3.node'),
    stamp: join(outDir, 'build-info.json'),
    buildDir: join(cacheDir, `build-${electronVersion}`),
    log: join(cacheDir, `build-${electronVersion}.log`),
  };
}

/** True when the Electron build is there and matches the installed better-sqlite3. */
export function isElectronNativeReady(p = electronNativePaths()) {
  if (!existsSync(p.file) || !existsSync(p.stamp)) return false;
  try {
    const info = JSON.parse(readFileSync(p.stamp, 'utf8'));
    return info.betterSqlite3 === p.betterSqlite3Version && info.electron === p.electronVersion;
  } catch {
    return false;
  }
}

/** node-gyp from node_modules, run with this Node (no shell, works on Windows); else npx. */
function nodeGypCommand() {
  const local = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (existsSync(local)) return { cmd: process.execPath, args: [local], shell: false };
  return { cmd: process.platform === 'win32' ? 'npx.cmd' : 'npx', args: ['--yes', 'node-gyp'], shell: process.platform === 'win32' };
}

/**
 * npm passes its config to scripts as npm_config_* variables, and node-gyp reads them: a machine
 * with `nodedir=/usr` in .npmrc would otherwise build against Node's headers instead of Electron's.
 */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|target_arch|runtime|disturl|dist_url|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

const NETWORK_CODE = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|CERT_[A-Z_]+|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_[A-Z_]+)\b/;
const NETWORK_TEXT = /network connectivity|fetch failed|getaddrinfo|socket hang up|tarball download/i;

/** One short reason from node-gyp's output. */
function reasonFrom(output, p) {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const code = lines.map((l) => NETWORK_CODE.exec(l)?.[1]).find(Boolean);
  if (code || lines.some((l) => NETWORK_TEXT.test(l))) {
    return `Electron ${p.electronVersion} headers could not be downloaded from ${HEADERS_URL} (${code ?? 'network error'})`;
  }
  const err =
    lines.find((l) => /^gyp ERR! stack \w*Error/.test(l)) ??
    lines.find((l) => /error:|Error:/.test(l) && !/^gyp ERR! (cwd|node -v|node-gyp -v|command)/.test(l)) ??
    lines.filter((l) => l.startsWith('gyp ERR!')).at(0);
  return `node-gyp could not build better-sqlite3 for Electron ${p.electronVersion}${err ? ` (${err.replace(/^gyp ERR! (stack )?/, '').slice(0, 160)})` : ''}`;
}

function run(cmd, args, options, timeoutMs) {
  return new Promise((done) => {
    const chunks = [];
    let child;
    try {
      child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    } catch (e) {
      done({ code: null, output: String(e?.message ?? e), timedOut: false });
      return;
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill();
    }, timeoutMs);
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('error', (e) => chunks.push(Buffer.from(`\n${e.message}\n`)));
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output: Buffer.concat(chunks).toString('utf8'), timedOut });
    });
  });
}

export class ElectronNativeError extends Error {}

/**
 * Ensures .cache/electron-native/<electron>/better_sqlite3.node exists; returns its path.
 * Throws ElectronNativeError with a one-line message when it cannot be built.
 */
export async function ensureElectronNative({ onBuildStart } = {}) {
  const p = electronNativePaths();
  if (isElectronNativeReady(p)) return p.file;
  onBuildStart?.(p);

  mkdirSync(p.cacheDir, { recursive: true });
  rmSync(p.buildDir, { recursive: true, force: true });
  const source = join(root, 'node_modules', 'better-sqlite3');
  for (const entry of SOURCES) {
    if (!existsSync(join(source, entry))) throw new ElectronNativeError(`node_modules/better-sqlite3/${entry} is missing; run npm ci`);
    cpSync(join(source, entry), join(p.buildDir, entry), { recursive: true });
  }

  const gyp = nodeGypCommand();
  const args = [
    ...gyp.args,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${p.electronVersion}`,
    `--dist-url=${HEADERS_URL}`,
    '--jobs=max',
  ];
  const r = await run(gyp.cmd, args, { cwd: p.buildDir, env: cleanEnv(), shell: gyp.shell }, BUILD_TIMEOUT_MS);
  writeFileSync(p.log, `$ ${[gyp.cmd, ...args].join(' ')}\n(cwd ${p.buildDir})\n\n${r.output}`);
  const built = join(p.buildDir, 'build', 'Release', 'better_sqlite3.node');
  if (r.code !== 0 || !existsSync(built)) rmSync(p.buildDir, { recursive: true, force: true });
  if (r.timedOut) throw new ElectronNativeError(`node-gyp did not finish within ${BUILD_TIMEOUT_MS / 60000} minutes`);
  if (r.code !== 0 || !existsSync(built)) throw new ElectronNativeError(reasonFrom(r.output, p));

  mkdirSync(p.outDir, { recursive: true });
  const tmp = `${p.file}.${process.pid}.tmp`;
  copyFileSync(built, tmp);
  renameSync(tmp, p.file);
  writeFileSync(
    p.stamp,
    `${JSON.stringify({ electron: p.electronVersion, betterSqlite3: p.betterSqlite3Version, platform: process.platform, arch: process.arch, builtAt: new Date().toISOString() }, null, 2)}\n`,
  );
  rmSync(p.buildDir, { recursive: true, force: true });
  return p.file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const file = await ensureElectronNative({
      onBuildStart: (p) =>
        console.log(`Building better-sqlite3 ${p.betterSqlite3Version} for Electron ${p.electronVersion} (log: ${relative(root, p.log)})…`),
    });
    console.log(`Electron's better-sqlite3: ${relative(root, file)}`);
  } catch (e) {
    const p = electronNativePaths();
    const log = existsSync(p.log) ? `; log: ${relative(root, p.log)}` : '';
    console.error(`electron-native: ${e instanceof ElectronNativeError ? e.message : String(e?.message ?? e).split('\n')[0]}${log}`);
    process.exit(1);
  }
}
