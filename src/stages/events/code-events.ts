import { articleDate } from '../../core/days.js';
import type { DocumentWith } from '../../core/stage.js';
import { sentenceTokenRange } from '../../core/tokens-of.js';
import { packOf, type LanguagePack } from '../../lang/pack.js';
import { reason, renderReason, renderReasons, type Reason } from '../../lang/reason.js';
import { clauseFlags, firstConjunct, HOPING, type EventFlags } from './flags.js';
import { agentlessClause, meetingParties, readoutActors, readoutCounterparts } from '../discourse/implicit.js';
import { resolvedActors } from '../discourse/merge.js';
import type { RuntimeLexicon } from './lexicon.js';
import { actorsOfPhrase, indexActors, kbCountry, type ActorIndex } from './participants.js';
import { partyKey } from '../discourse/participants.js';
import { PLOVER_RULES, ploverScore, quadCode, QUAD_OF, type PloverEvent } from './plover.js';
import { refineMode } from './modes.js';
import { futureThreat, threatenedParty } from './threats.js';
import { deniedAccuser, isBareDenial } from './denials.js';
import { publisherAccusation } from './accusations.js';
import { reportedAccusation } from './reported-accusations.js';
import { speechContentEvents } from './speech-content.js';
import { rolesOf, speakerOf } from './roles.js';
import { CLAUSE_RELS, auxWords, childBy, childrenBy, isMisreadMainVerb, markerOf, subjectOf, walk, type Tree, buildTree } from './tree.js';
import { matchVerb, type TriggerMatch } from './triggers.js';
import { nominalTriggers, type NominalTrigger } from './nominal.js';
import type { CodedEvent, EventLayer, EventParticipant, RejectedTrigger } from './types.js';

/** Verbs that pass their subject and their reality on to an infinitive ("continued to talk"). */
const TRANSPARENT = new Map<string, 'same' | 'future' | 'negated'>([
  ['continue', 'same'], ['begin', 'same'], ['start', 'same'], ['try', 'same'], ['attempt', 'same'], ['resume', 'same'],
  ['manage', 'same'], ['keep', 'same'], ['proceed', 'same'], ['decide', 'future'], ['plan', 'future'], ['intend', 'future'],
  ['prepare', 'future'], ['want', 'future'], ['wish', 'future'], ['hope', 'future'], ['expect', 'future'], ['aim', 'future'],
  ['seek', 'future'], ['fail', 'negated'],
]);

/**
 * Verbs of naming a source: "who asked not to be identified", "declined to be named" and
 * "requested anonymity" protect a news source; wire stories use them as formulas, not as acts.
 */
const SOURCE_NAMING = new Set(['identify', 'name', 'quote', 'anonymity']);

/** Adjectives of readiness: "is ready to contribute troops" states an intent (CAMEO 030, AGREE). */
const READINESS = new Set(['ready', 'willing', 'prepared', 'determined', 'eager', 'keen']);

/**
 * Predicate adjectives that state an act as a verb would: "Russia is open to dialogue", "remains
 * open to negotiations" (CAMEO 036, intent to meet or negotiate: AGREE); "was critical of the
 * practice", "highly critical of the talks" (CAMEO 111, criticize: ACCUSE). Each needs its
 * preposition, and "open" one of its nouns: "open to the public", "open to interpretation" state no
 * intent. "critical" without "of" ("critical infrastructure", "is critical to success") is no act.
 */
const PREDICATE_ADJECTIVES: Record<string, { prep: string; nouns?: ReadonlySet<string>; code: string }> = {
  open: { prep: 'to', nouns: new Set(['dialogue', 'talk', 'talks', 'negotiation', 'negotiations', 'contact', 'contacts']), code: '036' },
  critical: { prep: 'of', code: '111' },
};
/** Linking verbs an adjective predicate can follow as their complement ("remains open to …"). */
const LINKING = new Set(['remain', 'stay']);

/** Future forms of cooperative acts are AGREE; of retreats, CONCEDE (PLOVER codebook, AGREE and CONCEDE). */
const FUTURE_AS: Partial<Record<PloverEvent, PloverEvent>> = PLOVER_RULES.futureAs;
/** Declining to cooperate is itself an act ("will not accept", CAMEO 12, REJECT). */
const REFUSED_AS: Partial<Record<PloverEvent, PloverEvent>> = PLOVER_RULES.refusedAs;
const { governmentProtest: GOVERNMENT_PROTEST, readiness: READINESS_RULE, hostileReadiness: HOSTILE_READINESS, obligation: OBLIGATION_RULE } = PLOVER_RULES;

interface Context {
  readonly doc: EventInput;
  readonly tree: Tree;
  readonly pack: LanguagePack;
  readonly lexicon: RuntimeLexicon;
  readonly actors: ActorIndex;
  readonly events: CodedEvent[];
  readonly rejected: RejectedTrigger[];
  readonly articleDate?: string;
  /**
   * The meeting or call the article reports (its first reciprocal consultation): later mentions
   * of it restate it. Who "the parties" and "it was agreed" are is the discourse layer's work.
   */
  frame?: { readonly participants: readonly EventParticipant[]; readonly sent: number; readonly trigger: string };
}

/** The layers the events stage requires (it reads dateline, quotes, dates and places when present). */
export type EventInput = DocumentWith<'sentences' | 'tokens' | 'pos' | 'deps' | 'entities' | 'actors'>;


