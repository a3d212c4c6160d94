/**
 * Scoring rules for events and quotes, kept in code so that every number in eval/RESULTS.md can be
 * traced to a rule.
 *
 * Participants. A gold code such as `RUSGOV` is country `RUS` plus sector `GOV` (`IGOUNO`: `IGO` +
 * `UNO`; a bare `LBY` has no sector). A produced participant matches a gold one when the countries
 * are equal and, if both give a sector, the sectors are equal too: the actor stage may leave a
 * sector out, never contradict it.
 *
 * Event identity. Two events are the same when their types are equal, their actor lists match as
 * sets (each gold actor matched by a produced one and vice versa) and so do their recipient lists.
 * Only facts count: events flagged negated, hypothetical or historical are not scored as produced.
 *
 * Seed (one article, hand-made gold). A required event is found when a produced fact has its
 * identity (or that of one of its listed alternatives). A produced fact is a false positive when
 * it matches no required and no acceptable event by type and actors (recipients aside: a repeat
 * report of a gold event with a partial recipient list is not a new event), or when it breaks an
 * explicit rule of `forbidden_examples`: a forbidden type, TASS as actor or recipient, or a date
 * of background history presented as new. A gold quote is found when a produced quote starts with
 * its words (compared lower-cased, punctuation and spacing ignored) and its speaker is the gold
 * speaker: same country and sector, or one of the gold actor's mention texts.
 *
 * PLOVER gold-standard records (one sentence, one gold event each). PLOVER 0.5 labels map to the
 * current codebook (records are read without a date: theirs is the placeholder 2000-01-01): DEMAND→REQUEST, DISAPPROVE→ACCUSE (disapprove), INVESTIGATE→ACCUSE
 * (investigate), FIGHT→ASSAULT. Event type: a record is a true positive when some produced fact
 * has the gold type; every other distinct produced type is a false positive; no match is a false
 * negative. The confusion table pairs the gold type with the decisive produced event (the one of
 * the gold type if any, else the most confident). Countries: the gold actor countries (role A)
 * and recipient countries (role R) are compared, as sets of (role, country), with those of the
 * decisive event; micro-averaged over records.
 */

export interface Participant {
  readonly code?: string;
  readonly sector?: string;
  readonly name?: string;
  readonly text?: string;
}

export interface ScoredEvent {
  readonly event: string;
  readonly mode?: string;
  readonly actors: readonly Participant[];
  readonly recipients: readonly Participant[];
  readonly date?: string;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly historical: boolean;
  readonly confidence: number;
}

/** Split a gold code (`RUSGOV`, `IGOUNO`, `LBY`) into country and sector. */
export function splitCode(code: string): Participant {
  return code.length > 3 ? { code: code.slice(0, 3), sector: code.slice(3) } : { code };
}

export function sameParticipant(gold: Participant, produced: Participant): boolean {
  if (!gold.code || gold.code !== produced.code) return false;
  return !gold.sector || !produced.sector || gold.sector === produced.sector;
}

export function sameSet(gold: readonly Participant[], produced: readonly Participant[]): boolean {
  return gold.every((g) => produced.some((p) => sameParticipant(g, p))) && produced.every((p) => gold.some((g) => sameParticipant(g, p)));
}

/** Facts only: negated, hypothetical and historical events are not counted. */
export function isFact(e: ScoredEvent): boolean {
  return !e.negated && !e.hypothetical && !e.historical;
}

/** PLOVER 0.5 gold labels in current PLOVER terms. */
export function mapGoldLabel(label: string): { event: string; mode?: string } {
  switch (label) {
    case 'DEMAND': return { event: 'REQUEST' };
    case 'DISAPPROVE': return { event: 'ACCUSE', mode: 'disapprove' };
    case 'INVESTIGATE': return { event: 'ACCUSE', mode: 'investigate' };
    case 'FIGHT': return { event: 'ASSAULT' };
    default: return { event: label };
  }
}

/** Normalised text for comparing quote openings. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The event of a record whose participants are compared: of the gold type if produced, else the most confident. */
export function decisiveEvent(events: readonly ScoredEvent[], goldType: string): ScoredEvent | undefined {
  const facts = events.filter(isFact);
  const sorted = [...facts].sort((a, b) => b.confidence - a.confidence);
  return sorted.find((e) => e.event === goldType) ?? sorted[0];
}

/** (role, country) pairs of an event, for the country F1. */
export function countryPairs(actors: readonly Participant[], recipients: readonly Participant[]): Set<string> {
  const out = new Set<string>();
  for (const a of actors) if (a.code) out.add(`A:${a.code}`);
  for (const r of recipients) if (r.code) out.add(`R:${r.code}`);
  return out;
}
