// Signing in and out through the client.
import type { DispatchClient } from "./client";
import { SignInDocument, SignOutDocument } from "./documents";
import { currentSession, forgetSession, storeSession } from "./session";

export interface PayloadError {
  field?: string | null;
  message: string;
  code?: string | null;
}

/** Sign in; returns the payload errors (none when signed in). */
export async function signIn(client: DispatchClient, login: string, password: string): Promise<PayloadError[]> {
  const { tokenCreate } = await client.mutate(SignInDocument, { login, password });
  if (tokenCreate.accessToken && tokenCreate.refreshToken) {
    storeSession({ accessToken: tokenCreate.accessToken, refreshToken: tokenCreate.refreshToken });
  }
  return tokenCreate.errors;
}

/** Revoke the refresh token on the server (best effort) and forget the session. */
export async function signOut(client: DispatchClient): Promise<void> {
  const session = currentSession();
  try {
    if (session) await client.mutate(SignOutDocument, { token: session.refreshToken });
  } catch {
    // the session is forgotten below either way
  } finally {
    forgetSession(false);
    client.ws.terminate();
  }
}
