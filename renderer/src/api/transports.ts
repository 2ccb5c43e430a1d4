import type { TrancheBridge } from '../../../core/api/bridge';
import type { ApiErrorData, Result } from '../../../core/api/errors';
import { sessionToken } from './session';

/** Error codes the API returns plus the ones only a client can produce. */
export type ClientErrorCode = ApiErrorData['code'] | 'unavailable' | 'no_token';
export type ClientErrorData = Omit<ApiErrorData, 'code'> & { code: ClientErrorCode };
export type ClientResult = Result | { ok: false; error: ClientErrorData };

/**
 * How a call reaches the core: method name and input in, a Result out. Transports never throw;
 * network trouble becomes a failed Result with code 'unavailable'.
 */
export type Transport = (name: string, input: unknown, options?: CallOptions) => Promise<ClientResult>;

/** A job call names the id it is polled (jobs.status) and cancelled (jobs.cancel) by. */
export type CallOptions = { jobId?: string };

const TOKEN_PLACEHOLDER = '__TRANCHE_TOKEN__';

function failed(code: ClientErrorCode, message: string): ClientResult {
  return { ok: false, error: { code, message } };
}

function isResult(x: unknown): x is Result {
  if (typeof x !== 'object' || x === null || !('ok' in x)) return false;
  const r = x as { ok: unknown; value?: unknown; error?: unknown };
  if (r.ok === true) return 'value' in r;
  if (r.ok !== false || typeof r.error !== 'object' || r.error === null) return false;
  const e = r.error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && typeof e.message === 'string';
}

/** Electron: the preload's bridge already speaks Results. */
export function ipcTransport(bridge: TrancheBridge): Transport {
  return async (name, input, options) => {
    try {
      const r: unknown = await bridge.call(name, input, sessionToken() ?? undefined, options?.jobId);
      return isResult(r) ? r : failed('internal', 'The desktop bridge returned something that is not a Result');
    } catch (e) {
      return failed('unavailable', e instanceof Error ? e.message : String(e));
    }
  };
}

export type HttpOptions = {
  token: string;
  /** Where /api/ lives; defaults to the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
};

/** The web host: POST /api/<method> with the per-run token; the body is a Result for any status. */
export function httpTransport(options: HttpOptions): Transport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl ?? '';
  return async (name, input, callOptions) => {
    let res: Response;
    try {
      res = await doFetch(`${base}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-tranche-token': options.token,
          ...(sessionToken() ? { 'x-tranche-session': sessionToken()! } : {}),
          ...(callOptions?.jobId ? { 'x-tranche-job': callOptions.jobId } : {}),
        },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (e) {
      return failed('unavailable', e instanceof Error ? e.message : String(e));
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      return failed(res.ok ? 'internal' : 'unavailable', `HTTP ${res.status} ${res.statusText}`.trim());
    }
    return isResult(body) ? body : failed('internal', `HTTP ${res.status}: the response is not a Result`);
  };
}

/** The token the web host wrote into index.html, or null when the page was not served by it. */
export function tokenFromDocument(doc: Document = document): string | null {
  const token = doc.querySelector<HTMLMetaElement>('meta[name="tranche-token"]')?.content ?? '';
  return token === '' || token === TOKEN_PLACEHOLDER ? null : token;
}

/** IPC inside Electron, otherwise HTTP to the web host that served this page. */
export function defaultTransport(): Transport {
  if (window.tranche) return ipcTransport(window.tranche);
  const token = tokenFromDocument();
  if (token === null) return async () => failed('no_token', 'No tranche-token in the page');
  return httpTransport({ token });
}
