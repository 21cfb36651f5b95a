// Signing up and in by phone: codes, registration, code or password sign-in, password reset.
import { graphql } from "@dispatchhub/graphql";

export const CodeSendMutation = graphql(`
  mutation CustomerCodeSend($target: String!, $purpose: CodePurpose!) {
    verificationCodeSend(input: { channel: SMS, target: $target, purpose: $purpose }) {
      target expiresInSeconds errors { field message code }
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation CustomerRegister($phone: String!, $code: String!, $name: String!, $password: String!) {
    userRegister(input: { phone: $phone, code: $code, name: $name, password: $password }) {
      accessToken refreshToken errors { field message code }
    }
  }
`);

export const CodeSignInMutation = graphql(`
  mutation CustomerCodeSignIn($target: String!, $code: String!) {
    tokenCreateWithCode(input: { target: $target, code: $code }) {
      accessToken refreshToken errors { field message code }
    }
  }
`);

export const PasswordSignInMutation = graphql(`
  mutation CustomerPasswordSignIn($login: String!, $password: String!) {
    tokenCreate(input: { login: $login, password: $password }) {
      accessToken refreshToken errors { field message code }
    }
  }
`);

export const PasswordResetMutation = graphql(`
  mutation CustomerPasswordReset($target: String!, $code: String!, $newPassword: String!) {
    passwordReset(input: { target: $target, code: $code, newPassword: $newPassword }) {
      success errors { field message code }
    }
  }
`);
