import { describe, expect, it } from 'vitest';
import { AuditPageInput } from '../../../core/api/schemas/audit';
import { AUDITED_TABLES } from '../../../db/audit/audited-tables';
import { choiceModel } from '../../../renderer/src/components/ChoiceFilter';
import { ACTION_KEYS, recordTypeChoices, recordTypeLabel, RECORD_TYPE_KEYS } from '../../../renderer/src/features/audit/audit-codes';
import { toAuditPageInput } from '../../../renderer/src/features/audit/audit-grid';
import { routeOf } from '../../../renderer/src/app/routes';
import { createI18n } from '../../../renderer/src/i18n/i18n';

describe('the Audit grid', () => {
  it('turns what ag-grid sends, the record-type and action lists included, into input the API accepts', () => {
    const input = toAuditPageInput(
      {
        startRow: 0,
        endRow: 100,
        sortModel: [{ colId: 'seq', sort: 'asc' }, { colId: 'hash', sort: 'asc' }],
        filterModel: {
          tableName: choiceModel('grants'),
          action: choiceModel('update'),
          userName: { filterType: 'text', type: 'blank' },
          at: { filterType: 'date', type: 'equals', dateFrom: '2026-11-24 00:00:00', dateTo: null },
          seq: { filterType: 'number', type: 'greaterThan', filter: 100 },
          hash: { filterType: 'text', type: 'contains', filter: 'ab' }, // not a filterable column
        },
      },
      ' demo ',
    );
    const parsed = AuditPageInput.safeParse(input);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(input.sortModel).toEqual([{ colId: 'seq', sort: 'asc' }]);
    expect(Object.keys(input.filterModel ?? {}).sort()).toEqual(['action', 'at', 'seq', 'tableName', 'userName']);
    expect(input.search).toBe('demo');
  });

  it('has a record type in words for every audited table, and for nothing else', () => {
    expect(Object.keys(RECORD_TYPE_KEYS).sort()).toEqual(Object.keys(AUDITED_TABLES).sort());
    expect(Object.keys(ACTION_KEYS).sort()).toEqual(['delete', 'insert', 'update']);
  });

  it('names record types in the language, sorted by name there; an unknown table as stored', () => {
    const { t } = createI18n('sr-Cyrl');
    expect(recordTypeLabel(t, 'tranches')).toBe('Транша');
    expect(recordTypeLabel(t, 'new_table')).toBe('new_table');
    const labels = recordTypeChoices(t, new Intl.Collator('sr-Cyrl')).map((c) => c.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('sr-Cyrl').compare));
    expect(labels).toHaveLength(Object.keys(AUDITED_TABLES).length);
  });

  it('has its own address in the app', () => {
    expect(routeOf('#audit')).toBe('audit');
    expect(routeOf('#/audit')).toBe('audit');
    expect(routeOf('#grants')).toBe('grants');
    expect(routeOf('')).toBe('grants');
    expect(routeOf('#nonsense')).toBe('grants');
  });
});
