/** The renderer's calls into the core (invoke, via the preload). */
export const CALL_CHANNEL = 'tranche:call';

/** Events from the main process to the window (send, via the preload's onEvent), e.g. locale.changed. */
export const EVENT_CHANNEL = 'tranche:event';
