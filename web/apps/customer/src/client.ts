// The customer app's GraphQL client (answers in the chosen language).
import { createDispatchClient } from "@dispatchhub/graphql";
import { currentLocale } from "@dispatchhub/i18n";

export const client = createDispatchClient({ url: "/graphql", locale: currentLocale });
