import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { ErrorCode, Result } from '../core/api/errors';
import type { CoreOptions } from '../core/create-core';
import { startCoreThread, type CoreClient } from '../core/host/core-client';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, newStyleNonce, withStyleNonce } from '../electron/shared/csp';
import { mimeOf, readStatic, resolveStatic } from './static';

export type WebHostOptions = {
  dbPath: string;
  /** 0 or absent picks a free port. */
  port?: number;
  /** The built renderer; defaults to dist/renderer in the working directory. */
  rendererDir?: string;
  whenNew?: CoreOptions['whenNew'];
  /** Tests fix "now" at an instant (the core's clock lives in its own thread). */
  fixedNow?: string;
};

/** The running host; `core` is the core's thread, reached like every browser call, asynchronously. */
export type WebHost = { url: string; token: string; dbPath: string; core: CoreClient; close(): Promise<void> };

const MAX_BODY_BYTES = 1024 * 1024;
const TOKEN_PLACEHOLDER = '__TRANCHE_TOKEN__';

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  unknown_method: 404,
  not_found: 404,
  conflict: 409,
  busy: 503,
  cancelled: 409,
  internal: 500,
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: Result): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(status === 503 ? { 'retry-after': '1' } : {}),
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((done, failed) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the client still gets a clean 413.
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => done(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', failed);
  });
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Serves the built renderer and the API on 127.0.0.1 only. Every API call needs the per-run token
 * (written into the served index.html) and a Host header naming this server, which stops other
 * web pages and DNS-rebinding tricks from reaching the data.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  // The core runs in its own thread: this one only serves files and routes calls, so a long job
  // (verification, an import) never stops it answering.
  const core = await startCoreThread({
    dbPath: options.dbPath,
    ...(options.whenNew ? { whenNew: options.whenNew } : {}),
    ...(options.fixedNow ? { fixedNow: options.fixedNow } : {}),
  });
  const token = randomBytes(32).toString('hex');
  const rendererDir = resolve(options.rendererDir ?? join(process.cwd(), 'dist', 'renderer'));
  let allowedHosts: Set<string> = new Set();

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[tranche] web host error', e);
      if (!res.headersSent) refuse(res, 500, 'internal', 'Internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 403, 'forbidden', 'Unexpected Host header');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'forbidden', 'Only GET is served here');
    const file = resolveStatic(rendererDir, url.pathname);
    const body = file ? await readStatic(file) : undefined;
    if (!file || !body) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const isIndex = file.endsWith('index.html');
    // The page gets this load's style nonce, in its header policy and in the page itself.
    const nonce = isIndex ? newStyleNonce() : null;
    const out = nonce ? Buffer.from(withStyleNonce(body.toString('utf8').replace(TOKEN_PLACEHOLDER, token), nonce)) : body;
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      ...(nonce ? { 'content-security-policy': contentSecurityPolicy(nonce) } : {}),
      'content-type': mimeOf(file),
      'cache-control': isIndex ? 'no-store' : 'public, max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : out);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, 'forbidden', 'API methods are called with POST');
    if (!sameToken(req.headers['x-tranche-token'] as string | undefined, token)) {
      return refuse(res, 401, 'forbidden', 'Missing or wrong x-tranche-token header');
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, 'invalid_input', 'Content-Type must be application/json');
    }
    const text = await readBody(req);
    if (text === null) return refuse(res, 413, 'invalid_input', `Request body exceeds ${MAX_BODY_BYTES} bytes`);
    let input: unknown;
    try {
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return refuse(res, 400, 'invalid_input', 'Request body is not valid JSON');
    }
    let name: string;
    try {
      name = decodeURIComponent(method);
    } catch {
      // A malformed escape (`/api/%E0%A4%A`, `/api/%`) names no method.
      return refuse(res, 404, 'unknown_method', 'Unknown method (malformed name)');
    }
    const started = performance.now();
    const session = req.headers['x-tranche-session'];
    // A job call carries the id its caller polls (jobs.status) and cancels (jobs.cancel) it by.
    const jobId = req.headers['x-tranche-job'];
    const result = await core.call(name, input, typeof session === 'string' ? session : undefined, typeof jobId === 'string' ? { jobId } : {});
    const ms = performance.now() - started;
    if (ms > 40 && typeof jobId !== 'string') console.warn(`[tranche] slow call ${method}: ${ms.toFixed(1)} ms`);
    sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
  }

  await new Promise<void>((ready, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    dbPath: core.dbPath,
    core,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => void core.close().then(closed));
      }),
  };
}
