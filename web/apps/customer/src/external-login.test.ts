import { currentSession } from "@dispatchhub/graphql";
import { beforeEach, describe, expect, it } from "vitest";
import { takeExternalLogin } from "./external-login";

const STATE_KEY = "dispatchhub.customer.externalState";

describe("coming back from a third-party sign-in", () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it("leaves an ordinary route alone", () => {
    expect(takeExternalLogin("#/bookings/42")).toBeNull();
  });

  it("keeps the tokens when the state is the one this tab started with", () => {
    sessionStorage.setItem(STATE_KEY, "s-1");
    const outcome = takeExternalLogin("#accessToken=a.b.c&refreshToken=r-1&newAccount=true&state=s-1");
    expect(outcome).toEqual({ kind: "signedIn", newAccount: true });
    expect(currentSession()?.refreshToken).toBe("r-1");
    expect(sessionStorage.getItem(STATE_KEY)).toBeNull(); // once only
  });

  it("reads the answer after a hash router prefixed it with a slash", () => {
    sessionStorage.setItem(STATE_KEY, "s-2");
    const outcome = takeExternalLogin("#/accessToken=a.b.c&refreshToken=r-2&newAccount=false&state=s-2");
    expect(outcome).toEqual({ kind: "signedIn", newAccount: false });
    expect(currentSession()?.refreshToken).toBe("r-2");
  });

  it("refuses tokens for a sign-in this tab did not start", () => {
    sessionStorage.setItem(STATE_KEY, "s-1");
    expect(takeExternalLogin("#accessToken=a.b.c&refreshToken=r-1&state=forged")).toEqual({ kind: "refused", message: "" });
    expect(currentSession()).toBeNull();
  });

  it("passes the provider's refusal on", () => {
    sessionStorage.setItem(STATE_KEY, "s-2");
    expect(takeExternalLogin("#error=IDENTITY_REFUSED&message=%E6%8B%92%E7%BB%9D&state=s-2")).toEqual({ kind: "refused", message: "拒绝" });
  });
});
