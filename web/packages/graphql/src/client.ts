// The urql client every app uses: POST over fetch (with the session and its refresh),
// subscriptions over WebSocket with graphql-transport-ws, and no cache (screens show what
// the server says now).
import {
  Client, CombinedError, fetchExchange, stringifyDocument, subscriptionExchange,
  type AnyVariables, type OperationResult, type TypedDocumentNode,
} from "@urql/core";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { createAuthFetch } from "./auth-fetch";
import { MeDocument, RefreshDocument } from "./documents";
import { currentSession, type Session } from "./session";

/** Seconds until a JWT access token expires (0 when it cannot be read: treat it as spent). */
export function secondsLeft(token: string, now = Date.now()): number {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const { exp } = JSON.parse(atob(payload)) as { exp?: number };
    return typeof exp === "number" ? Math.max(0, exp - now / 1000) : 0;
  } catch {
    return 0;
  }
}

export interface DispatchClientOptions {
  url?: string;
  locale: () => string;
  fetch?: typeof fetch;
}

/** A refused request: the server's messages and the code of the first. */
export class ApiError extends Error {
  readonly code: string | null;

  constructor(message: string, code: string | null) {
    super(message);
    this.name = "ApiError";
    this.code = code;
  }

  static of(error: CombinedError): ApiError {
    if (error.graphQLErrors.length) {
      return new ApiError(
        error.graphQLErrors.map((e) => e.message).join("；"),
        (error.graphQLErrors[0].extensions?.code as string | undefined) ?? null,
      );
    }
    return new ApiError(error.networkError?.message ?? error.message, "NETWORK");
  }
}

export interface DispatchClient {
  urql: Client;
  ws: WsClient;
  query<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V): Promise<D>;
  mutate<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V): Promise<D>;
}

function unwrap<D>(result: OperationResult<D>): D {
  if (result.error) throw ApiError.of(result.error);
  if (result.data === undefined || result.data === null) throw new ApiError("No data", null);
  return result.data;
}

export function createDispatchClient({ url = "/graphql", locale, fetch: send }: DispatchClientOptions): DispatchClient {
  const plain = send ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const refresh = async (session: Session): Promise<Session | null> => {
    const response = await plain(url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": locale() },
      body: JSON.stringify({
        query: stringifyDocument(RefreshDocument),
        variables: { token: session.refreshToken },
      }),
    });
    const body = (await response.json()) as { data?: { tokenRefresh?: Partial<Session> | null } };
    const payload = body.data?.tokenRefresh;
    return payload?.accessToken && payload.refreshToken
      ? { accessToken: payload.accessToken, refreshToken: payload.refreshToken }
      : null;
  };
  const wsUrl = new URL(url, globalThis.location?.href ?? "http://127.0.0.1/");
  wsUrl.protocol = wsUrl.protocol === "https:" ? "wss:" : "ws:";
  // The WebSocket signs in once, in connection_init (and again on every reconnect): a token
  // about to expire is first renewed by an ordinary request, which refreshes the session.
  let urql: Client;
  const ws = createWsClient({
    url: wsUrl.href,
    lazy: true,
    retryAttempts: 5,
    connectionParams: async () => {
      const session = currentSession();
      if (session && secondsLeft(session.accessToken) < 30) await urql.query(MeDocument, {}).toPromise();
      const latest = currentSession();
      return latest ? { authorization: `Bearer ${latest.accessToken}` } : {};
    },
  });
  urql = new Client({
    url,
    requestPolicy: "network-only",
    preferGetMethod: false,
    fetch: createAuthFetch({ locale, refresh, fetch: plain }),
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? "" };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return {
    urql,
    ws,
    query: async (document, variables) => unwrap(await urql.query(document, variables).toPromise()),
    mutate: async (document, variables) => unwrap(await urql.mutation(document, variables).toPromise()),
  };
}
