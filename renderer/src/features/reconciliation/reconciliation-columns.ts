/**
 * The Reconciliation grid's columns: every grant's money in its own currency (formatted per locale
 * with ISO minor digits), and the count of payments not received, highlighted when above zero.
 */
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { RECONCILIATION_COLUMNS } from '../../../../core/api/schemas/receipts';
import { COUNTRIES } from '../../../../core/domain/countries';
import type { UiLocale } from '../../../../core/domain/locales';
import { moneyColumn as money, numberFilter, textFilter } from '../../components/grid-columns';
import { codeLabel } from '../../i18n/code-labels';
import type { ReconciliationRow } from './reconciliation-grid';

type Column = (typeof RECONCILIATION_COLUMNS)[number];

export type ReconciliationColumnOptions = {
  t: TFunction;
  locale: UiLocale;
  statusCellRenderer?: ColDef<ReconciliationRow>['cellRenderer'];
  onAmountRefused?(text: string | null): void;
};

export function reconciliationColumnDefs({ t, locale, statusCellRenderer, onAmountRefused = () => {} }: ReconciliationColumnOptions): ColDef<ReconciliationRow>[] {
  const moneyColumn = (colId: Column, headerName: string, pick: (r: ReconciliationRow) => number, headerTooltip?: string): ColDef<ReconciliationRow> & { colId: Column } => ({
    ...money(colId, headerName, pick, (r) => r.currency, { locale, onAmountRefused }),
    ...(headerTooltip ? { headerTooltip } : {}),
    width: 160,
  });
  const cols: (ColDef<ReconciliationRow> & { colId: Column })[] = [
    { colId: 'reference', field: 'reference', headerName: t('reconciliation.column.reference'), width: 190, pinned: 'left', lockPinned: true, cellClass: 'cell-reference', ...textFilter },
    { colId: 'grantee', field: 'grantee', headerName: t('reconciliation.column.grantee'), flex: 1, minWidth: 180, tooltip: true, ...textFilter },
    {
      colId: 'country',
      field: 'country',
      headerName: t('reconciliation.column.country'),
      width: 110,
      tooltip: (p) => (p.data ? COUNTRIES.get(p.data.country)?.name : undefined),
      ...textFilter,
    },
    { colId: 'currency', field: 'currency', headerName: t('reconciliation.column.currency'), width: 100, ...textFilter },
    {
      colId: 'status',
      field: 'status',
      headerName: t('reconciliation.column.status'),
      width: 120,
      valueFormatter: (p) => (p.value ? codeLabel(t, 'grantStatus', String(p.value)) : ''),
      ...(statusCellRenderer ? { cellRenderer: statusCellRenderer } : {}),
      ...textFilter,
    },
    moneyColumn('amount', t('reconciliation.column.amount'), (r) => r.amountMinor),
    moneyColumn('disbursed', t('reconciliation.column.disbursed'), (r) => r.disbursedMinor, t('reconciliation.column.disbursed.tip')),
    moneyColumn('awaiting', t('reconciliation.column.awaiting'), (r) => r.awaitingApprovalMinor, t('reconciliation.column.awaiting.tip')),
    moneyColumn('received', t('reconciliation.column.received'), (r) => r.receivedMinor, t('reconciliation.column.received.tip')),
    moneyColumn('outstanding', t('reconciliation.column.outstanding'), (r) => r.outstandingMinor, t('reconciliation.column.outstanding.tip')),
    {
      colId: 'unreceivedCount',
      field: 'unreceivedCount',
      headerName: t('reconciliation.column.unreceived'),
      headerTooltip: t('reconciliation.column.unreceived.tip'),
      width: 130,
      type: 'rightAligned',
      ...numberFilter,
      cellClassRules: { 'cell-alert': (p) => typeof p.value === 'number' && p.value > 0 },
      cellClass: ['ag-right-aligned-cell', 'cell-money'],
    },
    moneyColumn('unmatchedReceived', t('reconciliation.column.unmatched'), (r) => r.unmatchedReceivedMinor, t('reconciliation.column.unmatched.tip')),
  ];
  return cols;
}
