import "@dispatchhub/ui/styles.css";
import "element-plus/theme-chalk/base.css";
import "./customer.css";
import { provideClient } from "@dispatchhub/graphql";
import { installI18n } from "@dispatchhub/i18n";
import { createApp } from "vue";
import App from "./App.vue";
import { client } from "./client";
import { addCustomerMessages } from "./messages";
import { router } from "./router";

const app = createApp(App);
const i18n = installI18n(app);
addCustomerMessages(i18n);
app.provide("i18n", i18n);
provideClient(app, client);
app.use(router);
app.mount("#app");
