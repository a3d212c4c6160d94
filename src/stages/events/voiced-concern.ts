/**
 * A concern told as voiced by a named side: "Responding to the concerns expressed by Emmanuel Macron, the President of
 * Russia emphasised …" (training gold ACCUSE disapprove FRA → RUS), "the concern expressed by Mario Draghi about the
 * developments related to Ukraine" (news-dev ACCUSE ITA → RUS, or no one). The verb that would carry it ("expressed
 * concern", verbs.txt EXPRESS `* CONCERN` 111) is a participle of the noun here, so no trigger reads it; the noun is
 * the act, and the participle's "by" phrase its holder. Its target is an actor the concern is about ("about Belarus",
 * "over Russia's actions") when named, else the other party of the readout's meeting (discourse `readoutCounterparts`),
 * else no one: "developments related to Ukraine" name a topic, not whom the concern is addressed to. Words:
 * rule-words `concern-noun`, `concern-marker`, `voicing`.
 */
import { reason } from '../../lang/reason.js';
import { readoutCounterparts } from '../discourse/implicit.js';
import { type Context, push, timeOf } from './event-context.js';
import { actorsOfPhrase } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';
import type { EventParticipant } from './types.js';

/** Nouns (lemmas) of concern ("concern", "disappointment", "alarm" …). */
const CONCERN = ruleWords('concern-noun');
/** Prepositions (word forms) that give a concern its object ("about", "over", "regarding"). */
const CONCERN_MARKERS = ruleWords('concern-marker');
/** Verbs (lemmas) that voice a concern as its participle ("expressed by", "voiced by", "raised by"). */
const VOICING = ruleWords('voicing');
/** CAMEO 111, criticize or denounce: PLOVER ACCUSE disapprove, as "expressed concern" codes. */
const DISAPPROVE = '111';

/** The participle voicing the concern noun `n` and its "by" phrase, when `n` is a concern so voiced. */
function voicedBy(tree: Tree, n: number): { verb: number; agent: number } | undefined {
  if (tree.pos[n]?.upos !== 'NOUN' || !CONCERN.has(tree.lemmas[n])) return undefined;
  return concernVoicer(tree, n);
}

/**
 * `voicedBy` past its word test, which every token takes: the rest has closures, whose captured variables V8 puts in
 * a context allocated on every call (#13).
 */
function concernVoicer(tree: Tree, n: number): { verb: number; agent: number } | undefined {
  // "no concerns were raised by …" voices nothing.
  if (childrenBy(tree, n, 'det').some((d) => tree.words[d] === 'no')) return undefined;
  for (const verb of childrenBy(tree, n, 'acl')) {
    if (tree.pos[verb]?.xpos !== 'VBN' || !VOICING.has(tree.lemmas[verb])) continue;
    const agent = childrenBy(tree, verb, 'obl', 'obl:agent', 'nmod').find((m) => markerOf(tree, m) === 'by');
    if (agent !== undefined) return { verb, agent };
  }
  return undefined;
}

/** Actors the concern is about, named as its object's head or owner ("about Belarus", "over Russia's actions"). */
function concernedActors(ctx: Context, n: number, verb: number, own: ReadonlySet<string | undefined>): EventParticipant[] {
  const { tree } = ctx;
  const objects = [...childrenBy(tree, n, 'nmod'), ...childrenBy(tree, verb, 'obl')].filter((m) => CONCERN_MARKERS.has(markerOf(tree, m) ?? ''));
  const heads = objects.flatMap((o) => [o, ...childrenBy(tree, o, 'nmod:poss').filter((p) => tree.pos[p]?.upos !== 'PRON')]);
  return heads.flatMap((h) => { const m = ctx.actors.at(h); return m?.code ? ctx.actors.expand(m) : []; }).filter((a) => !own.has(a.code));
}

/** Codes the concerns voiced by a named side in tokens [first, last) of sentence `sent` as its ACCUSE disapprove. */
export function codeVoicedConcerns(ctx: Context, sent: number, first: number, last: number): void {
  const { tree } = ctx;
  for (let n = first; n < last; n++) {
    const voiced = voicedBy(tree, n);
    if (!voiced) continue;
    const holders = actorsOfPhrase(tree, ctx.actors, voiced.agent).filter((a) => a.code);
    if (!holders.length) continue;
    const own = new Set(holders.map((h) => h.code));
    const named = concernedActors(ctx, n, voiced.verb, own);
    const other = named.length ? undefined : readoutCounterparts(ctx.doc.layers.discourse, sent, 'ACCUSE', holders);
    const recipients = named.length ? named : other?.recipients.flatMap((m) => ctx.actors.expand(m)) ?? [];
    const entry = ctx.lexicon.cameo[DISAPPROVE];
    const match: TriggerMatch = { token: n, tokens: [n, n + 1], code: DISAPPROVE, kind: 'noun', noun: n, reason: reason('events/trigger-voiced-concern', { noun: tree.words[n], verb: tree.words[voiced.verb], holder: holders[0].name }) };
    const time = timeOf(ctx, voiced.verb, n);
    push(ctx, {
      event: entry.event, mode: entry.mode, context: entry.context, cameo: DISAPPROVE, actors: holders, recipients,
      negated: false, hypothetical: false, future: false, historical: time.historical,
      date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match,
      why: [reason('events/cameo', { trigger: match.reason, code: DISAPPROVE, label: entry.label }), ...(other ? [other.reason] : []), ...(time.reason ? [time.reason] : [])],
    });
  }
}
