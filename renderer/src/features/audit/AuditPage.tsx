import { useCallback, useMemo, useRef, useState } from 'react';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useApi } from '../../api/context';
import { ServerGrid, type OpenRow, type ServerGridHandle, type ServerGridTexts } from '../../components/ServerGrid';
import { DEFAULT_COL_DEF } from '../../components/grid-columns';
import { intlLocaleOf } from '../../../../core/domain/locales';
import { useLocale } from '../../i18n/use-locale';
import { ExportButtons } from '../exports/ExportButtons';
import { useGridExport } from '../exports/grid-export';
import { ActionPill } from './ActionPill';
import { auditColumnDefs } from './audit-columns';
import { toAuditPageInput, type AuditPageInput, type AuditRow } from './audit-grid';
import { AuditStatus } from './AuditStatus';
import { RecordHistory, type RecordRef } from './RecordHistory';

/** Ids and test ids: audit-title, audit-grid, audit-search (the count is audit-matches: audit-count is the status bar's). */
const NAME = 'audit';
/** The column that takes focus when the grid is entered from the keyboard. */
const FIRST_COLUMN = 'seq';
const COUNT_TEST_ID = 'audit-matches';

function ActionCell(p: CustomCellRendererProps<AuditRow, string>) {
  return p.value ? <ActionPill action={p.value} /> : null;
}

const rowId = (r: AuditRow) => String(r.seq);

/** The record whose history is open, and where focus goes back to when it closes. */
type Open = RecordRef & {
  seq: number | null;
  /** The grid row it was opened from, or null when opened from a verification finding. */
  rowIndex: number | null;
  takeFocus: boolean;
  /** Gets focus back on close when the history was not opened from the grid. */
  opener: HTMLElement | null;
};

/**
 * The Audit log: every change to the data as the triggers logged it, newest first, in a
 * server-paged grid; the history of the selected record beside it; the size and head hash of the
 * log with a Verify button at the foot.
 */
export function AuditPage() {
  const api = useApi();
  const { t, locale } = useLocale();
  const grid = useRef<ServerGridHandle>(null);
  const [open, setOpen] = useState<Open | null>(null);
  /** Bumped whenever the grid starts over, so the status bar's count and head are read afresh with it. */
  const [refresh, setRefresh] = useState(0);

  const exporting = useGridExport<AuditPageInput>('audit');
  const { remember } = exporting;
  const fetchPage = useCallback(
    (input: AuditPageInput) => {
      remember(input);
      return api.call('audit.page', input);
    },
    [api, remember],
  );
  const onStartOver = useCallback(() => setRefresh((n) => n + 1), []);
  // A new language remounts the grid: headers and ag-grid's own texts are initial options.
  const columnDefs = useMemo(
    () => auditColumnDefs({ t, collator: new Intl.Collator(intlLocaleOf(locale)), actionCellRenderer: ActionCell }),
    [t, locale],
  );
  const texts = useMemo<ServerGridTexts>(
    () => ({
      title: t('audit.title'),
      count: (count) => t('audit.matches', { count }),
      loading: t('audit.matches.loading'),
      loadFailed: t('audit.loadFailed'),
      help: t('audit.help'),
      gridLabel: t('audit.grid.label'),
      empty: t('audit.empty'),
      emptyNone: t('audit.empty.none'),
      resetFilters: t('audit.resetFilters'),
      search: { label: t('audit.search.label'), placeholder: t('audit.search.placeholder'), hint: t('audit.search.hint'), clear: t('audit.search.clear') },
    }),
    [t],
  );

  const openFromGrid = useCallback(({ row, rowIndex, takeFocus }: OpenRow<AuditRow>) => {
    setOpen({ tableName: row.tableName, recordId: row.recordId, seq: row.seq, rowIndex, takeFocus, opener: null });
  }, []);

  const openFromFinding = useCallback((ref: RecordRef, opener: HTMLElement) => {
    setOpen({ ...ref, seq: null, rowIndex: null, takeFocus: true, opener });
  }, []);

  const closeHistory = useCallback(() => setOpen(null), []);

  /** Narrows the grid to one entry (from a verification finding) and puts focus on it. */
  const showEntry = useCallback((seq: number) => {
    grid.current?.showOnly({ seq: { filterType: 'number', type: 'equals', filter: seq } });
  }, []);

  return (
    <ServerGrid<AuditRow, AuditPageInput>
      name={NAME}
      className="audit-page"
      countTestId={COUNT_TEST_ID}
      texts={texts}
      toPageInput={toAuditPageInput}
      fetchPage={fetchPage}
      toolbarEnd={<ExportButtons slot={exporting.slot} target={exporting.target} />}
      columnDefs={columnDefs}
      defaultColDef={DEFAULT_COL_DEF}
      rowId={rowId}
      firstColumn={FIRST_COLUMN}
      gridRef={grid}
      onStartOver={onStartOver}
      panel={{
        open,
        onOpenRow: openFromGrid,
        onClose: closeHistory,
        // Opened from a finding, no row is the open one.
        selectedRowId: open?.seq != null ? String(open.seq) : null,
        content: open && (
          <RecordHistory
            key={`${open.tableName}/${open.recordId}`}
            tableName={open.tableName}
            recordId={open.recordId}
            seq={open.seq}
            takeFocus={open.takeFocus}
            onClose={() => grid.current?.close()}
          />
        ),
      }}
      footer={<AuditStatus refresh={refresh} onOpenRecord={openFromFinding} onShowEntry={showEntry} />}
    />
  );
}
