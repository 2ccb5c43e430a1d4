import { verifyAudit } from '../services/audit';
import { query } from './define';
import { NoInput } from './schemas/app';

export const auditApi = {
  /** Walks the hash chain and checks every audited row against its last entry. */
  'audit.verify': query(NoInput, (ctx) => verifyAudit(ctx.db.$client)),
};
