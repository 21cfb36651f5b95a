// The offers and the grab pool, live: the orderOffers subscription says when something is
// offered (with its deadline) or may be grabbed, orderEvents when one of my orders changes;
// either reloads the lists. Deadlines come only with the live event (the order does not carry
// one), so they are remembered for the tab's life.
import { useClient } from "@dispatchhub/graphql";
import { onBeforeUnmount, onMounted, reactive } from "vue";
import { StaffOffersSubscription } from "./operations";

const DEADLINES_KEY = "dispatchhub.staff.deadlines";

function load(): Record<string, string> {
  try {
    return JSON.parse(sessionStorage.getItem(DEADLINES_KEY) ?? "{}") as Record<string, string>;
  } catch {
    return {};
  }
}

export const deadlines = reactive<Record<string, string>>(load());

export function rememberDeadline(orderId: string, deadline: string): void {
  deadlines[orderId] = deadline;
  sessionStorage.setItem(DEADLINES_KEY, JSON.stringify(deadlines));
}

/** Call `onOffer` for every offer or pool event while the component is mounted. */
export function useOfferFeed(onOffer: () => void): void {
  const client = useClient();
  let subscription: { unsubscribe(): void } | null = null;
  onMounted(() => {
    subscription = client.urql.subscription(StaffOffersSubscription, {}).subscribe((result) => {
      const event = result.data?.orderOffers;
      if (!event) return;
      if (event.kind === "OFFERED" && event.deadline) rememberDeadline(event.orderId, event.deadline);
      onOffer();
    });
  });
  onBeforeUnmount(() => subscription?.unsubscribe());
}