/** Code the PLOVER events of a parsed, actor-annotated document. */
export function codeEvents(doc: EventInput, lexicon: RuntimeLexicon): EventLayer {
  const tree = buildTree(doc, lexicon.forms, (lemma) => lemma in lexicon.verbs);
  const ctx: Context = {
    doc, tree, lexicon, pack: packOf(doc),
    actors: indexActors(resolvedActors(doc), tree.tokens.length),
    events: [], rejected: [],
    articleDate: articleDate(doc),
  };
  const { sentences } = doc.layers;
  const isActor = (t: number): boolean => ctx.actors.at(t) !== undefined;
  const hasActor = (head: number): boolean => actorsOfPhrase(tree, ctx.actors, head).some((a) => a.code);
  for (let sent = 0; sent < sentences.length; sent++) {
    const [first, last] = sentenceTokenRange(tree.tokens, sent);
    const before = ctx.events.length;
    const used = new Set<number>();
    for (let i = first; i < last; i++) {
      const adjective = tree.pos[i]?.upos === 'ADJ' ? matchPredicateAdjective(tree, i) : undefined;
      if (adjective) codeTrigger(ctx, sent, adjective);
      if (tree.pos[i]?.upos !== 'VERB') continue;
      const match = matchVerb(tree, lexicon, i, isActor);
      if (match?.noun !== undefined) used.add(match.noun);
      if (match) codeTrigger(ctx, sent, match);
      if (ctx.pack.speechVerbs.has(tree.lemmas[i])) codeObligation(ctx, sent, i);
    }
    for (const nominal of nominalTriggers(tree, lexicon, first, last, used, hasActor)) codeNominal(ctx, sent, nominal);
    // A speaker's blame carried by the content of a statement (speech-content.ts).
    for (const e of speechContentEvents(tree, ctx.pack, ctx.actors, ctx.doc.layers.quotes ?? [], first, last, ctx.events.slice(before), (l) => l in lexicon.verbs, ctx.articleDate, ctx.doc.layers.discourse?.publisher)) ctx.events.push({ ...e, sent, why: renderReasons(ctx.pack, e.reasons) });
    dropDescriptions(ctx, before);
    mergeCoordinated(ctx.pack, ctx.events, before);
  }
  addThreatenedParties(ctx);
  addToldAccusations(ctx);
  return { events: ctx.events, rejected: ctx.rejected };
}

/**
 * Force told by the other side accuses the doer: an official site's telling of force on its side
 * (accusations.ts), a named speaker's report of another side's force (reported-accusations.ts).
 */
function addToldAccusations(ctx: Context): void {
  const publisher = ctx.doc.layers.discourse?.publisher;
  for (let i = ctx.events.length - 1; i >= 0; i--) {
    const accusation = (publisher ? publisherAccusation(publisher, ctx.events[i]) : undefined) ?? reportedAccusation(ctx.events[i]);
    if (accusation) ctx.events.splice(i + 1, 0, { ...accusation, why: renderReasons(ctx.pack, accusation.reasons) });
  }
}

/**
 * Once the whole article is coded: a threat whose clause names no one threatened is addressed to
 * the other side (threats.ts), and a denial naming no one answers its accuser (denials.ts).
 */
function addThreatenedParties(ctx: Context): void {
  const all = [...ctx.events];
  ctx.events.forEach((e, i) => {
    if ((e.event !== HOSTILE_READINESS.event && !isBareDenial(e)) || e.recipients.length) return;
    const threatened = e.event === HOSTILE_READINESS.event ? threatenedParty(e, sentenceParticipants(ctx, e.sent), all) : deniedAccuser(e, all);
    if (!threatened) return;
    ctx.events[i] = { ...e, recipients: threatened.recipients, reasons: [...e.reasons, threatened.reason], why: `${e.why}; ${renderReason(ctx.pack, threatened.reason)}` };
  });
}

/** Turn a trigger down: `ruleId` names the rule, `why` (default: the rule alone) says what it found. */
function reject(ctx: Context, sent: number, match: TriggerMatch, ruleId: string, event?: PloverEvent, why: Reason = reason(ruleId)): void {
  const { tree } = ctx;
  const span = { start: tree.tokens[match.tokens[0]].start, end: tree.tokens[match.tokens[1] - 1].end };
  const trigger = { ...span, tokens: match.tokens };
  addRejected(ctx, { sent, trigger, ...(match.code !== '---' ? { cameo: match.code } : {}), ...(event ? { event } : {}), ruleId }, [why, match.reason]);
}

/** Record a rejection: the rule's reason first, then what the trigger had been coded as. */
function addRejected(ctx: Context, base: Omit<RejectedTrigger, 'reasons'>, reasons: readonly Reason[]): void {
  ctx.rejected.push({ ...base, reasons });
}

