import { AppError } from '../api/errors';
import type { RuleBreak } from '../domain/disbursement-rules';

/**
 * The API error for a broken rule, the same whether one record or row `row` (0-based) of an
 * import broke it: a field rule names its field (rows.N.field in an import); a state conflict
 * names none, except a missing override, which the form shows at the override field.
 */
export function ruleError(b: RuleBreak, row?: number): AppError {
  const at = row === undefined ? '' : `Row ${row + 1}, `;
  const path = row === undefined ? b.path : `rows.${row}.${b.path}`;
  const params = row === undefined ? b.params : { row: row + 1, ...b.params };
  if (b.code === 'conflict') {
    const issues = b.required ? [{ path, code: 'required', message: b.required }] : row === undefined ? undefined : [{ path, code: 'conflict', message: b.message }];
    return new AppError('conflict', `${at}${b.message}`, params, issues);
  }
  return new AppError('invalid_input', `${at}${b.path}: ${b.message}`, params, [{ path, code: b.issue ?? 'rule', message: b.message }]);
}
