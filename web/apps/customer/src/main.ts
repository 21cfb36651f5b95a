// First: reads a third-party sign-in's answer before the router touches the address.
import { external } from "./external-return";
import "@dispatchhub/ui/styles.css";
import "element-plus/theme-chalk/base.css";
import "./customer.css";
import { provideClient } from "@dispatchhub/graphql";
import { showBanner } from "@dispatchhub/ui";
import { installI18n } from "@dispatchhub/i18n";
import { createApp } from "vue";
import App from "./App.vue";
import { client } from "./client";
import { addCustomerMessages } from "./messages";
import { router } from "./router";

const app = createApp(App);
const i18n = installI18n(app);
addCustomerMessages(i18n);
if (external?.kind === "refused") showBanner(external.message || i18n.global.t("customer.auth.externalFailed"), "error");
app.provide("i18n", i18n);
provideClient(app, client);
app.use(router);
app.mount("#app");
