import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { LABELS } from './labels';

/** What the menu asks of the app; implemented in index.ts, which owns the core and the window. */
export type MenuActions = {
  newEmptyDatabase(): void;
  openDatabase(): void;
  openDemoDatabase(): void;
  about(): void;
};

export function buildMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const L = LABELS.menu;

  const file: MenuItemConstructorOptions = {
    label: L.file,
    submenu: [
      { label: L.newEmptyDatabase, accelerator: 'CmdOrCtrl+N', click: () => actions.newEmptyDatabase() },
      { label: L.openDatabase, accelerator: 'CmdOrCtrl+O', click: () => actions.openDatabase() },
      { label: L.openDemoDatabase, click: () => actions.openDemoDatabase() },
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'quit', label: L.quit }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: L.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? ([{ role: 'pasteAndMatchStyle' }, { role: 'delete' }] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: L.view,
    submenu: [
      { role: 'reload' },
      ...(app.isPackaged ? [] : ([{ role: 'forceReload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
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
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit', label: `${L.quit} ${LABELS.appName}` },
            ],
          },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    file,
    edit,
    view,
    ...(isMac ? ([{ role: 'windowMenu', label: L.window }] satisfies MenuItemConstructorOptions[]) : []),
    help,
  ];
  return Menu.buildFromTemplate(template);
}
