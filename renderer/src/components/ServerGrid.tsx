/**
 * What every server-paged grid screen shares: the toolbar (title, quick search, count, "clear
 * filters", a hint), the error and empty states, the keyboard (/ or Ctrl/Cmd+F focuses the search,
 * Enter opens the focused row, Escape closes what is open and puts focus back on its row) and
 * ag-grid's infinite row model with the SERVER_PAGED_GRID settings. A screen brings its columns,
 * its page call and what it shows beside the grid for the open row: either ServerGrid keeps the
 * open row (`detail`), or the screen does (`panel`: what is open comes from the address, or is
 * opened from elsewhere than the grid), and then `gridRef` lets it act on the grid.
 */
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type Ref,
} from 'react';
import type {
  CellKeyDownEvent,
  ColDef,
  FilterChangedEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IGetRowsParams,
  ModelUpdatedEvent,
  RowClickedEvent,
  RowSelectionOptions,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useLocale } from '../i18n/use-locale';
import { ErrorBanner } from './ErrorBanner';
import { createGridDatasource, type GridPageAnswer } from './grid-datasource';
import { gridLocaleText } from './grid-locale';
import { gridTheme, SERVER_PAGED_GRID } from './grid-setup';
import { inGridPopup, isTyping } from './keyboard';

const SEARCH_DEBOUNCE_MS = 250;

const rowSelection: RowSelectionOptions = { mode: 'singleRow', checkboxes: false, enableClickSelection: true };

/** The row open beside the grid, and where focus goes back to when it closes. */
export type OpenRow<Row> = { row: Row; rowIndex: number | null; takeFocus: boolean };

/** What the screen shows beside the grid for the open row. */
export type DetailProps<Row> = {
  open: OpenRow<Row>;
  /** Closes the panel and puts focus back on the row it was opened from. */
  close(): void;
  /** Fetches the rows in view again (after a change made in the panel). */
  refresh(): void;
};

/** Where focus goes back to when a panel the screen keeps closes. */
export type PanelOpen = {
  /** The grid row it was opened from; null when opened otherwise (the focused row, else the first, gets focus). */
  rowIndex: number | null;
  /** The element that opened it from outside the grid, which gets focus back while it is still there. */
  opener?: HTMLElement | null;
};

/** A panel beside the grid that the screen keeps (rather than ServerGrid's own open row). */
export type ServerGridPanel<Row> = {
  /** What is open, or null. */
  open: PanelOpen | null;
  /** A row was opened from the grid: a click (takeFocus false) or Enter (true). */
  onOpenRow(open: OpenRow<Row>): void;
  /** The panel is closing (Escape, or the handle's `close`); focus has been put back already. */
  onClose(): void;
  /** The panel, shown while `open` is set; its close button calls the handle's `close`. */
  content: ReactNode;
  /** The row shown selected while it is loaded (the open one). */
  selectedRowId?: string | null;
};

/** What a screen that keeps its own panel can do to the grid. */
export type ServerGridHandle = {
  /** Closes the panel the screen keeps: focus goes back to its row (or opener), then `onClose`. */
  close(): void;
  /** Fetches the rows in view again (after a change). */
  refresh(): void;
  /** Drops every loaded block and starts over from the top (after a new record). */
  startOver(): void;
  /** Clears the search, applies `filterModel` and puts focus on the first row. */
  showOnly(filterModel: Record<string, unknown>): void;
};

/** The words of the toolbar and states, already translated. */
export type ServerGridTexts = {
  title: string;
  /** "1,234 grants", for the rows matching the search and filters. */
  count(count: number): string;
  loading: string;
  loadFailed: string;
  /** The short line at the end of the toolbar (what Enter and Esc do). */
  help: string;
  gridLabel: string;
  /** No row matches the search or filters. */
  empty: string;
  /** Nothing recorded at all. */
  emptyNone: string;
  resetFilters: string;
  /** The quick search; without it the screen has none. */
  search?: { label: string; placeholder: string; hint: string; clear: string };
};

type QueryInput = { startRow: number; sortModel?: unknown; filterModel?: unknown; search?: unknown };

