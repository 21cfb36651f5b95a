// The client for components: provided once by the app, injected where needed.
import { inject, type App, type InjectionKey } from "vue";
import type { DispatchClient } from "./client";

const KEY: InjectionKey<DispatchClient> = Symbol("dispatchhub.client");

export function provideClient(app: App, client: DispatchClient): void {
  app.provide(KEY, client);
}

export function useClient(): DispatchClient {
  const client = inject(KEY);
  if (!client) throw new Error("provideClient(app, client) was not called");
  return client;
}
