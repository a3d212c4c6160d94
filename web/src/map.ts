import type { PairCount, PlaceCount } from '../../src/store/store.js';
import { get } from './api.js';
import { h, link, route, s, type Child } from './dom.js';
import { landPath } from './land-path.js';
import { HAPPENED_NOTE } from './views.js';

const W = 960;
const H = 480;
// Equirectangular: simple, and enough to see where events cluster.
const x = (lon: number) => ((lon + 180) / 360) * W;
const y = (lat: number) => ((90 - lat) / 180) * H;

let outline: string | undefined;

/** A world map of event locations, sized by number of events. */
export async function mapView(p: URLSearchParams): Promise<Child[]> {
  const filters = Object.fromEntries([...p].filter(([k]) => ['country', 'pair', 'event', 'quad', 'from', 'to', 'status'].includes(k)));
  const { items } = await get<{ items: PlaceCount[] }>('events/places', filters);
  const located = items.filter((pl) => pl.lat !== null && pl.lon !== null);
  const max = Math.max(1, ...located.map((pl) => pl.count));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', id: 'map', role: 'img', 'aria-label': 'Map of event locations' }, s('path', { class: 'land', d: (outline ??= landPath(W, H)) }));
  for (const pl of located) {
    const dot = s('circle', { class: 'dot', cx: x(pl.lon!), cy: y(pl.lat!), r: 3 + 12 * Math.sqrt(pl.count / max) }, s('title', {}, `${pl.name}${pl.country ? `, ${pl.country}` : ''}: ${pl.count} events`));
    dot.addEventListener('click', () => (location.hash = route('events', { ...filters, place: pl.name })));
    svg.append(dot);
  }
  return [h('h1', {}, 'Where events happened'), svg, h('p', { class: 'muted' }, `${located.length} places with coordinates; click one for its events. ${HAPPENED_NOTE}`)];
}

/** Who interacts with whom: countries on a circle, a line per pair, thicker for more events. */
export async function networkView(): Promise<Child[]> {
  const { items } = await get<{ items: PairCount[] }>('actors/pairs', { limit: 80 });
  const nodes = [...new Set(items.flatMap((pr) => [pr.actor, pr.recipient]))];
  const size = 640;
  const r = size / 2 - 50;
  const pos = new Map(nodes.map((n, i) => [n, { x: size / 2 + r * Math.cos((2 * Math.PI * i) / nodes.length), y: size / 2 + r * Math.sin((2 * Math.PI * i) / nodes.length) }]));
  const max = Math.max(1, ...items.map((pr) => pr.events));
  const svg = s('svg', { viewBox: `0 0 ${size} ${size}`, width: '640', id: 'network', role: 'img', 'aria-label': 'Network of interacting countries' });
  for (const pr of items) {
    const a = pos.get(pr.actor)!;
    const b = pos.get(pr.recipient)!;
    svg.append(s('line', { class: 'edge', x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'stroke-width': 0.5 + 6 * (pr.events / max), stroke: pr.score >= 0 ? '#66bb6a' : '#ef5350' }, s('title', {}, `${pr.actor} → ${pr.recipient}: ${pr.events} events, score ${pr.score}`)));
  }
  for (const n of nodes) {
    const { x: cx, y: cy } = pos.get(n)!;
    svg.append(s('circle', { class: 'node', cx, cy, r: 6 }), s('text', { x: cx + 8, y: cy + 4 }, n));
  }
  return [
    h('h1', {}, 'Who interacts with whom'),
    h('p', { class: 'muted' }, HAPPENED_NOTE),
    items.length ? svg : h('p', { class: 'muted' }, 'No events with both an actor and a recipient country yet.'),
    h('ul', {}, ...items.slice(0, 20).map((pr) => h('li', {}, link('pair', { a: pr.actor, b: pr.recipient }, `${pr.actor} → ${pr.recipient}`), ` ${pr.events} events, score ${pr.score}`))),
  ];
}
