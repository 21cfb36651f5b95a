// Shows what the server reports about itself; the full admin UI builds on this client.
const QUERY = "{ serverInfo { version database jobsMode timezone currency } }";

async function graphql(query, variables = {}) {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const LABELS = {
  version: "版本 Version",
  database: "数据库 Database",
  jobsMode: "任务执行 Jobs",
  timezone: "业务时区 Time zone",
  currency: "币种 Currency",
};

async function main() {
  const info = document.getElementById("info");
  const { data, errors } = await graphql(QUERY);
  if (errors) {
    info.innerHTML = `<dt>错误 Error</dt><dd class="bad">${errors[0].message}</dd>`;
    return;
  }
  info.replaceChildren(
    ...Object.entries(data.serverInfo).flatMap(([key, value]) => {
      const dt = document.createElement("dt");
      dt.textContent = LABELS[key] ?? key;
      const dd = document.createElement("dd");
      dd.textContent = value;
      dd.dataset.field = key;
      return [dt, dd];
    }),
  );
}

main();
