import { app, BrowserWindow, dialog, Menu } from 'electron';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TrancheEvent } from '../../core/api/bridge';
import { startCoreThread, type CoreClient } from '../../core/host/core-client';
import { isUiLocale, type UiLocale } from '../../core/domain/locales';
import { osUiLocale } from '../../core/domain/os-locale';
import { EVENT_CHANNEL } from '../shared/channels';
import { backupsDirOf, restoreDatabase } from '../../core/create-core';
import { confirm, pickBackupPath, pickExistingDatabasePath, pickNewDatabasePath, showAbout, showError, showInfo } from './dialogs';
import { currentWindowSession, registerIpc } from './ipc';
import { LABELS, setLabelsLocale } from './labels';
import { buildMenu, type MenuActions } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, denyAllPermissions, hardenWebContents } from './window';

/*
 * This file is bundled to dist/electron/main.cjs, so __dirname is dist/electron and the app root is
 * two levels up: the project folder in development, resources/app.asar when packaged. (Nothing here
 * relies on import.meta: the bundle is CommonJS.)
 */
const appRoot = resolve(__dirname, '..', '..');

// Before 'ready': the privileged scheme, the name, and the user data folder, which the single-instance
// lock lives in and which the web host's defaultDbPath() mirrors (~/.config/Tranche, ~/Library/
// Application Support/Tranche, %APPDATA%\Tranche).
registerAppScheme();
app.setName(LABELS.appName);
app.setPath('userData', join(app.getPath('appData'), LABELS.appName));

function defaultDbPath(): string {
  const fromEnv = process.env.TRANCHE_DB;
  return fromEnv ? resolve(fromEnv) : join(app.getPath('userData'), 'tranche.sqlite');
}

function migrationsFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'migrations') : join(appRoot, 'db', 'migrations');
}

/**
 * better-sqlite3 in node_modules is Node's build (tests and the web host use it). In development
 * Electron loads its own build from .cache (scripts/electron-native.mjs); packaged apps get the
 * module rebuilt for Electron by electron-builder, so no override is needed there.
 */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = join(appRoot, '.cache', 'electron-native', process.versions.electron, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}

/**
 * The core runs in a worker thread of this process, never on the main thread: menus and the window
 * stay responsive while it works, and its jobs run in threads of their own. The bundled
 * core-thread.js sits beside main.cjs (scripts/build-electron.mjs).
 */
