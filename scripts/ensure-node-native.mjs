// Tests and the web host run on Node's build of better-sqlite3. Electron gets its own copy under
// .cache/ (scripts/electron-native.mjs), but a packaging step may still have rebuilt the shared one
// for Electron; if Node cannot load it, rebuild it for Node here, once, before anything else runs.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  const Database = require('better-sqlite3');
  new Database(':memory:').close();
} catch (e) {
  const msg = e instanceof Error ? e.message : String(e);
  if (!/NODE_MODULE_VERSION|was compiled against a different|invalid ELF|Module did not self-register/.test(msg)) throw e;
  console.log('better-sqlite3 was built for another runtime; rebuilding it for Node ' + process.version);
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
}
