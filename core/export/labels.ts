/**
 * The texts of exported files (sheet names, column headers, cover sheet, PDF footer) in the
 * user's language, from resources/locales/<lng>/exports.json, resolved as the renderer resolves
 * its catalogues (bs/hr/sr-Latn/cnr → sh → en, sr-Cyrl derived).
 */
import { buildResources, interpolate, resolveText, type CatalogueFiles } from '../domain/catalogues';
import type { UiLocale } from '../domain/locales';
import en from '../../resources/locales/en/exports.json';
import hr from '../../resources/locales/hr/exports.json';
import mk from '../../resources/locales/mk/exports.json';
import sh from '../../resources/locales/sh/exports.json';
import sq from '../../resources/locales/sq/exports.json';
import srLatn from '../../resources/locales/sr-Latn/exports.json';

const FILES: CatalogueFiles = { en: { exports: en }, sq: { exports: sq }, sh: { exports: sh }, hr: { exports: hr }, 'sr-Latn': { exports: srLatn }, mk: { exports: mk } };
const RESOURCES = buildResources(FILES, ['exports']);

export type ExportKey = keyof typeof en;
export type Label = (key: ExportKey, params?: Record<string, string | number>) => string;

/** A text lookup for one language; a key missing everywhere shows as itself (a test forbids that). */
export function labelsFor(locale: UiLocale): Label {
  return (key, params) => interpolate(resolveText(RESOURCES, locale, 'exports', key) ?? key, params);
}
