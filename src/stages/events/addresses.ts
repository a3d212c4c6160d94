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
/** PLOVER CONSULT (CAMEO 040, consult). */
const CONSULT = '040';
/** Penn tags of a past verb. */
const PAST = new Set(['VBD']);

/** The addressed phrase of `i` and the verb whose clause tells the address, when `i` is an address given (a past verb, or "an address to"). */
function addressAt(tree: Tree, i: number): { audience: number; verb: number } | undefined {
  if (tree.lemmas[i] !== 'address') return undefined;
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

/** Codes the addresses of tokens [first, last) of sentence `sent` as the speaker's CONSULT with the audience's side. */
export function codeAddresses(ctx: Context, sent: number, first: number, last: number): void {
  const { tree } = ctx;
  for (let i = first; i < last; i++) {
    const found = addressAt(tree, i);
    if (!found) continue;
    const { audience, verb } = found;
    if (!AUDIENCE.has(tree.lemmas[audience].toLowerCase()) && !ctx.actors.at(audience)?.code) continue;
    const speakers = rolesOf(tree, ctx.pack, ctx.actors, verb).actors.filter((a) => a.code);
    const own = new Set(speakers.map((a) => a.code));
    const recipients = actorsOfPhrase(tree, ctx.actors, audience).filter((r) => r.code && !own.has(r.code));
    if (!speakers.length || !recipients.length) continue;
    // An article tells its one meeting again and again: a consultation already held with the audience's side is this one.
    if (ctx.events.some((e) => e.event === 'CONSULT' && [...e.actors, ...e.recipients].some((p) => recipients.some((r) => r.code === p.code)))) continue;
    const match: TriggerMatch = {
      token: i, tokens: [i, i + 1], code: CONSULT, kind: 'verb',
      reason: reason('events/trigger-address', { audience: tree.words[audience] }),
    };
    const said = speakerOf(tree, ctx.pack, ctx.actors, verb, ctx.doc.layers.quotes ?? []);
    const flags = clauseFlags(tree, ctx.pack, verb, { reported: said.reported });
    const time = timeOf(ctx, verb);
    push(ctx, {
      event: 'CONSULT', context: ctx.lexicon.cameo[CONSULT].context, cameo: CONSULT, actors: speakers, recipients,
      negated: flags.negated, hypothetical: flags.hypothetical, future: false, historical: time.historical,
      date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match,
      why: [reason('events/cameo', { trigger: match.reason, code: CONSULT, label: ctx.lexicon.cameo[CONSULT].label }), ...(time.reason ? [time.reason] : [])],
    });
  }
}
