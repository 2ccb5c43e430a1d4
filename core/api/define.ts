import type { z } from 'zod';
import type { Db } from '../../db/open';
import type { UserRole } from '../../db/schema';
import type { SessionStore } from '../services/sessions';
import type { JobControl, JobRegistry } from './jobs';

/** A source of "now", injected so tests and demo data are reproducible. */
export type Clock = { now(): Date; today(): string };

/** The signed-in user a call acts for. */
export type Actor = { id: number; username: string; displayName: string; role: UserRole };

/** What every handler receives. Commands get a Db inside the transaction dispatch opened. */
export type Ctx = { db: Db; clock: Clock; sessions: SessionStore; jobs: JobRegistry; actor: Actor | null; session?: string };

/**
 * Who may call a method: anyone (sign-in and first-run setup only), any signed-in user, or the
 * listed roles. Checked by dispatch before the input is even parsed; a refusal is itself logged.
 */
export type Access = 'public' | 'signed-in' | readonly UserRole[];

export type MethodDef<K extends 'query' | 'command', I extends z.ZodType, O> = {
  kind: K;
  access: Access;
  input: I;
  run: (ctx: Ctx, input: z.output<I>) => O;
};
export type QueryDef<I extends z.ZodType, O> = MethodDef<'query', I, O>;
/**
 * Long work: run where it cannot block short calls (a worker thread of its own in the hosts),
 * reporting progress and checking for cancellation through `control`. A `write` job runs in one
 * IMMEDIATE transaction like a command, so a cancelled one leaves nothing behind.
 */
export type JobDef<I extends z.ZodType, O> = {
  kind: 'job';
  access: Access;
  input: I;
  write: boolean;
  /** What the progress bar says the job is, as a catalogue key's last part (jobs.label.<label>). */
  label: string;
  run: (ctx: Ctx, input: z.output<I>, control: JobControl) => O | Promise<O>;
};
export type CommandDef<I extends z.ZodType, O> = MethodDef<'command', I, O>;

/** A read-only method: runs outside any write transaction. */
export const query = <I extends z.ZodType, O>(access: Access, input: I, run: (ctx: Ctx, input: z.output<I>) => O): QueryDef<I, O> => ({
  kind: 'query',
  access,
  input,
  run,
});

/** A write method: its whole body runs in one IMMEDIATE transaction opened by dispatch, audited. */
export const command = <I extends z.ZodType, O>(access: Access, input: I, run: (ctx: Ctx, input: z.output<I>) => O): CommandDef<I, O> => ({
  kind: 'command',
  access,
  input,
  run,
});

/** A long method: see JobDef. */
export const job = <I extends z.ZodType, O>(
  access: Access,
  input: I,
  options: { write: boolean; label: string },
  run: (ctx: Ctx, input: z.output<I>, control: JobControl) => O | Promise<O>,
): JobDef<I, O> => ({ kind: 'job', access, input, write: options.write, label: options.label, run });

/** The system clock, with today's date as an ISO string in UTC. */
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => new Date().toISOString().slice(0, 10),
};

/** A clock frozen at one instant, for tests and demo data. */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at), today: () => at.toISOString().slice(0, 10) };
}
