// A refused request on a page goes to the banner; an ended session to the sign-in page.
import { ApiError } from "@dispatchhub/graphql";
import { showBanner } from "@dispatchhub/ui";

export function reportError(error: unknown): void {
  if (error instanceof ApiError && error.code === "UNAUTHENTICATED") return;
  showBanner(error instanceof Error ? error.message : String(error));
}