export type ServerGridProps<Row, Input extends QueryInput> = {
  /** Prefix of ids and test ids: `<name>-title`, `<name>-grid`, `<name>-count`, `<name>-search`. */
  name: string;
  texts: ServerGridTexts;
  /** The API's page input for one block the grid asks for (the grid's gridRequests(...).toPageInput). */
  toPageInput(params: IGetRowsParams, search: string): Input;
  /** The page call; keep it stable (useCallback), a new function starts the grid over. */
  fetchPage(input: Input): Promise<GridPageAnswer<Row>>;
  columnDefs: ColDef<Row>[];
  defaultColDef: ColDef<Row>;
  rowId(row: Row): string;
  /** The column that takes focus when the grid is entered from the keyboard. */
  firstColumn: string;
  /** What opens beside the grid for a selected row (nothing opens without it or `panel`). */
  detail?: ComponentType<DetailProps<Row>>;
  /** A panel the screen keeps itself, instead of `detail`. */
  panel?: ServerGridPanel<Row>;
  /** Lets the screen act on the grid (with `panel`). */
  gridRef?: Ref<ServerGridHandle>;
  /** Called when the grid asks for its first block: it starts over (new search, filter, sort or refresh). Keep it stable. */
  onStartOver?(): void;
  /** The test id of the count, when `<name>-count` is taken (default `<name>-count`). */
  countTestId?: string;
  /** More controls in the toolbar, before the hint. */
  toolbarExtra?: ReactNode;
  /** Controls at the end of the toolbar, after the hint. */
  toolbarEnd?: ReactNode;
  /** A message under the toolbar (e.g. an amount a filter could not read). */
  notice?: ReactNode;
  /** Under the grid and its panel (e.g. a status bar), or outside the layout (a modal dialog). */
  footer?: ReactNode;
  className?: string;
};

