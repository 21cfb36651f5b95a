import "@dispatchhub/ui/styles.css";
import "element-plus/theme-chalk/base.css";
import "./customer.css";
import { provideClient } from "@dispatchhub/graphql";
import { showBanner } from "@dispatchhub/ui";
import { installI18n } from "@dispatchhub/i18n";
import { createApp } from "vue";
import App from "./App.vue";
import { client } from "./client";
import { takeExternalLogin } from "./external-login";
import { addCustomerMessages } from "./messages";
import { router } from "./router";

// Back from a third-party sign-in: keep the session (or say why not) and drop the tokens from
// the address before the router reads it.
const external = takeExternalLogin(window.location.hash);
if (external) history.replaceState(null, "", `${window.location.pathname}${window.location.search}#/bookings`);

const app = createApp(App);
const i18n = installI18n(app);
addCustomerMessages(i18n);
if (external?.kind === "refused") showBanner(external.message || i18n.global.t("customer.auth.externalFailed"), "error");
app.provide("i18n", i18n);
provideClient(app, client);
app.use(router);
app.mount("#app");
