// Third-party sign-in (OIDC) where the server has providers configured: the button asks for
// the provider's URL and goes there; /auth/{provider}/callback sends the browser back to /app/
// with the tokens (or the refusal) in the URL fragment, which is read here once and removed.
import { graphql, storeSession, type DispatchClient } from "@dispatchhub/graphql";

export const ExternalProvidersQuery = graphql(`
  query CustomerExternalProviders { externalLoginProviders { key name } }
`);

export const ExternalLoginUrlQuery = graphql(`
  query CustomerExternalLoginUrl($provider: String!, $redirectUri: String) {
    externalLoginUrl(provider: $provider, redirectUri: $redirectUri) { url state errors { field message code } }
  }
`);

const STATE_KEY = "dispatchhub.customer.externalState";

/** Start signing in with ``provider``: the error message when refused, else navigates away. */
export async function startExternalLogin(client: DispatchClient, provider: string): Promise<string | null> {
  const { externalLoginUrl } = await client.query(ExternalLoginUrlQuery, { provider, redirectUri: "/app/" });
  if (!externalLoginUrl.url || !externalLoginUrl.state) return externalLoginUrl.errors[0]?.message ?? "";
  sessionStorage.setItem(STATE_KEY, externalLoginUrl.state);
  window.location.assign(externalLoginUrl.url);
  return null;
}

export type ExternalOutcome = { kind: "signedIn"; newAccount: boolean } | { kind: "refused"; message: string } | null;

/**
 * The callback's answer in ``hash`` (``#accessToken=…&state=…`` or ``#error=…&message=…``):
 * the session is kept only when ``state`` is the one this tab started with. Null when the
 * hash is an ordinary route.
 */
export function takeExternalLogin(hash: string): ExternalOutcome {
  const fields = new URLSearchParams(hash.replace(/^#\/?/, "")); // "#/…" once a hash router saw it
  if (!fields.has("state") || (!fields.has("accessToken") && !fields.has("error"))) return null;
  const expected = sessionStorage.getItem(STATE_KEY);
  sessionStorage.removeItem(STATE_KEY);
  if (!expected || fields.get("state") !== expected) return { kind: "refused", message: "" };
  const error = fields.get("error");
  if (error) return { kind: "refused", message: fields.get("message") ?? error };
  const accessToken = fields.get("accessToken") ?? "";
  const refreshToken = fields.get("refreshToken") ?? "";
  if (!accessToken || !refreshToken) return { kind: "refused", message: "" };
  storeSession({ accessToken, refreshToken });
  return { kind: "signedIn", newAccount: fields.get("newAccount") === "true" };
}
