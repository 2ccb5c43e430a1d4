import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** Starts the bundled web host (dist/webhost) on `dbPath`, as shipped; `url` resolves once it listens. */
export function startBundledHost(dbPath: string) {
  const child = spawn(process.execPath, [resolve('dist/webhost/cli.mjs'), '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = new Promise<string>((res, rej) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /Open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (m) res(m[1]!);
    });
    child.on('exit', (code) => rej(new Error(`the web host exited (${code}) before serving`)));
  });
  return { child, url };
}
