/**
 * Charts for the report, drawn by Apache ECharts on the server to static SVG (no DOM, no script in
 * the page). Each chart is a titled figure with labelled axes and a text alternative; the report
 * puts its data in a table beside it. Loaded only by `report`.
 */
import { BarChart, CustomChart, echarts, GridComponent, MarkLineComponent, SVGRenderer, TitleComponent } from "./echarts-lib.js";

echarts.use([BarChart, CustomChart, GridComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

/** System fonts with a Korean fallback, so Hangul renders wherever the report is opened. */
export const FONT = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif`;

const PICKED = "#1f6feb";
const OTHER = "#9aa4b2";
const INK = "#24292f";

export interface Figure {
  /** The chart's title, also the figure's caption. */
  title: string;
  /** A text alternative: what the chart shows, in one or two sentences. */
  alt: string;
  svg: string;
  /** How many bars (or intervals) it draws: for tests and for the reader's table. */
  bars: number;
}

interface Size {
  width: number;
  height: number;
}

/**
 * ECharts names the classes and ids inside its SVG from process-wide counters (`zr3-cls-7`): renamed
 * here from the chart's own name and in order of appearance, so the same chart gives the same bytes
 * in any process, and two charts on one page never share a class.
 */
function stableNames(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  return svg.replace(/\bzr\d+-([a-z]+)-(\d+)\b/g, (whole, kind: string) => {
    let name = names.get(whole);
    if (name === undefined) {
      name = `${prefix}-${kind}-${names.size}`;
      names.set(whole, name);
    }
    return name;
  });
}

function render(name: string, option: echarts.EChartsCoreOption, size: Size): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: INK }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return stableNames(svg, name);
}

/** The SVG as an accessible image: role, label and a <title> for screen readers and tooltips. */
function accessible(svg: string, title: string, alt: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${esc(alt)}" `).replace(/(<svg[^>]*>)/, `$1<title>${esc(title)}</title>`);
}

/** The part of ECharts' custom-series API the interval marks use: data values to pixel positions. */
interface CustomApi {
  value(dimension: number): number;
  coord(point: [number, number]): [number, number];
  size(extent: [number, number]): [number, number];
}

const axisName = (name: string) => ({ name, nameLocation: "middle" as const, nameGap: 28, nameTextStyle: { fontWeight: "bold" as const } });

/**
 * What every chart here shares: a title, one horizontal band per category (top to bottom), a value
 * axis along the bottom (0–100 % when `percent`), both axes named, and the figure around the SVG.
 */
function horizontal(
  name: string,
  o: { title: string; alt: string; labels: string[] },
  axes: { value: string; category: string; percent: boolean; band: number },
  series: unknown[],
): Figure {
  const valueAxis = axes.percent ? { min: 0, max: 100, axisLabel: { formatter: "{value} %" } } : { min: 0 };
  const svg = render(
    name,
    {
      title: { text: o.title, left: 0, textStyle: { fontSize: 14 } },
      grid: { left: 110, right: 40, top: 60, bottom: 44 },
      xAxis: { type: "value", ...valueAxis, ...axisName(axes.value) },
      yAxis: {
        type: "category",
        inverse: true,
        data: o.labels,
        axisTick: { show: false },
        name: axes.category,
        nameLocation: "start",
        nameGap: 8,
        nameTextStyle: { fontWeight: "bold", align: "right" },
      },
      series,
    },
    { width: 640, height: 104 + axes.band * o.labels.length },
  );
  return { title: o.title, alt: o.alt, svg: accessible(svg, o.title, o.alt), bars: o.labels.length };
}

/** Horizontal bars, one per team, top to bottom in the given order; picked teams in colour. */
export function rankingChart(o: {
  title: string;
  alt: string;
  labels: string[];
  values: number[];
  picked: boolean[];
  axis: string;
}): Figure {
  return horizontal("ranking", o, { value: o.axis, category: "consortium", percent: false, band: 26 }, [
    {
      type: "bar",
      data: o.values.map((v, i) => ({ value: v, itemStyle: { color: o.picked[i] ? PICKED : OTHER } })),
      label: { show: true, position: "right", formatter: (p: { value: number }) => p.value.toFixed(2) },
      barMaxWidth: 18,
    },
  ]);
}

/** P(picked) per team as bars, with its 95 % interval drawn as an error bar (ECharts' custom series). */
export function probabilityChart(o: { title: string; alt: string; labels: string[]; p: number[]; low: number[]; high: number[] }): Figure {
  return horizontal("probability", o, { value: "P(picked), % of runs", category: "consortium", percent: true, band: 26 }, [
    { type: "bar", data: o.p.map((v) => v * 100), itemStyle: { color: PICKED }, barMaxWidth: 18 },
    {
      type: "custom",
      data: o.labels.map((_, i) => [o.low[i]! * 100, o.high[i]! * 100, i]),
      renderItem: (_params: unknown, api: CustomApi) => {
        const lo = api.coord([api.value(0), api.value(2)]);
        const hi = api.coord([api.value(1), api.value(2)]);
        const h = api.size([0, 1])[1] * 0.3;
        const style = { stroke: INK, lineWidth: 1.5 };
        return {
          type: "group",
          children: [
            { type: "line", shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style },
            { type: "line", shape: { x1: lo[0], y1: lo[1] - h, x2: lo[0], y2: lo[1] + h }, style },
            { type: "line", shape: { x1: hi[0], y1: hi[1] - h, x2: hi[0], y2: hi[1] + h }, style },
          ],
        };
      },
      z: 10,
    },
  ]);
}

/** A tornado of weights: for each criterion, the interval of its weight over which the pick stays, and the weight itself. */
export function tornadoChart(o: { title: string; alt: string; labels: string[]; from: number[]; to: number[]; current: number[] }): Figure {
  return horizontal("tornado", o, { value: "weight of the criterion, %", category: "criterion", percent: true, band: 34 }, [
    // A transparent bar up to `from`, then the stable interval stacked on it.
    { type: "bar", stack: "w", data: o.from.map((v) => v * 100), itemStyle: { color: "transparent" }, barMaxWidth: 20, silent: true },
    {
      type: "bar",
      stack: "w",
      data: o.to.map((v, i) => (v - o.from[i]!) * 100),
      itemStyle: { color: PICKED, opacity: 0.55 },
      barMaxWidth: 20,
    },
    {
      type: "custom",
      data: o.current.map((v, i) => [v * 100, i]),
      renderItem: (_params: unknown, api: CustomApi) => {
        const at = api.coord([api.value(0), api.value(1)]);
        const h = api.size([0, 1])[1] * 0.42;
        return { type: "line", shape: { x1: at[0], y1: at[1] - h, x2: at[0], y2: at[1] + h }, style: { stroke: INK, lineWidth: 2.5 } };
      },
      z: 10,
    },
  ]);
}
