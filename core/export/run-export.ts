/**
 * Writes one export to a file the host chose. The file appears only when complete: it is written
 * beside its final name and renamed at the end, and removed when the export fails or is cancelled.
 */
import { renameSync, rmSync, statSync } from 'node:fs';
import type { Db } from '../../db/open';
import type { UiLocale } from '../domain/locales';
import type { JobControl } from '../api/jobs';
import { writeCsv } from './csv';
import { gridDoc, reportDoc } from './documents';
import { fundingReport, type FundingSelection } from './funding-report';
import type { ExportGrid, GridView } from './grids';
import { labelsFor } from './labels';
import { provenanceOf } from './provenance';
import { AppError } from '../api/errors';
import { writePdf } from './pdf';
import { writeXlsx } from './xlsx';
import { minorUnitsOf } from '../domain/currencies';
import type { FundingReport } from './funding-report';

/** The chart's series: committed and disbursed per year in the report's main currency (pass-through left out). */
function chartOf(report: FundingReport): { currency: string; points: { year: string; committed: number; disbursed: number }[] } | null {
  // Amounts in different currencies are not comparable: the reporting currency, else EUR, else the first.
  const main = report.reportingCurrency ?? (report.totals.some((t) => t.currency === 'EUR') ? 'EUR' : report.totals[0]?.currency);
  if (!main) return null;
  const scale = 10 ** minorUnitsOf(main);
  const years = new Map<string, { year: string; committed: number; disbursed: number }>();
  for (const l of report.lines) {
    if (l.passThrough || l.currency !== main) continue;
    const y = years.get(l.year) ?? { year: l.year, committed: 0, disbursed: 0 };
    // Display only: the chart's bars are in major units; the tables keep exact minor units.
    y.committed += l.committedMinor / scale;
    y.disbursed += l.disbursedMinor / scale;
    years.set(l.year, y);
  }
  return { currency: main, points: [...years.values()].sort((a, b) => a.year.localeCompare(b.year)) };
}

export const EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** A grid may hold 100,000 rows: spreadsheet and CSV only; the PDF is the printable report. */
export type GridFormat = Exclude<ExportFormat, 'pdf'>;

export type ExportRequest =
  | { kind: 'report'; format: ExportFormat; selection: FundingSelection; currency?: string | null; rateDate?: string | null }
  | { kind: 'grid'; format: GridFormat; grid: ExportGrid; view: GridView };

export type ExportEnv = { locale: UiLocale; now: Date; today: string; control?: JobControl };

export type ExportResult = { rows: number; bytes: number };

/** Runs `req` into `path` (its format decides the writer). */
export async function exportToFile(db: Db, req: ExportRequest, path: string, env: ExportEnv): Promise<ExportResult> {
  if (req.kind === 'grid' && !(['xlsx', 'csv'] as string[]).includes(req.format)) {
    throw new AppError('invalid_input', `A grid exports to XLSX or CSV, not ${req.format}`, { format: req.format }, [{ path: 'format', code: 'invalid_value', message: 'xlsx or csv' }]);
  }
  const l = labelsFor(env.locale);
  const provenance = provenanceOf(db, env.now.toISOString());
  const report = req.kind === 'report' ? fundingReport(db, req.selection, { currency: req.currency ?? null, rateDate: req.rateDate ?? null, today: env.today }) : null;
  const doc = report ? reportDoc(db, report, l, provenance) : gridDoc(db, (req as { grid: ExportGrid }).grid, (req as { view: GridView }).view, l, provenance, env.today);
  const total = doc.sections.reduce((n, s) => n + (s.total ?? 0), 0);
  const before = doc.sections.map((_, i) => doc.sections.slice(0, i).reduce((n, s) => n + (s.total ?? 0), 0));
  env.control?.progress(0, total, 'rows');
  const onRows = (section: number, n: number) => env.control?.progress(before[section]! + n, total, 'rows');
  const part = `${path}.part`;
  try {
    // A CSV holds one table: the grid, or the report's lines (totals follow from them).
    const rows =
      req.format === 'csv'
        ? await writeCsv(part, doc.sections[0]!, provenance, (n) => onRows(0, n))
        : req.format === 'pdf'
          ? await writePdf(part, doc, l, env.locale, report ? chartOf(report) : null)
          : await writeXlsx(part, doc, onRows);
    env.control?.progress(total, total, 'rows');
    renameSync(part, path);
    return { rows, bytes: statSync(path).size };
  } catch (e) {
    rmSync(part, { force: true });
    throw e;
  }
}

