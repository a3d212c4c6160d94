/**
 * Threats (PLOVER THREATEN): a speaker's own announced force or pressure ("we will retaliate",
 * "would attack any ships", "threatened to cut aid") and who is threatened. The threatened party
 * is rarely the act's grammatical object, so when the clause names none it is sought in the
 * sentence (another country's actor: "accused Japan … and threatened to retaliate") and then in
 * the article (the other side of the actor's earlier dealings, or the aggressor of its conflict),
 * see #12.
 */
import { reason, type Reason } from '../../lang/reason.js';
import { PLOVER_RULES, QUAD_OF, type PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';
import type { Tree } from './tree.js';
import type { CodedEvent, EventParticipant } from './types.js';

/**
 * Announced sanctions stay SANCTION: the PLOVER gold-standard records code "will impose sanctions"
 * so, and news-dev accepts it (its undecided sanctions are THREATEN restrict, SANCTION accepted).
 */
const HOSTILE: readonly string[] = [...PLOVER_RULES.hostileReadiness.from.filter((e) => e !== 'SANCTION'), 'PROTEST'];

/**
 * The THREATEN mode the threatened act implies (PLOVER THREATEN modes: violence, restrict, …). A strike or
 * demonstration announced for later restricts its target: the training gold codes "the unions would extend their
 * action … if the state government went ahead", "members of the union will demonstrate Monday at Dart Group Corp's
 * headquarters", "there will be a strike" THREATEN restrict, never a PROTEST of the day.
 */
const THREAT_MODE: Partial<Record<PloverEvent, string>> = { ASSAULT: 'violence', MOBILIZE: 'violence', PROTEST: 'restrict' };

/**
 * A future act of force or pressure by its own actor is a threat, not the act: "We will definitely
 * retaliate" is THREATEN (PLOVER), as readiness to use force is (`hostileReadiness`).
 */
export function futureThreat(event: PloverEvent, ongoing = false, words: readonly string[] = []): { event: PloverEvent; cameo: string; mode?: string; reason: Reason } | undefined {
  if (event === PLOVER_RULES.hostileReadiness.event) return undefined;
  // "President Reagan said he would veto any tax increases": an announced veto is a threat to the legislature
  // (training wire gold: THREATEN in 21 stories; a veto done is REJECT).
  // Only a rejection so announced: "would lift its veto" (an easing whose noun is "veto") is no threat.
  const act = event === THREATENED_ACT_EVENT ? words.find((w) => THREATENING_ACTS.has(w)) : undefined;
  if (act !== undefined) {
    return { event: PLOVER_RULES.hostileReadiness.event, cameo: PLOVER_RULES.hostileReadiness.cameo, reason: reason('events/future-threat-act', { act, from: event }) };
  }
  if (!HOSTILE.includes(event)) return undefined;
  // "A strike by Japanese dockworkers will continue over the weekend": a protest that goes on is one of the day.
  if (event === 'PROTEST' && ongoing) return undefined;
  const mode = THREAT_MODE[event];
  return {
    event: PLOVER_RULES.hostileReadiness.event, cameo: PLOVER_RULES.hostileReadiness.cameo, ...(mode ? { mode } : {}),
    reason: reason('events/future-threat', { from: event }),
  };
}

/** Words (lemmas) of rejections whose announcement is a threat ("will veto"): rule-words `threatening-act`. */
const THREATENING_ACTS = ruleWords('threatening-act');
/** The type an act of `threatening-act` must be coded for its announcement to threaten (a veto is CAMEO 129). */
const THREATENED_ACT_EVENT: PloverEvent = 'REJECT';

/** Verbs that keep an act going that already runs ("will continue", "decided to remain on strike"). */
const CONTINUING = ruleWords('continuing');

/** Whether the act of `verb` is one that goes on: the verb, or the verb it is the infinitive of, is one of continuing. */
export function isOngoing(tree: Tree, verb: number): boolean {
  const head = tree.deps[verb].head;
  return CONTINUING.has(tree.lemmas[verb]) || (tree.deps[verb].deprel === 'xcomp' && head >= 0 && CONTINUING.has(tree.lemmas[head]));
}

/**
 * Whether a threat is an announced strike or demonstration: its target is the strikers' own employer or
 * government, so no party of another country is sought for it (threatenedParty would find a foreign one).
 */
export function isAnnouncedProtest(reasons: readonly Reason[]): boolean {
  return reasons.some((r) => r.rule === 'events/future-threat' && r.from === 'PROTEST');
}

/**
 * Whether a threat is an announced veto (`threatening-act`): it is aimed at the measure's makers, mostly the
 * actor's own legislature (training wire gold: USAGOV → USALEG), so they are sought in the veto's own clause
 * (vetoedParty), never among the article's foreign parties.
 */
export function isAnnouncedVeto(reasons: readonly Reason[]): boolean {
  return reasons.some((r) => r.rule === 'events/future-threat-act');
}

/**
 * Who an announced veto threatens: the nearest party named inside the veto's own clause that is neither its actor
 * nor the speaker, of whichever country: "would veto the bill if Congress passed it" (USA LEG), "would veto any
 * Security Council resolution" (IGO UNO). `clause` holds the tokens of the veto's clause; `sentence` the sentence's
 * coded actors.
 */
export function vetoedParty(
  threat: Pick<CodedEvent, 'actors' | 'speaker' | 'trigger'>, clause: ReadonlySet<number>, sentence: readonly EventParticipant[],
): { recipients: EventParticipant[]; reason: Reason } | undefined {
  const own = [...threat.actors, ...(threat.speaker ? [threat.speaker] : [])];
  const isOwn = (p: EventParticipant): boolean => own.some((o) => o.actorId === p.actorId || (o.tokens[0] < p.tokens[1] && p.tokens[0] < o.tokens[1]));
  const trigger = threat.trigger.tokens[0];
  const party = sentence.filter((p) => clause.has(p.tokens[0]) && !isOwn(p)).sort((a, b) => distance(a, trigger) - distance(b, trigger))[0];
  return party && { recipients: [party], reason: reason('events/threatened-vetoed', { name: party.name }) };
}

/** The country (or organisation) code that tells the two sides of an interaction apart. */
const sideOf = (p: EventParticipant): string | undefined => p.code;

/**
 * Who a threat is addressed to when its clause names no one of another side: the nearest actor of
 * another country in the sentence (a nationality adjective counts: "this American move"), else the
 * other party of the actor's nearest dealing in the article (conflict before cooperation), else the
 * actor of the article's nearest use of force. `sentence` holds the sentence's coded actors;
 * `article` all the article's events.
 */
export function threatenedParty(
  threat: Pick<CodedEvent, 'actors' | 'sent' | 'trigger'>, sentence: readonly EventParticipant[], article: readonly CodedEvent[],
): { recipients: EventParticipant[]; reason: Reason } | undefined {
  const own = new Set(threat.actors.map(sideOf).filter((c): c is string => c !== undefined));
  if (!own.size) return undefined;
  const other = (p: EventParticipant): boolean => sideOf(p) !== undefined && !own.has(sideOf(p)!);
  const trigger = threat.trigger.tokens[0];
  const near = sentence.filter(other).sort((a, b) => distance(a, trigger) - distance(b, trigger))[0];
  if (near) return { recipients: [near], reason: reason('events/threatened-in-sentence', { name: near.name }) };
  // Nearest first; of two as near, the earlier (what the reader already knows).
  const real = article.filter((e) => !e.negated && !e.hypothetical && !e.historical)
    .sort((a, b) => Math.abs(a.sent - threat.sent) - Math.abs(b.sent - threat.sent) || a.sent - b.sent);
  const ours = (list: readonly EventParticipant[]): boolean => list.some((p) => sideOf(p) !== undefined && !other(p));
  const dealing = (conflict: boolean): EventParticipant[] | undefined => {
    for (const e of real) {
      if (conflict !== QUAD_OF[e.event].endsWith('conflict')) continue;
      const theirs = (ours(e.actors) ? e.recipients : ours(e.recipients) ? e.actors : []).filter(other);
      if (theirs.length) return theirs;
    }
    return undefined;
  };
  const dealt = dealing(true) ?? dealing(false);
  if (dealt) return { recipients: dealt, reason: reason('events/threatened-counterpart', { names: dealt.map((p) => p.name).join(', ') }) };
  const force = real.find((e) => QUAD_OF[e.event] === 'material-conflict' && e.actors.some(other));
  if (!force) return undefined;
  const aggressor = force.actors.filter(other);
  return { recipients: aggressor, reason: reason('events/threatened-aggressor', { names: aggressor.map((p) => p.name).join(', ') }) };
}

function distance(p: EventParticipant, token: number): number {
  return p.tokens[0] > token ? p.tokens[0] - token : token - (p.tokens[1] - 1);
}
