import { contextBridge, ipcRenderer } from 'electron';
import type { TrancheBridge } from '../../core/api/bridge';
import type { Result } from '../../core/api/errors';
import { CALL_CHANNEL } from '../shared/channels';

/**
 * Runs in a sandboxed preload: only 'electron' can be required, so this file is bundled into one
 * CommonJS file (dist/electron/preload.cjs). window.tranche.call is the renderer's only way in;
 * ipcRenderer itself is never exposed.
 */
const bridge = {
  call: (name: string, input: unknown): Promise<Result> =>
    ipcRenderer.invoke(CALL_CHANNEL, name, input) as Promise<Result>,
} satisfies TrancheBridge;

contextBridge.exposeInMainWorld('tranche', bridge);
