import { createRouter, createWebHashHistory } from "vue-router";

// Pages load on first visit; the rule editor (CodeMirror) is its own chunk.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: "/", name: "home", component: { render: () => null } },
    { path: "/rules", name: "rules", meta: { page: "rules" }, component: () => import("./pages/RulesList.vue") },
    {
      path: "/rules/:name", name: "rule", meta: { page: "rules" }, props: true,
      component: () => import("./pages/rules/RuleEditor.vue"),
    },
    { path: "/board", name: "board", meta: { page: "board" }, component: () => import("./pages/DispatchBoard.vue") },
    { path: "/bookings", name: "bookings", meta: { page: "bookings" }, component: () => import("./pages/BookingsPage.vue") },
    { path: "/team", name: "team", meta: { page: "team" }, component: () => import("./pages/TeamPage.vue") },
    {
      path: "/dashboards", name: "dashboards", meta: { page: "dashboards" },
      component: () => import("./pages/DashboardsPage.vue"),
    },
    { path: "/map", name: "map", meta: { page: "map" }, component: () => import("./pages/MapPage.vue") },
    {
      path: "/permissions", name: "permissions", meta: { page: "permissions" },
      component: () => import("./pages/PermissionsPage.vue"),
    },
    { path: "/catalog", name: "catalog", meta: { page: "catalog" }, component: () => import("./pages/CatalogPage.vue") },
    { path: "/phone", name: "phone", meta: { page: "phone" }, component: () => import("./pages/PhoneBooking.vue") },
    { path: "/users", name: "users", meta: { page: "users" }, component: () => import("./pages/UsersPage.vue") },
    { path: "/jobs", name: "jobs", meta: { page: "jobs" }, component: () => import("./pages/JobsPage.vue") },
    { path: "/:rest(.*)*", redirect: "/" },
  ],
});
