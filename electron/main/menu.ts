import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { LANGUAGE_NAMES, UI_LOCALES, type UiLocale } from '../../core/domain/locales';
import { LABELS } from './labels';

/** What the menu asks of the app; implemented in index.ts, which owns the core and the window. */
export type MenuActions = {
  newEmptyDatabase(): void;
  openDatabase(): void;
  openDemoDatabase(): void;
  /** Backs up the open database now (online, verified) into the backups folder beside it. */
  backupNow(): void;
  /** Puts a verified backup in the open database's place, keeping the current file aside. */
  restoreBackup(): void;
  about(): void;
  /** Remembers the interface language (as the renderer's switch does) and tells the window. */
  setLocale(locale: UiLocale): void;
};

/** The application menu in the current labels' language, with `locale` ticked in the Language menu. */
export function buildMenu(actions: MenuActions, locale: UiLocale): Menu {
  const isMac = process.platform === 'darwin';
  const L = LABELS.menu;

  const file: MenuItemConstructorOptions = {
    label: L.file,
    submenu: [
      { label: L.newEmptyDatabase, accelerator: 'CmdOrCtrl+N', click: () => actions.newEmptyDatabase() },
      { label: L.openDatabase, accelerator: 'CmdOrCtrl+O', click: () => actions.openDatabase() },
      { label: L.openDemoDatabase, click: () => actions.openDemoDatabase() },
      { type: 'separator' },
      { label: L.backupNow, click: () => actions.backupNow() },
      { label: L.restoreBackup, click: () => actions.restoreBackup() },
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit', label: L.quit }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: L.edit,
    submenu: [
      { role: 'undo', label: L.undo },
      { role: 'redo', label: L.redo },
      { type: 'separator' },
      { role: 'cut', label: L.cut },
      { role: 'copy', label: L.copy },
      { role: 'paste', label: L.paste },
      ...(isMac ? ([{ role: 'pasteAndMatchStyle', label: L.pasteAndMatchStyle }, { role: 'delete', label: L.delete }] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'selectAll', label: L.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: L.view,
    submenu: [
      { role: 'reload', label: L.reload },
      ...(app.isPackaged ? [] : ([{ role: 'forceReload', label: L.forceReload }, { role: 'toggleDevTools', label: L.toggleDevTools }] satisfies MenuItemConstructorOptions[])),
      { type: 'separator' },
      { role: 'resetZoom', label: L.resetZoom },
      { role: 'zoomIn', label: L.zoomIn },
      { role: 'zoomOut', label: L.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: L.toggleFullScreen },
    ],
  };

  // Every language in its own name, so a user who landed in the wrong one can find theirs.
  const language: MenuItemConstructorOptions = {
    label: L.language,
    submenu: UI_LOCALES.map((l) => ({
      label: LANGUAGE_NAMES[l],
      type: 'radio' as const,
      checked: l === locale,
      click: () => actions.setLocale(l),
    })),
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: L.help,
    submenu: [{ label: L.about, click: () => actions.about() }],
  };

  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? ([
          {
            label: LABELS.appName,
            submenu: [
              { label: L.about, click: () => actions.about() },
              { type: 'separator' },
              { role: 'services', label: L.services },
              { type: 'separator' },
              { role: 'hide', label: L.hide },
              { role: 'hideOthers', label: L.hideOthers },
              { role: 'unhide', label: L.unhide },
              { type: 'separator' },
              { role: 'quit', label: `${L.quit} ${LABELS.appName}` },
            ],
          },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    file,
    edit,
    view,
    language,
    ...(isMac ? ([{ role: 'windowMenu', label: L.window }] satisfies MenuItemConstructorOptions[]) : []),
    help,
  ];
  return Menu.buildFromTemplate(template);
}
