// What the app keeps on the device to work from without a network (the lists, each job
// opened, who is signed in, offer deadlines): forgotten on sign-out, since it holds customers'
// names, phones and addresses. Waiting status changes (queue.ts) stay: they are unsent work.
const PREFIXES = ["dispatchhub.staff.order.", "dispatchhub.staff.lists", "dispatchhub.staff.me", "dispatchhub.staff.deadlines"];

export function forgetKept(): void {
  for (const store of [localStorage, sessionStorage]) {
    for (const key of Object.keys(store)) {
      if (PREFIXES.some((prefix) => key.startsWith(prefix))) store.removeItem(key);
    }
  }
}
