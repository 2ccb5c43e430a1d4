import { z } from 'zod';
import { GridPageInput } from './grid';

/** Column ids of the Audit grid. */
export const AUDIT_COLUMNS = ['seq', 'at', 'userId', 'userName', 'action', 'tableName', 'recordId', 'reason'] as const;
export type AuditColumn = (typeof AUDIT_COLUMNS)[number];

/** A page of the Audit grid. */
export const AuditPageInput = GridPageInput(AUDIT_COLUMNS);

/** Every entry about one record, oldest first. */
export const RecordHistoryInput = z.strictObject({
  tableName: z.string().regex(/^[a-z_]{1,40}$/, 'expected a table name'),
  recordId: z.string().min(1).max(64),
});
