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
import { StatusPill } from '../../components/StatusPill';
import { numberSymbolsOf } from '../../../../core/domain/parse-locale-amount';
import { useLocale } from '../../i18n/use-locale';
import { useCurrentUser } from '../auth/current-user';
import { canManageGrants } from '../money-flow/money-roles';
import { NewGrantDialog } from '../money-flow/NewGrantDialog';
import { GrantDetail } from './GrantDetail';
import { defaultGrantColDef, grantsColumnDefs } from './grants-columns';
import { createGrantsDatasource, type GrantRow } from './grants-grid';
import { lastReportingCurrency, rememberReportingCurrency, reportingCurrencyChoices } from './reporting-currency';

const SEARCH_DEBOUNCE_MS = 250;

function GrantStatusCell(p: CustomCellRendererProps<GrantRow, string>) {
  return p.value ? <StatusPill kind="grantStatus" status={p.value} /> : null;
}

/** The currencies equivalents can be shown in (the same for every language). */
const currencyChoices = reportingCurrencyChoices();

const rowSelection: RowSelectionOptions = { mode: 'singleRow', checkboxes: false, enableClickSelection: true };
const getRowId = (p: GetRowIdParams<GrantRow>) => String(p.data.id);

type Open = { id: number; rowIndex: number | null; takeFocus: boolean };