function openCore(dbPath: string, whenNew: 'demo' | 'empty'): Promise<CoreClient> {
  const binding = nativeBinding();
  const core = startCoreThread(
    { dbPath, whenNew, migrationsFolder: migrationsFolder(), ...(binding ? { nativeBinding: binding } : {}) },
    pathToFileURL(join(__dirname, 'main.cjs')).href,
  );
  return core.then((c) => {
    // Jobs' progress also reaches the window as events (it polls jobs.status as well).
    c.onEvent((event) => mainWindow?.webContents.send(EVENT_CHANNEL, event satisfies TrancheEvent));
    return c;
  });
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

let core: CoreClient | null = null;
let mainWindow: BrowserWindow | null = null;

/** The language stored with the open database ('app.info'), else the system's (as the renderer decides). */
async function currentLocale(): Promise<UiLocale> {
  const info = await core?.call('app.info', {}, currentWindowSession());
  const stored = info?.ok ? (info.value as { locale?: unknown }).locale : null;
  return isUiLocale(stored) ? stored : osUiLocale(app.getPreferredSystemLanguages());
}

/** Menus and dialogs follow the interface language: rebuilt at start, on a switch, and per database. */
async function refreshMenu(): Promise<void> {
  const locale = await currentLocale();
  setLabelsLocale(locale);
  Menu.setApplicationMenu(buildMenu(actions, locale));
}

function openWindow(): BrowserWindow {
  const icon = join(appRoot, 'resources', 'icon.png');
  const win = createMainWindow({
    preloadPath: join(__dirname, 'preload.cjs'),
    ...(!app.isPackaged && process.platform === 'linux' && existsSync(icon) ? { iconPath: icon } : {}),
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  return win;
}

/** Opens another database file and, only if that worked, closes the current one and reloads the window. */
async function switchDatabase(dbPath: string, whenNew: 'demo' | 'empty'): Promise<void> {
  const target = resolve(dbPath);
  if (core && resolve(core.dbPath) === target) {
    mainWindow?.webContents.reload();
    return;
  }
  let next: CoreClient;
  try {
    next = await openCore(target, whenNew);
  } catch (e) {
    await showError(mainWindow, LABELS.errors.cannotOpenTitle, `${target}\n\n${messageOf(e)}`);
    return;
  }
  const previous = core;
  core = next;
  await previous?.close().catch((e: unknown) => console.error('[tranche] closing the previous database failed', e));
  await refreshMenu(); // the other database may remember another language
  if (mainWindow) mainWindow.webContents.reload();
  else mainWindow = openWindow();
}

const actions: MenuActions = {
  newEmptyDatabase: () => {
    void (async () => {
      const file = await pickNewDatabasePath(mainWindow, core?.dbPath ?? defaultDbPath());
      if (!file) return;
      // Never overwrite: a database that exists (even one the dialog agreed to replace) is kept.
      if (existsSync(file)) {
        await showError(mainWindow, LABELS.errors.cannotOpenTitle, LABELS.errors.fileExists(file));
        return;
      }
      await switchDatabase(file, 'empty');
    })();
  },
  openDatabase: () => {
    void (async () => {
      const file = await pickExistingDatabasePath(mainWindow, core?.dbPath ?? defaultDbPath());
      if (file) await switchDatabase(file, 'empty');
    })();
  },
  openDemoDatabase: () => {
    void switchDatabase(defaultDbPath(), 'demo');
  },
  backupNow: () => {
    void (async () => {
      const session = currentWindowSession();
      if (!core) return;
      if (!session) return showError(mainWindow, LABELS.errors.backupTitle, LABELS.errors.signInFirst);
      const r = await core.call('backups.create', {}, session, { jobId: `menu-backup-${Date.now()}` });
      if (!r.ok) return showError(mainWindow, LABELS.errors.backupTitle, r.error.message);
      const v = r.value as { file: string; auditEntries: number; head: string };
      await showInfo(mainWindow, LABELS.menu.backupNow, LABELS.dialogs.backupDone({ file: v.file, entries: String(v.auditEntries), head: v.head.slice(0, 16) }));
    })();
  },
  restoreBackup: () => {
    void (async () => {
      if (!core) return;
      const dbPath = core.dbPath;
      const file = await pickBackupPath(mainWindow, backupsDirOf(dbPath));
      if (!file || !(await confirm(mainWindow, LABELS.dialogs.restoreTitle, LABELS.dialogs.restoreConfirm(file), LABELS.dialogs.restoreButton))) return;
      // The file is swapped with the core closed, then opened again; everyone signs in afresh.
      const closing = core;
      core = null;
      await closing.close();
      try {
        const r = await restoreDatabase(file, dbPath, new Date().toISOString());
        await showInfo(mainWindow, LABELS.dialogs.restoreTitle, LABELS.dialogs.restoreDone({ file, aside: r.keptAside ?? '—' }));
      } catch (e) {
        await showError(mainWindow, LABELS.errors.restoreTitle, messageOf(e));
      }
      await switchDatabase(dbPath, 'empty');
    })();
  },
  about: () => {
    void showAbout(
      mainWindow,
      LABELS.about.detail({
        version: app.getVersion(),
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        node: process.versions.node,
        dbPath: core?.dbPath ?? '—',
      }),
    );
  },
  setLocale: (locale) => {
    // Remembered for the signed-in user; before sign-in the window still switches.
    if (currentWindowSession()) void core?.call('app.setLocale', { locale }, currentWindowSession());
    setLabelsLocale(locale);
    Menu.setApplicationMenu(buildMenu(actions, locale));
    mainWindow?.webContents.send(EVENT_CHANNEL, { type: 'locale.changed', locale } satisfies TrancheEvent);
  },
};

async function start(): Promise<void> {
  denyAllPermissions();
  serveRenderer(join(appRoot, 'dist', 'renderer'));
  setLabelsLocale(osUiLocale(app.getPreferredSystemLanguages())); // until a database says otherwise
  const dbPath = defaultDbPath();
  try {
    core = await openCore(dbPath, 'demo');
  } catch (e) {
    dialog.showErrorBox(LABELS.errors.startupTitle, `${dbPath}\n\n${messageOf(e)}`);
    app.exit(1);
    return;
  }
  registerIpc(() => core, { localeChanged: () => void refreshMenu() });
  await refreshMenu();
  mainWindow = openWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Tranche is running: it gets focused (below) and this one leaves without touching the database.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && core && BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
  app.on('will-quit', () => {
    const c = core;
    core = null;
    void c?.close();
  });
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      console.error('[tranche] start-up failed', e);
      dialog.showErrorBox(LABELS.errors.startupTitle, messageOf(e));
      app.exit(1);
    });
}
