import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildResources, lookupChain, SH_OVERRIDES, type CatalogueFiles } from '../../../core/domain/catalogues';
import { intlLocaleOf, UI_LOCALES, type UiLocale } from '../../../core/domain/locales';

const ROOT = 'resources/locales';
const NAMESPACES = ['app', 'grants', 'audit', 'auth', 'grid', 'validation', 'money', 'reports', 'register', 'plans', 'menu', 'exports', 'exporting'] as const;
/** Where the keys are used: the renderer, Electron's main process and the files exports write. */
const SOURCE_DIRS = ['renderer/src', 'electron/main', 'core/export'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

function readFiles(): CatalogueFiles {
  const files: Record<string, Record<string, Record<string, string>>> = {};
  for (const folder of readdirSync(ROOT)) {
    for (const file of readdirSync(join(ROOT, folder))) {
      if (file.endsWith('.json')) (files[folder] ??= {})[file.slice(0, -5)] = JSON.parse(readFileSync(join(ROOT, folder, file), 'utf8'));
    }
  }
  return files;
}

const files = readFiles();
const en = files.en!;
const resources = buildResources(files, NAMESPACES);
const baseOf = (key: string) => key.replace(PLURAL, '');
/** Catalogue folders a translator writes in full (the rest are overrides or derived). */
const FULL = ['en', 'sq', 'sh', 'mk'];

function pluralCategories(locale: UiLocale): string[] {
  return new Intl.PluralRules(intlLocaleOf(locale)).resolvedOptions().pluralCategories;
}

/** {{name}} (format dropped) and ag-grid's ${variable}, sorted. */
function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => `{{${m[1]}}}`);
  const agGrid = [...text.matchAll(/\$\{variable\}/g)].map(() => '${variable}');
  return [...names, ...agGrid].sort();
}

/** The text a key has in `locale` without falling back to English (English itself included). */
function ownText(locale: UiLocale, ns: string, key: string): string | undefined {
  for (const lng of lookupChain(locale)) {
    if (lng === 'en' && locale !== 'en') return undefined;
    const text = resources[lng]?.[ns]?.[key];
    if (text !== undefined) return text;
  }
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('translation catalogues', () => {
  it('have every namespace in every fully written language', () => {
    for (const folder of FULL) expect(Object.keys(files[folder] ?? {}).sort(), folder).toEqual([...NAMESPACES].sort());
  });

  it.each(UI_LOCALES)('%s has every English key, after falling back through sh (plural forms per its plural rules)', (locale) => {
    const missing: string[] = [];
    for (const ns of NAMESPACES) {
      for (const key of Object.keys(en[ns] ?? {})) {
        const wanted = PLURAL.test(key) ? pluralCategories(locale).map((c) => `${baseOf(key)}_${c}`) : [key];
        for (const k of wanted) if (ownText(locale, ns, k) === undefined) missing.push(`${ns}:${k}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('have no key English does not have (plural forms count as their base key)', () => {
    const extra: string[] = [];
    for (const [folder, byNs] of Object.entries(files)) {
      for (const [ns, catalogue] of Object.entries(byNs)) {
        const known = new Set(Object.keys(en[ns] ?? {}).map(baseOf));
        for (const key of Object.keys(catalogue)) if (!known.has(baseOf(key))) extra.push(`${folder}/${ns}:${key}`);
      }
    }
    expect(extra).toEqual([]);
  });

  it('override only keys of sh in bs, hr, sr-Latn and cnr', () => {
    const stray: string[] = [];
    for (const folder of SH_OVERRIDES) {
      for (const [ns, catalogue] of Object.entries(files[folder] ?? {})) {
        for (const key of Object.keys(catalogue)) if (files.sh?.[ns]?.[key] === undefined) stray.push(`${folder}/${ns}:${key}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('keep the placeholders of the English text in every translation', () => {
    const wrong: string[] = [];
    for (const [lng, byNs] of Object.entries(resources)) {
      for (const [ns, catalogue] of Object.entries(byNs)) {
        for (const [key, text] of Object.entries(catalogue)) {
          const source = en[ns]?.[key] ?? en[ns]?.[`${baseOf(key)}_other`];
          if (source !== undefined && placeholders(text).join() !== placeholders(source).join()) {
            wrong.push(`${lng}/${ns}:${key} has ${placeholders(text).join(' ') || 'none'}, English ${placeholders(source).join(' ') || 'none'}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('derive Serbian Cyrillic from Serbian Latin', () => {
    expect(ownText('sr-Cyrl', 'grants', 'grants.title')).toMatch(/^\p{Script=Cyrillic}/u);
    expect(ownText('sr-Cyrl', 'grants', 'grants.column.amountEur')).toContain('{{currency}}');
  });

  it('use each key only once across the renderer namespaces (t() looks keys up without a namespace)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const ns of NAMESPACES.filter((n) => n !== 'menu' && n !== 'exports')) {
      for (const key of Object.keys(en[ns] ?? {})) {
        if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${ns}`);
        seen.set(key, ns);
      }
    }
    expect(twice).toEqual([]);
  });

  it('have no key that no code uses (keys are written out in full, e.g. in code-labels.ts)', () => {
    const sources = SOURCE_DIRS.flatMap(sourceFiles).map((f) => readFileSync(f, 'utf8'));
    const unused: string[] = [];
    for (const ns of NAMESPACES) {
      for (const key of new Set(Object.keys(en[ns] ?? {}).map(baseOf))) {
        const quoted = [`'${key}'`, `"${key}"`, `\`${key}\``];
        if (!sources.some((s) => quoted.some((q) => s.includes(q)))) unused.push(`${ns}:${key}`);
      }
    }
    expect(unused, `not found in ${SOURCE_DIRS.map((d) => relative('.', d)).join(', ')}`).toEqual([]);
  });
});
