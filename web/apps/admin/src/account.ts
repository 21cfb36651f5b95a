// Who is signed in, what their roles let them open, and the session's end.
import { ApiError, MeDocument, currentSession, type DispatchClient } from "@dispatchhub/graphql";
import { reactive } from "vue";

export type PageName = "rules" | "board" | "bookings" | "team" | "dashboards" | "map" | "permissions" | "catalog" | "phone" | "users" | "jobs";

// Which roles may open a page; the server decides in the end, this only keeps a role away
// from a page it cannot use. Admins inherit dispatcher and supervisor (authz/roles.csv).
export const PAGES: Record<PageName, { roles: string[] }> = {
  rules: { roles: ["admin"] },
  board: { roles: ["dispatcher"] },
  bookings: { roles: ["dispatcher"] },
  team: { roles: ["supervisor"] },
  dashboards: { roles: ["supervisor", "dispatcher"] },
  map: { roles: ["dispatcher"] },
  permissions: { roles: ["admin"] },
  catalog: { roles: ["admin"] },
  phone: { roles: ["dispatcher"] },
  users: { roles: ["admin"] },
  jobs: { roles: ["admin"] },
};
const INHERITS: Record<string, string[]> = { admin: ["dispatcher", "supervisor"], supervisor: ["staff"] };
export const KNOWN_ROLES = ["admin", "dispatcher", "supervisor", "staff", "customer"];

export interface Me {
  id: string;
  name: string;
  roles: string[];
}

export const account = reactive<{ me: Me | null; loaded: boolean }>({ me: null, loaded: false });

export function effectiveRoles(roles: readonly string[]): Set<string> {
  const all = new Set(roles);
  for (const role of roles) for (const inherited of INHERITS[role] ?? []) all.add(inherited);
  return all;
}

export function allowed(page: PageName, roles: Set<string>): boolean {
  return PAGES[page].roles.some((role) => roles.has(role));
}

/** The pages the roles open, in menu order. */
export function openPages(roles: Set<string>): PageName[] {
  return (Object.keys(PAGES) as PageName[]).filter((page) => allowed(page, roles));
}

/** The roles that open at least one page (what to tell someone who has none of them). */
export function consoleRoles(): string[] {
  return [...new Set(Object.values(PAGES).flatMap((page) => page.roles))];
}

export async function loadMe(client: DispatchClient): Promise<void> {
  try {
    const me = currentSession() ? (await client.query(MeDocument, {})).me : null;
    account.me = me ? { ...me, roles: me.roles ?? [] } : null;
  } catch (error) {
    if (error instanceof ApiError && error.code === "UNAUTHENTICATED") account.me = null;
    else throw error;
  } finally {
    account.loaded = true;
  }
}
