// Worker thread entry: verifies one range of the audit chain on its own read-only connection.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open';
import { verifyRange } from './audit-chain-range';

const { dbPath, fromSeq, toSeq } = workerData as { dbPath: string; fromSeq: number; toSeq: number };
const { sqlite, close } = openDatabase(dbPath, { readonly: true });
try {
  const result = verifyRange(sqlite, fromSeq, toSeq, (count) => parentPort!.postMessage({ type: 'progress', count }));
  parentPort!.postMessage({ type: 'result', result });
} finally {
  close();
}
