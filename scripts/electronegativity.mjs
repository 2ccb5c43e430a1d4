// Scans the Electron code and the page it loads with Electronegativity and fails on any finding
// above "note" (informational) that docs/SECURITY.md does not justify. Electronegativity exits 0
// whatever it finds, so this reads its SARIF output instead. Run by .ci/run (offline: the check
// that looks up Electron's security releases on the network is skipped).
//
// Usage: node scripts/electronegativity.mjs [--sarif OUT] [--app DIR]
//   --app DIR  scan DIR instead of electron/ and renderer/index.html (the test proves a finding fails)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const outArg = process.argv.indexOf('--sarif');
const appArg = process.argv.indexOf('--app');
const work = mkdtempSync(join(tmpdir(), 'tranche-electronegativity-'));
const sarif = outArg > 0 ? process.argv[outArg + 1] : join(work, 'result.sarif');

try {
  // What ships in the window: the main process and preload sources, and the page with its CSP.
  if (appArg > 0) cpSync(process.argv[appArg + 1], join(work, 'app'), { recursive: true });
  else {
    cpSync(join(root, 'electron'), join(work, 'app', 'electron'), { recursive: true });
    cpSync(join(root, 'renderer', 'index.html'), join(work, 'app', 'index.html'));
  }
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'), '-i', join(work, 'app'), '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', sarif, '-r', '-v', 'false'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`electronegativity exited ${run.status}: ${run.stderr}`);
  const results = JSON.parse(readFileSync(sarif, 'utf8')).runs.flatMap((r) => r.results ?? []);
  // Findings justified in docs/SECURITY.md, listed there as `RULE_ID path` in its findings table.
  const justified = new Set([...readFileSync(join(root, 'docs', 'SECURITY.md'), 'utf8').matchAll(/^\| `([A-Z_]+)` \| `([^`]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`));
  const findings = results.map((r) => ({
    rule: r.ruleId,
    level: r.level ?? 'warning',
    file: r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?',
    line: r.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
  }));
  const open = findings.filter((f) => f.level !== 'note' && f.level !== 'none' && !justified.has(`${f.rule} ${f.file}`));
  for (const f of findings) console.log(`electronegativity: ${f.level} ${f.rule} ${f.file}:${f.line}${open.includes(f) ? '  <- not justified' : ''}`);
  console.log(`electronegativity: ${findings.length} findings, ${open.length} above informational and not justified in docs/SECURITY.md`);
  if (open.length > 0) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
