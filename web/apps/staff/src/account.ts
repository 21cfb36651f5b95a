// Who is signed in and where they are (for distances): the device's position when granted,
// the staff profile's home otherwise.
import { ApiError, currentSession, type DispatchClient } from "@dispatchhub/graphql";
import { reactive } from "vue";
import type { Point } from "./geo";
import { StaffMeQuery } from "./operations";

export interface StaffMe {
  id: string;
  name: string;
  roles: string[];
  home: Point | null;
  onShift: boolean;
}

export const account = reactive<{ me: StaffMe | null; loaded: boolean; here: Point | null }>({
  me: null,
  loaded: false,
  here: null,
});

/** Staff and supervisors (who inherit staff) use this app. */
export function isStaff(roles: readonly string[]): boolean {
  return roles.some((role) => role === "staff" || role === "supervisor");
}

const ME_KEY = "dispatchhub.staff.me";

export async function loadMe(client: DispatchClient): Promise<void> {
  try {
    const me = currentSession() ? (await client.query(StaffMeQuery, {})).me : null;
    account.me = me
      ? { id: me.id, name: me.name, roles: me.roles ?? [], home: me.staffProfile?.homeLocation ?? null, onShift: me.staffProfile?.onShift ?? false }
      : null;
    if (account.me) sessionStorage.setItem(ME_KEY, JSON.stringify(account.me));
  } catch (error) {
    // Without a network the app opens as who was signed in on this tab, with what it kept.
    const kept = sessionStorage.getItem(ME_KEY);
    if (error instanceof ApiError && error.code === "NETWORK" && currentSession() && kept) {
      account.me = JSON.parse(kept) as StaffMe;
    } else if (error instanceof ApiError && (error.code === "UNAUTHENTICATED" || error.code === "NETWORK")) {
      account.me = null;
    } else throw error;
  } finally {
    account.loaded = true;
  }
}
