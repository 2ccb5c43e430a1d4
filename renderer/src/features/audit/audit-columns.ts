/**
 * The Audit grid's columns in the UI language. Times are ISO in UTC and entry numbers are plain
 * digits (identifiers, not quantities); record types and actions are words, filtered from a list.
 */
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { AuditColumn } from '../../../../core/api/schemas/audit';
import { ChoiceFilter, ChoiceFloatingFilter, type ChoiceFilterParams } from '../../components/ChoiceFilter';
import { DATE_FILTER_OPTIONS, MAX_CONDITIONS, NUMBER_FILTER_OPTIONS, TEXT_FILTER_OPTIONS } from '../../components/grid-datasource';
import { ACTION_KEYS, actionLabel, recordTypeChoices, recordTypeLabel } from './audit-codes';
import type { AuditRow } from './audit-grid';
import { formatUtcInstant } from './audit-time';
import { userLabel } from './user-label';

/** Characters of the hash shown in the grid; the tooltip has all 64. */
export const SHORT_HASH = 12;

const textFilter = {
  filter: 'agTextColumnFilter',
  filterParams: { filterOptions: TEXT_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, trimInput: true, debounceMs: 300 },
} satisfies ColDef;

const numberFilter = {
  filter: 'agNumberColumnFilter',
  filterParams: { filterOptions: NUMBER_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, debounceMs: 300 },
} satisfies ColDef;

// ISO dates typed as text (2026-11-24), not the browser's date picker in the OS locale's order.
const dateFilter = {
  filter: 'agDateColumnFilter',
  filterParams: { filterOptions: DATE_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, browserDatePicker: false, minValidYear: 1990 },
} satisfies ColDef;

type FilterPart = Pick<ColDef<AuditRow>, 'filter' | 'filterParams' | 'floatingFilterComponent' | 'floatingFilterComponentParams' | 'suppressFloatingFilterButton'>;

function choiceFilter(params: ChoiceFilterParams): FilterPart {
  return {
    filter: ChoiceFilter,
    filterParams: params,
    floatingFilterComponent: ChoiceFloatingFilter,
    floatingFilterComponentParams: params,
    suppressFloatingFilterButton: true,
  };
}

export type AuditColumnOptions = {
  t: TFunction;
  /** Sorts the record types in the filter list by their name in the UI language. */
  collator: Intl.Collator;
  /** Renders the action as a pill (a React component in the app; anything ag-grid accepts in tests). */
  actionCellRenderer?: ColDef<AuditRow>['cellRenderer'];
};

/** The Audit grid columns; every sortable or filterable colId is one the server whitelists (AUDIT_COLUMNS). */
export function auditColumnDefs({ t, collator, actionCellRenderer }: AuditColumnOptions): ColDef<AuditRow>[] {
  const anyLabel = t('audit.filter.any');
  const filterLabel = (column: string) => t('audit.filter.label', { column });
  const cols: (ColDef<AuditRow> & { colId: AuditColumn | 'hash' })[] = [
    {
      colId: 'seq',
      field: 'seq',
      headerName: t('audit.column.seq'),
      headerTooltip: t('audit.column.seq.tip'),
      width: 130,
      pinned: 'left',
      lockPinned: true,
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'cell-seq'],
      valueFormatter: (p) => (typeof p.value === 'number' ? String(p.value) : ''),
      ...numberFilter,
    },
    {
      colId: 'at',
      headerName: t('audit.column.at'),
      headerTooltip: t('audit.column.at.tip'),
      valueGetter: (p) => (p.data ? formatUtcInstant(p.data.at) : undefined),
      width: 200,
      cellClass: 'cell-date',
      ...dateFilter,
    },
    {
      colId: 'userName',
      headerName: t('audit.column.user'),
      valueGetter: (p) => (p.data ? userLabel(t, p.data) : undefined),
      width: 160,
      tooltip: true,
      ...textFilter,
    },
    {
      colId: 'action',
      field: 'action',
      headerName: t('audit.column.action'),
      width: 140,
      valueFormatter: (p) => (p.value ? actionLabel(t, String(p.value)) : ''),
      ...(actionCellRenderer ? { cellRenderer: actionCellRenderer } : {}),
      ...choiceFilter({
        choices: Object.keys(ACTION_KEYS).map((value) => ({ value, label: actionLabel(t, value) })),
        anyLabel,
        label: filterLabel(t('audit.column.action')),
      }),
    },
    {
      colId: 'tableName',
      headerName: t('audit.column.tableName'),
      valueGetter: (p) => (p.data ? recordTypeLabel(t, p.data.tableName) : undefined),
      filterValueGetter: (p) => p.data?.tableName,
      width: 240,
      tooltip: true,
      ...choiceFilter({ choices: recordTypeChoices(t, collator), anyLabel, label: filterLabel(t('audit.column.tableName')) }),
    },
    {
      colId: 'recordId',
      field: 'recordId',
      headerName: t('audit.column.recordId'),
      headerTooltip: t('audit.column.recordId.tip'),
      width: 130,
      cellClass: 'cell-record',
      ...textFilter,
    },
    {
      colId: 'reason',
      field: 'reason',
      headerName: t('audit.column.reason'),
      flex: 1,
      minWidth: 200,
      tooltip: true,
      valueFormatter: (p) => (p.value ? String(p.value) : ''),
      ...textFilter,
    },
    {
      colId: 'hash',
      field: 'hash',
      headerName: t('audit.column.hash'),
      headerTooltip: t('audit.column.hash.tip'),
      width: 160,
      sortable: false,
      filter: false,
      cellClass: ['cell-hash'],
      valueFormatter: (p) => (!p.node?.data ? '' : p.value ? String(p.value).slice(0, SHORT_HASH) : t('audit.hash.unsealed')),
      tooltip: (p) => (p.value ? String(p.value) : undefined),
    },
  ];
  return cols;
}

/** Settings every Audit column shares. Long headers wrap rather than cut. */
export const defaultAuditColDef: ColDef<AuditRow> = {
  sortable: true,
  resizable: true,
  floatingFilter: true,
  suppressHeaderMenuButton: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
  cellDataType: false,
};
