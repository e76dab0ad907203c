/**
 * The parts of Apache ECharts the report draws with, in one module: the build bundles it apart
 * (dist/echarts.cjs, about 0.6 MB), so that only `report` reads it and every other run starts
 * without it. ECharts holds nothing of ours, so a copy apart from the program changes nothing.
 */
export { BarChart, CustomChart } from "echarts/charts";
export { GridComponent, MarkLineComponent, TitleComponent } from "echarts/components";
export * as echarts from "echarts/core";
export { SVGRenderer } from "echarts/renderers";
