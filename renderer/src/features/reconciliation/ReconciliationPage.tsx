import { useCallback, useMemo, useState } from 'react';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { numberSymbolsOf } from '../../../../core/domain/parse-locale-amount';
import { useApi } from '../../api/context';
import { ServerGrid, type DetailProps, type ServerGridTexts } from '../../components/ServerGrid';
import { StatusPill } from '../../components/StatusPill';
import { DEFAULT_COL_DEF } from '../../components/grid-columns';
import { useLocale } from '../../i18n/use-locale';
import { ExportButtons } from '../exports/ExportButtons';
import { useGridExport } from '../exports/grid-export';
import { reconciliationColumnDefs } from './reconciliation-columns';
import { toPageInput, type ReconciliationPageInput, type ReconciliationRow } from './reconciliation-grid';
import { ReconciliationDetail } from './ReconciliationDetail';

function StatusCell(p: CustomCellRendererProps<ReconciliationRow, string>) {
  return p.value ? <StatusPill kind="grantStatus" status={p.value} /> : null;
}

const rowId = (r: ReconciliationRow) => String(r.id);
/** Ids and test ids: reconciliation-grid, reconciliation-count, … */
const NAME = 'reconciliation';
const FIRST_COLUMN = 'reference';

/** The open grant's reconciliation beside the grid. */
function Detail({ open, close, refresh }: DetailProps<ReconciliationRow>) {
  return <ReconciliationDetail key={open.row.id} grantId={open.row.id} takeFocus={open.takeFocus} onClose={close} onChanged={refresh} />;
}

/** The Reconciliation screen: every grant's scheduled, paid, received and outstanding money, and one grant's discrepancies beside it. */
export function ReconciliationPage() {
  const api = useApi();
  const { t, locale } = useLocale();
  const [refusedAmount, setRefusedAmount] = useState<string | null>(null);

  const exporting = useGridExport<ReconciliationPageInput>('reconciliation');
  const { remember } = exporting;
  const fetchPage = useCallback(
    (input: ReconciliationPageInput) => {
      remember(input);
      return api.call('reconciliation.page', input);
    },
    [api, remember],
  );
  const columnDefs = useMemo(() => reconciliationColumnDefs({ t, locale, statusCellRenderer: StatusCell, onAmountRefused: setRefusedAmount }), [t, locale]);
  // The rows are grants: the Grants screen's words for searching and for no match fit them.
  const texts = useMemo<ServerGridTexts>(
    () => ({
      title: t('reconciliation.title'),
      count: (count) => t('reconciliation.count', { count }),
      loading: t('grants.count.loading'),
      loadFailed: t('reconciliation.loadFailed'),
      help: t('reconciliation.help'),
      gridLabel: t('reconciliation.title'),
      empty: t('grants.empty'),
      emptyNone: t('grants.empty.none'),
      resetFilters: t('grants.resetFilters'),
      search: { label: t('grants.search.label'), placeholder: t('grants.search.placeholder'), hint: t('grants.search.hint'), clear: t('grants.search.clear') },
    }),
    [t],
  );

  return (
    <ServerGrid<ReconciliationRow, ReconciliationPageInput>
      name={NAME}
      texts={texts}
      toPageInput={toPageInput}
      fetchPage={fetchPage}
      toolbarEnd={<ExportButtons slot={exporting.slot} target={exporting.target} />}
      columnDefs={columnDefs}
      defaultColDef={DEFAULT_COL_DEF}
      rowId={rowId}
      firstColumn={FIRST_COLUMN}
      detail={Detail}
      notice={
        refusedAmount !== null && (
          <p className="filter-error" role="alert">
            {t('amount.invalid', { text: refusedAmount, example: numberSymbolsOf(locale).example })}
          </p>
        )
      }
    />
  );
}
