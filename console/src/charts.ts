import type UPlot from 'uplot';
import { h, table } from './dom.js';

declare global {
  interface Window {
    /** uPlot (MIT), served by the gateway from node_modules as /console/vendor/uplot.js. */
    uPlot?: typeof UPlot;
  }
}

/**
 * A bar chart with its numbers as a table beside it: the canvas is for the eye, the table for keyboards,
 * screen readers and tests (charts are never the only way to read a number).
 */
export function barChart(id: string, title: string, labels: string[], values: number[], format: (v: number) => string): HTMLElement {
  const fig = h('figure', { class: 'chart', id }, h('figcaption', {}, title));
  const plot = h('div', { class: 'plot', 'aria-hidden': 'true' });
  fig.append(plot);
  fig.append(
    table(
      ['', 'Value'],
      labels.map((l, i) => [l, format(values[i] ?? 0)]),
    ),
  );
  const U = window.uPlot;
  const money = format(1).startsWith('$');
  if (!U || labels.length === 0) return fig;
  const xs = labels.map((_, i) => i);
  const opts: UPlot.Options = {
    width: 440,
    height: 200,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [-0.6, labels.length - 0.4] }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
    axes: [
      {
        values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? (labels[s] ?? '') : '')),
        stroke: '#1f2933',
        grid: { show: false },
      },
      // Counts get whole-number ticks only; money gets room for its digits.
      {
        values: (_u, splits) => splits.map((s) => (money || Number.isInteger(s) ? format(s) : '')),
        stroke: '#1f2933',
        size: money ? 96 : 50,
      },
    ],
    series: [{}, { label: title, fill: '#2f6db5', stroke: '#1d4f8c', paths: U.paths.bars?.({ size: [0.6, 60] }), points: { show: false } }],
  };
  // Drawn after the figure is in the page, so uPlot measures a laid-out element.
  requestAnimationFrame(() => new U(opts, [xs, values], plot));
  return fig;
}
