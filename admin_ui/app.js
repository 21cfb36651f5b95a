// The admin UI shell: session, roles, navigation and a router on location.hash
// (#/rules, #/rules/<policy name>, #/board, #/bookings, #/stats).
import { currentSession, graphql, GraphQLError, signOut } from "./api.js";
import { clearBanner, h, showBanner } from "./dom.js";
import * as login from "./pages/login.js";
import { renderSystemInfo } from "./pages/system.js";

// Which roles may open a page; the server decides in the end, this only keeps a role away
// from a page it cannot use. Admins inherit dispatcher and supervisor (authz/roles.csv).
const PAGES = {
  rules: { label: "规则 Rules", roles: ["admin"], module: () => import("./pages/rules.js") },
  board: { label: "调度台 Dispatch board", roles: ["dispatcher"], module: () => import("./pages/board.js") },
  bookings: { label: "预约 Bookings", roles: ["dispatcher"], module: () => import("./pages/bookings.js") },
};
const INHERITS = { admin: ["dispatcher", "supervisor"], supervisor: ["staff"] };
const ROLE_LABELS = {
  admin: "管理员 admin", dispatcher: "调度员 dispatcher", supervisor: "主管 supervisor",
  staff: "师傅 staff", customer: "客户 customer",
};

const ME = "{ me { id name roles } }";

let me = null;
let leavePage = null;

function effectiveRoles(roles) {
  const all = new Set(roles);
  for (const role of roles) for (const inherited of INHERITS[role] ?? []) all.add(inherited);
  return all;
}

function allowed(page, roles) {
  return page.roles.some((role) => roles.has(role));
}

function parseHash() {
  const [name = "", ...rest] = location.hash.replace(/^#\/?/, "").split("/");
  return { name, params: rest.map(decodeURIComponent) };
}

async function loadMe() {
  if (!currentSession()) return null;
  try {
    return (await graphql(ME)).me;
  } catch (error) {
    if (error instanceof GraphQLError && error.code === "UNAUTHENTICATED") return null;
    throw error;
  }
}

function renderAccount() {
  const account = document.getElementById("account");
  if (!me) {
    account.replaceChildren();
    return;
  }
  const roles = me.roles?.map((r) => ROLE_LABELS[r] ?? r).join("、") || "—";
  account.replaceChildren(
    h("span", { class: "who", dataset: { field: "me" } }, h("strong", { text: me.name }), ` · ${roles}`),
    h("button", { type: "button", class: "secondary", id: "sign-out", on: { click: onSignOut } }, "退出 Sign out"),
  );
}

function renderNav(roles, current) {
  const nav = document.getElementById("nav");
  nav.replaceChildren(
    ...Object.entries(PAGES)
      .filter(([, page]) => roles && allowed(page, roles))
      .map(([name, page]) =>
        h("a", { href: `#/${name}`, class: name === current ? "active" : null, text: page.label })),
  );
}

function noAccess(main, page, roles) {
  const mine = [...roles].filter((r) => ROLE_LABELS[r]).map((r) => ROLE_LABELS[r]).join("、") || "—";
  const wanted = page ? page.roles.map((r) => ROLE_LABELS[r] ?? r).join(" / ") : "管理员、调度员或主管 admin, dispatcher or supervisor";
  main.replaceChildren(
    h("section", { class: "card narrow no-access", id: "no-access" },
      h("h1", { text: "无权访问 No access" }),
      h("p", { text: `${page ? page.label : "管理后台 The admin UI"} 需要 ${wanted} 角色；您的角色：${mine}。` }),
      h("p", { text: `${page ? page.label : "The admin UI"} needs the role ${wanted}; your roles: ${mine}.` }),
      h("p", { class: "muted", text: "如需权限请联系管理员。 Ask an admin for access." })),
  );
}

async function route() {
  leavePage?.();
  leavePage = null;
  clearBanner();
  const main = document.getElementById("main");
  try {
    me = await loadMe();
  } catch (error) {
    showBanner(error.message);
  }
  renderAccount();
  if (!me) {
    renderNav(null, "");
    login.render(main, { onSignedIn: route });
    return;
  }
  const roles = effectiveRoles(me.roles ?? []);
  let { name, params } = parseHash();
  if (!PAGES[name]) {
    name = Object.keys(PAGES).find((key) => allowed(PAGES[key], roles));
    if (!name) {
      renderNav(roles, "");
      noAccess(main, null, roles);
      return;
    }
    history.replaceState(null, "", `#/${name}`);
  }
  renderNav(roles, name);
  const page = PAGES[name];
  if (!allowed(page, roles)) {
    noAccess(main, page, roles);
    return;
  }
  main.replaceChildren(h("p", { class: "muted", text: "加载中… Loading…" }));
  try {
    const module = await page.module();
    leavePage = (await module.render(main, { params, me, roles })) ?? null;
  } catch (error) {
    if (error instanceof GraphQLError && error.code === "FORBIDDEN") noAccess(main, page, roles);
    else showBanner(error.message);
  }
}

async function onSignOut() {
  await signOut();
  history.replaceState(null, "", "#/");
  route();
}

window.addEventListener("hashchange", route);
window.addEventListener("session-ended", () => {
  if (!me) return;
  me = null;
  setTimeout(async () => {
    await route();
    showBanner("登录已过期，请重新登录。 Your session ended; sign in again.", "warning");
  });
});

renderSystemInfo(document.getElementById("info"));
route();
