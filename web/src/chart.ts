import { s } from './dom.js';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

/** A bar chart around zero (positive up in green, negative down in red), in SVG. */
export function barChart(bars: readonly Bar[], options: { width?: number; height?: number; title: string }): SVGElement {
  const width = options.width ?? 900;
  const height = options.height ?? 220;
  const pad = { left: 44, right: 8, top: 18, bottom: 34 };
  const max = Math.max(1e-9, ...bars.map((b) => Math.abs(b.value)));
  const hasNeg = bars.some((b) => b.value < 0);
  const plotH = height - pad.top - pad.bottom;
  const zero = pad.top + (hasNeg ? plotH / 2 : plotH);
  const scale = (hasNeg ? plotH / 2 : plotH) / max;
  const step = (width - pad.left - pad.right) / Math.max(1, bars.length);
  const labelEvery = Math.ceil(bars.length / 12);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': options.title });
  svg.append(s('text', { x: pad.left, y: 12 }, options.title));
  svg.append(s('line', { x1: pad.left, x2: width - pad.right, y1: zero, y2: zero, stroke: '#999' }));
  svg.append(s('text', { x: 4, y: pad.top + 10 }, round(hasNeg || max > 0 ? max : 0)));
  if (hasNeg) svg.append(s('text', { x: 4, y: height - pad.bottom }, round(-max)));
  bars.forEach((b, i) => {
    const h = Math.abs(b.value) * scale;
    const x = pad.left + i * step;
    svg.append(
      s('rect', { x: x + step * 0.1, width: Math.max(1, step * 0.8), y: b.value >= 0 ? zero - h : zero, height: h, class: b.value >= 0 ? 'pos' : 'neg' },
        s('title', {}, `${b.label}: ${round(b.value)}`)),
    );
    if (i % labelEvery === 0) svg.append(s('text', { x, y: height - pad.bottom + 14 }, b.label));
  });
  return svg;
}

function round(x: number): string {
  return String(Math.round(x * 10) / 10);
}