function codeTrigger(ctx: Context, sent: number, match: TriggerMatch): void {
  const { tree, lexicon } = ctx;
  const verb = match.token;
  if (match.code === '---') return reject(ctx, sent, match, 'events/pattern-no-event');
  const entry = lexicon.cameo[match.code];
  if (!entry) return reject(ctx, sent, match, 'events/statement', undefined, reason('events/statement', { code: match.code }));
  if (TRANSPARENT.has(tree.lemmas[verb]) && childrenBy(tree, verb, 'xcomp').length) {
    return reject(ctx, sent, match, 'events/transparent', entry.event, reason('events/transparent', { verb: tree.words[verb] }));
  }
  if (isSourceAnonymity(tree, verb)) return reject(ctx, sent, match, 'events/source-anonymity', entry.event);
  if (HOPING.has(tree.lemmas[verb])) return reject(ctx, sent, match, 'events/hoped-for', entry.event, reason('events/hoped-for', { verb: tree.words[verb] }));
  const controller = controllerOf(tree, ctx.pack, verb);
  if (controller === 'content' && isReadiness(tree, verb)) return codeReadiness(ctx, sent, match, verb);
  if (controller === 'content') return reject(ctx, sent, match, 'events/infinitive', entry.event);
  if (isParticipleModifier(tree, verb)) return reject(ctx, sent, match, 'events/participle', entry.event);
  if (isBareGerund(tree, verb)) return reject(ctx, sent, match, 'events/gerund', entry.event);
  // An official site's statement performs its side's acts in the present ("the United States provides"); a report does not.
  if (!ctx.doc.layers.discourse?.publisher && isStandingState(tree, verb, entry.event, match.noun)) return reject(ctx, sent, match, 'events/standing-state', entry.event);
  if (isHabitual(tree, verb)) return reject(ctx, sent, match, 'events/habitual', entry.event);

  const roles = rolesOf(ctx.tree, ctx.pack, ctx.actors, verb, match.noun, entry.event);
  const said = speakerOf(tree, ctx.pack, ctx.actors, verb, ctx.doc.layers.quotes ?? []);
  const flags = mergeFlags(clauseFlags(tree, ctx.pack, verb, { reported: said.reported, ...(match.noun !== undefined ? { noun: match.noun } : {}) }), controller);
  let event = entry.event;
  const why: Reason[] = [reason('events/cameo', { trigger: match.reason, code: match.code, label: entry.label })];
  let future = flags.future;
  if (future && FUTURE_AS[event]) {
    why.push(reason('events/future-as', { from: event, to: FUTURE_AS[event]! }));
    event = FUTURE_AS[event]!;
    future = false;
  }
  let cameo = match.code;
  const threat = future && !flags.negated && !flags.hypothetical ? futureThreat(event) : undefined;
  if (threat) {
    why.push(threat.reason);
    event = threat.event;
    cameo = threat.cameo;
    future = false;
  }
  let negated = flags.negated;
  const refused = REFUSED_AS[event];
  const subj = subjectOf(tree, verb);
  if (negated && refused && !flags.objectOnly && !subj?.passive) {
    // "will not accept", "did not agree to": declining to cooperate is itself an act. An agentless
    // passive ("security cannot be ensured") and a negated object ("offered nothing") refuse nothing.
    why.push(reason('events/refusal', { from: event, to: refused }));
    event = refused;
    negated = false;
  }
  let mode = event === entry.event ? entry.mode : threat?.mode;
  const sectors: readonly string[] = GOVERNMENT_PROTEST.sectors;
  if (event === GOVERNMENT_PROTEST.from && !mode && roles.actors.length && roles.actors.every((a) => !a.sector || sectors.includes(a.sector))) {
    // PLOVER: PROTEST presumes physical activity; a state's or government's protest is ACCUSE disapprove.
    why.push(reason('events/government-protest', { event: GOVERNMENT_PROTEST.event, mode: GOVERNMENT_PROTEST.mode }));
    event = GOVERNMENT_PROTEST.event;
    mode = GOVERNMENT_PROTEST.mode;
  }
  const refined = refineMode(tree, event, verb, match.noun);
  if (refined && refined.mode !== mode) { mode = refined.mode; why.push(refined.reason); }
  let { actors, recipients } = roles;
  let roleReasons = roles.reasons;
  const pronoun = subj ? tree.words[subj.token].toLowerCase() : '';
  const siteVoice = !!ctx.doc.layers.discourse?.publisher && !!subj && !isQuoted(ctx, tree, subj.token);
  // "I … we" names the speaker twice; "the United States and Colombia we committed" puts the
  // subject right before the pronoun.
  const own = (a: EventParticipant) => ctx.pack.firstPerson.has(tree.words[a.tokens[0]] ?? '') || a.tokens[1] === subj?.token;
  if (subj && ctx.pack.firstPerson.has(pronoun) && roleReasons.some((r) => r.rule === 'roles/pronoun-nearest') && actors.every((a) => !own(a) && (siteVoice || sameQuote(ctx, tree.tokens[subj.token].start, a.start)))) {
    // "… help the people in Donbass, then we should meet them": a speaker's "we" is never someone
    // the same quotation (or an official site's own words) talks about; the speaker (below) or no one.
    actors = [];
    roleReasons = roleReasons.filter((r) => r.rule !== 'roles/pronoun-nearest');
  }
  if (!actors.length && said.speaker && subj && ctx.pack.pronouns.has(pronoun) && !subj.passive && (ctx.pack.firstPerson.has(pronoun) || !isQuoted(ctx, tree, subj.token))) {
    // "Rebel leaders said they would meet …": an unresolved pronoun subject of reported speech is the
    // speaker; inside quotation marks only a first-person one ("we", the language pack's
    // first-person.txt): there "they came to our land" is someone else.
    actors = [said.speaker];
    why.push(reason('events/pronoun-speaker', { pronoun: tree.words[subj.token] }));
  }
  // "It was agreed …": an agentless clause of a readout belongs to the meeting's parties.
  const clause = actors.length ? undefined : agentlessClause(tree, verb, controller !== undefined, !!said.speaker);
  if (clause) {
    const implicit = readoutActors(ctx.doc.layers.discourse, sent, event, clause);
    if (implicit) {
      // "The G7 countries were invited …": a party that is the passive's subject (or another
      // recipient) undergoes the act; the other parties do it.
      const undergo = new Set([...recipients, ...(clause === 'passive' && subj ? actorsOfPhrase(tree, ctx.actors, subj.token) : [])].map(partyKey));
      const doers = implicit.actors.filter((m) => !undergo.has(partyKey(m)));
      if (doers.length) {
        actors = doers.flatMap((m) => ctx.actors.expand(m));
        why.push(implicit.reason);
        const undergoing = recipients.length ? [] : implicit.actors.filter((m) => undergo.has(partyKey(m)));
        if (undergoing.length) {
          recipients = undergoing.flatMap((m) => ctx.actors.expand(m));
          why.push(reason('events/passive-party', { names: undergoing.map((m) => m.name).join(', ') }));
        }
      }
    }
  }
  const meeting = meetingParties(ctx.doc.layers.discourse, sent, event);
  const missing = meeting?.parties.flatMap((m) => ctx.actors.expand(m)).filter((m) => ![...actors, ...recipients].some((a) => a.code === m.code));
  if (meeting && missing?.length) {
    // The sentence that reports the article's meeting: all its parties take part, however the parse links them.
    if (mode === 'visit' && actors.length) recipients = [...recipients, ...missing];
    else actors = [...actors, ...missing];
    why.push(meeting.reason);
  }
  // "had telephone conversations with Macron and Scholz": one call with each partner.
  const separate = event === 'CONSULT' && mode !== 'visit' && isSeparateMeetings(tree, match.noun) && new Set(recipients.map((r) => r.code)).size > 1
    ? { own: actors, partners: recipients } : undefined;
  if (event === 'CONSULT' && mode !== 'visit' && recipients.length) {
    // Meetings and calls without a host are reciprocal: all participants are actors (PLOVER §Compound and Reciprocal Actors).
    actors = [...actors, ...recipients.filter((r) => !actors.some((a) => a.actorId === r.actorId))];
    recipients = [];
    why.push(reason('events/reciprocal'));
  }
  if (!recipients.length) {
    // "Putin supported his proposal": a party's act in a readout is addressed to the other party.
    const other = readoutCounterparts(ctx.doc.layers.discourse, sent, event, actors);
    if (other) { recipients = other.recipients.flatMap((m) => ctx.actors.expand(m)); why.push(other.reason); }
  }
  why.push(...roleReasons);
  if (actors.length === 0) return reject(ctx, sent, match, 'events/no-actor', event);
  const restated = restatedConsultation(ctx, sent, event, future || flags.negated || flags.hypothetical, actors, recipients);
  if (restated) return reject(ctx, sent, match, 'events/same-consultation', event, restated);
  const time = timeOf(ctx, verb, match.noun);
  if (time.reason) why.push(time.reason);
  if (said.reported) why.push(said.speaker ? reason('events/reported-by', { speaker: said.speaker.name }) : reason('events/reported'));
  if (flags.reasons.length) why.push(...flags.reasons);
  // "an idea first proposed by Guillaume", "duties imposed by Announcement No. 5": a participle
  // with its agent that describes a noun tells what was done before, as background (#12).
  const described = isAgentParticiple(tree, verb);
  if (described) why.push(reason('events/described-act', { noun: tree.words[tree.deps[verb].head] }));
  const confidence = match.kind === 'pattern' ? 0.8 : match.kind === 'noun' ? 0.7 : 0.65;
  const draft: Draft = {
    event, mode, context: entry.context, cameo, actors, recipients,
    ...(said.speaker ? { speaker: said.speaker } : {}),
    negated, hypothetical: flags.hypothetical, future, historical: time.historical || described,
    date: time.date, dateSource: time.dateSource,
    confidence: roles.reasons.some((r) => r.rule === 'roles/inside-object') ? confidence - 0.1 : confidence,
    sent, match, why,
  };
  if (!separate) return push(ctx, draft);
  const framed = ctx.frame;
  for (const partner of separate.partners) {
    const one = [...separate.own, partner];
    push(ctx, { ...draft, actors: one, why: [...why, reason('events/separate-meetings', { noun: tree.words[match.noun!], partner: partner.name })] });
  }
  // Later mentions restate the calls with any of the partners: the frame holds them all.
  if (!framed && ctx.frame) ctx.frame = { ...ctx.frame, participants: actors };
}

