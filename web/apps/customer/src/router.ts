// Hash routes (the server serves index.html for /app/ only).
import { createRouter, createWebHashHistory } from "vue-router";

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: "/", name: "home", redirect: "/bookings" },
    { path: "/sign-in", name: "sign-in", component: () => import("./pages/SignIn.vue"), meta: { open: true, guest: true } },
    { path: "/sign-up", name: "sign-up", component: () => import("./pages/SignUp.vue"), meta: { open: true, guest: true } },
    { path: "/reset", name: "reset", component: () => import("./pages/ResetPassword.vue"), meta: { open: true } },
    { path: "/book", name: "book", component: () => import("./pages/BookNew.vue") },
    { path: "/bookings", name: "bookings", component: () => import("./pages/MyBookings.vue") },
    { path: "/bookings/:id", name: "booking", component: () => import("./pages/BookingPage.vue"), props: true },
    { path: "/inbox", name: "inbox", component: () => import("./pages/InboxPage.vue") },
    { path: "/me", name: "me", component: () => import("./pages/ProfilePage.vue") },
    { path: "/:rest(.*)", redirect: "/bookings" },
  ],
});
