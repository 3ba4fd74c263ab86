/** What the session pages pass each other in router state (e.g. "The series has been planned"). */
export interface SessionsFlash {
  sessionsNotice?: string;
}

export function readSessionsFlash(state: unknown): SessionsFlash {
  return state && typeof state === 'object' ? (state as SessionsFlash) : {};
}
