import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellKeyDownEvent, GetRowIdParams, GridApi, GridReadyEvent, RowClickedEvent, RowSelectionOptions } from 'ag-grid-community';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import { numberSymbolsOf } from '../../../../core/domain/parse-locale-amount';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { gridLocaleText } from '../../components/grid-locale';
import { gridTheme, SERVER_PAGED_GRID } from '../../components/grid-setup';
import { inGridPopup } from '../../components/keyboard';
import { StatusPill } from '../../components/StatusPill';
import { useLocale } from '../../i18n/use-locale';
import { defaultReconciliationColDef, reconciliationColumnDefs } from './reconciliation-columns';
import { createReconciliationDatasource, type ReconciliationRow } from './reconciliation-grid';
import { ReconciliationDetail } from './ReconciliationDetail';

function StatusCell(p: CustomCellRendererProps<ReconciliationRow, string>) {
  return p.value ? <StatusPill kind="grantStatus" status={p.value} /> : null;
}

const rowSelection: RowSelectionOptions = { mode: 'singleRow', checkboxes: false, enableClickSelection: true };
const getRowId = (p: GetRowIdParams<ReconciliationRow>) => String(p.data.id);

type Open = { id: number; rowIndex: number | null; takeFocus: boolean };

/** The Reconciliation screen: every grant's scheduled, paid, received and outstanding money, and one grant's discrepancies beside it. */
export function ReconciliationPage() {
  const api = useApi();
  const { t, locale } = useLocale();
  const gridApi = useRef<GridApi<ReconciliationRow> | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [refusedAmount, setRefusedAmount] = useState<string | null>(null);

  const datasource = useMemo(
    () =>
      createReconciliationDatasource({
        fetchPage: (input) => api.call('reconciliation.page', input),
        onCount: setCount,
        onError: setLoadError,
        onRequest: (input) => {
          if (input.startRow === 0) setLoadError(null);
        },
      }),
    [api],
  );
  const columnDefs = useMemo(() => reconciliationColumnDefs({ t, locale, statusCellRenderer: StatusCell, onAmountRefused: setRefusedAmount }), [t, locale]);
  const localeText = useMemo(() => gridLocaleText(t), [t]);

  const close = useCallback(() => {
    const grid = gridApi.current;
    if (open && grid) {
      grid.deselectAll();
      const rowIndex = open.rowIndex ?? grid.getFocusedCell()?.rowIndex ?? 0;
      grid.ensureIndexVisible(rowIndex);
      grid.setFocusedCell(rowIndex, 'reference');
    }
    setOpen(null);
  }, [open]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.key !== 'Escape' || !open || inGridPopup(e.target)) return;
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);

  const onGridReady = useCallback((e: GridReadyEvent<ReconciliationRow>) => {
    gridApi.current = e.api;
  }, []);
  const onRowClicked = useCallback((e: RowClickedEvent<ReconciliationRow>) => {
    if (e.data) setOpen({ id: e.data.id, rowIndex: e.rowIndex, takeFocus: false });
  }, []);
  const onCellKeyDown = useCallback((e: CellKeyDownEvent<ReconciliationRow>) => {
    const key = (e.event as KeyboardEvent | null | undefined)?.key;
    if (key !== 'Enter' || !e.data) return;
    e.node.setSelected(true);
    setOpen({ id: e.data.id, rowIndex: e.rowIndex, takeFocus: true });
  }, []);

  return (
    <section className="page" aria-labelledby="reconciliation-title">
      <div className="toolbar">
        <h1 id="reconciliation-title" className="page-title" tabIndex={-1}>
          {t('reconciliation.title')}
        </h1>
        <span className="count" data-testid="reconciliation-count" aria-live="polite">
          {count !== null ? t('reconciliation.count', { count }) : loadError === null ? t('grants.count.loading') : ''}
        </span>
        <span className="toolbar-hint">{t('reconciliation.help')}</span>
      </div>
      {loadError !== null && <ErrorBanner title={t('reconciliation.loadFailed')} error={loadError} onRetry={() => gridApi.current?.purgeInfiniteCache()} />}
      {refusedAmount !== null && (
        <p className="filter-error" role="alert">
          {t('amount.invalid', { text: refusedAmount, example: numberSymbolsOf(locale).example })}
        </p>
      )}
      <div className="page-body">
        <div className="grid-wrap" data-testid="reconciliation-grid" aria-label={t('reconciliation.title')}>
          <AgGridReact<ReconciliationRow>
            key={locale}
            theme={gridTheme}
            localeText={localeText}
            {...SERVER_PAGED_GRID}
            datasource={datasource}
            columnDefs={columnDefs}
            defaultColDef={defaultReconciliationColDef}
            getRowId={getRowId}
            rowSelection={rowSelection}
            onGridReady={onGridReady}
            onRowClicked={onRowClicked}
            onCellKeyDown={onCellKeyDown}
          />
        </div>
        {open && <ReconciliationDetail key={open.id} grantId={open.id} takeFocus={open.takeFocus} onClose={close} onChanged={() => gridApi.current?.refreshInfiniteCache()} />}
      </div>
    </section>
  );
}
