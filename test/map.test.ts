import { describe, expect, it } from 'vitest';
import { landPath, splitAtAntimeridian } from '../web/src/land-path.js';

const W = 960;

/** The longest horizontal step inside any sub-path of an SVG path. */
function widestStep(path: string): number {
  let widest = 0;
  for (const sub of path.split('M').filter(Boolean)) {
    const xs = sub.replace(/Z$/, '').split('L').map((p) => Number(p.split(',')[0]));
    for (let i = 1; i < xs.length; i++) widest = Math.max(widest, Math.abs(xs[i] - xs[i - 1]));
  }
  return widest;
}

describe('issue-16: the dashboard map across the antimeridian', () => {
  it('draws no land edge across half the world', () => {
    expect(widestStep(landPath(W, 480))).toBeLessThan(W / 2);
  });

  it('cuts a ring where it crosses, ending each piece on the edge at the crossing latitude', () => {
    const ring = [[170, 60], [-170, 60], [-170, 70], [170, 70], [170, 60]] as const;
    expect(splitAtAntimeridian(ring)).toEqual([
      [[180, 70], [170, 70], [170, 60], [180, 60]],
      [[-180, 60], [-170, 60], [-170, 70], [-180, 70]],
    ]);
  });
});