/** A server-paged grid screen (see the file comment). */
export function ServerGrid<Row, Input extends QueryInput>(props: ServerGridProps<Row, Input>) {
  const { name, texts, toPageInput, fetchPage, columnDefs, defaultColDef, rowId, firstColumn, detail: Detail, panel } = props;
  const { t, locale } = useLocale();
  const gridApi = useRef<GridApi<Row> | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const [searchText, setSearchText] = useState('');
  /** The search the grid was last asked for (the input is debounced into this). */
  const [appliedSearch, setAppliedSearch] = useState('');
  const [count, setCount] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [hasFilters, setHasFilters] = useState(false);
  const [ownOpen, setOwnOpen] = useState<OpenRow<Row> | null>(null);
  /** What is open and where focus goes back to, whoever keeps it. */
  const open: PanelOpen | null = panel ? panel.open : ownOpen;
  const canOpen = Detail !== undefined || panel !== undefined;
  const onStartOver = props.onStartOver;
  const panelOpenRow = panel?.onOpenRow;

  const datasource = useMemo(
    () =>
      createGridDatasource<Input, Row>(toPageInput, {
        fetchPage,
        onCount: setCount,
        onError: setLoadError,
        onRequest: (input) => {
          if (input.startRow !== 0) return;
          setLoadError(null);
          onStartOver?.();
        },
      }),
    [toPageInput, fetchPage, onStartOver],
  );
  // A new language remounts the grid (key below): headers, formats and ag-grid's own texts are initial options.
  const localeText = useMemo(() => gridLocaleText(t), [t]);
  const getRowId = useCallback((p: GetRowIdParams<Row>) => rowId(p.data), [rowId]);

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

  const panelClose = panel?.onClose;
  const close = useCallback(() => {
    const grid = gridApi.current;
    if (open?.opener?.isConnected) {
      open.opener.focus();
    } else if (open && grid) {
      grid.deselectAll();
      const focused = grid.getFocusedCell();
      const rowIndex = open.rowIndex ?? focused?.rowIndex ?? 0;
      // Before the panel unmounts, so focus moves to the grid rather than falling to <body>.
      grid.ensureIndexVisible(rowIndex);
      grid.setFocusedCell(rowIndex, focused?.column ?? firstColumn);
    }
    if (panelClose) panelClose();
    else setOwnOpen(null);
  }, [open, firstColumn, panelClose]);

  const openRow = useCallback(
    (o: OpenRow<Row>) => {
      if (panelOpenRow) panelOpenRow(o);
      else setOwnOpen(o);
    },
    [panelOpenRow],
  );

  // The row of a panel the screen keeps shows selected while it is loaded (the address or Back may change it).
  const selectedRowId = panel ? (panel.selectedRowId ?? null) : undefined;
  const selectedNow = useRef(selectedRowId);
  useEffect(() => {
    selectedNow.current = selectedRowId;
    const grid = gridApi.current;
    if (selectedRowId === undefined || !grid) return;
    const node = selectedRowId === null ? undefined : grid.getRowNode(selectedRowId);
    if (node) node.setSelected(true, true);
    else grid.deselectAll();
  }, [selectedRowId]);
  // A block that arrives later may hold it (the panel was opened by its address before the rows came).
  const onModelUpdated = useCallback((e: ModelUpdatedEvent<Row>) => {
    const id = selectedNow.current;
    if (id == null) return;
    const node = e.api.getRowNode(id);
    if (node && !node.isSelected()) node.setSelected(true, true);
  }, []);

  const hasSearch = texts.search !== undefined;
  // Keyboard: "/" or Ctrl/Cmd+F to search; Escape closes the open row (unless a grid popup is open).
  useEffect(() => {
    const focusSearch = () => {
      searchInput.current?.focus();
      searchInput.current?.select();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (hasSearch && (e.key === 'f' || e.key === 'F') && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        focusSearch();
      } else if (hasSearch && e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        focusSearch();
      } else if (e.key === 'Escape' && open) {
        if (inGridPopup(e.target)) return;
        e.preventDefault();
        close();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close, hasSearch]);

  const onGridReady = useCallback((e: GridReadyEvent<Row>) => {
    gridApi.current = e.api;
  }, []);
  const onRowClicked = useCallback(
    (e: RowClickedEvent<Row>) => {
      if (e.data && canOpen) openRow({ row: e.data, rowIndex: e.rowIndex, takeFocus: false });
    },
    [canOpen, openRow],
  );
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<Row>) => {
      const key = (e.event as KeyboardEvent | null | undefined)?.key;
      if (key !== 'Enter' || !e.data || !canOpen) return;
      e.node.setSelected(true);
      openRow({ row: e.data, rowIndex: e.rowIndex, takeFocus: true });
    },
    [canOpen, openRow],
  );
  const onFilterChanged = useCallback((e: FilterChangedEvent<Row>) => {
    setHasFilters(e.api.isAnyFilterPresent());
  }, []);

  const retry = () => {
    setLoadError(null);
    gridApi.current?.purgeInfiniteCache();
  };

  const clearSearch = useCallback(() => {
    setSearchText('');
    datasource.setSearch('');
    setAppliedSearch('');
  }, [datasource]);

  const clearAll = () => {
    clearSearch();
    const grid = gridApi.current;
    if (!grid) return;
    if (grid.isAnyFilterPresent()) grid.setFilterModel(null); // refetches by itself
    else grid.purgeInfiniteCache();
  };

  const refresh = useCallback(() => gridApi.current?.refreshInfiniteCache(), []);

  useImperativeHandle(
    props.gridRef,
    () => ({
      close,
      refresh,
      startOver: () => gridApi.current?.purgeInfiniteCache(),
      showOnly: (filterModel) => {
        const grid = gridApi.current;
        if (!grid) return;
        clearSearch();
        grid.setFilterModel(filterModel);
        grid.ensureIndexVisible(0, 'top');
        grid.setFocusedCell(0, firstColumn);
      },
    }),
    [close, refresh, clearSearch, firstColumn],
  );

  const noRows = count === 0;
  const searching = appliedSearch !== '' || hasFilters;
  const titleId = `${name}-title`;

  return (
    <section className={props.className ? `page ${props.className}` : 'page'} aria-labelledby={titleId}>
      <div className="toolbar">
        <h1 id={titleId} className="page-title" tabIndex={-1}>
          {texts.title}
        </h1>
        {texts.search && (
          <div className="search">
            <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
            </svg>
            <input
              ref={searchInput}
              type="search"
              data-testid={`${name}-search`}
              aria-label={texts.search.label}
              placeholder={texts.search.placeholder}
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
                  gridApi.current?.setFocusedCell(0, firstColumn);
                }
              }}
              maxLength={200}
              spellCheck={false}
              autoComplete="off"
            />
            <kbd className="search-kbd" title={texts.search.hint}>
              /
            </kbd>
            {searchText !== '' && (
              <button
                type="button"
                className="search-clear"
                aria-label={texts.search.clear}
                title={texts.search.clear}
                onClick={() => {
                  setSearchText('');
                  searchInput.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </div>
        )}
        <span className="count" data-testid={props.countTestId ?? `${name}-count`} aria-live="polite">
          {count !== null ? texts.count(count) : loadError === null ? texts.loading : ''}
        </span>
        {searching && (
          <button type="button" className="btn btn-link" onClick={clearAll}>
            {texts.resetFilters}
          </button>
        )}
        {props.toolbarExtra}
        <span className="toolbar-hint">{texts.help}</span>
        {props.toolbarEnd}
      </div>

      {loadError !== null && <ErrorBanner title={texts.loadFailed} error={loadError} onRetry={retry} />}
      {props.notice}

      <div className={open ? 'page-body has-detail' : 'page-body'}>
        <div className="grid-wrap" data-testid={`${name}-grid`} aria-label={texts.gridLabel}>
          <AgGridReact<Row>
            key={locale}
            theme={gridTheme}
            localeText={localeText}
            {...SERVER_PAGED_GRID}
            datasource={datasource}
            columnDefs={columnDefs}
            defaultColDef={defaultColDef}
            getRowId={getRowId}
            rowSelection={rowSelection}
            onGridReady={onGridReady}
            onRowClicked={onRowClicked}
            onCellKeyDown={onCellKeyDown}
            onFilterChanged={onFilterChanged}
            onModelUpdated={onModelUpdated}
            enableCellTextSelection={false}
            suppressOverlays={['noRows', 'noMatchingRows']}
          />
          {noRows && (
            <div className="grid-empty" role="status">
              <p>{searching ? texts.empty : texts.emptyNone}</p>
              {searching && (
                <button type="button" className="btn" onClick={clearAll}>
                  {texts.resetFilters}
                </button>
              )}
            </div>
          )}
        </div>
        {ownOpen && Detail && !panel && <Detail open={ownOpen} close={close} refresh={refresh} />}
        {panel?.open && panel.content}
      </div>
      {props.footer}
    </section>
  );
}
