// `tranche export report|grid|iati FILE --out OUT [filters] [--format xlsx|csv|pdf]`: read-only.
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { openDatabase } from '../db/open';
import { ExportGridInput, ExportReportInput } from '../core/api/schemas/exports';
import { exportToFile, type ExportRequest } from '../core/export/run-export';

export const EXPORT_USAGE = `tranche export report FILE --out OUT [--format xlsx|csv|pdf] [--country AL ...] [--year 2025 ...]
                      [--funder ID ...] [--grantee ID ...] [--purpose shelter ...] [--currency EUR [--rate-date YYYY-MM-DD]]
       tranche export grid FILE --grid grants|disbursements|reconciliation|audit --out OUT [--format xlsx|csv]
                      [--search TEXT] [--sort COLUMN:asc|desc ...] [--equals COLUMN=VALUE ...]
       tranche export iati FILE --out OUT.xml
  common: [--locale en|sq|bs|hr|sr-Latn|sr-Cyrl|cnr|mk] [--today YYYY-MM-DD]
  The database file is opened read-only. Progress goes to stderr; exit 2 on bad arguments.`;

/** A usage error: the message names the argument; the command exits 2. */
export class UsageError extends Error {}

const OPTIONS = {
  out: { type: 'string' },
  format: { type: 'string' },
  locale: { type: 'string' },
  today: { type: 'string' },
  country: { type: 'string', multiple: true },
  year: { type: 'string', multiple: true },
  funder: { type: 'string', multiple: true },
  grantee: { type: 'string', multiple: true },
  purpose: { type: 'string', multiple: true },
  currency: { type: 'string' },
  'rate-date': { type: 'string' },
  grid: { type: 'string' },
  search: { type: 'string' },
  sort: { type: 'string', multiple: true },
  equals: { type: 'string', multiple: true },
} as const;

function ids(flag: string, values: string[] | undefined): number[] {
  return (values ?? []).map((v) => {
    if (!/^\d+$/.test(v)) throw new UsageError(`--${flag} ${v}: expected an organisation number`);
    return Number(v);
  });
}

function checked<S extends z.ZodType>(schema: S, input: unknown, flagOf: (path: string) => string): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new UsageError(`${flagOf(issue.path.map(String).join('.'))}: ${issue.message}`);
}

const REPORT_FLAGS: Record<string, string> = { countries: '--country', years: '--year', funderIds: '--funder', granteeIds: '--grantee', purposes: '--purpose', currency: '--currency', rateDate: '--rate-date', format: '--format', locale: '--locale' };
const flagOf = (path: string) => REPORT_FLAGS[path.replace(/^selection\./, '').split('.')[0]!] ?? (path.startsWith('filterModel') ? '--equals' : path.startsWith('sortModel') ? '--sort' : `--${path.split('.')[0]}`);

/** Parses the arguments after `export` into what to write, where; throws UsageError. */
export function parseExportArgs(argv: string[]): { kind: 'report' | 'grid' | 'iati'; file: string; out: string; request?: ExportRequest; locale: string; today?: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values: v, positionals } = parsed;
  const [kind, file, ...rest] = positionals;
  if (kind !== 'report' && kind !== 'grid' && kind !== 'iati') throw new UsageError(`expected report, grid or iati, not ${kind ?? 'nothing'}`);
  if (!file) throw new UsageError('FILE: the database file is missing');
  if (rest.length) throw new UsageError(`unexpected argument ${rest[0]}`);
  if (!v.out) throw new UsageError('--out: where to write the export is missing');
  if (v.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.today)) throw new UsageError(`--today ${v.today}: expected YYYY-MM-DD`);
  const locale = v.locale ?? 'en';
  const base = { file, out: v.out, locale, ...(v.today ? { today: v.today } : {}) };
  if (kind === 'iati') {
    if (v.format && v.format !== 'xml') throw new UsageError('--format: an IATI export is XML');
    return { kind, ...base };
  }
  const format = v.format ?? extname(v.out).slice(1).toLowerCase();
  if (kind === 'report') {
    const i = checked(
      ExportReportInput,
      {
        format,
        locale,
        selection: { countries: v.country ?? [], years: v.year ?? [], funderIds: ids('funder', v.funder), granteeIds: ids('grantee', v.grantee), purposes: v.purpose ?? [] },
        ...(v.currency ? { currency: v.currency } : {}),
        ...(v['rate-date'] ? { rateDate: v['rate-date'] } : {}),
      },
      flagOf,
    );
    if (i.rateDate && !i.currency) throw new UsageError('--rate-date: only with --currency');
    return { kind, ...base, request: { kind: 'report', format: i.format, selection: i.selection, currency: i.currency ?? null, rateDate: i.rateDate ?? null } };
  }
  const sortModel = (v.sort ?? []).map((s) => {
    const m = /^(\w+):(asc|desc)$/.exec(s);
    if (!m) throw new UsageError(`--sort ${s}: expected COLUMN:asc or COLUMN:desc`);
    return { colId: m[1]!, sort: m[2] as 'asc' | 'desc' };
  });
  const filterModel = Object.fromEntries(
    (v.equals ?? []).map((s) => {
      const m = /^(\w+)=(.*)$/.exec(s);
      if (!m) throw new UsageError(`--equals ${s}: expected COLUMN=VALUE`);
      return [m[1]!, { filterType: 'text', type: 'equals', filter: m[2]! }];
    }),
  );
  if (!v.grid) throw new UsageError('--grid: which grid to export is missing');
  const i = checked(ExportGridInput, { format, locale, grid: v.grid, sortModel, filterModel, search: v.search ?? '' }, flagOf);
  return { kind, ...base, request: { kind: 'grid', format: i.format, grid: i.grid, view: i.view } };
}

/** Runs `tranche export ...`; returns the exit code. */
export async function exportCommand(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseExportArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`tranche export: ${e.message}\nusage: ${EXPORT_USAGE}`);
    return 2;
  }
  if (!existsSync(args.file)) {
    console.error(`tranche export: no such file: ${args.file}`);
    return 2;
  }
  // Read-only: an export never migrates, fills or otherwise changes the file it reads.
  const opened = openDatabase(args.file, { readonly: true });
  try {
    const now = new Date();
    const today = args.today ?? now.toISOString().slice(0, 10);
    const locale = args.locale as Parameters<typeof exportToFile>[3]['locale'];
    let last = 0;
    const control = {
      progress: (done: number, total: number) => {
        const t = performance.now();
        if (t - last > 250 || done === total) {
          last = t;
          process.stderr.write(`export: ${done} of ${total} rows\n`);
        }
      },
      cancelled: () => false,
    };
    if (args.kind === 'iati') {
      const { exportIati } = await import('../core/export/iati');
      const r = await exportIati(opened.db, args.out, { now, today, control });
      if (!r.ok) {
        console.error(`tranche export: the IATI file does not validate against the schema; nothing was written\n${r.errors.slice(0, 10).join('\n')}`);
        return 1;
      }
      console.log(`${args.out}: ${r.activities} activities, ${r.bytes} bytes, valid IATI 2.03`);
      return 0;
    }
    const r = await exportToFile(opened.db, args.request!, args.out, { locale, now, today, control });
    console.log(`${args.out}: ${r.rows} rows, ${r.bytes} bytes`);
    return 0;
  } finally {
    opened.close();
  }
}
