/**
 * Why the person is about to be signed out, so the login page can say so. Set by the logout
 * hooks just before the cache forgets the person; read once by `RequireAuth`. Without a reason,
 * losing the session while signed in means it expired (or ended on another device).
 */
export type SignOutReason = 'signedOut' | 'signedOutEverywhere' | 'sessionEnded';

let pending: SignOutReason | null = null;

export function markSigningOut(reason: SignOutReason | null): void {
  pending = reason;
}

export function takeSignOutReason(): SignOutReason | null {
  const reason = pending;
  pending = null;
  return reason;
}

/** What pages pass each other in router state. */
export interface FlashState {
  notice?: SignOutReason;
  /** After signing in, go back here. */
  from?: string;
  /** After accepting an invitation: the team's name. */
  joinedTeam?: string;
}

export function readFlash(state: unknown): FlashState {
  return state && typeof state === 'object' ? (state as FlashState) : {};
}
