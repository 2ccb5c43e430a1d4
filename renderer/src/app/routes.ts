import { useEffect, useState } from 'react';

/** The screens in the order the navigation shows them, each at its own address (#grants, #disbursements, #reconciliation, …), so links, Back and a reload keep the place. */
export const ROUTES = ['grants', 'disbursements', 'reconciliation', 'funding-report', 'fx', 'audit', 'users'] as const;
export type Route = (typeof ROUTES)[number];

/** The screen a location hash names; the Grants screen for anything else. */
export function routeOf(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'grants';
}

/** The current screen, following the hash (nav links, Back and Forward). */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => routeOf(window.location.hash));
  useEffect(() => {
    const sync = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, []);
  return route;
}
