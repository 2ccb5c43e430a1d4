import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportIati } from '../export/iati';
import { exportToFile, type ExportRequest } from '../export/run-export';
import { AppError } from './errors';
import { NoInput } from './schemas/app';
import { job, type Ctx } from './define';
import { ExportGridInput, ExportReportInput } from './schemas/exports';

/** The folder export files go to when the host named none. */
export const defaultExportDir = () => join(tmpdir(), 'tranche-exports');

/**
 * Runs an export into a fresh file of the host's export folder. The answer names the file (a
 * random name the host checks before serving or moving it) and what a user would call it.
 */
async function exportJob(ctx: Ctx, req: ExportRequest, locale: Parameters<typeof exportToFile>[3]['locale'], name: string, control: Parameters<typeof exportToFile>[3]['control']) {
  const dir = ctx.exportDir ?? defaultExportDir();
  mkdirSync(dir, { recursive: true });
  const file = `${randomUUID()}.${req.format}`;
  const r = await exportToFile(ctx.db, req, join(dir, file), { locale, now: ctx.clock.now(), today: ctx.clock.today(), ...(control ? { control } : {}) });
  return { file, name: `${name}-${ctx.clock.today()}.${req.format}`, format: req.format, ...r };
}

export const exportsApi = {
  /** The funding report as a file (XLSX: cover and one sheet per section; CSV: its lines). */
  'exports.report': job('signed-in', ExportReportInput, { write: false, label: 'export' }, (ctx, i, control) =>
    exportJob(ctx, { kind: 'report', format: i.format, selection: i.selection, currency: i.currency ?? null, rateDate: i.rateDate ?? null }, i.locale, 'tranche-funding-report', control),
  ),
  /** A grid as the screen shows it (sort, filters, search) as a file. */
  'exports.grid': job('signed-in', ExportGridInput, { write: false, label: 'export' }, (ctx, i, control) =>
    exportJob(ctx, { kind: 'grid', format: i.format, grid: i.grid, view: i.view }, i.locale, `tranche-${i.grid}`, control),
  ),
  /** Every grant past draft as an IATI 2.03 activity file, validated against the schema before it is written. */
  'exports.iati': job('signed-in', NoInput, { write: false, label: 'exportIati' }, async (ctx, _i, control) => {
    const dir = ctx.exportDir ?? defaultExportDir();
    mkdirSync(dir, { recursive: true });
    const file = `${randomUUID()}.xml`;
    const r = await exportIati(ctx.db, join(dir, file), { now: ctx.clock.now(), control });
    // A file that fails the schema is not written; the first problems say why.
    if (!r.ok) throw new AppError('conflict', `The IATI file does not validate: ${r.errors[0] ?? ''}`, { errors: r.errors.length }, r.errors.slice(0, 20).map((m) => ({ path: 'iati', code: 'schema', message: m })));
    return { file, name: `tranche-iati-${ctx.clock.today()}.xml`, format: 'xml' as const, rows: r.activities, bytes: r.bytes };
  }),
};
