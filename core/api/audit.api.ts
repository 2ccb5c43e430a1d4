import { auditPage, recordHistory } from '../../db/queries/audit-grid';
import { auditSize, sealedHead } from '../../db/queries/audit';
import { verifyAudit } from '../services/audit';
import { verifyAuditFile } from '../services/audit-verify-parallel';
import { job, query } from './define';
import { NoInput } from './schemas/app';
import { AuditPageInput, RecordHistoryInput } from './schemas/audit';

/** Below this many entries starting worker threads costs more than it saves. */
const PARALLEL_FROM = 100_000;

export const auditApi = {
  /**
   * Walks the hash chain and checks every audited row against its last entry: a job, with
   * progress per entry and per table. A long log is split over worker threads by range (each
   * entry carries its predecessor's hash); a short one is quicker read in this thread.
   */
  'audit.verify': job('signed-in', NoInput, { write: false, label: 'verify' }, (ctx, _i, control) => {
    const sqlite = ctx.db.$client;
    const onFile = sqlite.name !== ':memory:' && sqlite.name !== '';
    return onFile && auditSize(sqlite).maxSeq > PARALLEL_FROM ? verifyAuditFile(sqlite.name, { control }) : verifyAudit(sqlite, { control });
  }),
  /** The number of entries and the newest sealed hash, for the status line and reports. */
  'audit.head': query('signed-in', NoInput, (ctx) => {
    const head = sealedHead(ctx.db.$client);
    return { count: auditSize(ctx.db.$client).count, headSeq: head?.seq ?? 0, head: head?.hash ?? null };
  }),
  /** A page of the Audit grid. */
  'audit.page': query('signed-in', AuditPageInput, (ctx, i) => auditPage(ctx.db, i)),
  /** The full history of one record: what changed, from what to what, when and why. */
  'audit.history': query('signed-in', RecordHistoryInput, (ctx, i) => recordHistory(ctx.db, i.tableName, i.recordId)),
};
