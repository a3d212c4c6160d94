import type { StoryEvent, StoryEventRef, StoryMember } from './types.js';

/** A member's stored event, as merging reads it. */
export interface MemberEvent extends StoryEventRef {
  readonly date: string | null;
  /** Negated, hypothetical, future or background events report no act of the story. */
  readonly plain: boolean;
}

/**
 * One event per real-world act: the plain events of the members with the same type and the same
 * two parties (in either direction; codes, or one side unknown) are one act. Agreement on type is
 * the share of the members reporting anything between those parties that report this type;
 * agreement on direction, the share of its reports that give its majority direction.
 * `members` must be in story order: the first report of each act leads it.
 */
export function mergeEvents(storyId: string, members: readonly StoryMember[], events: readonly MemberEvent[]): StoryEvent[] {
  const order = new Map(members.map((m, i) => [m.document, i]));
  const sorted = events.filter((e) => e.plain && (e.actor || e.recipient)).sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || a.n - b.n);
  const pairOf = (e: MemberEvent) => [e.actor ?? '', e.recipient ?? ''].sort().join('|');
  const reportersOfPair = new Map<string, Set<string>>();
  const acts = new Map<string, MemberEvent[]>();
  for (const e of sorted) {
    const pair = pairOf(e);
    (reportersOfPair.get(pair) ?? reportersOfPair.set(pair, new Set()).get(pair)!).add(e.document);
    const key = `${e.event}\t${pair}`;
    (acts.get(key) ?? acts.set(key, []).get(key)!).push(e);
  }
  const out: StoryEvent[] = [];
  for (const [key, refs] of acts) {
    const pair = key.split('\t')[1];
    // One vote per report: an article that names the act three times reports it once.
    const byReport = new Map<string, MemberEvent>();
    for (const r of refs) if (!byReport.has(r.document)) byReport.set(r.document, r);
    const reports = [...byReport.values()];
    const directions = tally(reports.map((r) => `${r.actor ?? ''}>${r.recipient ?? ''}`));
    const [direction, directionVotes] = directions[0];
    const [actor, recipient] = direction.split('>');
    out.push({
      id: `${storyId}/${out.length + 1}`,
      event: refs[0].event,
      actor: actor || null,
      recipient: recipient || null,
      date: tally(reports.map((r) => r.date ?? ''))[0][0] || null,
      numReports: reports.length,
      numSources: new Set(reports.map((r) => r.source ?? r.document)).size,
      agreement: { type: round(reports.length / reportersOfPair.get(pair)!.size), direction: round(directionVotes / reports.length) },
      members: refs.map(({ document, n, input, source, event, actor: a, recipient: b }) => ({ document, n, input, source, event, actor: a, recipient: b })),
    });
  }
  // Acts reported by the most articles first; then in story order, which the map kept.
  return out.sort((a, b) => b.numReports - a.numReports).map((e, i) => ({ ...e, id: `${storyId}/${i + 1}` }));
}

/** Values with their counts, most frequent first, ties in alphabetical order. */
function tally(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
