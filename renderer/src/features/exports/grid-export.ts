/**
 * What a grid's Export buttons export: the view of the grid's last page request (sort, filters,
 * search), kept as the grid asks for pages, so the file holds what the screen shows.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { Input } from '../../../../core/api/handlers';
import type { ExportTarget } from './ExportButtons';

type Grid = Input<'exports.grid'>['grid'];
type View = Pick<Input<'exports.grid'>, 'sortModel' | 'filterModel' | 'search'>;

export function useGridExport<I extends { sortModel?: unknown; filterModel?: unknown; search?: unknown }>(grid: Grid): { remember(input: I): void; target: ExportTarget; slot: string } {
  const view = useRef<View>({});
  const remember = useCallback((input: I) => {
    view.current = { sortModel: input.sortModel as View['sortModel'], filterModel: input.filterModel as View['filterModel'], search: input.search as View['search'] };
  }, []);
  const target = useMemo<ExportTarget>(() => ({ method: 'exports.grid', input: (format) => ({ format, grid, ...view.current }) }), [grid]);
  return { remember, target, slot: `${grid}.export` };
}
