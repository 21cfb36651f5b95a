// Back from a third-party sign-in: keep the session (or note why not) and drop the tokens
// from the address. This module is imported first by main.ts, so it runs before the router
// module creates its hash history, which would rewrite `#accessToken=…` into a route
// (`#/accessToken=…`) and navigate to it.
import { type ExternalOutcome, takeExternalLogin } from "./external-login";

export const external: ExternalOutcome = takeExternalLogin(window.location.hash);
if (external) history.replaceState(null, "", `${window.location.pathname}${window.location.search}#/bookings`);
