/** The one IPC channel between the renderer (via the preload) and the main process. */
export const CALL_CHANNEL = 'tranche:call';
