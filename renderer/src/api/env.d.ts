/// <reference types="vite/client" />
import type { TrancheBridge } from '../../../core/api/bridge';

declare global {
  interface Window {
    /** Present only inside Electron, where the preload script exposes the API over IPC. */
    tranche?: TrancheBridge;
  }
}

export {};
