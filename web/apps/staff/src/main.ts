import "@dispatchhub/ui/styles.css";
import "element-plus/theme-chalk/base.css";
import "element-plus/theme-chalk/el-button.css";
import "./staff.css";
import { provideClient } from "@dispatchhub/graphql";
import { installI18n } from "@dispatchhub/i18n";
import { createApp } from "vue";
import App from "./App.vue";
import { client } from "./client";
import { addStaffMessages } from "./i18n";
import { router } from "./router";

const app = createApp(App);
const i18n = installI18n(app);
addStaffMessages(i18n);
app.provide("i18n", i18n);
provideClient(app, client);
app.use(router);
app.mount("#app");

// The service worker keeps the app shell for opening without a network (scope /staff/).
if ("serviceWorker" in navigator && import.meta.env.PROD) {
  void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
}
