// The staff app's GraphQL client (answers in the chosen language; notes whether it got through).
import { createDispatchClient } from "@dispatchhub/graphql";
import { currentLocale } from "@dispatchhub/i18n";
import { watchedFetch } from "./network";

export const client = createDispatchClient({ url: "/graphql", locale: currentLocale, fetch: watchedFetch() });
