import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json' with { type: 'json' };

type Point = readonly [number, number];

/**
 * A ring cut where it crosses the antimeridian, each piece ending on the map's edge at the
 * crossing latitude. Drawn whole, a crossing ring (Chukotka, Fiji, Antarctica) would run a
 * line across the whole world (see #16).
 */
export function splitAtAntimeridian(ring: readonly Point[]): Point[][] {
  const parts: Point[][] = [[ring[0]]];
  for (let i = 1; i < ring.length; i++) {
    const [lon0, lat0] = ring[i - 1];
    const [lon1, lat1] = ring[i];
    if (Math.abs(lon1 - lon0) > 180) {
      const edge = lon0 > 0 ? 180 : -180;
      const unwrapped = lon1 + (lon0 > 0 ? 360 : -360);
      const lat = lat0 + ((edge - lon0) / (unwrapped - lon0)) * (lat1 - lat0);
      parts[parts.length - 1].push([edge, lat]);
      parts.push([[-edge, lat]]);
    }
    parts[parts.length - 1].push(ring[i]);
  }
  // The piece before the first crossing and the piece after the last one are the same piece.
  if (parts.length > 1) {
    const tail = parts.pop()!;
    const [lon, lat] = tail[tail.length - 1];
    const closes = parts[0][0][0] === lon && parts[0][0][1] === lat;
    parts[0] = [...tail, ...parts[0].slice(closes ? 1 : 0)];
  }
  return parts;
}

/** The land outline as one SVG path for an equirectangular map of width `w` and height `h`. */
export function landPath(w: number, h: number): string {
  const x = (lon: number) => ((lon + 180) / 360) * w;
  const y = (lat: number) => ((90 - lat) / 180) * h;
  const topo = land as unknown as Topology<{ land: GeometryCollection }>;
  const geo = feature(topo, topo.objects.land);
  const parts: string[] = [];
  for (const f of geo.features) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const poly of polys) {
      for (const ring of poly) {
        for (const piece of splitAtAntimeridian(ring as unknown as Point[])) parts.push('M' + piece.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join('L') + 'Z');
      }
    }
  }
  return parts.join('');
}
