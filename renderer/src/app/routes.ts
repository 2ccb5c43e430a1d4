import { useEffect, useState } from 'react';

/** The screens in the order the navigation shows them, each at its own address (#grants, #disbursements, #reconciliation, …), so links, Back and a reload keep the place. */
export const ROUTES = ['grants', 'disbursements', 'approvals', 'reconciliation', 'funding-report', 'plans', 'organisations', 'people', 'fx', 'audit', 'users'] as const;
export type Route = (typeof ROUTES)[number];

/** Where the window is: a screen and, on the Grants screen, the grant open beside the grid (#grants/42). */
export type Place = { route: Route; grantId: number | null };

const isRoute = (name: string): name is Route => (ROUTES as readonly string[]).includes(name);
/** A record id as an address writes it: a positive integer, no sign, no leading zero, no exponent. */
const ID = /^[1-9][0-9]{0,15}$/;

/**
 * The place a location hash names. `#grants/<id>` opens that grant; an id that is not a positive
 * integer, or more after it, leaves the plain Grants screen; a screen takes no id (its plain
 * screen); anything else is the Grants screen.
 */
export function placeOf(hash: string): Place {
  const [name = '', id, ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (!isRoute(name)) return { route: 'grants', grantId: null };
  if (name !== 'grants' || id === undefined || rest.length > 0 || !ID.test(id)) return { route: name, grantId: null };
  const grantId = Number(id);
  return { route: name, grantId: Number.isSafeInteger(grantId) ? grantId : null };
}

/** The screen a location hash names; the Grants screen for anything else. */
export function routeOf(hash: string): Route {
  return placeOf(hash).route;
}

/** The address of one grant: the Grants screen with its panel open. */
export function grantHref(grantId: number): string {
  return `#grants/${grantId}`;
}

/** The address of a screen with nothing open. */
export function routeHref(route: Route): string {
  return `#${route}`;
}

/** Goes to an address as a link would (a new history entry, so Back returns). */
export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}

/** The current place, following the hash (nav links, Back and Forward). */
export function usePlace(): Place {
  const [place, setPlace] = useState<Place>(() => placeOf(window.location.hash));
  useEffect(() => {
    const sync = () =>
      setPlace((old) => {
        const next = placeOf(window.location.hash);
        return next.route === old.route && next.grantId === old.grantId ? old : next;
      });
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, []);
  return place;
}

/** The current screen, following the hash (nav links, Back and Forward). */
export function useRoute(): Route {
  return usePlace().route;
}
