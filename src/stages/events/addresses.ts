/**
 * An address delivered to another side's people, parliament or leaders: "Today I addressed the people of
 * Switzerland", "President Zelenskyy addressed the Bundestag", "I spoke about it in an address to the leaders of the
 * African Union". CAMEO files "address" with the statements (010), and its object is mostly a topic ("address the
 * climate crisis", "the threats posed by North Korea"), so the verb alone is no event and its object no recipient
 * (rule-words `topic-object-verb`). Yet a speech given to an audience of another side is a consultation of it in both
 * golds (training gold CONSULT UKR → CHE, → IGOAFU required; "addressed our parliament" GBR → UKR, "addressing the
 * American Chamber of Commerce" acceptable). Only an audience the object names as people, a body or its members
 * (rule-words `audience-noun`, or an actor mention as head: "the Bundestag") counts, of a country other than the
 * speaker's ("I address Ukrainians every night" is the president's own people), and only an address given: a past
 * verb, or the noun of one in a past clause ("will address the parliament" is a plan).
 */
import { reason } from '../../lang/reason.js';
import { type Context, push, timeOf } from './event-context.js';
import { clauseFlags } from './flags.js';
import { actorsOfPhrase } from './participants.js';
import { rolesOf, speakerOf } from './roles.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** Nouns (lemmas) of an audience addressed: people, a body, its members. */
const AUDIENCE = ruleWords('audience-noun');
/** Nouns (lemmas) of an appeal an address carries ("addressed NATO with a request to help close our skies"). */
const APPEAL = ruleWords('address-appeal');
/** PLOVER CONSULT (CAMEO 040, consult). */
const CONSULT = '040';
/** PLOVER REQUEST (CAMEO 020, make an appeal or request). */
const REQUEST = '020';
/** Penn tags of a past verb. */
const PAST = new Set(['VBD']);

/** The addressed phrase of `i` and the verb whose clause tells the address, when `i` is an address given (a past verb, or "an address to"). */
function addressAt(tree: Tree, i: number): { audience: number; verb: number } | undefined {
  // The lemma apart from the rest, whose closures would allocate their context on every token (#13).
  return tree.lemmas[i] === 'address' ? addressOf(tree, i) : undefined;
}

function addressOf(tree: Tree, i: number): { audience: number; verb: number } | undefined {
  if (tree.pos[i]?.upos === 'VERB') {
    const audience = childrenBy(tree, i, 'obj')[0];
    return audience !== undefined && PAST.has(tree.pos[i]?.xpos ?? '') ? { audience, verb: i } : undefined;
  }
  // "on President Macron's Address to the Nation": an address its possessor gave, not the clause's subject.
  if (tree.pos[i]?.upos !== 'NOUN' || childrenBy(tree, i, 'nmod:poss').some((p) => tree.pos[p]?.upos !== 'PRON')) return undefined;
  const audience = childrenBy(tree, i, 'nmod').find((m) => markerOf(tree, m) === 'to');
  const verb = tree.deps[i].head;
  return audience !== undefined && verb >= 0 && tree.pos[verb]?.upos === 'VERB' && PAST.has(tree.pos[verb]?.xpos ?? '') ? { audience, verb } : undefined;
}

/** The appeal an address carries in its "with" phrase, on the verb or on the object the parser hung it on. */
function appealOf(tree: Tree, verb: number, audience: number): number | undefined {
  return [...childrenBy(tree, verb, 'obl', 'nmod'), ...childrenBy(tree, audience, 'nmod')]
    .find((m) => markerOf(tree, m) === 'with' && APPEAL.has(tree.lemmas[m]));
}

/**
 * Codes the addresses of tokens [first, last) of sentence `sent` as the speaker's CONSULT with the audience's side; an
 * address "with a request" is the request (REQUEST), made to whichever side the object names.
 */
export function codeAddresses(ctx: Context, sent: number, first: number, last: number): void {
  for (let i = first; i < last; i++) {
    const found = addressAt(ctx.tree, i);
    // A function per address, not the loop's body: the body's closures made a context on every token (#13).
    if (found) codeAddress(ctx, sent, i, found);
  }
}

/** Code the address at token `i` (its audience and verb found), or nothing when it names no party. */
function codeAddress(ctx: Context, sent: number, i: number, found: { audience: number; verb: number }): void {
  const { tree } = ctx;
  const { audience, verb } = found;
  const appeal = appealOf(tree, verb, audience);
  if (appeal === undefined && !AUDIENCE.has(tree.lemmas[audience]) && !ctx.actors.at(audience)?.code) return;
  const code = appeal === undefined ? CONSULT : REQUEST;
  const event = ctx.lexicon.cameo[code].event;
  const speakers = rolesOf(tree, ctx.pack, ctx.actors, verb).actors.filter((a) => a.code);
  const own = new Set(speakers.map((a) => a.code));
  const recipients = actorsOfPhrase(tree, ctx.actors, audience).filter((r) => r.code && !own.has(r.code));
  if (!speakers.length || !recipients.length) return;
  // An article tells its one meeting again and again: a consultation already held with the audience's side is this one.
  if (appeal === undefined && ctx.events.some((e) => e.event === 'CONSULT' && [...e.actors, ...e.recipients].some((p) => recipients.some((r) => r.code === p.code)))) return;
  const match: TriggerMatch = {
    token: i, tokens: [i, i + 1], code, kind: 'verb',
    reason: appeal === undefined ? reason('events/trigger-address', { audience: tree.words[audience] }) : reason('events/trigger-address-appeal', { audience: tree.words[audience], appeal: tree.words[appeal] }),
  };
  const said = speakerOf(tree, ctx.pack, ctx.actors, verb, ctx.doc.layers.quotes ?? []);
  const flags = clauseFlags(tree, ctx.pack, verb, { reported: said.reported });
  const time = timeOf(ctx, verb);
  push(ctx, {
    event, mode: ctx.lexicon.cameo[code].mode, context: ctx.lexicon.cameo[code].context, cameo: code, actors: speakers, recipients,
    negated: flags.negated, hypothetical: flags.hypothetical, future: false, historical: time.historical,
    date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match,
    why: [reason('events/cameo', { trigger: match.reason, code, label: ctx.lexicon.cameo[code].label }), ...(time.reason ? [time.reason] : [])],
  });
}
