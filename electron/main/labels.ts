/**
 * Every user-visible string of the Electron main process (menu, dialogs, error boxes) in one place,
 * so a later change can translate them without touching the logic.
 */
export const LABELS = {
  appName: 'Tranche',
  menu: {
    file: 'File',
    newEmptyDatabase: 'New empty database…',
    openDatabase: 'Open database…',
    openDemoDatabase: 'Open demo database',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Tranche',
  },
  dialogs: {
    newDatabaseTitle: 'New empty database',
    newDatabaseButton: 'Create',
    openDatabaseTitle: 'Open database',
    openDatabaseButton: 'Open',
    sqliteFilter: 'Tranche database',
    allFilesFilter: 'All files',
    defaultNewFileName: 'tranche.sqlite',
    ok: 'OK',
  },
  errors: {
    cannotOpenTitle: 'Tranche could not open the database',
    fileExists: (path: string) =>
      `${path} already exists. Choose a new file name; "New empty database" never overwrites a file.`,
    startupTitle: 'Tranche could not start',
  },
  about: {
    detail: (v: { version: string; electron: string; chrome: string; node: string; dbPath: string }) =>
      [
        `Version ${v.version}`,
        `Electron ${v.electron} · Chromium ${v.chrome} · Node ${v.node}`,
        '',
        `Database: ${v.dbPath}`,
      ].join('\n'),
  },
} as const;
