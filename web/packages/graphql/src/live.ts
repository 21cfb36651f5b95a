// Live order events for a component: the orderEvents subscription over graphql-transport-ws
// while the component is mounted, and whether the WebSocket is up.
import { onBeforeUnmount, onMounted, ref, type Ref } from "vue";
import { graphql } from "./gql";
import { useClient } from "./inject";

export const OrderEventsDocument = graphql(`
  subscription OrderEvents($orderId: ID) {
    orderEvents(orderId: $orderId) { kind orderId status fromStatus reason }
  }
`);

export interface OrderEvent {
  kind: string;
  orderId: string;
  status?: string | null;
  fromStatus?: string | null;
  reason?: string | null;
}

/** Call `onEvent` for every change of one order (`orderId`) or of every order the caller may follow. */
export function useOrderEvents(onEvent: (event: OrderEvent) => void, orderId?: string): { live: Ref<boolean> } {
  const client = useClient();
  const live = ref(false);
  const offConnected = client.ws.on("connected", () => {
    live.value = true;
  });
  const offClosed = client.ws.on("closed", () => {
    live.value = false;
  });
  let subscription: { unsubscribe(): void } | null = null;
  onMounted(() => {
    subscription = client.urql
      .subscription(OrderEventsDocument, { orderId: orderId ?? null })
      .subscribe((result) => {
        if (result.data) onEvent(result.data.orderEvents);
      });
  });
  onBeforeUnmount(() => {
    subscription?.unsubscribe();
    offConnected();
    offClosed();
  });
  return { live };
}
