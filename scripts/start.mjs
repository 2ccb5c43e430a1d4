// `npm start`: build, then run Tranche in Electron — or, where Electron cannot run, in a browser.
//
//   1. build the renderer (vite build -> dist/renderer) and the Electron bundles (dist/electron);
//   2. check that Electron's binary is there (require('electron') in a child process with a time
//      limit: on first use it downloads the binary from GitHub, which may fail or hang);
//   3. make sure better-sqlite3 is built for Electron in .cache/ (scripts/electron-native.mjs);
//   4. run Electron on this folder (package.json "main" is dist/electron/main.cjs) and exit with its code.
//
// If 2 or 3 fails, print one line saying why and serve the same app with the web host instead
// (webhost/server.ts, loaded through tsx's tsImport, so plain `node scripts/start.mjs` works), until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { ElectronNativeError, ensureElectronNative } from './electron-native.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_PROBE_TIMEOUT_MS = 60_000;

function fatal(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

/** Runs a build step quietly; its output is shown only if it fails. */
function build() {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) fatal('vite is not installed; run npm ci');
  const r = spawnSync(process.execPath, [vite, 'build'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    fatal(`the renderer build (vite build) failed${r.error ? `: ${r.error.message}` : ''}`);
  }
  return buildElectron({ quiet: true }).catch(() => fatal('the Electron build (scripts/build-electron.mjs) failed'));
}

const PROBE_MARK = '\n@@tranche-electron-probe@@';
const PROBE = `
let out;
try {
  const p = require('electron');
  if (typeof p !== 'string') throw new Error('require("electron") did not return a path');
  if (!require('fs').existsSync(p)) throw new Error('its binary is missing at ' + p);
  out = { path: p };
} catch (e) {
  out = { error: String((e && e.message) || e) };
}
process.stdout.write(${JSON.stringify(PROBE_MARK)} + JSON.stringify(out) + '\\n');
`;

/** Short reason from the probe's output (the download attempt's errors are captured, not shown). */
function electronFailure(message, output) {
  if (/failed to install correctly/i.test(message)) {
    const net = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/.exec(output)?.[1];
    const cause = net ?? (/fetch failed/i.test(output) ? 'fetch failed' : /HTTPError|status code/i.test(output) ? 'HTTP error' : null);
    return `its binary is not installed and could not be downloaded${cause ? `: ${cause}` : ''}`;
  }
  return message.split('\n')[0].slice(0, 160);
}

/** Step 2: { path } of the Electron executable, or { reason } why it cannot run here. */
function findElectron() {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const r = spawnSync(process.execPath, ['-e', PROBE], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: ELECTRON_PROBE_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
    windowsHide: true,
  });
  const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  if (r.error?.code === 'ETIMEDOUT' || r.signal) {
    return { reason: `downloading its binary did not finish within ${ELECTRON_PROBE_TIMEOUT_MS / 1000} s` };
  }
  const at = (r.stdout ?? '').lastIndexOf(PROBE_MARK);
  let probe = null;
  try {
    probe = at >= 0 ? JSON.parse(r.stdout.slice(at + PROBE_MARK.length).trim()) : null;
  } catch {
    probe = null;
  }
  if (!probe) return { reason: `require('electron') failed (${(r.stderr || r.error?.message || 'no output').trim().split('\n')[0].slice(0, 120)})` };
  if (probe.error) return { reason: electronFailure(probe.error, output) };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display: neither DISPLAY nor WAYLAND_DISPLAY is set' };
  }
  return { path: probe.path };
}

/** Step 3: the Electron build of better-sqlite3, or { reason }. Announces a real build only if it takes a while. */
async function ensureNative() {
  let timer = null;
  try {
    await ensureElectronNative({
      onBuildStart: (p) => {
        timer = setTimeout(
          () => console.log(`Building better-sqlite3 for Electron ${p.electronVersion} (first start only, a minute or two)…`),
          5000,
        );
      },
    });
    return {};
  } catch (e) {
    const why = e instanceof ElectronNativeError ? e.message : String(e?.message ?? e).split('\n')[0];
    return { reason: `better-sqlite3 could not be built for it: ${why}` };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

function runElectron(electronPath) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
  const child = spawn(electronPath, ['.'], { cwd: root, env, stdio: 'inherit' });
  // Ctrl-C reaches Electron too (same terminal); wait for it to quit rather than dying first.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (e) => fatal(`could not start Electron: ${e.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveInBrowser(reason) {
  // A packaging step may have left an Electron build of better-sqlite3 in node_modules; the web host needs Node's.
  const ensureNode = join(root, 'scripts', 'ensure-node-native.mjs');
  if (existsSync(ensureNode)) {
    const r = spawnSync(process.execPath, [ensureNode], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) fatal('better-sqlite3 cannot be loaded by Node (scripts/ensure-node-native.mjs failed)');
  }
  const { tsImport } = await import('tsx/esm/api');
  const { defaultDbPath } = await tsImport('../webhost/paths.ts', import.meta.url);
  const { startWebHost } = await tsImport('../webhost/server.ts', import.meta.url);
  let host;
  try {
    host = await startWebHost({ dbPath: defaultDbPath(), rendererDir: join(root, 'dist', 'renderer'), whenNew: 'demo' });
  } catch (e) {
    fatal(`Electron is not available on this machine (${reason}), and the web host could not start either: ${e?.message ?? e}`);
  }
  console.log(`Electron is not available on this machine (${reason}); serving Tranche at ${host.url} instead — open it in a browser.`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await build();
const electron = findElectron();
if (electron.path) {
  const native = await ensureNative();
  if (native.reason) await serveInBrowser(native.reason);
  else runElectron(electron.path);
} else {
  await serveInBrowser(electron.reason);
}
