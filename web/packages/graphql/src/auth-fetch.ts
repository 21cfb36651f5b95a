// A fetch for urql that signs requests with the access token, asks the server for messages
// in the chosen language, and on UNAUTHENTICATED refreshes the session once and retries.
import { currentSession, forgetSession, storeSession, type Session } from "./session";

export type Refresh = (session: Session) => Promise<Session | null>;

export interface AuthFetchOptions {
  /** The language the server should answer in (Accept-Language). */
  locale: () => string;
  /** Exchange the refresh token for new tokens; null when the server refused. */
  refresh: Refresh;
  fetch?: typeof fetch;
}

interface Body {
  errors?: { extensions?: { code?: string } }[];
}

async function unauthenticated(response: Response): Promise<boolean> {
  try {
    const body = (await response.clone().json()) as Body;
    return (body.errors ?? []).some((e) => e.extensions?.code === "UNAUTHENTICATED");
  } catch {
    return false;
  }
}

export function createAuthFetch({ locale, refresh, fetch: send = globalThis.fetch }: AuthFetchOptions): typeof fetch {
  // One refresh at a time: a refresh token is single use, and spending one twice makes the
  // server revoke the whole session.
  let refreshing: Promise<boolean> | null = null;
  const refreshOnce = (session: Session): Promise<boolean> => {
    refreshing ??= refresh(session)
      .then((renewed) => {
        if (renewed) storeSession(renewed);
        return renewed !== null;
      })
      .catch(() => false)
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  };

  const signed = (input: RequestInfo | URL, init: RequestInit | undefined, session: Session | null) => {
    const headers = new Headers(init?.headers);
    headers.set("accept-language", locale());
    if (session) headers.set("authorization", `Bearer ${session.accessToken}`);
    else headers.delete("authorization");
    return send(input, { ...init, headers });
  };

  return async (input, init) => {
    const session = currentSession();
    let response = await signed(input, init, session);
    if (!session || !(await unauthenticated(response))) return response;
    // Another request may have refreshed while this one was under way: its refresh token is
    // then spent, so retry with the new access token instead of refreshing again.
    const latest = currentSession();
    const renewed = latest !== null && latest.accessToken !== session.accessToken;
    if (latest && (renewed || (await refreshOnce(latest)))) {
      response = await signed(input, init, currentSession());
    }
    if (await unauthenticated(response)) forgetSession();
    return response;
  };
}
