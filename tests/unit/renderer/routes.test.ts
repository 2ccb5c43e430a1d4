import { describe, expect, it } from 'vitest';
import { ROUTES, routeOf } from '../../../renderer/src/app/routes';

describe('the screens’ addresses', () => {
  it('open the Disbursements and Funding report screens, in the navigation’s order', () => {
    expect(routeOf('#disbursements')).toBe('disbursements');
    expect(routeOf('#/funding-report')).toBe('funding-report');
    expect(ROUTES.indexOf('disbursements')).toBe(ROUTES.indexOf('grants') + 1);
    expect(ROUTES.indexOf('funding-report')).toBe(ROUTES.indexOf('reconciliation') + 1);
  });
});
