import { useCallback, useMemo, useRef, useState } from 'react';
import type { IGetRowsParams } from 'ag-grid-community';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useApi } from '../../api/context';
import { grantHref, navigate, routeHref } from '../../app/routes';
import { ServerGrid, type OpenRow, type ServerGridHandle, type ServerGridTexts } from '../../components/ServerGrid';
import { StatusPill } from '../../components/StatusPill';
import { DEFAULT_COL_DEF } from '../../components/grid-columns';
import { numberSymbolsOf } from '../../../../core/domain/parse-locale-amount';
import { useLocale } from '../../i18n/use-locale';
import { ExportButtons } from '../exports/ExportButtons';
import { useGridExport } from '../exports/grid-export';
import { useCurrentUser } from '../auth/current-user';
import { canManageGrants } from '../money-flow/money-roles';
import { NewGrantDialog } from '../money-flow/NewGrantDialog';
import { GrantDetail } from './GrantDetail';
import { grantsColumnDefs } from './grants-columns';
import { toPageInput, type GrantRow, type GrantsPageInput } from './grants-grid';
import { lastReportingCurrency, rememberReportingCurrency, reportingCurrencyChoices } from './reporting-currency';

function GrantStatusCell(p: CustomCellRendererProps<GrantRow, string>) {
  return p.value ? <StatusPill kind="grantStatus" status={p.value} /> : null;
}

/** The currencies equivalents can be shown in (the same for every language). */
const currencyChoices = reportingCurrencyChoices();

const rowId = (r: GrantRow) => String(r.id);
/** Ids and test ids: grants-title, grants-grid, grants-count, grants-search. */
const NAME = 'grants';
const FIRST_COLUMN = 'reference';

/** How the grant about to open was opened, until the address names it (then it is the open one's). */
type Opening = { id: number; rowIndex: number | null; takeFocus: boolean };

/**
 * The Grants screen: a server-paged grid with quick search, and the open grant beside it. The open
 * grant is the address's (`#grants/<id>`), so a link, Back and a reload open and close it; opening
 * one from the grid or the New grant form goes to its address.
 */
export function GrantsPage({ grantId }: { grantId: number | null }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const grid = useRef<ServerGridHandle>(null);
  /** Text typed into a money filter that is not an amount in this language (or is ambiguous). */
  const [refusedAmount, setRefusedAmount] = useState<string | null>(null);
  const { user } = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const newGrantButton = useRef<HTMLButtonElement>(null);
  /** The currency of the equivalent column (read by the page input of every block asked for from now on). */
  const [reportingCurrency, setReportingCurrency] = useState(lastReportingCurrency);
  const reportingCurrencyNow = useRef(reportingCurrency);
  const [opening, setOpening] = useState<Opening | null>(null);

  const exporting = useGridExport<GrantsPageInput>('grants');
  const { remember } = exporting;
  const fetchPage = useCallback(
    (input: GrantsPageInput) => {
      remember(input);
      return api.call('grants.page', input);
    },
    [api, remember],
  );
  const pageInput = useCallback(
    (params: IGetRowsParams, search: string): GrantsPageInput => ({ ...toPageInput(params, search), reportingCurrency: reportingCurrencyNow.current }),
    [],
  );
  const columnDefs = useMemo(
    () => grantsColumnDefs({ t, locale, statusCellRenderer: GrantStatusCell, onAmountRefused: setRefusedAmount, reportingCurrency }),
    [t, locale, reportingCurrency],
  );
  const texts = useMemo<ServerGridTexts>(
    () => ({
      title: t('grants.title'),
      count: (count) => t('grants.count', { count }),
      loading: t('grants.count.loading'),
      loadFailed: t('grants.loadFailed'),
      help: t('grants.help'),
      gridLabel: t('grants.grid.label'),
      empty: t('grants.empty'),
      emptyNone: t('grants.empty.none'),
      resetFilters: t('grants.resetFilters'),
      search: { label: t('grants.search.label'), placeholder: t('grants.search.placeholder'), hint: t('grants.search.hint'), clear: t('grants.search.clear') },
    }),
    [t],
  );

  const openGrant = useCallback((id: number, rowIndex: number | null, takeFocus: boolean) => {
    setOpening({ id, rowIndex, takeFocus });
    navigate(grantHref(id));
  }, []);
  const onOpenRow = useCallback((o: OpenRow<GrantRow>) => openGrant(o.row.id, o.rowIndex, o.takeFocus), [openGrant]);
  const onClose = useCallback(() => navigate(routeHref('grants')), []);

  // How the open grant was opened, fixed when the address changes: from here (the grid or the New
  // grant form), or by its address (a link, Back, a reload), which puts focus in the panel.
  const [shown, setShown] = useState<Opening | null>(null);
  if ((shown?.id ?? null) !== grantId) {
    setShown(grantId === null ? null : opening?.id === grantId ? opening : { id: grantId, rowIndex: null, takeFocus: true });
  }
  const rowIndex = shown?.rowIndex ?? null;
  const open = useMemo(() => (grantId === null ? null : { rowIndex }), [grantId, rowIndex]);
  const takeFocus = shown?.takeFocus ?? true;

  const grantCreated = useCallback(
    (id: number) => {
      setCreating(false);
      grid.current?.startOver();
      openGrant(id, null, true);
    },
    [openGrant],
  );

  const chooseReportingCurrency = (code: string) => {
    reportingCurrencyNow.current = code;
    setReportingCurrency(code);
    rememberReportingCurrency(code);
    grid.current?.refresh();
  };

  return (
    <ServerGrid<GrantRow, GrantsPageInput>
      name={NAME}
      texts={texts}
      toPageInput={pageInput}
      fetchPage={fetchPage}
      columnDefs={columnDefs}
      defaultColDef={DEFAULT_COL_DEF}
      rowId={rowId}
      firstColumn={FIRST_COLUMN}
      gridRef={grid}
      panel={{
        open,
        onOpenRow,
        onClose,
        selectedRowId: grantId === null ? null : String(grantId),
        content: grantId !== null && (
          <GrantDetail key={grantId} grantId={grantId} takeFocus={takeFocus} onClose={() => grid.current?.close()} onChanged={() => grid.current?.refresh()} />
        ),
      }}
      toolbarExtra={
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
      }
      toolbarEnd={
        <>
          <ExportButtons slot={exporting.slot} target={exporting.target} />
          {canManageGrants(user.role) && (
            <button ref={newGrantButton} type="button" className="btn btn-primary" data-testid="new-grant" onClick={() => setCreating(true)}>
              {t('money.newGrant.open')}
            </button>
          )}
        </>
      }
      notice={
        refusedAmount !== null && (
          <p className="filter-error" role="alert" data-testid="amount-filter-error">
            {t('amount.invalid', { text: refusedAmount, example: numberSymbolsOf(locale).example })}
          </p>
        )
      }
      footer={
        creating && (
          <NewGrantDialog
            onCreated={grantCreated}
            onClose={() => {
              setCreating(false);
              // Once the modal dialog is gone (until then the rest of the page is inert).
              window.requestAnimationFrame(() => newGrantButton.current?.focus());
            }}
          />
        )
      }
    />
  );
}
