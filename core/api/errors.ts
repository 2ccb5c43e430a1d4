/** Error codes the API returns; the renderer phrases them, the core only names them. */
export type ErrorCode =
  | 'unknown_method'
  | 'invalid_input'
  | 'unauthenticated'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  /** Retryable: another writer (a write job, another process) holds the database; nothing was written. */
  | 'busy'
  /** The caller cancelled a job; a write job left nothing behind. */
  | 'cancelled'
  | 'internal';

export type Issue = { path: string; code: string; message: string };

/** The error half of a Result: plain JSON, safe across IPC and HTTP. */
export type ApiErrorData = {
  code: ErrorCode;
  message: string;
  params?: Record<string, string | number>;
  issues?: Issue[];
};

export type Result<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** An expected failure raised by a service: carries a code the transports turn into a Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string | number>,
    readonly issues?: Issue[],
    /** Keep what the command wrote before failing (e.g. a counted failed sign-in). */
    readonly commit = false,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A failed Result with a readable message. */
export function fail(code: ErrorCode, message: string, extra: Omit<ApiErrorData, 'code' | 'message'> = {}): Result<never> {
  return { ok: false, error: { code, message, ...extra } };
}
