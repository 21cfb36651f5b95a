// 系统 System: what the server reports about itself (shown on every page, signed in or not).
import { graphql } from "../api.js";
import { h, setTimeZone } from "../dom.js";

const QUERY = "{ serverInfo { version database jobsMode timezone currency } }";

const LABELS = {
  version: "版本 Version",
  database: "数据库 Database",
  jobsMode: "任务执行 Jobs",
  timezone: "业务时区 Time zone",
  currency: "币种 Currency",
};

export async function renderSystemInfo(list) {
  try {
    const { serverInfo } = await graphql(QUERY);
    setTimeZone(serverInfo.timezone);
    list.replaceChildren(
      ...Object.entries(serverInfo).flatMap(([key, value]) => [
        h("dt", { text: LABELS[key] ?? key }),
        h("dd", { text: value, dataset: { field: key } }),
      ]),
    );
  } catch (error) {
    list.replaceChildren(h("dt", { text: "错误 Error" }), h("dd", { class: "bad", text: error.message }));
  }
}
