/**
 * ag-grid for the whole renderer: the Community modules we use (registered once, so the bundle
 * carries only these) and the app's theme. No enterprise modules.
 */
import {
  CustomFilterModule,
  DateFilterModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  RowApiModule,
  RowSelectionModule,
  ScrollApiModule,
  TextFilterModule,
  TooltipModule,
  CellStyleModule,
  ValidationModule,
  themeQuartz,
  iconSetQuartzLight,
  type Module,
} from 'ag-grid-community';

const modules: Module[] = [
  InfiniteRowModelModule, // rowModelType 'infinite': blocks fetched from the API
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  CustomFilterModule, // the Audit log's record-type and action lists (../components/ChoiceFilter)
  RowSelectionModule, // the open grant or audit entry is the selected row
  RowApiModule, // getRowNode: the row an address opens shows selected
  ScrollApiModule, // ensureIndexVisible
  TooltipModule, // header tooltips, reference -> title
  CellStyleModule, // cellClass
  LocaleModule, // localeText: ag-grid's own texts in the UI language
];
// Console warnings for misused options while developing; tree-shaken out of production builds.
if (import.meta.env.DEV) modules.push(ValidationModule);

ModuleRegistry.registerModules(modules);

export const FONT_STACK = ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'];

/** A calm, dense, light theme: slate text, one blue accent, hairline borders. */
export const gridTheme = themeQuartz.withPart(iconSetQuartzLight).withParams({
  browserColorScheme: 'light',
  fontFamily: FONT_STACK,
  fontSize: 13,
  dataFontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  foregroundColor: '#1c2633',
  textColor: '#1c2633',
  subtleTextColor: '#5b6778',
  backgroundColor: '#ffffff',
  chromeBackgroundColor: '#f4f6f9',
  headerBackgroundColor: '#f4f6f9',
  headerTextColor: '#3a4657',
  accentColor: '#1f5d99',
  borderColor: '#dfe4eb',
  rowBorder: { color: '#edf0f4' },
  columnBorder: false,
  headerColumnBorder: { color: '#e3e7ee' },
  wrapperBorder: { color: '#d6dce5' },
  wrapperBorderRadius: 6,
  borderRadius: 4,
  rowHeight: 34,
  headerHeight: 36,
  spacing: 6,
  cellHorizontalPadding: 12,
  oddRowBackgroundColor: '#fbfcfd',
  rowHoverColor: '#f0f4f9',
  selectedRowBackgroundColor: '#e3edf8',
  iconSize: 14,
});

/**
 * The settings every grid paged from SQLite shares: the infinite row model in blocks of 100 rows
 * (one API call each), a short debounce while scrolling, and no animation or drag-to-hide.
 */
/**
 * The nonce the host put in this load of the page (index.html's tranche-style-nonce): ag-grid's
 * theme is injected as <style> elements, which the page's policy accepts only with it. Every grid
 * of a page must pass the same one.
 */
export const GRID_STYLE_NONCE: string | undefined = document.querySelector<HTMLMetaElement>('meta[name="tranche-style-nonce"]')?.content || undefined;

export const SERVER_PAGED_GRID = {
  styleNonce: GRID_STYLE_NONCE,
  rowModelType: 'infinite',
  cacheBlockSize: 100,
  maxBlocksInCache: 20,
  blockLoadDebounceMillis: 50,
  tooltipShowDelay: 600,
  suppressDragLeaveHidesColumns: true,
  animateRows: false,
} as const;
