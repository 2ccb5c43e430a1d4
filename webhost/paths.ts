import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron's app.getPath('userData') gives for a product named Tranche, so that the
 * web host and the desktop app open the same database file.
 */
export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Tranche');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tranche');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Tranche');
}

/** The database file Tranche opens by default; TRANCHE_DB overrides it. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRANCHE_DB ?? join(userDataDir(process.platform, env), 'tranche.sqlite');
}
