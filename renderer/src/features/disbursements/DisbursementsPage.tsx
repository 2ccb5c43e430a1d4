import { useCallback, useMemo, useState } from 'react';
import { intlLocaleOf } from '../../../../core/domain/locales';
import { numberSymbolsOf } from '../../../../core/domain/parse-locale-amount';
import { useApi } from '../../api/context';
import { ServerGrid, type DetailProps, type ServerGridTexts } from '../../components/ServerGrid';
import { DEFAULT_COL_DEF } from '../../components/grid-columns';
import { useLocale } from '../../i18n/use-locale';
import { ExportButtons } from '../exports/ExportButtons';
import { useGridExport } from '../exports/grid-export';
import { DisbursementDetail } from './DisbursementDetail';
import { disbursementColumnDefs } from './disbursements-columns';
import { toPageInput, type DisbursementRow, type DisbursementsPageInput } from './disbursements-grid';

const rowId = (r: DisbursementRow) => String(r.id);
/** Ids and test ids: disbursements-grid, disbursements-count, disbursements-search, … */
const NAME = 'disbursements';
const FIRST_COLUMN = 'paidDate';

/** The open disbursement's fields beside the grid. */
function Detail({ open, close }: DetailProps<DisbursementRow>) {
  return <DisbursementDetail key={open.row.id} row={open.row} takeFocus={open.takeFocus} onClose={close} />;
}

/** The Disbursements screen: every payment across grants, newest first, each in its own currency. */
export function DisbursementsPage() {
  const api = useApi();
  const { t, locale } = useLocale();
  const [refusedAmount, setRefusedAmount] = useState<string | null>(null);

  const exporting = useGridExport<DisbursementsPageInput>('disbursements');
  const { remember } = exporting;
  const fetchPage = useCallback(
    (input: DisbursementsPageInput) => {
      remember(input);
      return api.call('disbursements.page', input);
    },
    [api, remember],
  );
  const columnDefs = useMemo(
    () => disbursementColumnDefs({ t, locale, collator: new Intl.Collator(intlLocaleOf(locale)), onAmountRefused: setRefusedAmount }),
    [t, locale],
  );
  const texts = useMemo<ServerGridTexts>(
    () => ({
      title: t('disbursements.title'),
      count: (count) => t('disbursementList.count', { count }),
      loading: t('grants.count.loading'),
      loadFailed: t('disbursementList.loadFailed'),
      help: t('disbursementList.help'),
      gridLabel: t('disbursements.title'),
      empty: t('disbursementList.empty'),
      emptyNone: t('disbursements.empty'),
      resetFilters: t('grants.resetFilters'),
      search: {
        label: t('disbursementList.search.label'),
        placeholder: t('disbursementList.search.placeholder'),
        hint: t('grants.search.hint'),
        clear: t('grants.search.clear'),
      },
    }),
    [t],
  );

  return (
    <ServerGrid<DisbursementRow, DisbursementsPageInput>
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
          <p className="filter-error" role="alert" data-testid="amount-filter-error">
            {t('amount.invalid', { text: refusedAmount, example: numberSymbolsOf(locale).example })}
          </p>
        )
      }
    />
  );
}
