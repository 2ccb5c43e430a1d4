import type { TFunction } from 'i18next';
import type { TextKey } from '../i18n/keys';

/**
 * ag-grid's own texts that the Grants grid shows (filter menus and their options, placeholders,
 * validation, loading cells, aria labels; found by recording the keys the grid asks for), each with its key in resources/locales/<lng>/grid.json. Only the
 * Community features we use; anything else would stay in ag-grid's English. `${variable}` in a
 * text is ag-grid's placeholder, filled by the grid.
 */
const GRID_TEXT = {
  ariaSortableColumn: 'grid.ariaSortableColumn',
  ariaFilterColumn: 'grid.ariaFilterColumn',
  ariaFilterMenuOpen: 'grid.ariaFilterMenuOpen',
  ariaLabelInputClear: 'grid.ariaLabelInputClear',
  ariaFilterInput: 'grid.ariaFilterInput',
  ariaDateFilterInput: 'grid.ariaDateFilterInput',
  contains: 'grid.contains',
  notContains: 'grid.notContains',
  equals: 'grid.equals',
  notEqual: 'grid.notEqual',
  startsWith: 'grid.startsWith',
  endsWith: 'grid.endsWith',
  blank: 'grid.blank',
  notBlank: 'grid.notBlank',
  ariaFilteringOperator: 'grid.ariaFilteringOperator',
  ariaFilterValue: 'grid.ariaFilterValue',
  filterOoo: 'grid.filterOoo',
  ariaFilterFromValue: 'grid.ariaFilterFromValue',
  ariaFilterToValue: 'grid.ariaFilterToValue',
  inRangeStart: 'grid.inRangeStart',
  inRangeEnd: 'grid.inRangeEnd',
  ariaLabelColumnFilter: 'grid.ariaLabelColumnFilter',
  ariaLabelSelectField: 'grid.ariaLabelSelectField',
  andCondition: 'grid.andCondition',
  orCondition: 'grid.orCondition',
  ariaColumnFiltered: 'grid.ariaColumnFiltered',
  greaterThan: 'grid.greaterThan',
  greaterThanOrEqual: 'grid.greaterThanOrEqual',
  lessThan: 'grid.lessThan',
  lessThanOrEqual: 'grid.lessThanOrEqual',
  inRange: 'grid.inRange',
  before: 'grid.before',
  after: 'grid.after',
  dateFormatOoo: 'grid.dateFormatOoo',
  loadingError: 'grid.loadingError',
  ariaSkeletonCellLoading: 'grid.ariaSkeletonCellLoading',
  strictMinValueValidation: 'grid.strictMinValueValidation',
  strictMaxValueValidation: 'grid.strictMaxValueValidation',
  minDateValidation: 'grid.minDateValidation',
  maxDateValidation: 'grid.maxDateValidation',
} as const satisfies Record<string, TextKey>;

/** The grid's localeText option in the current language. */
export function gridLocaleText(t: TFunction): Record<string, string> {
  return Object.fromEntries(Object.entries(GRID_TEXT).map(([agKey, key]) => [agKey, t(key)]));
}
