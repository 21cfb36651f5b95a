// Whether the server answers: false after a request failed to reach it, true after one got
// through (navigator.onLine alone says only that some network is up, and not always that).
import { reactive } from "vue";

export const network = reactive({ reachable: typeof navigator === "undefined" ? true : navigator.onLine });

/** A fetch that keeps `network.reachable` up to date. */
export function watchedFetch(send: typeof fetch = (...args) => globalThis.fetch(...args)): typeof fetch {
  return async (...args) => {
    try {
      const response = await send(...args);
      network.reachable = true;
      return response;
    } catch (error) {
      network.reachable = false;
      throw error;
    }
  };
}