/** The Grants screen: a server-paged grid with quick search, and the open grant beside it. */
export function GrantsPage() {
  const api = useApi();
  const { t, locale } = useLocale();
  const gridApi = useRef<GridApi<GrantRow> | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const [searchText, setSearchText] = useState('');
  /** The search the grid was last asked for (the input is debounced into this). */
  const [appliedSearch, setAppliedSearch] = useState('');
  const [count, setCount] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [hasFilters, setHasFilters] = useState(false);
  const [open, setOpen] = useState<Open | null>(null);
  /** Text typed into a money filter that is not an amount in this language (or is ambiguous). */
  const [refusedAmount, setRefusedAmount] = useState<string | null>(null);
  const { user } = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const newGrantButton = useRef<HTMLButtonElement>(null);
  /** The currency of the equivalent column (the datasource is told too, for the blocks it asks for). */
  const [reportingCurrency, setReportingCurrency] = useState(lastReportingCurrency);

  const datasource = useMemo(
    () =>
      createGrantsDatasource({
        fetchPage: (input) => api.call('grants.page', input),
        reportingCurrency: lastReportingCurrency(),
        onCount: setCount,
        onError: setLoadError,
        onRequest: (input) => {
          if (input.startRow === 0) setLoadError(null);
        },
      }),
    [api],
  );
  // A new language remounts the grid (key below): headers, formats and ag-grid's own texts are initial options.
  const columnDefs = useMemo(
    () => grantsColumnDefs({ t, locale, statusCellRenderer: GrantStatusCell, onAmountRefused: setRefusedAmount, reportingCurrency }),
    [t, locale, reportingCurrency],
  );
  const localeText = useMemo(() => gridLocaleText(t), [t]);

  // Quick search: debounced, then the cache is purged so every block is fetched with the new text.
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

  const openGrant = useCallback((id: number, rowIndex: number | null, takeFocus: boolean) => {
    setOpen({ id, rowIndex, takeFocus });
  }, []);

  const closeGrant = useCallback(() => {
    const grid = gridApi.current;
    if (open && grid) {
      grid.deselectAll();
      const focused = grid.getFocusedCell();
      const rowIndex = open.rowIndex ?? focused?.rowIndex ?? 0;
      // Before the panel unmounts, so focus moves to the grid rather than falling to <body>.
      grid.ensureIndexVisible(rowIndex);
      grid.setFocusedCell(rowIndex, focused?.column ?? 'reference');
    }
    setOpen(null);
  }, [open]);

  // Keyboard: "/" or Ctrl/Cmd+F to search; Escape closes the open grant (unless a grid popup is open).
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
        closeGrant();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, closeGrant]);

  const onGridReady = useCallback((e: GridReadyEvent<GrantRow>) => {
    gridApi.current = e.api;
  }, []);

  const onRowClicked = useCallback(
    (e: RowClickedEvent<GrantRow>) => {
      if (e.data) openGrant(e.data.id, e.rowIndex, false);
    },
    [openGrant],
  );

  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<GrantRow>) => {
      const key = (e.event as KeyboardEvent | null | undefined)?.key;
      if (key !== 'Enter' || !e.data) return;
      e.node.setSelected(true);
      openGrant(e.data.id, e.rowIndex, true);
    },
    [openGrant],
  );

  const onFilterChanged = useCallback((e: FilterChangedEvent<GrantRow>) => {
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

  // After a save in the panel or the New grant form: the rows in view are fetched again.
  const refreshRows = useCallback(() => gridApi.current?.refreshInfiniteCache(), []);

  const grantCreated = useCallback(
    (id: number) => {
      setCreating(false);
      gridApi.current?.purgeInfiniteCache();
      openGrant(id, null, true);
    },
    [openGrant],
  );

  const chooseReportingCurrency = (code: string) => {
    datasource.setReportingCurrency(code);
    setReportingCurrency(code);
    rememberReportingCurrency(code);
    gridApi.current?.refreshInfiniteCache();
  };

  const noRows = count === 0;
  const searching = appliedSearch !== '' || hasFilters;

  return (
    <section className="grants-page" aria-labelledby="grants-title">
      <div className="toolbar">
        <h1 id="grants-title" className="page-title" tabIndex={-1}>
          {t('grants.title')}
        </h1>
        <div className="search">
          <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          <input
            ref={searchInput}
            type="search"
            data-testid="grants-search"
            aria-label={t('grants.search.label')}
            placeholder={t('grants.search.placeholder')}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && searchText !== '' && !open) {
                e.preventDefault();
                setSearchText('');
              } else if (e.key === 'ArrowDown' || (e.key === 'Enter' && count)) {
                // Into the results: first row, first column.
                e.preventDefault();
                gridApi.current?.ensureIndexVisible(0);
                gridApi.current?.setFocusedCell(0, 'reference');
              }
            }}
            maxLength={200}
            spellCheck={false}
            autoComplete="off"
          />
          <kbd className="search-kbd" title={t('grants.search.hint')}>
            /
          </kbd>
          {searchText !== '' && (
            <button
              type="button"
              className="search-clear"
              aria-label={t('grants.search.clear')}
              title={t('grants.search.clear')}
              onClick={() => {
                setSearchText('');
                searchInput.current?.focus();
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
        <span className="count" data-testid="grants-count" aria-live="polite">
          {count !== null ? t('grants.count', { count }) : loadError === null ? t('grants.count.loading') : ''}
        </span>
        {searching && (
          <button type="button" className="btn btn-link" onClick={clearAll}>
            {t('grants.resetFilters')}
          </button>
        )}
        <label className="reporting-currency">
          <span>{t('grants.reportingCurrency.label')}</span>
          <select
            data-testid="reporting-currency"
            value={reportingCurrency}
            title={t('grants.reportingCurrency.hint')}
            onChange={(e) => chooseReportingCurrency(e.target.value)}
          >
            <optgroup label={t('money.choice.commonCurrencies')}>
              {currencyChoices.first.map((c) => (
                <option key={c.code} value={c.code} title={c.name}>
                  {c.code}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('money.choice.otherCurrencies')}>
              {currencyChoices.rest.map((c) => (
                <option key={c.code} value={c.code} title={c.name}>
                  {c.code}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <span className="toolbar-hint">{t('grants.help')}</span>
        {canManageGrants(user.role) && (
          <button ref={newGrantButton} type="button" className="btn btn-primary" data-testid="new-grant" onClick={() => setCreating(true)}>
            {t('money.newGrant.open')}
          </button>
        )}
      </div>
      {creating && (
        <NewGrantDialog
          onCreated={grantCreated}
          onClose={() => {
            setCreating(false);
            // Once the modal dialog is gone (until then the rest of the page is inert).
            window.requestAnimationFrame(() => newGrantButton.current?.focus());
          }}
        />
      )}

      {loadError !== null && <ErrorBanner title={t('grants.loadFailed')} error={loadError} onRetry={retry} />}
      {refusedAmount !== null && (
        <p className="filter-error" role="alert" data-testid="amount-filter-error">
          {t('amount.invalid', { text: refusedAmount, example: numberSymbolsOf(locale).example })}
        </p>
      )}

      <div className={open ? 'grants-body has-detail' : 'grants-body'}>
        <div className="grid-wrap" data-testid="grants-grid" aria-label={t('grants.grid.label')}>
          <AgGridReact<GrantRow>
            key={locale}
            theme={gridTheme}
            localeText={localeText}
            {...SERVER_PAGED_GRID}
            datasource={datasource}
            columnDefs={columnDefs}
            defaultColDef={defaultGrantColDef}
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
              <p>{searching ? t('grants.empty') : t('grants.empty.none')}</p>
              {searching && (
                <button type="button" className="btn" onClick={clearAll}>
                  {t('grants.resetFilters')}
                </button>
              )}
            </div>
          )}
        </div>
        {open && <GrantDetail key={open.id} grantId={open.id} takeFocus={open.takeFocus} onClose={closeGrant} onChanged={refreshRows} />}
      </div>
    </section>
  );
}
