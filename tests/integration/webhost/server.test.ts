import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../webhost/server';
import { makeTmpDir } from '../../support/tmp-dir';
import { TEST_NOW } from '../../support/demo-core';

let host: WebHost;
let port: number;
let cleanup: () => void;

beforeAll(async () => {
  const tmp = makeTmpDir();
  cleanup = tmp.cleanup;
  const rendererDir = join(tmp.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<meta name="tranche-token" content="__TRANCHE_TOKEN__"><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'do not serve');
  host = await startWebHost({ dbPath: join(tmp.dir, 'db.sqlite'), rendererDir, whenNew: 'empty', fixedNow: TEST_NOW });
  port = Number(new URL(host.url).port);
});
afterAll(async () => {
  await host.close();
  cleanup();
});

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(method: string, path: string, opts: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((done, failed) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', failed);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send('POST', `/api/${method}`, {
    headers: { 'content-type': 'application/json', 'x-tranche-token': host.token, ...headers },
    body: JSON.stringify(body),
  });

describe('web host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html with this run\'s token and a strict CSP', async () => {
    const r = await send('GET', '/');
    expect(r.status).toBe(200);
    expect(r.body).toContain(`content="${host.token}"`);
    expect(r.body).not.toContain('__TRANCHE_TOKEN__');
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a public call without a session, and no other', async () => {
    const r = await api('auth.status', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { dataset: 'empty', needsSetup: true } });
    const info = await api('app.info', {});
    expect(info.status).toBe(401);
    expect(JSON.parse(info.body)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    const none = await send('POST', '/api/auth.status', { headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Missing or wrong x-tranche-token header' } });
    const wrong = await api('auth.status', {}, { 'x-tranche-token': 'f'.repeat(64) });
    expect(wrong.status).toBe(401);
  });

  it('refuses invalid input with 400 and a message naming the field', async () => {
    const r = await api('auth.setup', { username: 'Admin User!', displayName: 'A', password: 'short' });
    expect(r.status).toBe(400);
    const body = JSON.parse(r.body);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['password', 'username']);
    const bad = await send('POST', '/api/auth.status', { headers: { 'content-type': 'application/json', 'x-tranche-token': host.token }, body: '{not json' });
    expect(bad.status).toBe(400);
  });

  it('carries the session of the first administrator in x-tranche-session', async () => {
    const setup = await api('auth.setup', { username: 'amira', displayName: 'Amira H.', password: 'correct horse battery' });
    expect(setup.status).toBe(200);
    const { session } = JSON.parse(setup.body).value as { session: string };
    const info = await api('app.info', {}, { 'x-tranche-session': session });
    expect(info.status).toBe(200);
    expect((await api('auth.setup', { username: 'other', displayName: 'O', password: 'correct horse battery' })).status).toBe(409);
  });

  it('refuses unknown methods, other verbs and other content types', async () => {
    expect((await api('grants.delete_all', {})).status).toBe(404);
    expect((await send('GET', '/api/auth.status', { headers: { 'x-tranche-token': host.token } })).status).toBe(405);
    const form = await send('POST', '/api/auth.status', { headers: { 'content-type': 'text/plain', 'x-tranche-token': host.token }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('answers 404, not 500, to a method path with a malformed escape', async () => {
    for (const path of ['%E0%A4%A', '%', '%ZZ']) {
      const r = await api(path, {});
      expect(r.status, path).toBe(404);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await send('GET', '/', { headers: { host: `evil.example:${port}` } });
    expect(r.status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const r = await send('GET', path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('do not serve');
    }
    expect((await send('GET', '/assets/app.js')).status).toBe(200);
  });

  it('refuses a body over the size limit', async () => {
    const r = await api('auth.status', { pad: 'x'.repeat(2 * 1024 * 1024) });
    expect(r.status).toBe(413);
  });
});
