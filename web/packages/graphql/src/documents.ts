// The operations of the GraphQL layer itself: sign in, refresh, sign out, who am I.
import { graphql } from "./gql";

export const SignInDocument = graphql(`
  mutation SignIn($login: String!, $password: String!) {
    tokenCreate(input: { login: $login, password: $password }) {
      accessToken
      refreshToken
      errors { field message code }
    }
  }
`);

export const RefreshDocument = graphql(`
  mutation Refresh($token: String!) {
    tokenRefresh(input: { refreshToken: $token }) { accessToken refreshToken errors { code } }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut($token: String!) {
    tokenRevoke(input: { refreshToken: $token }) { errors { code } }
  }
`);

export const MeDocument = graphql(`
  query Me { me { id name roles } }
`);
