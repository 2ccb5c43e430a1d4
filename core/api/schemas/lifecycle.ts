import { z } from 'zod';
import { GRANT_STATUSES } from '../../../db/schema/grants';

/** Move a grant along its lifecycle; suspending or cancelling needs a reason. */
export const GrantTransitionInput = z.strictObject({
  id: z.number().int().positive(),
  to: z.enum(GRANT_STATUSES),
  reason: z.string().trim().max(500).optional(),
});
