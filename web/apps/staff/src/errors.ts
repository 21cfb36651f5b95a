// Refusals in words a person in the field understands.
import { ApiError } from "@dispatchhub/graphql";
import { showBanner } from "@dispatchhub/ui";

export interface Refusal {
  code?: string | null;
  message: string;
}

/** Why a grab failed: taken by someone else, or (NOT_ELIGIBLE) the policy's reasons, which
 * the server already words in the reader's language. */
export function grabRefusal(t: (key: string) => string, error: Refusal): string {
  return error.code === "ALREADY_TAKEN" ? t("staff.pool.ALREADY_TAKEN") : error.message;
}

export function reportError(error: unknown): void {
  if (error instanceof ApiError && error.code === "UNAUTHENTICATED") return;
  showBanner(error instanceof Error ? error.message : String(error));
}
