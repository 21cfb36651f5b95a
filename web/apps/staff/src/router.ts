// The work list (offers, pool, today's jobs), colleagues' calls for help, one job, and my
// performance.
import { createRouter, createWebHashHistory } from "vue-router";

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: "/", name: "home", component: () => import("./pages/HomePage.vue") },
    { path: "/:tab(offers|pool|jobs)", name: "tab", component: () => import("./pages/HomePage.vue") },
    { path: "/help", name: "help", component: () => import("./pages/HelpPage.vue") },
    { path: "/me", name: "me", component: () => import("./pages/PerformancePage.vue") },
    { path: "/job/:id", name: "job", component: () => import("./pages/JobPage.vue"), props: true },
  ],
});
