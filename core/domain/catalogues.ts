/**
 * Translation catalogues: how the files under resources/locales/ become one complete catalogue per
 * UI locale. Pure, so the renderer (i18next), Electron's menu and the catalogue tests resolve
 * strings the same way.
 *
 * Folders: en, sq, mk; sh, the Latin catalogue Bosnian, Croatian, Montenegrin and Serbian share;
 * bs, hr, sr-Latn, cnr with only the strings where that standard differs from sh. sr-Cyrl has no
 * folder: it is sh with the sr-Latn overrides, transliterated (./transliterate-sr).
 */
import type { UiLocale } from './locales';
import { transliterateCatalogue } from './transliterate-sr';

export type Catalogue = Readonly<Record<string, string>>;
/** Folder name → namespace → catalogue, as read from resources/locales/<folder>/<namespace>.json. */
export type CatalogueFiles = Readonly<Record<string, Readonly<Record<string, Catalogue>>>>;
export type Resources = Record<string, Record<string, Catalogue>>;

/** Folders that hold only overrides of sh. */
export const SH_OVERRIDES = ['bs', 'hr', 'sr-Latn', 'cnr'] as const;

/** Where a missing key is looked up next (i18next's fallbackLng); sr-Cyrl is complete once derived. */
export const FALLBACK_LNG: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(SH_OVERRIDES.map((lng) => [lng, ['sh', 'en']])),
  default: ['en'],
};

/** The languages searched for a key in `locale`, in order. */
export function lookupChain(locale: UiLocale): readonly string[] {
  return [locale, ...(FALLBACK_LNG[locale] ?? FALLBACK_LNG.default ?? [])];
}

/** sh + sr-Latn overrides, in Cyrillic: every key sh has, in every namespace either has. */
export function deriveSerbianCyrillic(files: CatalogueFiles): Record<string, Catalogue> {
  const sh = files.sh ?? {};
  const srLatn = files['sr-Latn'] ?? {};
  const namespaces = new Set([...Object.keys(sh), ...Object.keys(srLatn)]);
  return Object.fromEntries([...namespaces].map((ns) => [ns, transliterateCatalogue({ ...sh[ns], ...srLatn[ns] })]));
}

/** Every folder as one i18next language (only the namespaces asked for), plus the derived sr-Cyrl. */
export function buildResources(files: CatalogueFiles, namespaces: readonly string[]): Resources {
  const pick = (byNs: Readonly<Record<string, Catalogue>>) =>
    Object.fromEntries(namespaces.filter((ns) => byNs[ns]).map((ns) => [ns, byNs[ns]!]));
  const resources: Resources = Object.fromEntries(Object.entries(files).map(([lng, byNs]) => [lng, pick(byNs)]));
  resources['sr-Cyrl'] = pick(deriveSerbianCyrillic(files));
  return resources;
}

/** The text of `key` in `locale` after fallback, or undefined if not even English has it. */
export function resolveText(resources: Resources, locale: UiLocale, ns: string, key: string): string | undefined {
  for (const lng of lookupChain(locale)) {
    const text = resources[lng]?.[ns]?.[key];
    if (text !== undefined) return text;
  }
  return undefined;
}

/** `{{name}}` placeholders filled from params; unknown ones are left visible. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
