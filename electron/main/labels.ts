/**
 * Every user-visible string of the Electron main process (menu, dialogs, error boxes), from
 * resources/locales/<lng>/menu.json (bundled by esbuild) in the interface language, resolved as
 * the renderer resolves its catalogues (core/domain/catalogues: bs/hr/sr-Latn/cnr → sh → en,
 * sr-Cyrl derived from sh + sr-Latn).
 */
import { buildResources, interpolate, resolveText, type CatalogueFiles } from '../../core/domain/catalogues';
import type { UiLocale } from '../../core/domain/locales';
import bs from '../../resources/locales/bs/menu.json';
import cnr from '../../resources/locales/cnr/menu.json';
import en from '../../resources/locales/en/menu.json';
import hr from '../../resources/locales/hr/menu.json';
import mk from '../../resources/locales/mk/menu.json';
import sh from '../../resources/locales/sh/menu.json';
import sq from '../../resources/locales/sq/menu.json';
import srLatn from '../../resources/locales/sr-Latn/menu.json';

const FILES: CatalogueFiles = {
  en: { menu: en },
  sq: { menu: sq },
  sh: { menu: sh },
  bs: { menu: bs },
  hr: { menu: hr },
  'sr-Latn': { menu: srLatn },
  cnr: { menu: cnr },
  mk: { menu: mk },
};
const RESOURCES = buildResources(FILES, ['menu']);

/** The product name is not translated. */
const APP_NAME = 'Tranche';

export function labelsFor(locale: UiLocale) {
  const tx = (key: keyof typeof en, params?: Record<string, string>) => interpolate(resolveText(RESOURCES, locale, 'menu', key) ?? key, params);
  return {
    appName: APP_NAME,
    menu: {
      file: tx('menu.file'),
      newEmptyDatabase: tx('menu.newEmptyDatabase'),
      openDatabase: tx('menu.openDatabase'),
      openDemoDatabase: tx('menu.openDemoDatabase'),
      backupNow: tx('menu.backupNow'),
      restoreBackup: tx('menu.restoreBackup'),
      quit: tx('menu.quit'),
      edit: tx('menu.edit'),
      view: tx('menu.view'),
      window: tx('menu.window'),
      help: tx('menu.help'),
      about: tx('menu.about'),
      language: tx('menu.language'),
      // Role items: Electron's own labels are English on Linux and Windows.
      undo: tx('menu.undo'),
      redo: tx('menu.redo'),
      cut: tx('menu.cut'),
      copy: tx('menu.copy'),
      paste: tx('menu.paste'),
      pasteAndMatchStyle: tx('menu.pasteAndMatchStyle'),
      delete: tx('menu.delete'),
      selectAll: tx('menu.selectAll'),
      reload: tx('menu.reload'),
      forceReload: tx('menu.forceReload'),
      toggleDevTools: tx('menu.toggleDevTools'),
      resetZoom: tx('menu.resetZoom'),
      zoomIn: tx('menu.zoomIn'),
      zoomOut: tx('menu.zoomOut'),
      toggleFullScreen: tx('menu.toggleFullScreen'),
      services: tx('menu.services'),
      hide: tx('menu.hide'),
      hideOthers: tx('menu.hideOthers'),
      unhide: tx('menu.unhide'),
    },
    dialogs: {
      newDatabaseTitle: tx('dialog.newDatabase.title'),
      newDatabaseButton: tx('dialog.newDatabase.button'),
      openDatabaseTitle: tx('dialog.openDatabase.title'),
      openDatabaseButton: tx('dialog.openDatabase.button'),
      sqliteFilter: tx('dialog.filter.sqlite'),
      allFilesFilter: tx('dialog.filter.all'),
      defaultNewFileName: 'tranche.sqlite',
      ok: tx('dialog.ok'),
      cancel: tx('dialog.cancel'),
      restoreTitle: tx('dialog.restore.title'),
      restoreButton: tx('dialog.restore.button'),
      restoreConfirm: (file: string) => tx('dialog.restore.confirm', { file }),
      backupDone: (v: { file: string; entries: string; head: string }) => tx('dialog.backup.done', v),
      restoreDone: (v: { file: string; aside: string }) => tx('dialog.restore.done', v),
    },
    errors: {
      cannotOpenTitle: tx('error.cannotOpen.title'),
      fileExists: (path: string) => tx('error.fileExists', { path }),
      startupTitle: tx('error.startup.title'),
      backupTitle: tx('error.backup.title'),
      restoreTitle: tx('error.restore.title'),
      signInFirst: tx('error.signInFirst'),
    },
    about: {
      detail: (v: { version: string; electron: string; chrome: string; node: string; dbPath: string }) =>
        [
          tx('about.version', { version: v.version }),
          tx('about.runtime', { electron: v.electron, chrome: v.chrome, node: v.node }),
          '',
          tx('about.database', { dbPath: v.dbPath }),
        ].join('\n'),
    },
  };
}

export type Labels = ReturnType<typeof labelsFor>;

/** The labels in the current interface language (a live binding: importers see setLabelsLocale's change). */
export let LABELS: Labels = labelsFor('en');

export function setLabelsLocale(locale: UiLocale): void {
  LABELS = labelsFor(locale);
}
