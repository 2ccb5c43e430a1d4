import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  CellKeyDownEvent,
  FilterChangedEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  RowClickedEvent,
  RowSelectionOptions,
} from 'ag-grid-community';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { gridLocaleText } from '../../components/grid-locale';
import { gridTheme, SERVER_PAGED_GRID } from '../../components/grid-setup';
import { inGridPopup, isTyping } from '../../components/keyboard';
import { intlLocaleOf } from '../../../../core/domain/locales';
import { useLocale } from '../../i18n/use-locale';
import { ActionPill } from './ActionPill';
import { auditColumnDefs, defaultAuditColDef } from './audit-columns';
import { createAuditDatasource, type AuditRow } from './audit-grid';
import { AuditStatus } from './AuditStatus';
import { RecordHistory, type RecordRef } from './RecordHistory';

const SEARCH_DEBOUNCE_MS = 250;
/** The column that takes focus when the grid is entered from the keyboard. */
const FIRST_COLUMN = 'seq';

function ActionCell(p: CustomCellRendererProps<AuditRow, string>) {
  return p.value ? <ActionPill action={p.value} /> : null;
}

const rowSelection: RowSelectionOptions = { mode: 'singleRow', checkboxes: false, enableClickSelection: true };
const getRowId = (p: GetRowIdParams<AuditRow>) => String(p.data.seq);

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
  const gridApi = useRef<GridApi<AuditRow> | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const [searchText, setSearchText] = useState('');
  const [appliedSearch, setAppliedSearch] = useState('');
  const [count, setCount] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [hasFilters, setHasFilters] = useState(false);
  const [open, setOpen] = useState<Open | null>(null);
  /** Bumped whenever the grid starts over, so the status bar's count and head are read afresh with it. */
  const [refresh, setRefresh] = useState(0);

  const datasource = useMemo(
    () =>
      createAuditDatasource({
        fetchPage: (input) => api.call('audit.page', input),
        onCount: setCount,
        onError: setLoadError,
        onRequest: (input) => {
          if (input.startRow !== 0) return;
          setLoadError(null);
          setRefresh((n) => n + 1);
        },
      }),
    [api],
  );
  // A new language remounts the grid (key below): headers and ag-grid's own texts are initial options.
  const columnDefs = useMemo(
    () => auditColumnDefs({ t, collator: new Intl.Collator(intlLocaleOf(locale)), actionCellRenderer: ActionCell }),
    [t, locale],
  );
  const localeText = useMemo(() => gridLocaleText(t), [t]);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (!datasource.setSearch(searchText)) return;
      setAppliedSearch(datasource.search);
      const grid = gridApi.current;
      if (!grid) return;
      grid.ensureIndexVisible(0, 'top');
      grid.purgeInfiniteCache();
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [searchText, datasource]);

  const openFromGrid = useCallback((row: AuditRow, rowIndex: number | null, takeFocus: boolean) => {
    setOpen({ tableName: row.tableName, recordId: row.recordId, seq: row.seq, rowIndex, takeFocus, opener: null });
  }, []);

  const openFromFinding = useCallback((ref: RecordRef, opener: HTMLElement) => {
    gridApi.current?.deselectAll();
    setOpen({ ...ref, seq: null, rowIndex: null, takeFocus: true, opener });
  }, []);

  const closeHistory = useCallback(() => {
    const grid = gridApi.current;
    if (open?.opener?.isConnected) {
      open.opener.focus();
    } else if (open && grid) {
      grid.deselectAll();
      const focused = grid.getFocusedCell();
      const rowIndex = open.rowIndex ?? focused?.rowIndex ?? 0;
      // Before the panel unmounts, so focus moves to the grid rather than falling to <body>.
      grid.ensureIndexVisible(rowIndex);
      grid.setFocusedCell(rowIndex, focused?.column ?? FIRST_COLUMN);
    }
    setOpen(null);
  }, [open]);

  /** Narrows the grid to one entry (from a verification finding) and puts focus on it. */
  const showEntry = useCallback((seq: number) => {
    const grid = gridApi.current;
    if (!grid) return;
    setSearchText('');
    datasource.setSearch('');
    setAppliedSearch('');
    grid.setFilterModel({ seq: { filterType: 'number', type: 'equals', filter: seq } });
    grid.ensureIndexVisible(0, 'top');
    grid.setFocusedCell(0, FIRST_COLUMN);
  }, [datasource]);

  // Keyboard: "/" or Ctrl/Cmd+F to search; Escape closes the history (unless a grid popup is open).
  useEffect(() => {
    const focusSearch = () => {
      searchInput.current?.focus();
      searchInput.current?.select();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if ((e.key === 'f' || e.key === 'F') && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        focusSearch();
      } else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        focusSearch();
      } else if (e.key === 'Escape' && open) {
        if (inGridPopup(e.target)) return;
        e.preventDefault();
        closeHistory();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, closeHistory]);

  const onGridReady = useCallback((e: GridReadyEvent<AuditRow>) => {
    gridApi.current = e.api;
  }, []);

  const onRowClicked = useCallback(
    (e: RowClickedEvent<AuditRow>) => {
      if (e.data) openFromGrid(e.data, e.rowIndex, false);
    },
    [openFromGrid],
  );

  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<AuditRow>) => {
      const key = (e.event as KeyboardEvent | null | undefined)?.key;
      if (key !== 'Enter' || !e.data) return;
      e.node.setSelected(true);
      openFromGrid(e.data, e.rowIndex, true);
    },
    [openFromGrid],
  );

  const onFilterChanged = useCallback((e: FilterChangedEvent<AuditRow>) => {
    setHasFilters(e.api.isAnyFilterPresent());
  }, []);

  const retry = () => {
    setLoadError(null);
    gridApi.current?.purgeInfiniteCache();
  };

  const clearAll = () => {
    setSearchText('');
    datasource.setSearch('');
    setAppliedSearch('');
    const grid = gridApi.current;
    if (!grid) return;
    if (grid.isAnyFilterPresent()) grid.setFilterModel(null); // refetches by itself
    else grid.purgeInfiniteCache();
  };

  const noRows = count === 0;
  const searching = appliedSearch !== '' || hasFilters;

  return (
    <section className="page audit-page" aria-labelledby="audit-title">
      <div className="toolbar">
        <h1 id="audit-title" className="page-title" tabIndex={-1}>
          {t('audit.title')}
        </h1>
        <div className="search">
          <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          <input
            ref={searchInput}
            type="search"
            data-testid="audit-search"
            aria-label={t('audit.search.label')}
            placeholder={t('audit.search.placeholder')}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && searchText !== '' && !open) {
                e.preventDefault();
                setSearchText('');
              } else if (e.key === 'ArrowDown' || (e.key === 'Enter' && count)) {
                e.preventDefault();
                gridApi.current?.ensureIndexVisible(0);
                gridApi.current?.setFocusedCell(0, FIRST_COLUMN);
              }
            }}
            maxLength={200}
            spellCheck={false}
            autoComplete="off"
          />
          <kbd className="search-kbd" title={t('audit.search.hint')}>
            /
          </kbd>
          {searchText !== '' && (
            <button
              type="button"
              className="search-clear"
              aria-label={t('audit.search.clear')}
              title={t('audit.search.clear')}
              onClick={() => {
                setSearchText('');
                searchInput.current?.focus();
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
        <span className="count" data-testid="audit-matches" aria-live="polite">
          {count !== null ? t('audit.matches', { count }) : loadError === null ? t('audit.matches.loading') : ''}
        </span>
        {searching && (
          <button type="button" className="btn btn-link" onClick={clearAll}>
            {t('audit.resetFilters')}
          </button>
        )}
        <span className="toolbar-hint">{t('audit.help')}</span>
      </div>

      {loadError !== null && <ErrorBanner title={t('audit.loadFailed')} error={loadError} onRetry={retry} />}

      <div className={open ? 'page-body has-detail' : 'page-body'}>
        <div className="grid-wrap" data-testid="audit-grid" aria-label={t('audit.grid.label')}>
          <AgGridReact<AuditRow>
            key={locale}
            theme={gridTheme}
            localeText={localeText}
            {...SERVER_PAGED_GRID}
            datasource={datasource}
            columnDefs={columnDefs}
            defaultColDef={defaultAuditColDef}
            getRowId={getRowId}
            rowSelection={rowSelection}
            onGridReady={onGridReady}
            onRowClicked={onRowClicked}
            onCellKeyDown={onCellKeyDown}
            onFilterChanged={onFilterChanged}
            enableCellTextSelection={false}
            suppressOverlays={['noRows', 'noMatchingRows']}
          />
          {noRows && (
            <div className="grid-empty" role="status">
              <p>{searching ? t('audit.empty') : t('audit.empty.none')}</p>
              {searching && (
                <button type="button" className="btn" onClick={clearAll}>
                  {t('audit.resetFilters')}
                </button>
              )}
            </div>
          )}
        </div>
        {open && (
          <RecordHistory
            key={`${open.tableName}/${open.recordId}`}
            tableName={open.tableName}
            recordId={open.recordId}
            seq={open.seq}
            takeFocus={open.takeFocus}
            onClose={closeHistory}
          />
        )}
      </div>

      <AuditStatus refresh={refresh} onOpenRecord={openFromFinding} onShowEntry={showEntry} />
    </section>
  );
}