/** A conflict noun with its doer named ("the shelling of … by the neo-Nazis"): the phrase gives doer and target (nominal.ts). */
function codeNominal(ctx: Context, sent: number, nominal: NominalTrigger): void {
  const { tree, lexicon } = ctx;
  const { match } = nominal;
  const entry = lexicon.cameo[match.code];
  const actors = actorsOfPhrase(tree, ctx.actors, nominal.agent);
  const recipients = nominal.targets.flatMap((t) => actorsOfPhrase(tree, ctx.actors, t)).filter((r) => !actors.some((a) => a.actorId === r.actorId));
  // The clause the noun stands in: who reports it, and when.
  let clause = match.token;
  for (let hops = 0; hops < 8 && clause >= 0 && tree.pos[clause]?.upos !== 'VERB'; hops++) clause = tree.deps[clause].head;
  const said = clause >= 0 ? speakerOf(tree, ctx.pack, ctx.actors, clause, ctx.doc.layers.quotes ?? []) : { reported: false };
  const time = timeOf(ctx, clause >= 0 ? clause : match.token, match.token);
  const why: Reason[] = [reason('events/cameo', { trigger: match.reason, code: match.code, label: entry.label })];
  if (time.reason) why.push(time.reason);
  if (said.reported) why.push(said.speaker ? reason('events/reported-by', { speaker: said.speaker.name }) : reason('events/reported'));
  if (nominal.prospective) why.push(reason('events/prospective', { modifier: nominal.prospective }));
  // The act a noun names is presupposed, whatever its clause's modality; only a condition ("if the offensive …") suspends it.
  const condition = clause >= 0 ? clauseFlags(tree, ctx.pack, clause, { reported: said.reported }).reasons.find((r) => r.rule === 'flags/conditional') : undefined;
  if (condition) why.push(condition);
  push(ctx, {
    event: entry.event, mode: entry.mode, context: entry.context, cameo: match.code, actors, recipients,
    ...(said.speaker ? { speaker: said.speaker } : {}),
    negated: false, hypothetical: !!nominal.prospective || !!condition, future: false, historical: time.historical,
    date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match, why,
  });
}

/** Two offsets inside one direct or partial quotation. */
function sameQuote(ctx: Context, a: number, b: number): boolean {
  return (ctx.doc.layers.quotes ?? []).some((q) => q.kind !== 'reported' && q.start <= a && a < q.end && q.start <= b && b < q.end);
}

