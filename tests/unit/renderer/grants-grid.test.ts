import { describe, expect, it } from 'vitest';
import { GrantsPageInput } from '../../../core/api/schemas/grants';
import { toPageInput } from '../../../renderer/src/features/grants/grants-grid';

describe('the Grants grid datasource', () => {
  it('turns what ag-grid sends into input the API accepts', () => {
    const input = toPageInput(
      {
        startRow: 100,
        endRow: 200,
        sortModel: [{ colId: 'amount', sort: 'desc', type: 'default' } as never, { colId: 'nope', sort: 'asc' }],
        filterModel: {
          country: { filterType: 'text', type: 'contains', filter: 'Serbia', filterTo: null },
          amount: { filterType: 'number', type: 'inRange', filter: 1000, filterTo: 5000 },
          startDate: { filterType: 'date', type: 'greaterThan', dateFrom: '2024-01-01 00:00:00', dateTo: null },
          unknownColumn: { filterType: 'text', type: 'equals', filter: 'x' },
        },
      },
      '  hotline  ',
    );
    const parsed = GrantsPageInput.safeParse(input);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(input.sortModel).toEqual([{ colId: 'amount', sort: 'desc' }]);
    expect(Object.keys(input.filterModel ?? {}).sort()).toEqual(['amount', 'country', 'startDate']);
    expect(input.search).toBe('hotline');
  });

  it('never asks for more rows than the API serves in one page', () => {
    const input = toPageInput({ startRow: 0, endRow: 10_000, sortModel: [], filterModel: {} }, '');
    expect(GrantsPageInput.safeParse(input).success).toBe(true);
    expect(input.endRow).toBe(500);
  });
});
