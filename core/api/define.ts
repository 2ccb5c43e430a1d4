import type { z } from 'zod';
import type { Db } from '../../db/open';

/** A source of "now", injected so tests and demo data are reproducible. */
export type Clock = { now(): Date; today(): string };

/** What every handler receives. Commands get a Db inside the transaction dispatch opened. */
export type Ctx = { db: Db; clock: Clock };

export type QueryDef<I extends z.ZodType, O> = { kind: 'query'; input: I; run: (ctx: Ctx, input: z.output<I>) => O };
export type CommandDef<I extends z.ZodType, O> = { kind: 'command'; input: I; run: (ctx: Ctx, input: z.output<I>) => O };

/** A read-only method: runs outside any write transaction. */
export const query = <I extends z.ZodType, O>(input: I, run: (ctx: Ctx, input: z.output<I>) => O): QueryDef<I, O> => ({
  kind: 'query',
  input,
  run,
});

/** A write method: its whole body runs in one IMMEDIATE transaction opened by dispatch. */
export const command = <I extends z.ZodType, O>(input: I, run: (ctx: Ctx, input: z.output<I>) => O): CommandDef<I, O> => ({
  kind: 'command',
  input,
  run,
});

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
