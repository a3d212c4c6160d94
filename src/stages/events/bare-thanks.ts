/**
 * Thanks that name no one, said in the speaker's own voice right after the side thanked was named: "I spoke with French
 * President Macron. We are strengthening the defense of Ukraine. We coordinated our joint steps towards peace. I'm
 * grateful for that." (training readouts gold SUPPORT UKR → FRA), "I met in Kyiv with the foreign ministers of the three
 * Baltic states. They consistently support our struggle … I am very grateful." (→ EST, LVA, LTU). The adjective's
 * "to" row (predicate-adjectives.tsv) needs a party named; here the one thanked is the other side named in the nearest of
 * the last few sentences (a president's address names a partner, tells what they did, then thanks them). Only a first
 * person in the present main clause ("I am grateful", "we are thankful"), with no "to" phrase and no "for" phrase but a
 * pronoun ("for that"): "grateful to everyone who …", "grateful for the opportunity" are other shapes, and "I was
 * grateful", "if we are grateful" are not thanks given now. The speaker is the first person's actor (the discourse
 * stage's publisher's head for "I"), else the site whose own unquoted words these are (`teller.ts`). Words:
 * rule-words `bare-thanks`.
 */
import { sentenceTokenRange } from '../../core/tokens-of.js';
import { reason } from '../../lang/reason.js';
import { type Context, isQuoted, push, timeOf } from './event-context.js';
import { isPredicate } from './predicate-clause.js';
import { ruleWords } from './rule-words.js';
import { tellerOf } from './teller.js';
import { childrenBy, markerOf } from './tree.js';
import type { TriggerMatch } from './triggers.js';
import type { EventParticipant } from './types.js';

/** Adjectives (lemmas) of gratitude ("grateful", "thankful"). */
const THANKS = ruleWords('bare-thanks');
/** CAMEO 051, praise or endorse: PLOVER SUPPORT, as "thank" codes. */
const PRAISE = '051';
/** How many sentences back the one thanked may have been named: a partner named, what they did told, then the thanks. */
const LOOK_BACK = 3;
/** Tags of a present copula ("am", "are", "'m"). */
const PRESENT = new Set(['VBP', 'VBZ']);

/** Whether adjective `adj` is a first person's bare thanks in a present main clause; its subject token if so. */
function bareThanksSubject(ctx: Context, adj: number): number | undefined {
  const { tree } = ctx;
  if (tree.pos[adj]?.upos !== 'ADJ' || !THANKS.has(tree.lemmas[adj]) || tree.deps[adj].deprel !== 'root' || !isPredicate(tree, adj)) return undefined;
  const subj = childrenBy(tree, adj, 'nsubj')[0];
  if (subj === undefined || !ctx.pack.firstPerson.has(tree.words[subj])) return undefined;
  const cop = childrenBy(tree, adj, 'cop')[0];
  if (cop === undefined || !PRESENT.has(tree.pos[cop]?.xpos ?? '')) return undefined;
  if (childrenBy(tree, adj, 'mark', 'ccomp', 'xcomp', 'advcl').length) return undefined;
  if ([...childrenBy(tree, adj, 'advmod'), ...childrenBy(tree, adj, 'aux')].some((a) => ctx.pack.negators.has(tree.words[a]))) return undefined;
  return childrenBy(tree, adj, 'obl').every((o) => markerOf(tree, o) === 'for' && tree.pos[o]?.upos === 'PRON') ? subj : undefined;
}

/** The coded actors of sentence `sent` not of the thanking side: its other parties. */
function otherSides(ctx: Context, sent: number, own: ReadonlySet<string | undefined>): EventParticipant[] {
  const [first, last] = sentenceTokenRange(ctx.tree.tokens, sent);
  const out = new Map<string, EventParticipant>();
  for (let t = first; t < last; t++) {
    const m = ctx.actors.at(t);
    if (!m?.code || own.has(m.code)) continue;
    for (const p of ctx.actors.expand(m)) if (p.code && !own.has(p.code)) out.set(p.actorId, p);
  }
  return [...out.values()];
}

/** Codes a first person's bare thanks in tokens [first, last) of sentence `sent` as SUPPORT of the side named just before. */
export function codeBareThanks(ctx: Context, sent: number, first: number, last: number): void {
  const { tree } = ctx;
  const publisher = ctx.doc.layers.discourse?.publisher;
  for (let adj = first; adj < last; adj++) {
    const subj = bareThanksSubject(ctx, adj);
    if (subj === undefined || ctx.events.some((e) => e.trigger.tokens[0] === adj)) continue;
    const own = ctx.actors.at(subj);
    const speaker = own?.code ? ctx.actors.expand(own) : [tellerOf(undefined, publisher, isQuoted(ctx, tree, subj), adj, tree.tokens[adj])].filter((p) => p !== undefined);
    if (!speaker.length) continue;
    const ownCodes = new Set([publisher?.code, ...speaker.map((s) => s.code)]);
    let thanked: EventParticipant[] = [];
    for (let back = 1; back <= LOOK_BACK && sent - back >= 0 && !thanked.length; back++) thanked = otherSides(ctx, sent - back, ownCodes);
    if (!thanked.length) continue;
    const entry = ctx.lexicon.cameo[PRAISE];
    const match: TriggerMatch = { token: adj, tokens: [adj, adj + 1], code: PRAISE, kind: 'verb', reason: reason('events/trigger-bare-thanks', { adjective: tree.words[adj], thanked: thanked.map((t) => t.name).join(', ') }) };
    const time = timeOf(ctx, adj);
    push(ctx, {
      event: entry.event, mode: entry.mode, context: entry.context, cameo: PRAISE, actors: speaker, recipients: thanked,
      negated: false, hypothetical: false, future: false, historical: time.historical,
      date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match,
      why: [reason('events/cameo', { trigger: match.reason, code: PRAISE, label: entry.label }), ...(time.reason ? [time.reason] : [])],
    });
  }
}
