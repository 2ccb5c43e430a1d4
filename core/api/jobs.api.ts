import { z } from 'zod';
import { AppError } from './errors';
import { query } from './define';

const JobIdInput = z.strictObject({ jobId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });

export const jobsApi = {
  /** How far one of the caller's jobs is (the progress bar polls this); someone else's job is not found. */
  'jobs.status': query('signed-in', JobIdInput, (ctx, i) => {
    const s = ctx.jobs.status(i.jobId, ctx.actor?.id ?? null);
    if (!s) throw new AppError('not_found', `No job ${i.jobId} of yours`, { jobId: i.jobId });
    return s;
  }),
  /**
   * Asks one of the caller's running jobs to stop. A query by kind: it writes nothing to the
   * database (a command would wait for the very write job it is meant to stop).
   */
  'jobs.cancel': query('signed-in', JobIdInput, (ctx, i) => ({ cancelled: ctx.jobs.cancel(i.jobId, ctx.actor?.id ?? null) })),
};
