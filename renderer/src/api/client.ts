import type { Input, MethodName, Output } from '../../../core/api/handlers';
import type { Issue } from '../../../core/api/errors';
import { setSessionToken } from './session';
import type { CallOptions, ClientErrorCode, ClientErrorData, Transport } from './transports';

/** A failed API call: the code names what went wrong, the message is the core's (English, technical). */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  readonly issues: readonly Issue[];
  readonly params: Readonly<Record<string, string | number>>;

  constructor(data: ClientErrorData, readonly method: string) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.issues = data.issues ?? [];
    this.params = data.params ?? {};
  }
}

export type Api = {
  /** Calls one API method; resolves with its output or rejects with an ApiError. */
  call<K extends MethodName>(name: K, input: Input<K>, options?: CallOptions): Promise<Output<K>>;
};

/** The typed API over any transport (IPC in Electron, HTTP in a browser, a fake in tests). */
export function createApi(transport: Transport): Api {
  return {
    async call<K extends MethodName>(name: K, input: Input<K>, options?: CallOptions): Promise<Output<K>> {
      const r = await transport(name, input, options);
      if (!r.ok) {
        // An expired or unknown session: forget it, and the app shows the sign-in screen.
        if (r.error.code === 'unauthenticated') setSessionToken(null);
        throw new ApiError(r.error, name);
      }
      if (name === 'auth.signIn' || name === 'auth.setup') setSessionToken((r.value as { session: string }).session);
      if (name === 'auth.signOut') setSessionToken(null);
      // The core validated the input and produced this value from the same handler table.
      return r.value as Output<K>;
    },
  };
}
