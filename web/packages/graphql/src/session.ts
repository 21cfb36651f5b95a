// The signed-in session: the access and refresh tokens in sessionStorage (one tab, gone when
// it closes). Listeners hear when the server ended it.

export interface Session {
  accessToken: string;
  refreshToken: string;
}

export const SESSION_KEY = "dispatchhub.session";

export function currentSession(): Session | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? "null") as Session | null;
    return stored?.accessToken && stored.refreshToken ? stored : null;
  } catch {
    return null;
  }
}

export function storeSession({ accessToken, refreshToken }: Session): void {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify({ accessToken, refreshToken }));
}

const ended = new Set<() => void>();

/** Forget the tokens; `notify` tells the listeners the server ended the session. */
export function forgetSession(notify = true): void {
  sessionStorage.removeItem(SESSION_KEY);
  if (notify) for (const listener of ended) listener();
}

/** Call `listener` when a request finds the session over; returns the unsubscribe. */
export function onSessionEnded(listener: () => void): () => void {
  ended.add(listener);
  return () => ended.delete(listener);
}
