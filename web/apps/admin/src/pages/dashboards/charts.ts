// The parts of ECharts the dashboards draw with (tree-shaken); its zh and en locales are
// built into ECharts itself, so nothing is fetched at run time.
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** ECharts' locale name for the console's language. */
export function chartLocale(locale: string): "ZH" | "EN" {
  return locale.startsWith("zh") ? "ZH" : "EN";
}

export type Row = { key: string; values: (string | number)[] };
export type Report = "TASK_STATS" | "STAFF_RANKING" | "SATISFACTION_TREND" | "QUALITY_ISSUES" | "RECURRING_COMPLAINTS";
export type Period = "DAY" | "WEEK" | "MONTH";