/** True when token `i` of `tree` lies inside quotation marks (a direct or partial quote). */
function isQuoted(ctx: Context, tree: Tree, i: number): boolean {
  const at = tree.tokens[i].start;
  return (ctx.doc.layers.quotes ?? []).some((q) => q.kind !== 'reported' && q.start <= at && at < q.end);
}

/**
 * A later mention of the meeting the article reports ("The presidents discussed …", "had an
 * in-depth discussion") is the same consultation, not a new one: the first is the event.
 */
function restatedConsultation(ctx: Context, sent: number, event: PloverEvent, unreal: boolean, actors: readonly EventParticipant[], recipients: readonly EventParticipant[]): Reason | undefined {
  if (event !== 'CONSULT' || unreal) return undefined;
  const { frame } = ctx;
  if (!frame) return undefined;
  if (frame.sent === sent) return undefined;
  const codes = new Set(frame.participants.map((p) => p.code));
  const all = [...actors, ...recipients];
  if (!all.every((p) => codes.has(p.code))) return undefined;
  return reason('events/same-consultation', { trigger: frame.trigger, sentence: frame.sent + 1 });
}

/**
 * "The Russian side stressed that Ukraine must implement …": a reported obligation put on the
 * subject of the complement is a REQUEST from the speaker to that subject.
 */
function codeObligation(ctx: Context, sent: number, said: number): void {
  const { tree } = ctx;
  for (const clause of childrenBy(tree, said, 'ccomp')) {
    const modal = auxWords(tree, clause).find((a) => ctx.pack.modals.obligation.has(a));
    if (!modal) continue;
    const subj = subjectOf(tree, clause);
    const speakerRoles = rolesOf(tree, ctx.pack, ctx.actors, said);
    const targetRoles = subj ? rolesOf(tree, ctx.pack, ctx.actors, clause) : undefined;
    const match: TriggerMatch = { token: clause, tokens: [clause, clause + 1], code: OBLIGATION_RULE.cameo, kind: 'verb', reason: reason('events/trigger-obligation', { said: tree.words[said], modal, verb: tree.words[clause] }) };
    if (!speakerRoles.actors.length || !targetRoles?.actors.length) {
      reject(ctx, sent, match, 'events/no-actor', OBLIGATION_RULE.event, reason('events/no-obliged'));
      continue;
    }
    const refined = refineMode(tree, OBLIGATION_RULE.event, clause, undefined, { verbIsContent: true });
    const flags = clauseFlags(tree, ctx.pack, said, { reported: false });
    const time = timeOf(ctx, clause);
    push(ctx, {
      event: OBLIGATION_RULE.event, mode: refined?.mode ?? OBLIGATION_RULE.mode, context: [], cameo: OBLIGATION_RULE.cameo,
      actors: speakerRoles.actors, recipients: targetRoles.actors,
      negated: flags.negated, hypothetical: flags.hypothetical, future: false, historical: time.historical,
      date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match,
      why: [match.reason, refined?.reason ?? reason('events/mode-obligation', { mode: OBLIGATION_RULE.mode }), reason('events/obligation-roles')],
    });
  }
}

/** "asked not to be identified", "declined to be named", "requested anonymity": a source's anonymity. */
function isSourceAnonymity(tree: Tree, verb: number): boolean {
  if (childrenBy(tree, verb, 'obj').some((o) => SOURCE_NAMING.has(tree.lemmas[o]))) return true;
  return childrenBy(tree, verb, 'xcomp', 'ccomp').some((c) => SOURCE_NAMING.has(tree.lemmas[c])
    && childrenBy(tree, c, 'aux:pass').length > 0 && childrenBy(tree, c, 'mark').some((m) => tree.words[m] === 'to'));
}

/** "Russia is open to dialogue": an adjective predicate (with a copula or after "remain") with its preposition and noun. */
function matchPredicateAdjective(tree: Tree, adj: number): TriggerMatch | undefined {
  const sense = PREDICATE_ADJECTIVES[tree.lemmas[adj]];
  if (!sense) return undefined;
  const predicate = childBy(tree, adj, 'cop') !== undefined
    || (tree.deps[adj].deprel === 'xcomp' && LINKING.has(tree.lemmas[tree.deps[adj].head] ?? ''));
  if (!predicate) return undefined;
  // The parser can read "to dialogue" as an infinitive (xcomp with mark "to"): the words decide.
  const noun = childrenBy(tree, adj, 'obl', 'nmod', 'xcomp').find((o) => (!sense.nouns || sense.nouns.has(tree.words[o]) || sense.nouns.has(tree.lemmas[o]))
    && childrenBy(tree, o, 'case', 'mark').some((c) => tree.words[c] === sense.prep));
  if (noun === undefined) return undefined;
  return {
    token: adj, tokens: [adj, adj + 1], code: sense.code, kind: 'verb',
    reason: reason('events/trigger-predicate-adjective', { adjective: tree.words[adj], prep: sense.prep, noun: tree.words[noun] }),
  };
}

function isReadiness(tree: Tree, verb: number): boolean {
  const head = tree.deps[firstConjunct(tree, verb)].head;
  return head >= 0 && READINESS.has(tree.lemmas[head]);
}

