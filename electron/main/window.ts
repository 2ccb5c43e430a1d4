import { BrowserWindow, session, type WebContents } from 'electron';
import { APP_ENTRY_URL, isAllowedNavigation } from '../shared/trusted-origin';
import { LABELS } from './labels';

/**
 * Locks down any WebContents (the main window, and anything Chromium might create): no new windows,
 * no navigation away from app://tranche, no <webview>.
 */
const hardened = new WeakSet<WebContents>();

export function hardenWebContents(contents: WebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The app asks for no permission (camera, notifications, geolocation, clipboard-read, …): all refused. */
export function denyAllPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

export type MainWindowOptions = { preloadPath: string; iconPath?: string };

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: LABELS.appName,
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      // A middle click on a link must not open anything: the app has no links to other origins.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  // If the renderer never paints (e.g. a broken build), still show the window so it can be closed.
  const fallback = setTimeout(() => {
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  }, 5000);
  win.once('closed', () => clearTimeout(fallback));
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
