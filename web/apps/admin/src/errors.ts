// What a page does with a refused request: FORBIDDEN shows the no-access card, anything
// else goes to the banner.
import { ApiError } from "@dispatchhub/graphql";
import { showBanner } from "@dispatchhub/ui";
import { reactive } from "vue";

export const pageState = reactive({ forbidden: false });

export function reportError(error: unknown): void {
  if (error instanceof ApiError && error.code === "FORBIDDEN") pageState.forbidden = true;
  // The session is over: the sign-in form and its own banner say so.
  else if (error instanceof ApiError && error.code === "UNAUTHENTICATED") return;
  else showBanner(error instanceof Error ? error.message : String(error));
}
