/** A labelled span of the article text: what to highlight and why. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly cls: string;
  readonly title: string;
  readonly id?: string;
}

/** A run of text covered by the same marks. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly Mark[];
}

/** Cut the text at every mark boundary so overlapping and nested marks can all be shown. */
export function segments(length: number, marks: readonly Mark[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    if (m.start >= 0 && m.end <= length && m.start < m.end) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({ start, end, marks: marks.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}
