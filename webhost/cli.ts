import { parseArgs } from 'node:util';
import { defaultDbPath } from './paths';
import { startWebHost } from './server';

/** `npm run serve`: the same app as the desktop window, in a browser, on 127.0.0.1 only. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      db: { type: 'string' },
      empty: { type: 'boolean', default: false },
      renderer: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got "${values.port}"`);
  const dbPath = values.db ?? defaultDbPath();
  const host = await startWebHost({
    dbPath,
    port,
    whenNew: values.empty ? 'empty' : 'demo',
    ...(values.renderer ? { rendererDir: values.renderer } : {}),
  });
  console.log(`Tranche is serving ${dbPath}`);
  console.log(`Open ${host.url} in a browser (Ctrl-C stops it).`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`tranche serve: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
