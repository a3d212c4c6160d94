/**
 * The recipient of a verdict on a deed its own sentence names no side for (#12, the statement-only misses with "no
 * recipient": 52 of 159 have their recipient in an earlier sentence, session 55): "Japan raised tariffs on American
 * cars on Monday. The United States said the move was unfair" is addressed to Japan. The side is a party of the events
 * coded in the sentence just before, other than the speakers': a verdict on "the move" judges whoever made it, so
 * their actors first (the latest event first), and an event's recipients only when every actor of it is the speakers'
 * own ("The United States raised tariffs on Japanese cars. The United States said the move was unfair"; "Iran seized a
 * British tanker. The United States said the seizure was illegal" judges Iran, not the victim: review fix-a #2). When
 * all of them are the speakers' own, the verdict is about no other side ("The United States raised tariffs. The United
 * States said the move was unfair"). The statement-content step (statement-stance.ts) asks only for a content with a
 * verdict word whose subject stands for a deed told before (isToldDeed) and whose sentence names no other side at all;
 * the reading's `why` names the sentence the side came from.
 */
import { reason, type Reason } from '../../lang/reason.js';
import type { Context } from './event-context.js';
import type { ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { isOtherSide } from './sides.js';
import { childrenBy, sentenceTokensAt, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/**
 * Sentences back the search may reach: a verdict on "the move" judges the deed told just before it. Two sentences
 * back, with a main clause's subject as a side too, added false events on the untuned sets (session 56).
 */
const REACH = 1;

let words: { readonly pronouns: ReadonlySet<string>; readonly determiners: ReadonlySet<string>; readonly deeds: ReadonlySet<string> } | undefined;
const deedWords = (): NonNullable<typeof words> => (words ??= {
  pronouns: ruleWords('stance-context-subject'),
  determiners: ruleWords('earlier-thing-determiner'),
  deeds: ruleWords('stance-context-deed'),
});

/**
 * Whether a content's subject `t` stands for a deed told before: a pronoun of rule-words `stance-context-subject` ("it
 * was a shambles", "this is unacceptable"), or a deed noun (`stance-context-deed`) with a definite determiner
 * (`earlier-thing-determiner`) and no owner, name or phrase of its own ("the move was unfair", "the attack was a
 * criminal act"; "the market was unfair" names a thing, not a deed: review fix-a #10). A personal
 * subject ("he was pleased", "they are concerned") is the speakers' feeling, and a subject with its own owner ("Japan's
 * move") names its side in the sentence.
 */
export function isToldDeed(tree: Tree, actors: ActorIndex, t: number): boolean {
  const { pronouns, determiners, deeds } = deedWords();
  if (tree.pos[t]?.upos === 'PRON') return pronouns.has(tree.words[t]);
  if (tree.pos[t]?.upos !== 'NOUN' || actors.at(t) || !deeds.has(tree.lemmas[t])) return false;
  // An owner or phrase of its own ("the move by Japan", "Japan's move"), or a side as its modifier ("the Japanese move").
  if (tree.children[t].some((c) => ['nmod', 'nmod:poss'].includes(tree.deps[c].deprel) || (['compound', 'amod', 'acl', 'acl:relcl'].includes(tree.deps[c].deprel) && actors.at(c)))) return false;
  return childrenBy(tree, t, 'det').some((d) => determiners.has(tree.words[d]));
}

/**
 * The coded sides sentence `[first, last)` makes salient, in order: its events' actors, the latest event first, then
 * the recipients of the events whose every actor is on the speakers' side (a deed judged is its doer's; its victim is
 * judged only when the doer is the speakers' own). A sentence with no coded event tells no deed a verdict could judge.
 */
function salientSides(ctx: Context, [first]: [number, number], speakers: readonly EventParticipant[]): EventParticipant[] {
  const s = ctx.tree.tokens[first].sent;
  const events = ctx.events.filter((e) => e.sent === s).reverse();
  const isOwn = (p: EventParticipant): boolean => !!p.code && !speakers.every((sp) => isOtherSide(sp, p, ctx.actors.bodies));
  const doneByOwn = events.filter((e) => e.actors.length > 0 && e.actors.every(isOwn));
  return [...events.flatMap((e) => e.actors), ...doneByOwn.flatMap((e) => e.recipients)].filter((p) => p.code);
}

/**
 * The salient other side of the sentences before `sent` (salientSides), with a reason naming the sentence it came
 * from; undefined when the nearest sentence with a coded side names only the speakers' own, or none is within reach.
 */
export function contextRecipient(ctx: Context, verb: number, speakers: readonly EventParticipant[]): { who: EventParticipant; reason: Reason } | undefined {
  const sent = ctx.tree.tokens[verb].sent;
  let [first] = sentenceTokensAt(ctx.tree, verb);
  for (let s = sent - 1; first > 0 && s >= sent - REACH; s--) {
    const range = sentenceTokensAt(ctx.tree, first - 1);
    first = range[0];
    const sides = salientSides(ctx, range, speakers);
    if (!sides.length) continue;
    const who = sides.find((p) => speakers.every((sp) => isOtherSide(sp, p, ctx.actors.bodies)));
    if (!who) return undefined;
    return { who, reason: reason('events/context-recipient', { owner: who.name, back: sent - s }) };
  }
  return undefined;
}

/** Whether the sentence of token `verb` names a coded side other than every speaker's anywhere in it. */
export function namesOtherSide(ctx: Context, verb: number, speakers: readonly EventParticipant[]): boolean {
  const [first, last] = sentenceTokensAt(ctx.tree, verb);
  for (let t = first; t < last; t++) {
    const m = ctx.actors.at(t);
    if (m && ctx.actors.expand(m).some((p) => p.code && speakers.every((sp) => isOtherSide(sp, p, ctx.actors.bodies)))) return true;
  }
  return false;
}
