export { createAuthFetch, type AuthFetchOptions } from "./auth-fetch";
export { signIn, signOut, type PayloadError } from "./auth";
export { ApiError, createDispatchClient, secondsLeft, type DispatchClient } from "./client";
export { MeDocument } from "./documents";
export { currentSession, forgetSession, onSessionEnded, SESSION_KEY, storeSession, type Session } from "./session";
export { graphql } from "./gql";
export { provideClient, useClient } from "./inject";
export { OrderEventsDocument, useOrderEvents, type OrderEvent } from "./live";
