import { dialog, type BrowserWindow } from 'electron';
import { dirname, extname, join } from 'node:path';
import { LABELS } from './labels';

/** The app's only file pickers (and its message boxes). All are modal to the main window when there is one. */

const SQLITE_FILTERS = [
  { name: LABELS.dialogs.sqliteFilter, extensions: ['sqlite', 'sqlite3', 'db'] },
  { name: LABELS.dialogs.allFilesFilter, extensions: ['*'] },
];

/** Asks where to create a new database; returns the chosen path (with .sqlite added if it had no extension) or null. */
export async function pickNewDatabasePath(parent: BrowserWindow | null, currentDbPath: string): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: LABELS.dialogs.newDatabaseTitle,
    buttonLabel: LABELS.dialogs.newDatabaseButton,
    defaultPath: join(dirname(currentDbPath), LABELS.dialogs.defaultNewFileName),
    filters: [SQLITE_FILTERS[0]!],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const r = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (r.canceled || !r.filePath) return null;
  return extname(r.filePath) === '' ? `${r.filePath}.sqlite` : r.filePath;
}

/** Asks for an existing database file; returns its path or null. */
export async function pickExistingDatabasePath(parent: BrowserWindow | null, currentDbPath: string): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: LABELS.dialogs.openDatabaseTitle,
    buttonLabel: LABELS.dialogs.openDatabaseButton,
    defaultPath: dirname(currentDbPath),
    filters: SQLITE_FILTERS,
    properties: ['openFile'],
  };
  const r = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

export async function showError(parent: BrowserWindow | null, title: string, message: string): Promise<void> {
  const options: Electron.MessageBoxOptions = { type: 'error', title, message: title, detail: message, buttons: [LABELS.dialogs.ok] };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

export async function showAbout(parent: BrowserWindow | null, detail: string): Promise<void> {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: LABELS.menu.about,
    message: LABELS.appName,
    detail,
    buttons: [LABELS.dialogs.ok],
  };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

/** Asks for a backup to restore, starting in the backups folder; returns its path or null. */
export async function pickBackupPath(parent: BrowserWindow | null, backupsDir: string): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: LABELS.dialogs.restoreTitle,
    buttonLabel: LABELS.dialogs.restoreButton,
    defaultPath: backupsDir,
    filters: SQLITE_FILTERS,
    properties: ['openFile'],
  };
  const r = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

/** Asks before a destructive step; true only for the explicit confirming button (Cancel is the default). */
export async function confirm(parent: BrowserWindow | null, title: string, detail: string, button: string): Promise<boolean> {
  const options: Electron.MessageBoxOptions = { type: 'warning', title, message: title, detail, buttons: [LABELS.dialogs.cancel, button], defaultId: 0, cancelId: 0 };
  const r = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return r.response === 1;
}

export async function showInfo(parent: BrowserWindow | null, title: string, detail: string): Promise<void> {
  const options: Electron.MessageBoxOptions = { type: 'info', title, message: title, detail, buttons: [LABELS.dialogs.ok] };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}
