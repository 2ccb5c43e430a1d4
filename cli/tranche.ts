// Headless commands on a Tranche database file: `npm run tranche -- verify FILE`.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyAuditFile } from '../core/services/audit-verify-parallel';
import { EXPORT_USAGE, exportCommand } from './export';

const USAGE = `usage: tranche verify FILE [--json] [--chain-only]
  verify   check the audit hash chain and that every audited row matches its last audit entry;
           exits 0 when intact, 1 when broken, 2 on a usage or file error
${EXPORT_USAGE}`;

async function verify(file: string, json: boolean, chainOnly: boolean): Promise<number> {
  if (!existsSync(file)) {
    console.error(`tranche verify: no such file: ${file}`);
    return 2;
  }
  // Read-only: a file under investigation is never migrated, filled or otherwise touched.
  const started = performance.now();
  const r = await verifyAuditFile(file, { state: !chainOnly });
  const ms = Math.round(performance.now() - started);
  if (json) console.log(JSON.stringify({ file, ms, ...r }));
  else if (r.ok) console.log(`OK: ${r.count} audit entries, head ${r.head}${r.checkedState ? ', every audited row matches its last entry' : ''} (${ms} ms)`);
  else {
    console.log(`BROKEN: ${file} (${r.count} audit entries)`);
    if (r.chainBreak) console.log(`  first break at entry ${r.chainBreak.seq}: ${r.chainBreak.kind}: ${r.chainBreak.detail}`);
    for (const m of r.stateMismatches ?? []) console.log(`  ${m.table} ${m.recordId}: ${m.kind.replace('_', ' ')}, not matching the audit log`);
  }
  return r.ok ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  // The export command has its own options (parsed strictly there).
  if (argv[0] === 'export') return exportCommand(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'chain-only': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, file, ...rest] = positionals;
  if (values.help || command === undefined) {
    console.log(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command !== 'verify' || !file || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  return verify(file, values.json ?? false, values['chain-only'] ?? false);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`tranche: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
