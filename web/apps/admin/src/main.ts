import "@dispatchhub/ui/styles.css";
import "element-plus/theme-chalk/base.css";
import "element-plus/theme-chalk/el-button.css";
import { provideClient } from "@dispatchhub/graphql";
import { installI18n } from "@dispatchhub/i18n";
import urql from "@urql/vue";
import { createApp } from "vue";
import App from "./App.vue";
import { client } from "./client";
import { router } from "./router";

const app = createApp(App);
const i18n = installI18n(app);
app.provide("i18n", i18n);
provideClient(app, client);
app.use(urql, client.urql);
app.use(router);
app.mount("#app");
