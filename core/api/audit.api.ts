import { auditPage, recordHistory } from '../../db/queries/audit-grid';
import { auditSize, sealedHead } from '../../db/queries/audit';
import { verifyAudit } from '../services/audit';
import { query } from './define';
import { NoInput } from './schemas/app';
import { AuditPageInput, RecordHistoryInput } from './schemas/audit';

export const auditApi = {
  /** Walks the hash chain and checks every audited row against its last entry. */
  'audit.verify': query('signed-in', NoInput, (ctx) => verifyAudit(ctx.db.$client)),
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
