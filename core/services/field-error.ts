import { AppError } from '../api/errors';

/** Bad input found by a rule the schema cannot check: the field named, nothing written. */
export const fieldError = (path: string, message: string, code = 'rule', params: Record<string, string | number> = {}) =>
  new AppError('invalid_input', `${path}: ${message}`, params, [{ path, code, message }]);
