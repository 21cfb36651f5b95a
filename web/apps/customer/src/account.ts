// Who is signed in (null: nobody), read from `me` once and after signing in.
import { currentSession, graphql, storeSession, type DispatchClient } from "@dispatchhub/graphql";
import { reactive } from "vue";

export const CustomerMeQuery = graphql(`
  query CustomerMe { me { id name phone email roles createdAt } }
`);

export interface Me {
  id: string;
  name: string;
  phone?: string | null;
  email?: string | null;
  roles?: string[] | null;
  createdAt: string;
}

export const account = reactive<{ loaded: boolean; me: Me | null }>({ loaded: false, me: null });

export async function loadMe(client: DispatchClient): Promise<void> {
  try {
    account.me = currentSession() ? (await client.query(CustomerMeQuery, {})).me ?? null : null;
  } finally {
    account.loaded = true;
  }
}

/** Keep the tokens a sign-up or sign-in payload answered; true when there were some. */
export function keepSession(payload: { accessToken?: string | null; refreshToken?: string | null }): boolean {
  if (!payload.accessToken || !payload.refreshToken) return false;
  storeSession({ accessToken: payload.accessToken, refreshToken: payload.refreshToken });
  return true;
}

export const CustomerMeUpdateMutation = graphql(`
  mutation CustomerMeUpdate($input: MeUpdateInput!) {
    meUpdate(input: $input) { user { id name phone email roles createdAt } errors { field code message } }
  }
`);