/** "X is ready to Y": an AGREE by X, the content's recipient as recipient. */
function codeReadiness(ctx: Context, sent: number, match: TriggerMatch, verb: number): void {
  const { tree } = ctx;
  const head = tree.deps[firstConjunct(tree, verb)].head;
  const subjRoles = rolesOf(tree, ctx.pack, ctx.actors, head);
  const content = rolesOf(tree, ctx.pack, ctx.actors, verb, match.noun);
  // Readiness to cooperate is an intent (AGREE); readiness to use force or pressure is a threat
  // ("ready to retaliate": PLOVER THREATEN).
  // The verb's own code counts as well as the pattern's: "ready to retaliate for …" matches an
  // accusation pattern, but retaliating is force.
  const hostile = (code?: string): boolean => code !== undefined && (HOSTILE_READINESS.from as readonly string[]).includes(ctx.lexicon.cameo[code]?.event ?? '');
  const own = (ctx.lexicon.verbs[tree.lemmas[verb]] ?? []).find((v) => !v.before && !v.after && v.code)?.code;
  const intended = ctx.lexicon.cameo[hostile(match.code) || !hostile(own) ? match.code : own!]?.event;
  const threat = hostile(match.code) || hostile(own);
  const code = threat ? HOSTILE_READINESS.cameo : READINESS_RULE.cameo;
  const entry = ctx.lexicon.cameo[code];
  const readiness: TriggerMatch = {
    ...match, token: head, tokens: [head, head + 1], code,
    reason: threat
      ? reason('events/trigger-threat-readiness', { head: tree.words[head], verb: tree.words[verb], event: intended, trigger: match.reason })
      : reason('events/trigger-readiness', { head: tree.words[head], verb: tree.words[verb], trigger: match.reason }),
  };
  if (!subjRoles.actors.length) return reject(ctx, sent, readiness, 'events/no-actor', entry.event);
  const flags = clauseFlags(tree, ctx.pack, head, { reported: speakerOf(tree, ctx.pack, ctx.actors, head, ctx.doc.layers.quotes ?? []).reported });
  const time = timeOf(ctx, head);
  push(ctx, {
    event: entry.event, context: entry.context, cameo: code, actors: subjRoles.actors,
    recipients: content.recipients.filter((r) => !subjRoles.actors.some((a) => a.actorId === r.actorId)),
    negated: flags.negated, hypothetical: flags.hypothetical, future: false, historical: time.historical,
    date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match: readiness, why: [readiness.reason],
  });
}

/** The coded actor mentions of a sentence, in text order, each expanded to its members. */
function sentenceParticipants(ctx: Context, sent: number): EventParticipant[] {
  const [first, last] = sentenceTokenRange(ctx.tree.tokens, sent);
  const seen = new Set<string>();
  const found: EventParticipant[] = [];
  for (let t = first; t < last; t++) {
    const m = ctx.actors.at(t);
    if (!m || seen.has(`${m.start}:${m.actorId}`)) continue;
    seen.add(`${m.start}:${m.actorId}`);
    found.push(...ctx.actors.expand(m).filter((p) => p.code));
  }
  // "will not leave this American move unanswered": a nationality adjective names its side too.
  for (let t = first; t < last; t++) {
    const code = ctx.tree.pos[t]?.upos === 'ADJ' && !ctx.actors.at(t) ? kbCountry(ctx.tree.words[t]) : undefined;
    const token = ctx.tree.tokens[t];
    if (code) found.push({ start: token.start, end: token.end, tokens: [t, t + 1], actorId: `nationality:${code}`, name: ctx.tree.words[t], code });
  }
  return found;
}

/** How a verb relates to the verb above it: its reality passes through, is content, or it stands alone. */
function controllerOf(tree: Tree, pack: LanguagePack, coordinated: number): EventFlags | 'content' | undefined {
  // The second of two coordinated infinitives ("to combat … and overcome …") shares the first's status.
  const verb = firstConjunct(tree, coordinated);
  const rel = tree.deps[verb].deprel;
  const head = tree.deps[verb].head;
  const infinitive = childrenBy(tree, verb, 'mark').some((m) => tree.words[m] === 'to') && !childrenBy(tree, verb, 'nsubj').length;
  if (!infinitive && rel !== 'xcomp') return undefined;
  if (head >= 0 && rel === 'xcomp') {
    const kind = TRANSPARENT.get(tree.lemmas[head]);
    if (kind) {
      const above = clauseFlags(tree, pack, head, { reported: false });
      // "Reagan is expected to assure Chirac": a passive verb of expecting reports others' forecast,
      // not the subject's intent; the act is hypothetical (#12: hoped-for events are never facts).
      const forecast = kind === 'future' && childrenBy(tree, head, 'aux:pass').length > 0;
      return {
        negated: above.negated || kind === 'negated',
        hypothetical: above.hypothetical || forecast,
        future: above.future || (kind === 'future' && !forecast),
        reasons: [...above.reasons, ...(kind === 'same' ? [] : [reason(forecast ? 'events/forecast' : 'events/controlled', { verb: tree.words[head] })])],
      };
    }
  }
  return 'content';
}

function mergeFlags(own: EventFlags, controller: EventFlags | undefined): EventFlags {
  if (!controller) return own;
  return {
    negated: own.negated || controller.negated,
    hypothetical: own.hypothetical || controller.hypothetical,
    future: own.future || controller.future,
    ...(own.objectOnly && !controller.negated ? { objectOnly: true } : {}),
    reasons: [...own.reasons, ...controller.reasons],
  };
}

/** "the occupied West Bank", "militiamen armed with machetes": a past participle modifying a noun, with no agent. */
function isParticipleModifier(tree: Tree, verb: number): boolean {
  const rel = tree.deps[verb].deprel;
  if (rel !== 'amod' && rel !== 'acl') return false;
  // With an object it is a finite verb the parser hung on its subject ("tanks fired shells").
  const xpos = tree.pos[verb]?.xpos;
  const participle = (xpos === 'VBN' || (xpos === 'VBG' && rel === 'amod')) && !childrenBy(tree, verb, 'obj').length;
  const agent = childrenBy(tree, verb, 'obl:agent', 'obl').some((o) => markerOf(tree, o) === 'by');
  return participle && !agent && !isMisreadMainVerb(tree, verb);
}

/**
 * Plurals of a single consultation: "conversations", "calls" or "meetings" with several partners
 * are one with each ("had telephone conversations with Macron and Scholz"); "talks" and
 * "negotiations" name one process, however many take part.
 */
