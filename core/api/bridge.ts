import type { Result } from './errors';

/** What Electron's preload exposes on window.tranche; the web host's client implements the same. */
export type TrancheBridge = {
  call(name: string, input: unknown): Promise<Result>;
};
