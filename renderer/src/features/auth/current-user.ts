import { createContext, useContext } from 'react';
import type { Output } from '../../../../core/api/handlers';

export type SignedInUser = Output<'auth.signIn'>['user'];

/** The signed-in user, and how to sign out; provided by the AuthGate around the app. */
export type CurrentUser = { user: SignedInUser; signOut(): Promise<void> };

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only inside the AuthGate, which shows the app to signed-in users only. */
export function useCurrentUser(): CurrentUser {
  const current = useContext(CurrentUserContext);
  if (!current) throw new Error('useCurrentUser() outside <AuthGate>');
  return current;
}
