import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { TrancheBridge, TrancheEvent } from '../../core/api/bridge';
import type { Result } from '../../core/api/errors';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../shared/channels';

/**
 * Runs in a sandboxed preload: only 'electron' can be required, so this file is bundled into one
 * CommonJS file (dist/electron/preload.cjs). window.tranche is the renderer's only way in:
 * call() into the core, onEvent() for what the main process announces. ipcRenderer itself is
 * never exposed, and listeners get the event's data only, not the IPC event.
 */
const bridge = {
  call: (name: string, input: unknown, session?: string, jobId?: string): Promise<Result> =>
    ipcRenderer.invoke(CALL_CHANNEL, name, input, session, jobId) as Promise<Result>,
  onEvent: (listener: (event: TrancheEvent) => void) => {
    const handler = (_e: IpcRendererEvent, event: TrancheEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
} satisfies TrancheBridge;

contextBridge.exposeInMainWorld('tranche', bridge);
