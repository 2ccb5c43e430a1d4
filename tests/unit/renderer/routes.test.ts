import { describe, expect, it } from 'vitest';
import { grantHref, placeOf, ROUTES, routeHref, routeOf } from '../../../renderer/src/app/routes';

describe('the screens’ addresses', () => {
  it('open the Disbursements and Funding report screens, in the navigation’s order', () => {
    expect(routeOf('#disbursements')).toBe('disbursements');
    expect(routeOf('#/funding-report')).toBe('funding-report');
    expect(ROUTES.indexOf('disbursements')).toBe(ROUTES.indexOf('grants') + 1);
    expect(ROUTES.indexOf('funding-report')).toBe(ROUTES.indexOf('reconciliation') + 1);
  });

  it('name every screen with nothing open', () => {
    for (const route of ROUTES) {
      expect(placeOf(routeHref(route))).toEqual({ route, grantId: null });
      expect(placeOf(`#/${route}`)).toEqual({ route, grantId: null });
    }
  });

  it('open one grant on the Grants screen, and read back what grantHref writes', () => {
    for (const id of [1, 7, 42, 1234567, Number.MAX_SAFE_INTEGER]) {
      expect(placeOf(grantHref(id))).toEqual({ route: 'grants', grantId: id });
      expect(routeOf(grantHref(id))).toBe('grants');
    }
    expect(grantHref(42)).toMatch(/^#grants\/42$/);
    expect(placeOf('#/grants/42')).toEqual(placeOf(grantHref(42)));
  });

  it.each([
    '#grants/',
    '#grants/abc',
    '#grants/0',
    '#grants/-3',
    '#grants/+3',
    '#grants/007',
    '#grants/1.5',
    '#grants/1e3',
    '#grants/0x1f',
    '#grants/ 12',
    '#grants/12/',
    '#grants/12/tranches',
    '#grants/99999999999999999',
    `#grants/${Number.MAX_SAFE_INTEGER + 1}`,
  ])('fall back to the plain Grants screen for a malformed grant address (%s)', (hash) => {
    expect(placeOf(hash)).toEqual({ route: 'grants', grantId: null });
  });

  it('take no id on other screens: their plain screen', () => {
    for (const route of ROUTES.filter((r) => r !== 'grants')) expect(placeOf(`#${route}/12`)).toEqual({ route, grantId: null });
  });

  it('are the plain Grants screen for anything unknown', () => {
    for (const hash of ['', '#', '#nonsense', '#nonsense/12', '#GRANTS/12', '#12']) expect(placeOf(hash)).toEqual({ route: 'grants', grantId: null });
  });
});
