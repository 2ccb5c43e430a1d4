/**
 * The Audit grid's columns in the UI language. Times are ISO in UTC and entry numbers are plain
 * digits (identifiers, not quantities); record types and actions are words, filtered from a list.
 */
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { AuditColumn } from '../../../../core/api/schemas/audit';
import { choiceFilter, dateFilter, numberFilter, textFilter } from '../../components/grid-columns';
import { ACTION_KEYS, actionLabel, recordTypeChoices, recordTypeLabel } from './audit-codes';
import type { AuditRow } from './audit-grid';
import { formatUtcInstant } from './audit-time';
import { userLabel } from './user-label';

/** Characters of the hash shown in the grid; the tooltip has all 64. */
export const SHORT_HASH = 12;

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
      ...choiceFilter<AuditRow>({
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
      ...choiceFilter<AuditRow>({ choices: recordTypeChoices(t, collator), anyLabel, label: filterLabel(t('audit.column.tableName')) }),
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
