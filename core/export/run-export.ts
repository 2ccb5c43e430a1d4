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
import { writeXlsx } from './xlsx';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportRequest =
  | { kind: 'report'; format: ExportFormat; selection: FundingSelection; currency?: string | null; rateDate?: string | null }
  | { kind: 'grid'; format: ExportFormat; grid: ExportGrid; view: GridView };

export type ExportEnv = { locale: UiLocale; now: Date; today: string; control?: JobControl };

export type ExportResult = { rows: number; bytes: number };

/** Runs `req` into `path` (its format decides the writer). */
export async function exportToFile(db: Db, req: ExportRequest, path: string, env: ExportEnv): Promise<ExportResult> {
  const l = labelsFor(env.locale);
  const provenance = provenanceOf(db, env.now.toISOString());
  const doc =
    req.kind === 'report'
      ? reportDoc(db, fundingReport(db, req.selection, { currency: req.currency ?? null, rateDate: req.rateDate ?? null, today: env.today }), l, provenance)
      : gridDoc(db, req.grid, req.view, l, provenance, env.today);
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
        : await writeXlsx(part, doc, onRows);
    env.control?.progress(total, total, 'rows');
    renameSync(part, path);
    return { rows, bytes: statSync(path).size };
  } catch (e) {
    rmSync(part, { force: true });
    throw e;
  }
}

