import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { CoreClient } from '../../core/host/core-client';
import { fail, type Result } from '../../core/api/errors';
import { CALL_CHANNEL } from '../shared/channels';
import { isTrustedSender } from '../shared/trusted-origin';

/** Calls slower than this are logged (the core runs in its own thread; a slow call delays only its caller). */
export const SLOW_CALL_MS = 40;

/** Job ids are the renderer's own (it polls and cancels by them): short, plain, checked here too. */
const JOB_ID = /^[A-Za-z0-9_-]{8,64}$/;

function senderOf(event: IpcMainInvokeEvent): { url: string; isMainFrame: boolean } | null {
  const frame = event.senderFrame; // null once the frame has navigated away or been destroyed
  if (!frame) return null;
  return { url: frame.url, isMainFrame: frame.parent === null };
}

export type IpcHooks = {
  /** After the renderer changed the interface language ('app.setLocale' succeeded): rebuild the menu. */
  localeChanged(): void;
};

/**
 * The single IPC entry point. The result is always a Result object (errors as data): dispatch never
 * throws, and anything unexpected is turned into { ok: false } here rather than a rejected invoke.
 */
let windowSession: string | undefined;

/** The session the window last called with, so menu actions can act as the signed-in user. */
export function currentWindowSession(): string | undefined {
  return windowSession;
}

export function registerIpc(getCore: () => CoreClient | null, hooks: IpcHooks): void {
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, input: unknown, session: unknown, jobId: unknown): Promise<Result> => {
    if (!isTrustedSender(senderOf(event))) {
      return fail('forbidden', 'Calls are accepted only from the Tranche window (app://tranche).');
    }
    const core = getCore();
    if (!core) return fail('internal', 'No database is open.');
    const started = performance.now();
    let result: Result;
    try {
      const token = typeof session === 'string' && session.length <= 128 ? session : undefined;
      const job = typeof jobId === 'string' && JOB_ID.test(jobId) ? { jobId } : {};
      result = await core.call(name, input, token, job);
      if (name === 'auth.signOut') windowSession = undefined;
      else if (result.ok && (name === 'auth.signIn' || name === 'auth.setup')) windowSession = (result.value as { session: string }).session;
      else if (token) windowSession = token;
    } catch (e) {
      console.error('[tranche] call failed', e);
      result = fail('internal', 'Internal error; the change was not saved.');
    }
    // A sign-in brings the user's own language; the menus follow it as they follow a switch.
    if ((name === 'app.setLocale' || name === 'auth.signIn') && result.ok) hooks.localeChanged();
    const ms = performance.now() - started;
    if (ms > SLOW_CALL_MS && jobId === undefined) {
      console.warn(`[tranche] slow call ${String(name).slice(0, 80)}: ${ms.toFixed(1)} ms`);
    }
    return result;
  });
}

export function unregisterIpc(): void {
  ipcMain.removeHandler(CALL_CHANNEL);
}
