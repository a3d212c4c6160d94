import { type Context, sentenceParticipants } from './event-context.js';
import { actorsOfPhrase, possessorOf } from './participants.js';
import { speakerOf } from './roles.js';
import { subjectOf } from './tree.js';
import type { EventParticipant } from './types.js';

/**
 * Where an offered actor was found. From the trigger's own sentence, only what its structure says: `governor` the
 * subject of a clause that governs the trigger's ("the Fed said it would not be raising rates"), `speaker` the one
 * who says it (a speech verb's subject, a quote's speaker), `possessor` the owner of the trigger's noun or of its
 * uncoded subject ("the bank's chairman"). From the discourse: `previous` the parties the sentence before adds,
 * `main` the article's most named party, `publisher` the official site telling it.
 */
export type OfferedFrom = 'governor' | 'speaker' | 'possessor' | 'previous' | 'main' | 'publisher';

/** An actor the article offers a trigger whose clause named none, with every place it was found. */
export interface OfferedActor { readonly actor: EventParticipant; readonly from: readonly OfferedFrom[] }

/** Clause links the governor walk climbs: the trigger's clause is the complement, adjunct or conjunct of another. */
const GOVERNING = new Set(['ccomp', 'xcomp', 'advcl', 'acl', 'conj', 'parataxis', 'csubj']);

/**
 * The coded actors the learned rescue (event-rescue.ts) tries as the doer of a trigger the roles found no actor for,
 * one try per party, each with every origin that names it (several origins agreeing is itself evidence).
 */
export function offeredActors(ctx: Context, sent: number, trigger: number, noun?: number): OfferedActor[] {
  const found = new Map<string, { actor: EventParticipant; from: OfferedFrom[] }>();
  const keyOf = (p: EventParticipant): string => `${p.code}${p.sector ?? ''}`;
  const offer = (actor: EventParticipant, from: OfferedFrom): void => {
    if (!actor.code) return;
    const known = found.get(keyOf(actor));
    if (known) { if (!known.from.includes(from)) known.from.push(from); return; }
    found.set(keyOf(actor), { actor, from: [from] });
  };
  const publisher = ctx.doc.layers.discourse?.publisher;
  // On an official site the clause structure's and the article's parties fill few items (training gold: governor 3 of
  // 92 readings, speaker 1 of 69, main 11 of 404, against 11 of 173, 6 of 108 and 26 of 415 on the wire): a readout
  // names its own side by the site and the sentence before, which the roles and the discourse stage read already.
  if (!publisher) {
    for (const p of governorSubject(ctx, trigger)) offer(p, 'governor');
    const speaker = speakerOf(ctx.tree, ctx.pack, ctx.actors, trigger, ctx.doc.layers.quotes ?? []).speaker;
    if (speaker) offer(speaker, 'speaker');
    for (const p of possessors(ctx, trigger, noun)) offer(p, 'possessor');
  }
  // A party of the trigger's own sentence that its structure does not point to is rarely its doer (on GSR they gave
  // wrong or reversed pairs: "Israel is opposed to French mediation"): the discourse offers only parties it lacks.
  const own = new Set(sentenceParticipants(ctx, sent).map(keyOf));
  const context = (p: EventParticipant, from: OfferedFrom): void => { if (!own.has(keyOf(p)) || found.has(keyOf(p))) offer(p, from); };
  if (sent > 0) for (const p of sentenceParticipants(ctx, sent - 1)) context(p, 'previous');
  const main = publisher ? undefined : mainActor(ctx);
  if (main) context(main, 'main');
  const at = ctx.tree.tokens[trigger];
  if (publisher) context({ start: at.start, end: at.end, tokens: [trigger, trigger + 1], actorId: `publisher:${publisher.site}`, name: publisher.site, code: publisher.code, sector: 'GOV' }, 'publisher');
  return [...found.values()];
}

/** The coded subject of the nearest clause above the trigger's ("X said …", "X decided, hoping to …"). */
function governorSubject(ctx: Context, trigger: number): EventParticipant[] {
  const { tree } = ctx;
  for (let v = trigger, hops = 0; hops < 4; hops++) {
    const head = tree.deps[v].head;
    if (head < 0 || !GOVERNING.has(tree.baseRels[v])) return [];
    v = head;
    const subj = subjectOf(tree, v);
    const named = subj ? actorsOfPhrase(tree, ctx.actors, subj.token).filter((p) => p.code) : [];
    if (named.length) return named;
  }
  return [];
}

/** The owner of the trigger's noun ("Japan's proposal") or of its subject that names no coded party ("the bank's chairman"). */
function possessors(ctx: Context, trigger: number, noun?: number): EventParticipant[] {
  const { tree } = ctx;
  const subj = tree.children[trigger].find((c) => tree.baseRels[c] === 'nsubj');
  return [noun, subj].flatMap((t) => (t === undefined ? [] : possessorOf(tree, ctx.actors, t))).filter((p) => p.code);
}

const mains = new WeakMap<Context['doc'], EventParticipant | undefined>();

/** The party the article names most often (the first named of those tied): whom a wire story is about. */
function mainActor(ctx: Context): EventParticipant | undefined {
  if (mains.has(ctx.doc)) return mains.get(ctx.doc);
  const counts = new Map<string, { actor: EventParticipant; n: number }>();
  for (let sent = 0; sent < (ctx.doc.layers.sentences?.length ?? 0); sent++) {
    for (const p of sentenceParticipants(ctx, sent)) {
      const key = `${p.code}${p.sector ?? ''}`;
      const c = counts.get(key) ?? { actor: p, n: 0 };
      c.n += 1;
      counts.set(key, c);
    }
  }
  let best: { actor: EventParticipant; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  const main = best && best.n >= 2 ? best.actor : undefined;
  mains.set(ctx.doc, main);
  return main;
}