const SEPARATE_MEETINGS = new Set(['conversation', 'call', 'meeting']);

function isSeparateMeetings(tree: Tree, noun: number | undefined): boolean {
  return noun !== undefined && tree.pos[noun]?.xpos === 'NNS' && SEPARATE_MEETINGS.has(tree.lemmas[noun]);
}

/** A past participle modifying a noun with its "by" agent ("the tariffs imposed by China"). */
function isAgentParticiple(tree: Tree, verb: number): boolean {
  const rel = tree.deps[verb].deprel;
  if ((rel !== 'acl' && rel !== 'amod') || tree.pos[verb]?.xpos !== 'VBN' || childrenBy(tree, verb, 'obj').length) return false;
  return childrenBy(tree, verb, 'obl:agent', 'obl').some((o) => markerOf(tree, o) === 'by');
}

function isBareGerund(tree: Tree, verb: number): boolean {
  if (tree.pos[verb]?.xpos !== 'VBG') return false;
  const progressive = auxWords(tree, verb).some((a) => ['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re", 'am'].includes(a));
  // "the rebels fighting in the north" (a participle modifying its actor) is an act; "responsibility
  // for maintaining peace" (introduced by a preposition) is a topic.
  const modifier = tree.deps[verb].deprel === 'acl' && !childrenBy(tree, verb, 'mark').length;
  return !progressive && !childrenBy(tree, verb, 'nsubj', 'nsubj:pass').length && !modifier;
}

/**
 * "Japan currently restricts imports", "the Soviet Union maintains an edge": a material act in the
 * simple present is a standing policy or state, not an event of the day (news reports events in
 * the past or perfect). Verbal acts in the present are performed by saying them ("Austria supports
 * Ukraine", "the Parties commit to"), so only material ones are turned down.
 */
function isStandingState(tree: Tree, verb: number, event: PloverEvent, noun?: number): boolean {
  if (!QUAD_OF[event].startsWith('material')) return false;
  // An event noun as subject is the event itself, whatever the verb says of it ("the strike represents a challenge").
  if (noun !== undefined && tree.deps[noun].deprel.startsWith('nsubj')) return false;
  const head = firstConjunct(tree, verb);
  // Only the "-s" form: a bare form may be a past tense the tagger misread ("its warplanes hit two ships").
  return tree.pos[head]?.xpos === 'VBZ' && !auxWords(tree, head).length;
}

/** Adverbs of habit or duration: with a simple present they tell what is usually so, not what happened. */
const HABITUAL = new Set(['currently', 'usually', 'regularly', 'traditionally', 'always', 'often', 'annually', 'routinely', 'normally', 'generally', 'typically']);
/** Quantifiers of a recurring time ("each year", "every month"). */
const RECURRING = new Set(['each', 'every']);

/**
 * "The organisation currently unites 7,000 entrepreneurs", "millions of pilgrims arrive in Mecca
 * each year": a simple present with an adverb of habit is a standing state or custom, of any
 * event type (#12).
 */
function isHabitual(tree: Tree, verb: number): boolean {
  const head = firstConjunct(tree, verb);
  if (!['VBZ', 'VBP'].includes(tree.pos[head]?.xpos ?? '') || auxWords(tree, head).length) return false;
  return tree.children[head].some((c) => (tree.baseRels[c] === 'advmod' && HABITUAL.has(tree.words[c]))
    || (tree.baseRels[c] === 'obl' && childrenBy(tree, c, 'det').some((d) => RECURRING.has(tree.words[d]))));
}

/**
 * A `dates` layer, when the pipeline runs the dates stage before this one: normalised temporal
 * expressions, with background ones marked. Read structurally so that events do not depend on it.
 */
interface DateHint { readonly start: number; readonly end: number; readonly value: string; readonly background?: boolean }

/** The event's date and whether it is background history. */
function timeOf(ctx: Context, verb: number, noun?: number): { date?: string; dateSource?: 'sentence' | 'article'; historical: boolean; reason?: Reason } {
  const { tree } = ctx;
  const near = [...walk(tree, verb, CLAUSE_RELS, 2), ...(noun !== undefined ? walk(tree, noun, CLAUSE_RELS, 3) : [])].map((w) => w.token);
  const article = ctx.articleDate ? { date: ctx.articleDate, dateSource: 'article' as const } : {};
  const hints: readonly DateHint[] = ctx.doc.layers.dates ?? [];
  const hint = hints.find((d) => near.some((t) => tree.tokens[t].start >= d.start && tree.tokens[t].end <= d.end));
  if (!hint) return { ...article, historical: false };
  const text = ctx.doc.text.slice(hint.start, hint.end);
  if (hint.background) return { date: hint.value, dateSource: 'sentence', historical: true, reason: reason('events/background-date', { text, value: hint.value }) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(hint.value)) return { date: hint.value, dateSource: 'sentence', historical: false, reason: reason('events/dated', { text, value: hint.value }) };
  return { ...article, historical: false };
}

interface Draft {
  event: PloverEvent; mode?: string; context: readonly string[]; cameo: string;
  actors: EventParticipant[]; recipients: EventParticipant[]; speaker?: EventParticipant;
  negated: boolean; hypothetical: boolean; future: boolean; historical: boolean;
  date?: string; dateSource?: 'sentence' | 'article'; confidence: number; sent: number; match: TriggerMatch; why: readonly Reason[];
}

function push(ctx: Context, d: Draft): void {
  const { tree } = ctx;
  const trigger = { start: tree.tokens[d.match.tokens[0]].start, end: tree.tokens[d.match.tokens[1] - 1].end, tokens: d.match.tokens };
  if (!d.actors.some((a) => a.code)) {
    // A PLOVER actor is a country or an organisation: "hackers", "an anonymous caller", "the
    // miners" with no country in the actors layer make no codable event (see #12); the actors
    // stage gives them one when the text does, and the event comes back.
    const why = reason('events/uncoded-actor', { actors: d.actors.map((a) => `"${a.name}"`).join(', ') });
    addRejected(ctx, { sent: d.sent, trigger, cameo: d.cameo, event: d.event, ruleId: 'events/uncoded-actor' }, [why, ...d.why]);
    return;
  }
  const participants = [...d.actors, ...d.recipients];
  if (!ctx.frame && d.event === 'CONSULT' && !d.negated && !d.hypothetical && !d.future && !d.historical && new Set(participants.map((p) => p.code ?? p.actorId)).size >= 2) {
    ctx.frame = { participants, sent: d.sent, trigger: `"${ctx.doc.text.slice(trigger.start, trigger.end)}"` };
  }
  const clause = walk(tree, d.match.token, ['parataxis', 'punct'], Infinity).map((w) => w.token);
  const evidence = { start: Math.min(...clause.map((t) => tree.tokens[t].start)), end: Math.max(...clause.map((t) => tree.tokens[t].end)) };
  ctx.events.push({
    event: d.event, ...(d.mode ? { mode: d.mode } : {}), context: d.context, cameo: d.cameo,
    score: ploverScore(d.event, d.mode), quad: QUAD_OF[d.event], quadCode: quadCode(d.event),
    actors: d.actors, recipients: d.recipients, ...(d.speaker ? { speaker: d.speaker } : {}),
    ...(d.date ? { date: d.date } : {}), ...(d.dateSource ? { dateSource: d.dateSource } : {}),
    negated: d.negated, hypothetical: d.hypothetical, future: d.future, historical: d.historical,
    confidence: Math.round(d.confidence * 100) / 100, sent: d.sent, trigger, evidence, reasons: d.why, why: renderReasons(ctx.pack, d.why),
  });
}

/**
 * An act told in a clause that describes an argument of another act ("supported a resolution that
 * aims to tighten sanctions", "rejected a request to question detainees held after …") is part of
 * that act's content, not a second event.
 */
function dropDescriptions(ctx: Context, from: number): void {
  const { tree } = ctx;
  const triggers = new Set(ctx.events.slice(from).map((e) => e.trigger.tokens[0]));
  for (let i = ctx.events.length - 1; i >= from; i--) {
    const e = ctx.events[i];
    let crossed = false;
    let described = false;
    for (let v = e.trigger.tokens[0], hops = 0; hops < 12; hops++) {
      const head = tree.deps[v].head;
      if (head < 0) break;
      if (tree.deps[v].deprel.startsWith('acl') && !isCommaSplice(tree, v)) crossed = true;
      if (crossed && triggers.has(head)) { described = true; break; }
      v = head;
    }
    if (!described) continue;
    addRejected(ctx, { sent: e.sent, trigger: e.trigger, ...(e.cameo ? { cameo: e.cameo } : {}), event: e.event, ruleId: 'events/describes-argument' }, [reason('events/describes-argument'), ...e.reasons]);
    ctx.events.splice(i, 1);
  }
}

/** Relative words: a clause after a comma that describes a noun opens with one ("…, which", "…, who"). */
const RELATIVE_TAGS = new Set(['WDT', 'WP', 'WP$', 'WRB']);

/**
 * "… asked for missile systems, President Trump agreed to work with him": a relative clause after
 * a comma always opens with a relative word, so a comma and a clause with its own subject and none
 * is a second sentence the parser hung on a noun, not a description of it.
 */
function isCommaSplice(tree: Tree, clause: number): boolean {
  if (tree.deps[clause].deprel !== 'acl:relcl' || !childrenBy(tree, clause, 'nsubj', 'nsubj:pass').length) return false;
  // The relative word comes before the clause's verb ("which Iran signed", "in which", "whose forces").
  const opening = walk(tree, clause).map((w) => w.token).filter((t) => t < clause && tree.pos[t]?.upos !== 'PUNCT');
  if (opening.some((t) => RELATIVE_TAGS.has(tree.pos[t]?.xpos ?? '') || tree.lemmas[t] === 'that')) return false;
  const first = Math.min(clause, ...opening);
  return first > 0 && tree.words[first - 1] === ',';
}

/**
 * Coordinated acts of the same actors in one sentence ("spoke in favor of a ceasefire and called
 * for talks") are one event: recipients are pooled, the first trigger kept.
 */
function mergeCoordinated(pack: LanguagePack, events: CodedEvent[], from: number): void {
  if (events.length - from < 2) return;
  const key = (e: CodedEvent): string => [e.event, e.negated, e.hypothetical, e.historical, e.actors.map((a) => a.actorId).sort().join('+')].join('|');
  const keys = events.slice(from).map(key);
  for (let i = from; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      if (keys[i - from] !== keys[j - from]) continue;
      const a = events[i];
      const b = events[j];
      const recipients = [...a.recipients, ...b.recipients.filter((r) => !a.recipients.some((x) => x.actorId === r.actorId))];
      const merged = reason('events/merged', { trigger: triggerReason(b) });
      // The earlier reasons are already rendered in `a.why`: only the new one is.
      events[i] = { ...a, recipients, confidence: Math.max(a.confidence, b.confidence), reasons: [...a.reasons, merged], why: `${a.why}; ${renderReason(pack, merged)}` };
      events.splice(j, 1);
      keys.splice(j - from, 1);
      j--;
    }
  }
}

/** How an event's trigger was found: its first reason, without the CAMEO code it led to. */
function triggerReason(event: CodedEvent): Reason {
  const [first] = event.reasons;
  return first.rule === 'events/cameo' && first.trigger !== undefined ? (first.trigger as Reason) : first;
}
