// The GraphQL client: one POST helper, the session in sessionStorage, one refresh on
// UNAUTHENTICATED, sign-in and sign-out.

const STORE_KEY = "dispatchhub.session";
const ENDPOINT = "/graphql";

/** Top-level GraphQL errors (not payload errors): `errors`, and `code` of the first. */
export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join("；"));
    this.errors = errors;
    this.code = errors[0]?.extensions?.code ?? null;
  }
}

export function currentSession() {
  try {
    return JSON.parse(sessionStorage.getItem(STORE_KEY));
  } catch {
    return null;
  }
}

function storeSession(payload) {
  const { accessToken, refreshToken } = payload;
  sessionStorage.setItem(STORE_KEY, JSON.stringify({ accessToken, refreshToken }));
}

function forgetSession() {
  sessionStorage.removeItem(STORE_KEY);
  window.dispatchEvent(new Event("session-ended"));
}

async function post(query, variables, accessToken) {
  const headers = { "content-type": "application/json" };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  const response = await fetch(ENDPOINT, {
    method: "POST", headers, body: JSON.stringify({ query, variables }),
  });
  try {
    return await response.json();
  } catch {
    return { errors: [{ message: `服务器错误 Server error (HTTP ${response.status})` }] };
  }
}

function unauthenticated(body) {
  return (body.errors ?? []).some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

const REFRESH = `mutation Refresh($token: String!) {
  tokenRefresh(input: {refreshToken: $token}) { accessToken refreshToken errors { code } }
}`;

// One refresh at a time: a refresh token is single use, and reusing one revokes the family.
let refreshing = null;

function refreshSession(session) {
  refreshing ??= post(REFRESH, { token: session.refreshToken })
    .then((body) => {
      const payload = body.data?.tokenRefresh;
      if (payload?.accessToken) {
        storeSession(payload);
        return true;
      }
      return false;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** Run an operation; returns `data`, throws GraphQLError on top-level errors. */
export async function graphql(query, variables = {}) {
  let session = currentSession();
  let body = await post(query, variables, session?.accessToken);
  if (session && unauthenticated(body)) {
    // Another request may have refreshed while this one was under way: then its refresh
    // token is spent, and using it again would end the session. Retry with the new token.
    const latest = currentSession();
    const renewed = latest && latest.accessToken !== session.accessToken;
    if (latest && (renewed || (await refreshSession(latest)))) {
      session = currentSession();
      body = await post(query, variables, session.accessToken);
    }
    if (unauthenticated(body)) forgetSession();
  }
  if (body.errors?.length) throw new GraphQLError(body.errors);
  return body.data;
}

const SIGN_IN = `mutation SignIn($login: String!, $password: String!) {
  tokenCreate(input: {login: $login, password: $password}) {
    accessToken refreshToken errors { field message code }
  }
}`;

/** Sign in; returns the payload errors (empty when signed in). */
export async function signIn(login, password) {
  const body = await post(SIGN_IN, { login, password });
  if (body.errors?.length) throw new GraphQLError(body.errors);
  const payload = body.data.tokenCreate;
  if (payload.accessToken) storeSession(payload);
  return payload.errors;
}

const SIGN_OUT = `mutation SignOut($token: String!) {
  tokenRevoke(input: {refreshToken: $token}) { errors { code } }
}`;

export async function signOut() {
  const session = currentSession();
  try {
    if (session?.refreshToken) await post(SIGN_OUT, { token: session.refreshToken }, session.accessToken);
  } finally {
    forgetSession();
  }
}
