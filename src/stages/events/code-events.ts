/**
 * The events stage's coder: each sentence's verb, adjective and noun triggers coded as PLOVER
 * events or turned down with the rule that did it, then the article-wide passes (threats, denials,
 * told accusations). The clause rules, sentence merges and side coders live in the small files
 * beside it; the words they test in data/.
 */
import { articleDate } from '../../core/days.js';
import { sentenceTokenRange } from '../../core/tokens-of.js';
import { packOf } from '../../lang/pack.js';
import { reason, renderReason, renderReasons, type Reason } from '../../lang/reason.js';
import { clauseFlags, firstConjunct, HOPING } from './flags.js';
import { ownerlessProposal, proposerBefore } from './proposer.js';
import { earlierThingOwner } from './earlier-thing.js';
import { complainedParty } from './complained-party.js';
import { praisedEnemy } from './praised-enemy.js';
import { agentlessClause, isJointReadoutAct, meetingParties, readoutActors, readoutCounterparts } from '../discourse/implicit.js';
import { resolvedActors } from '../discourse/merge.js';
import type { RuntimeLexicon } from './lexicon.js';
import { actorsOfPhrase, indexActors, kbCountry } from './participants.js';
import { isJointTopic } from './joint-topic.js';
import { partyKey } from '../discourse/participants.js';
import { weMetParties } from '../discourse/we-met.js';
import { FUTURE_AS, PLOVER_RULES, type PloverEvent } from './plover.js';
import { refineMode } from './modes.js';
import { plannedMeasure } from './planned-acts.js';
import { isWarnedActTarget } from './warned-act.js';
import { isCoordinateSubject } from './coordinated-clause.js';
import { futureThreat, isAnnouncedProtest, isAnnouncedVeto, isOngoing, threatenedParty, vetoedParty } from './threats.js';
import { deniedAccuser, isBareDenial } from './denials.js';
import { publisherAccusation } from './accusations.js';
import { reportedAccusation } from './reported-accusations.js';
import { isVocativeSubject } from './vocatives.js';
import { ACCUSED_SUBJECT, tellerOf } from './teller.js';
import { isArmedObjection, isGiverless, isObjectionMet, isSlightObjection, receivedAct, receivedNoun } from './received-acts.js';
import { speechContentEvents } from './speech-content.js';
import { codeStatementContents } from './statement-stance.js';
import { nearestActorBefore, type Roles, speakerOf } from './roles.js';
import { rolesOnce } from './roles-once.js';
import { childBy, childrenBy, subjectOf, buildTree, type Tree, walkTokens } from './tree.js';
import { hostedGuests } from './meeting-purpose.js';
import { repairMisreadPresent } from './misread-present.js';
import { repairStativeParticiples } from './stative-participle.js';
import { matchVerb, type TriggerMatch } from './triggers.js';
import { matchNamedJudgement } from './named-judgements.js';
import { actedPledges, pledgedFlags, pledgeOf } from './hostile-pledges.js';
import { clashSides } from './reciprocal-clash.js';
import { nominalTriggers } from './nominal.js';
import { settingParticipleHost } from './setting-participle.js';
import { saidMeetings } from './said-meetings.js';
import { speechVenues } from './speech-venues.js';
import { codeAddresses } from './addresses.js';
import { codeVoicedConcerns } from './voiced-concern.js';
import type { EventLayer, EventParticipant } from './types.js';
import { addRejected, type Context, contextOf, type EventInput, isQuoted, type ReadingContext, reject, sameQuote, sentenceParticipants } from './event-context.js';
import { controllerOf, isBareGerund, isHabitual, isParticipleModifier, isSourceAnonymity, isStandingState, mergeFlags, timetabledAct, TRANSPARENT } from './clause-rules.js';
import { isSeparateMeetings, speakerListPartners } from './consultation.js';
import { namesJudgedSide } from './frames.js';
import { matchPredicateAdjective } from './predicate-adjectives.js';
import { matchAlertStatus } from './alert-status.js';
import { codeReadiness, helpingReadinessMatch, isReadiness } from './code-readiness.js';
import { codeObligation } from './code-obligation.js';
import { codeNominal, siteReadingOf } from './code-nominal.js';
import { dropDescriptions, mergeCoordinated } from './sentence-merges.js';
import { documentGerundHost, setOffGerundHost, setOffGerundRoles } from './set-off-gerund.js';
import { instrumentPurposeHost, purposesOf } from './instrument-purpose.js';
import { ENVOY_RECALLED, FORCES_SENT, isMusterRefused, ORDER_DEMAND, orderedActOf, orderedRoles, ownOrderOf, type OwnOrder } from './own-orders.js';
import { protestPurposeHost, protestPurposeMatch, protestPurposeRoles } from './protest-purpose.js';
import { decisionOf, decisionRoles } from './decision.js';
import { committedParty } from './committed-party.js';
import { expectationAppeal, hopingMatch } from './expectations.js';
import { importanceAppeal } from './importance-appeal.js';
import { ruleWords } from './rule-words.js';
import { isDescribedNeed } from './described-need.js';
import { statedNeed } from './stated-need.js';
import { mobilizedForces } from './mobilized-forces.js';
import { custodyAuthorities } from './custody-authorities.js';
import { openingIt } from './opening-it.js';
import { carriedSubject } from './carried-subject.js';
import { isCourtesyReply } from './courtesy.js';
import { speakingSide } from './present-we.js';
import { hasBroadAddressee } from './broad-addressee.js';
import { judgedActAddressees } from './judged-act.js';
import { settingPartners } from './setting-partner.js';
import { unknownRecipients } from './unknown-recipient.js';
import { isWellWish } from './well-wishes.js';
import { isAskedQuestion } from './asked-question.js';
import { isMeetingAhead } from './meeting-ahead.js';
import { isMeetingToday } from './meeting-today.js';
import { codeRefusedChanges } from './refused-change.js';
import { codeWithRescue, type Rescue, type Resume } from './event-rescue.js';
import { finishTrigger, type TriggerRead } from './finish-trigger.js';
import { tableHas } from './key-tables.js';
import { isPrepositionalParticiple } from './prepositional-participle.js';
import { troopBuildups } from './troop-buildup.js';

export type { EventInput } from './event-context.js';

/** Roles that found a recipient deep in the act's phrases rather than as its object or prepositional argument. */
const DEEP_ROLES = new Set(['roles/inside-object', 'roles/other-dependent', 'roles/inner-nationality']);
/** Events that judge a thing (endorse, condemn, reject it): addressed to its owner, however far back it was told. */
const JUDGED: ReadonlySet<string> = new Set(['SUPPORT', 'ACCUSE', 'REJECT']);
/** Declining to cooperate is itself an act ("will not accept", CAMEO 12, REJECT). */
const REFUSED_AS: Partial<Record<PloverEvent, PloverEvent>> = PLOVER_RULES.refusedAs;
/** Verbs that state (a pattern's "stressed the need/importance"): not stating is no refusal. */
const STATEMENT_VERBS = ruleWords('statement-verb');
const { governmentProtest: GOVERNMENT_PROTEST, hostileReadiness: HOSTILE_READINESS } = PLOVER_RULES;
/** Kinds of actor a commitment can be to as a party (committed-party.ts). */
const PARTY_KINDS: ReadonlySet<string> = new Set(['country', 'org']);

/** Sectors of armed forces and police, whose alert status a predicate can raise (alert-status.ts). */
const FORCE_SECTORS: ReadonlySet<string> = new Set(['MIL', 'COP']);
/** Sectors of armed parties, one of which a clash noun needs on a side (rule-words `armed-clash-noun`). */
const ARMED_SECTORS: ReadonlySet<string> = new Set(['MIL', 'COP', 'REB', 'INS', 'UAF', 'SPY']);
const ARMED_CLASH_NOUNS = ruleWords('armed-clash-noun');
const ARMED_CLASH_PARTIES = ruleWords('armed-clash-party');
/** Force that the police or the courts' officers use to search (rule-words `search-act`, `search-sector`): PLOVER COERCE seize. */
const SEARCH_ACTS = ruleWords('search-act');
const SEARCH_SECTORS = ruleWords('search-sector');
/** Acts of harm whose clause on a raid makes it an attack, not a search (rule-words `harm-act`). */
const HARM_ACTS = ruleWords('harm-act');
/** CAMEO's code for a search by force, PLOVER COERCE seize ("Seize or damage property"; its PLOVER mode is seize). */
const SEARCH_CAMEO = '171';
/** CAMEO's code for fighting, PLOVER ASSAULT: armed resistance met is a fight between both sides. */
const FIGHT_CAMEO = '190';

/** Code the PLOVER events of a parsed, actor-annotated document. */
export function codeEvents(doc: EventInput, lexicon: RuntimeLexicon, rescue?: Rescue): EventLayer {
  const actors = indexActors(resolvedActors(doc), doc.layers.tokens.length);
  const pack = packOf(doc);
  const parsed = buildTree(doc, lexicon.forms, (lemma) => tableHas(lexicon.verbs, lemma));
  const tree = repairStativeParticiples(repairMisreadPresent(parsed, doc.text, (t) => actors.at(t) !== undefined, pack.speechVerbs));
  const ctx = contextOf({ doc, tree, lexicon, pack, actors, events: [], rejected: [], articleDate: articleDate(doc) }, { rescue });
  const { sentences } = doc.layers;
  const isActor = (t: number): boolean => ctx.actors.at(t) !== undefined;
  const hasActor = (head: number): boolean => actorsOfPhrase(tree, ctx.actors, head).some((a) => a.code);
  const isJudgedSide = (head: number): boolean => namesJudgedSide(tree, ctx.actors, ctx.pack.locatives, actorsOfPhrase(tree, ctx.actors, head));
  // An official site names its war's force by nationality or armed force (nominal.ts); wire stories do not.
  const siteReading = siteReadingOf(ctx);
  const venueParties = {
    isParty: hasActor,
    orgAt: (t: number) => { const m = ctx.actors.at(t); return m?.code && (m.kind === 'org' || m.code === 'IGO' || m.code === 'NGO') ? m.code : undefined; },
    codesOf: (head: number) => actorsOfPhrase(tree, ctx.actors, head).flatMap((a) => (a.code ? [a.code] : [])),
  };
  // The country or body a token names: its coded mention's, else a nationality adjective's ("Iranian and Syrian officials").
  const partyAt = (t: number): string | undefined => ctx.actors.at(t)?.code ?? (tree.pos[t]?.upos === 'ADJ' ? kbCountry(tree.words[t]) : undefined);
  const isForce = (head: number): boolean => actorsOfPhrase(tree, ctx.actors, head).some((a) => a.code && FORCE_SECTORS.has(a.sector ?? ''));
  for (let sent = 0; sent < sentences.length; sent++) {
    const [first, last] = sentenceTokenRange(tree.tokens, sent);
    const before = ctx.events.length;
    const used = new Set<number>();
    for (let i = first; i < last; i++) {
      const adjective = tree.pos[i]?.upos === 'ADJ' ? matchPredicateAdjective(tree, i, isJudgedSide, venueParties.codesOf) : undefined;
      if (adjective) codeWithRescue(ctx, sent, adjective, codeTrigger);
      const alert = matchAlertStatus(tree, i, isForce);
      if (alert) codeWithRescue(ctx, sent, alert, codeTrigger);
      if (tree.pos[i]?.upos !== 'VERB') continue;
      // A verdict given by naming ("called the tariffs unfair") decides the verb's event before its lexicon reading.
      const verbMatch = matchNamedJudgement(tree, ctx.actors, i) ?? matchVerb(tree, lexicon, ctx.pack, i, isActor, (t) => ctx.actors.at(t)?.sector, (t) => ctx.actors.at(t)?.kind === 'place', (t) => ctx.actors.at(t)?.code);
      // "I hope that Germany will support …": a hoping verb with no code of its own may still ask another party (expectations.ts).
      // "is ready to help …": a helping verb with no code of its own still states readiness to cooperate (code-readiness.ts).
      const match = verbMatch ?? hopingMatch(tree, i) ?? helpingReadinessMatch(tree, i);
      if (match?.noun !== undefined) used.add(match.noun);
      if (match) codeWithRescue(ctx, sent, match, codeTrigger);
      if (ctx.pack.speechVerbs.has(tree.lemmas[i])) codeObligation(ctx, sent, i);
    }
    for (const nominal of nominalTriggers(tree, lexicon, first, last, used, hasActor, siteReading)) codeNominal(ctx, sent, nominal);
    for (const venue of speechVenues(tree, ctx.pack.speechVerbs, first, last, used, venueParties)) codeNominal(ctx, sent, venue);
    for (const buildup of troopBuildups(tree, lexicon, first, last, used, (h) => actorsOfPhrase(tree, ctx.actors, h).find((a) => a.code)?.code, isForce)) codeNominal(ctx, sent, buildup);
    for (const meeting of saidMeetings(tree, lexicon, ctx.pack, first, last, used, hasActor, partyAt)) codeNominal(ctx, sent, meeting);
    codeAddresses(ctx, sent, first, last);
    codeVoicedConcerns(ctx, sent, first, last);
    codeRefusedChanges(ctx, sent, first, last);
    // A speaker's blame carried by the content of a statement (speech-content.ts).
    for (const e of speechContentEvents(tree, ctx.pack, ctx.actors, ctx.doc.layers.quotes ?? [], first, last, ctx.events.slice(before), (l) => tableHas(lexicon.verbs, l), ctx.articleDate, ctx.doc.layers.discourse?.publisher)) ctx.events.push({ ...e, sent, why: renderReasons(ctx.pack, e.reasons) });
    // A statement whose content no rule coded: the learned statement-content step reads it (statement-stance.ts).
    codeStatementContents(ctx, sent);
    dropDescriptions(ctx, before);
    dropActedPledges(ctx, before);
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
  const codes = (ps: readonly EventParticipant[]) => ps.map((p) => p.code).sort().join('+');
  const publisher = ctx.doc.layers.discourse?.publisher;
  for (let i = ctx.events.length - 1; i >= 0; i--) {
    // A doer the site's war supplies ("Again shelling of Kharkiv", code-nominal.ts) is not named: no one is accused.
    if (ctx.events[i].actors.some((a) => a.actorId.startsWith('war:'))) continue;
    const accusation = (publisher ? publisherAccusation(publisher, ctx.events[i]) : undefined) ?? reportedAccusation(ctx.events[i], ctx.tree.lemmas[ctx.events[i].trigger.tokens[0]], ctx.actors.bodies);
    // "Japan has failed to implement …, Yeutter said": the content already accused the same side (speech-content.ts).
    const told = accusation && ctx.events.some((e) => e.event === 'ACCUSE' && e.sent === accusation.sent && codes(e.actors) === codes(accusation.actors) && codes(e.recipients) === codes(accusation.recipients));
    if (accusation && !told) ctx.events.splice(i + 1, 0, { ...accusation, why: renderReasons(ctx.pack, accusation.reasons) });
  }
}

/**
 * Once the whole article is coded: a threat whose clause names no one threatened is addressed to
 * the other side (threats.ts), and a denial naming no one answers its accuser (denials.ts).
 */
function addThreatenedParties(ctx: Context): void {
  const all = [...ctx.events];
  ctx.events.forEach((e, i) => {
    if ((e.event !== HOSTILE_READINESS.event && !isBareDenial(e)) || e.recipients.length || isAnnouncedProtest(e.reasons)) return;
    // "warned against air strikes on Syria": whom the act warned against would fall on is not threatened (warned-act.ts).
    // "vowed revenge, and Egypt offered to mediate": the doer of a coordinated clause is not threatened (coordinated-clause.ts).
    const sentence = (): EventParticipant[] => sentenceParticipants(ctx, e.sent)
      .filter((p) => !isWarnedActTarget(ctx.tree, p.tokens[0], e.trigger.tokens[0]) && !isCoordinateSubject(ctx.tree, p.tokens, e.trigger.tokens[0]));
    const threatened = isAnnouncedVeto(e.reasons) ? vetoedParty(e, new Set(walkTokens(ctx.tree, e.trigger.tokens[0])), sentence())
      : e.event === HOSTILE_READINESS.event ? threatenedParty(e, sentence(), all) : deniedAccuser(e, all);
    if (!threatened) return;
    ctx.events[i] = { ...e, recipients: threatened.recipients, reasons: [...e.reasons, threatened.reason], why: `${e.why}; ${renderReason(ctx.pack, threatened.reason)}` };
  });
}

/** Whether the token is a mention of an actor with a code, or of a group whose members are known. */
function namesCodedActor(ctx: ReadingContext, token: number): boolean {
  const mention = ctx.actors.at(token);
  return !!mention && (mention.code !== undefined || !!mention.members?.length);
}

/**
 * "pledged to oppose the bill": once the hostile act a pledge pledges is coded, the pledge is coded through it alone
 * (hostile-pledges.ts); the pledge verb's own event is turned down as `events/pledged-act`.
 */
function dropActedPledges(ctx: Context, from: number): void {
  const drop = actedPledges(ctx.tree, ctx.pack, ctx.events, from, (v) => triggerEventOf(ctx, v));
  for (const k of drop.reverse()) {
    const [e] = ctx.events.splice(k, 1);
    const verb = ctx.doc.text.slice(e.trigger.start, e.trigger.end);
    addRejected(ctx, { sent: e.sent, trigger: e.trigger, ...(e.cameo ? { cameo: e.cameo } : {}), event: e.event, ruleId: 'events/pledged-act' }, [reason('events/pledged-act', { verb }), ...e.reasons]);
  }
}

/**
 * Whether an infinitive coded as the act done with what verb `host` uses has a trigger of its own ("used X to invade").
 * A purpose is never its own host: it hangs on the host or on the host's object, and a parse has no cycles.
 */
function usedForAct(ctx: ReadingContext, host: number): boolean {
  return purposesOf(ctx.tree, host).some((t) => triggerEventOf(ctx, t) !== undefined);
}

/** The PLOVER type of verb `verb`'s trigger match, if it has one. */
function triggerEventOf(ctx: ReadingContext, verb: number): PloverEvent | undefined {
  const code = matchVerb(ctx.tree, ctx.lexicon, ctx.pack, verb, (t) => ctx.actors.at(t) !== undefined, (t) => ctx.actors.at(t)?.sector, (t) => ctx.actors.at(t)?.kind === 'place', (t) => ctx.actors.at(t)?.code)?.code;
  return code === undefined ? undefined : ctx.lexicon.cameo[code]?.event;
}

/**
 * Code one verb or adjective trigger, or turn it down with the rule that stops it. A reading that gets past its roles
 * returns how a rescue's trial goes on from there (event-rescue.ts `Resume`): `readTrigger` reads only the document
 * and passed every rule it holds, so a trial with one later rule passed over would read the same again (#13).
 */
function codeTrigger(ctx: Context, sent: number, found: TriggerMatch): Resume | undefined {
  const read = readTrigger(ctx, sent, found);
  if (!read) return undefined;
  if ('readiness' in read) {
    codeReadiness(ctx, sent, read.match, read.readiness);
    return undefined;
  }
  finishTrigger(ctx, sent, read);
  return (trial) => finishTrigger(trial, sent, read);
}

/**
 * A trigger read up to the end of its roles, or turned down (undefined) by a rule on the way, or found to be a
 * readiness ("is ready to …", code-readiness.ts). It reads the document, not what coding has made so far.
 */
function readTrigger(ctx: ReadingContext, sent: number, found: TriggerMatch): TriggerRead | { readonly match: TriggerMatch; readonly readiness: number } | void {
  const { tree, lexicon } = ctx;
  // "X expects Y to act": an appeal to Y, though the act is only hoped for (expectations.ts).
  const expected = expectationAppeal(tree, found, (t) => ctx.actors.at(t)?.code ?? ctx.actors.at(t)?.members?.join('+'), (l) => ctx.pack.tellingVerbs.has(l), ctx.pack.negators);
  // "X stressed the importance of doing Y": one party's call, not a shared intent (importance-appeal.ts).
  // "reiterated the U.S. commitment to the ROK": support for the party, not an intent (committed-party.ts).
  // "A complete ceasefire is needed": the teller's call, whatever the thing needed would code (stated-need.ts).
  const appeal = expected ?? importanceAppeal(tree, found, { partiesOf: (h) => actorsOfPhrase(tree, ctx.actors, h), nearestBefore: (v) => nearestActorBefore(tree, ctx.actors, v), pack: ctx.pack }) ?? committedParty(tree, found, (t) => PARTY_KINDS.has(ctx.actors.at(t)?.kind ?? ''))
    ?? statedNeed(tree, found);
  const matched = protestPurposeMatch(tree, appeal?.match ?? found);
  // Forces ordered that are another side's, or ordered to leave or stop, are not mustered: the order is a demand (review a #1).
  const unmustered = lexicon.cameo[matched.code]?.event === 'MOBILIZE' && isMusterRefused(tree, ctx.actors, matched.token);
  const purposed = unmustered ? { ...matched, code: ORDER_DEMAND } : matched;
  // "ordered its armed forces to defend …", "ordered troops into the refineries": an order to one's own agents is the
  // orderer's act (own-orders.ts); forces sent "into" a place are mobilized, the infinitive's act is coded on its own.
  // The order verb is turned down whatever it codes ("told his ministers to meet the opposition" is no accusation);
  // only a demand becomes forces sent.
  const codes = (t: number) => triggerEventOf(ctx, t) !== undefined;
  const order = ownOrderOf(tree, ctx.actors, purposed.token, codes);
  // The muster row (verbs.txt ORDER "* =&DYAD_MASSED_FORCES") reads the same forces sent: its agent is no recipient either.
  const forcesSent = order?.into !== undefined && ['REQUEST', 'MOBILIZE'].includes(lexicon.cameo[purposed.code]?.event ?? '');
  // "ordered its ambassador to return home": an own envoy ordered home is recalled, as "recalled its ambassador" is.
  const recalled = order?.recall !== undefined && lexicon.cameo[purposed.code]?.event === 'REQUEST';
  const match = forcesSent ? { ...purposed, code: FORCES_SENT } : recalled ? { ...purposed, code: ENVOY_RECALLED } : purposed;
  const verb = match.token;
  const entry = lexicon.cameo[match.code];
  // A source's anonymity ("declined to be identified") is said first: the no-event patterns of withholding news
  // ("* IDENTIFY") turn the same trigger down, less precisely.
  if (isSourceAnonymity(tree, verb)) return reject(ctx, sent, match, 'events/source-anonymity', entry?.event);
  if (match.code === '---') return reject(ctx, sent, match, 'events/pattern-no-event');
  // "used the attack as a pretext to invade Lebanon": the act done is the invasion (instrument-purpose.ts); the thing used
  // is only its means, so the using verb's event-noun match would code the one act twice.
  if (match.noun !== undefined && usedForAct(ctx, verb)) return reject(ctx, sent, match, 'events/instrument-used', entry?.event, reason('events/instrument-used', { verb: tree.words[verb] }));
  if (!entry) return reject(ctx, sent, match, 'events/statement', undefined, reason('events/statement', { code: match.code }));
  if (order?.act !== undefined) return reject(ctx, sent, match, 'events/own-order', entry.event, reason('events/own-order', { verb: tree.words[verb], agent: tree.words[order.agent] }));
  if (!expected && TRANSPARENT.has(tree.lemmas[verb]) && childrenBy(tree, verb, 'xcomp').length) {
    return reject(ctx, sent, match, 'events/transparent', entry.event, reason('events/transparent', { verb: tree.words[verb] }));
  }
  if (!expected && HOPING.has(tree.lemmas[verb]) && !isWellWish(tree, match, entry.event) && ctx.bypass !== 'events/hoped-for') return reject(ctx, sent, match, 'events/hoped-for', entry.event, reason('events/hoped-for', { verb: tree.words[verb] }));
  const controls = controllerOf(tree, ctx.pack, verb);
  if (controls === 'content' && isReadiness(tree, verb)) return { match, readiness: verb };
  const decision = controls === 'content' ? decisionOf(tree, ctx.actors, verb) : undefined;
  const ordered = controls === 'content' && !decision ? orderedActOf(tree, ctx.pack, ctx.actors, verb, codes) : undefined;
  const pledge = controls === 'content' && !decision && !ordered ? pledgeOf(tree, ctx.pack, verb, entry.event) : undefined;
  if (controls === 'content' && !decision && !ordered && pledge === undefined && ctx.bypass !== 'events/infinitive') return reject(ctx, sent, match, 'events/infinitive', entry.event);
  const controller = controls === 'content' ? decision?.flags ?? ordered?.flags ?? (pledge !== undefined ? pledgedFlags(tree, ctx.pack, pledge) : undefined) : controls;
  // "Fighting erupted between …" parsed as a noun with a reduced relative: an outbreak's noun is the verb's head, and the
  // outbreak reading (triggers.ts matchOutbreak) has already made it the verb's subject; an outbreak verb has no passive.
  const ownSubject = match.noun !== undefined && match.noun === tree.deps[verb].head;
  if (!ownSubject && isParticipleModifier(tree, verb, (t) => namesCodedActor(ctx, t)) && ctx.bypass !== 'events/participle') return reject(ctx, sent, match, 'events/participle', entry.event);
  // "given the concentration of Russian forces": a participle serving as a preposition gives nothing (prepositional-participle.ts).
  // Unlike events/participle it is not rescuable (event-rescue.ts RESCUABLE): the participle names no act for a second
  // reading to find (it is "considering", as a statement is no act), and the shipped rescue model was trained without it.
  if (isPrepositionalParticiple(tree, verb, (t) => namesCodedActor(ctx, t))) return reject(ctx, sent, match, 'events/prepositional-participle', entry.event, reason('events/prepositional-participle', { verb: tree.words[verb] }));
  const gerund = isBareGerund(tree, verb);
  // "issued a statement promising …": a gerund modifying an issued text is its issuer's act (set-off-gerund.ts). One
  // conjoined to it ("… praising Greece and urging Bulgaria to join") is bare by its relation, with no host of its own
  // set off: it is the issuer's act as the first gerund is.
  // A participle set off after talks is the main clause's subject's setting, not a topic (setting-participle.ts).
  const setting = gerund ? settingParticipleHost(tree, ctx.pack, ctx.actors, match) : undefined;
  const host = (gerund ? setting ?? setOffGerundHost(tree, verb, entry.event, (h) => triggerEventOf(ctx, h)) : undefined) ?? documentGerundHost(tree, ctx.actors, verb, entry.event);
  if (gerund && host === undefined && ctx.bypass !== 'events/gerund') return reject(ctx, sent, match, 'events/gerund', entry.event);
  // An official site's statement performs its side's acts in the present ("the United States provides"); a report does not.
  if (!ctx.doc.layers.discourse?.publisher && isStandingState(tree, verb, entry.event, match.noun) && ctx.bypass !== 'events/standing-state') return reject(ctx, sent, match, 'events/standing-state', entry.event);
  if (isHabitual(tree, verb) && ctx.bypass !== 'events/habitual') return reject(ctx, sent, match, 'events/habitual', entry.event);
  if (isDescribedNeed(tree, verb) && ctx.bypass !== 'events/described-need') return reject(ctx, sent, match, 'events/described-need', entry.event);
  if (isCourtesyReply(tree, ctx.pack, ctx.actors, verb) && ctx.bypass !== 'events/courtesy') return reject(ctx, sent, match, 'events/courtesy', entry.event);
  if (isAskedQuestion(tree, verb) && ctx.bypass !== 'events/asked-question') return reject(ctx, sent, match, 'events/asked-question', entry.event);

  const verbRoles = rolesOnce(ctx.tree, ctx.pack, ctx.actors, verb, match.noun, entry.event);
  const said = speakerOf(tree, ctx.pack, ctx.actors, verb, ctx.doc.layers.quotes ?? []);
  const setOff = host !== undefined ? setOffGerundRoles(tree, ctx.pack, ctx.actors, verb, host, verbRoles, said.reported, host === setting) : undefined;
  if (host !== undefined && !setOff && ctx.bypass !== 'events/gerund') return reject(ctx, sent, match, 'events/gerund', entry.event);
  const protested = protestPurposeHost(tree, verb);
  // "took the opportunity to thank": the one who used the thing or took the occasion acts, as a protest's doer does.
  // A second coordinated infinitive has its doer as the first does ("used the summit to criticize X and praise Y").
  const first = firstConjunct(tree, verb);
  const doneBy = protested ?? protestPurposeHost(tree, first) ?? instrumentPurposeHost(tree, first);
  const ownOrder = ordered?.order ?? (forcesSent || recalled ? order : undefined);
  const roles = actingRoles(ctx, verbRoles, { setOff: setOff?.roles, decided: decision?.holder, ownOrder, doneBy });
  const flags = timetabledAct(mergeFlags(clauseFlags(tree, ctx.pack, verb, { reported: said.reported, ...(match.noun !== undefined ? { noun: match.noun } : {}) }), controller ?? setOff?.flags), entry.event);
  let event = entry.event;
  const why: Reason[] = [reason('events/cameo', { trigger: match.reason, code: match.code, label: entry.label }), ...(appeal ? [appeal.reason] : [])];
  if (unmustered) why.push(reason('events/order-unmustered', { verb: tree.words[verb] }));
  if (forcesSent) why.push(reason('events/own-order-into', { verb: tree.words[verb], agent: tree.words[order.agent] }));
  // The order's own reason: coming home, the act ordered, is the orderer's withdrawal of its envoy.
  if (recalled) why.push(reason('events/own-order', { verb: tree.words[verb], agent: tree.words[order.agent] }));
  // "will meet … today" in a report: held as the story is filed, not an intent (meeting-today.ts).
  let future = flags.future && !isMeetingToday(ctx, entry.event, flags.future && !controller, roles, verb, match.noun);
  // "begins a state visit on Tuesday": a report's present-tense schedule of a later day (meeting-ahead.ts).
  if (isMeetingAhead(ctx, entry.event, flags, verb, match.noun)) { future = true; why.push(reason('events/meeting-ahead', { verb: tree.words[verb] })); }
  if (future && FUTURE_AS[event]) {
    why.push(reason('events/future-as', { from: event, to: FUTURE_AS[event]! }));
    event = FUTURE_AS[event]!;
    future = false;
  }
  let cameo = match.code;
  const stance = !flags.negated && !flags.hypothetical;
  // "announced plans to put … tariffs on Japanese goods": the planned sanction (or its relief), not an intent (planned-acts.ts).
  // "will veto", "would use its veto": the verb's and its event noun's words decide an announced veto (threats.ts).
  const acts = [tree.lemmas[verb], ...(match.noun !== undefined ? [tree.lemmas[match.noun]] : [])];
  const foreseen = stance && future ? futureThreat(event, isOngoing(tree, verb), acts) : undefined;
  const planned = stance && !foreseen ? plannedMeasure(tree, verb, event) : undefined;
  const threat = foreseen ?? planned;
  if (threat) {
    why.push(threat.reason);
    event = threat.event;
    cameo = threat.cameo;
    future = false;
  }
  let negated = flags.negated;
  const refused = match.deniedAs ?? REFUSED_AS[event];
  const subj = subjectOf(tree, verb);
  if (negated && refused && !flags.objectOnly && !subj?.passive && !STATEMENT_VERBS.has(tree.lemmas[verb])) {
    // "will not accept", "did not agree to": declining to cooperate is itself an act. An agentless
    // passive ("security cannot be ensured") and a negated object ("offered nothing") refuse nothing, nor
    // does a statement not made ("did not stress the need to resume talks": rule-words `statement-verb`).
    why.push(reason('events/refusal', { from: event, to: refused }));
    event = refused;
    negated = false;
  }
  let mode = event === entry.event ? entry.mode : threat?.mode;
  const sectors: readonly string[] = GOVERNMENT_PROTEST.sectors;
  // A country with no sector is its state, except as the doer of an act done to protest: that act is
  // physical ("Thousands of Nigerians … converging for a rally … to protest"), so its people's.
  const governmental = (a: EventParticipant) => (a.sector ? sectors.includes(a.sector) : protested === undefined);
  if (event === GOVERNMENT_PROTEST.from && !mode && roles.actors.length && roles.actors.every(governmental)) {
    // PLOVER: PROTEST presumes physical activity; a state's or government's protest is ACCUSE disapprove.
    why.push(reason('events/government-protest', { event: GOVERNMENT_PROTEST.event, mode: GOVERNMENT_PROTEST.mode }));
    event = GOVERNMENT_PROTEST.event;
    mode = GOVERNMENT_PROTEST.mode;
  }
  const refined = refineMode(tree, event, verb, match.noun);
  if (refined && refined.mode !== mode) { mode = refined.mode; why.push(refined.reason); }
  let { actors, recipients } = roles;
  // "announced plans to ease sanctions on Vietnam": the planned measure's own target, when the roles found none.
  if (planned?.target !== undefined && !recipients.length) {
    recipients = actorsOfPhrase(tree, ctx.actors, planned.target).filter((r) => !actors.some((a) => a.actorId === r.actorId));
  }
  // "told Kondo they wanted the measures implemented": the one told is asked (expectations.ts), whatever the roles found.
  if (expected?.hearer !== undefined) recipients = actorsOfPhrase(tree, ctx.actors, expected.hearer).filter((r) => r.code && !actors.some((a) => a.actorId === r.actorId));
  let roleReasons = roles.reasons;
  // "Labour and the Tories clashed", "Blair clashed with Brown": both sides of a clash (reciprocal-clash.ts).
  const sides = clashSides(tree, ctx.actors, verb, actors, recipients);
  if (sides) { ({ actors, recipients } = sides); why.push(sides.reason); }
  const teller = (): EventParticipant | undefined => tellerOf(said.speaker, ctx.doc.layers.discourse?.publisher, isQuoted(ctx, tree, verb), verb, tree.tokens[verb]);
  if (subj && !subj.passive && isVocativeSubject(tree, ctx.pack, verb, subj.token)) {
    // "Dear Prime Minister Bennett, thank you": the addressee undergoes the act, its teller (or no one) does it.
    const addressee = actorsOfPhrase(tree, ctx.actors, subj.token);
    if (!recipients.length) recipients = addressee;
    const addresser = teller();
    actors = addresser ? [addresser] : [];
    why.push(reason('events/vocative', { name: tree.words[subj.token] }));
  }
  if (event === 'ACCUSE' && ACCUSED_SUBJECT.has(tree.lemmas[verb]) && actors.length) {
    // "X poses a threat": whoever says so accuses X (teller.ts); no one to accuse, no swap.
    const accuser = teller();
    recipients = actors;
    actors = accuser ? [accuser] : [];
    why.push(reason('events/accused-poser', { verb: tree.words[verb] }));
  }
  // "had a fierce clash in parliament", "a diplomatic clash over trade": a clash noun with no armed party is no ASSAULT.
  if (event === 'ASSAULT' && match.noun !== undefined && ARMED_CLASH_NOUNS.has(tree.words[match.noun]) && ![...actors, ...recipients].some((a) => ARMED_SECTORS.has(a.sector ?? '')) &&
    !walkTokens(tree, match.noun).some((t) => ARMED_CLASH_PARTIES.has(tree.lemmas[t])) && ctx.bypass !== 'events/unarmed-clash')
    return reject(ctx, sent, match, 'events/unarmed-clash', event, reason('events/unarmed-clash', { noun: tree.words[match.noun] }));
  // "Turkish police raided the homes of Kurdish activists": a raid by the police is a search (PLOVER COERCE seize), not an attack.
  const searchWord = [verb, match.noun].find((t) => t !== undefined && SEARCH_ACTS.has(tree.lemmas[t]));
  // A raid with harm done in it ("raided the camp, killing five", "…, beating demonstrators") stays an attack.
  if (event === 'ASSAULT' && searchWord !== undefined && actors.length && actors.every((a) => SEARCH_SECTORS.has(a.sector ?? '')) && !hasHarmClause(tree, searchWord)) {
    why.push(reason('events/police-search', { word: tree.words[searchWord] }));
    event = 'COERCE';
    mode = 'seize';
    cameo = SEARCH_CAMEO;
  }
  const object = match.noun ?? receivedNoun(tree, verb, entry.event);
  const received = object !== undefined ? receivedAct(tree, ctx.actors, verb, object, entry.event) : undefined;
  // "has obtained enough commercial loans": aid or support received from no one named has no giver to code.
  if (!received && object !== undefined && isGiverless(tree, ctx.actors, verb, object, entry.event) && ctx.bypass !== 'events/no-giver') return reject(ctx, sent, match, 'events/no-giver', event, reason('events/no-giver', { verb: tree.words[verb] }));
  // "Japan met opposition from its trading partners": an objection met is never the subject's own, so with no coded
  // objector it is turned down, not left to the roles (which read the subject as the doer).
  const objectionMet = object !== undefined && isObjectionMet(tree, verb, object, entry.event);
  if (!received && objectionMet && ctx.bypass !== 'events/no-objector') return reject(ctx, sent, match, 'events/no-objector', event, reason('events/no-objector', { verb: tree.words[verb] }));
  // "Russian troops met little resistance from Ukrainian forces": next to no objection met is none (session 54 review b #2).
  if (objectionMet && isSlightObjection(tree, object) && ctx.bypass !== 'events/slight-objection') return reject(ctx, sent, match, 'events/slight-objection', event, reason('events/slight-objection', { noun: tree.words[object] }));
  // "Russian forces met fierce resistance from Ukrainian troops", "Rebels met fierce armed resistance from government
  // forces": resistance by armed forces, or armed resistance, is fighting between both sides (CAMEO 190, as "clashes
  // between …" codes it), no refusal (review d #5). Resistance from villagers met by troops stays their refusal
  // (session 54 review b #1): the resisting side must bear the arms.
  if (received && objectionMet && (received.givers.some((a) => ARMED_SECTORS.has(a.sector ?? '')) || isArmedObjection(tree, object))) {
    event = 'ASSAULT';
    cameo = FIGHT_CAMEO;
    mode = undefined;
    actors = [...received.givers, ...received.receivers];
    recipients = [];
    roleReasons = [];
    why.push(reason('events/armed-objection', { verb: tree.words[verb] }));
  } else if (received) {
    // "Kuwait has the full support of Saudi Arabia": the subject receives the act (received-acts.ts).
    actors = [...received.givers];
    recipients = [...received.receivers];
    roleReasons = [];
    why.push(received.reason);
  }
  const pronoun = subj ? tree.words[subj.token] : '';
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
  const it = actors.length ? undefined : openingIt(tree, ctx.pack, ctx.actors, sent, subj);
  if (it) { actors = it.actors; why.push(it.reason); }
  // "X expressed hope that …" misparsed with "expressed" as the subject of "hope": the hoper is the voicing verb's subject.
  if (!actors.length && expected?.voicer !== undefined) actors = actorsOfPhrase(tree, ctx.actors, expected.voicer).filter((a) => a.code);
  const needer = !actors.length && appeal?.reason.rule === 'events/stated-need' ? teller() : undefined;
  if (needer) {
    // "Immediate closure of the sky over Ukraine is needed", "more pressure on Russia is needed": a country in the
    // thing called for is no one called on (a readout's other party may be, below).
    actors = [needer];
    if (roleReasons.some((r) => r.rule === 'roles/passive-subject')) {
      recipients = [];
      roleReasons = roleReasons.filter((r) => r.rule !== 'roles/passive-subject');
    }
    why.push(reason('events/need-teller', { name: needer.name }));
  }
  const side = actors.length ? undefined : speakingSide(tree, ctx.pack, ctx.actors, verb, subj, siteVoice, teller);
  if (side) {
    actors = side.actors;
    if (side.recipients) recipients = side.recipients;
    why.push(side.reason);
  }
  const forces = actors.length ? [] : mobilizedForces(tree, ctx.actors, event, subj);
  if (forces.length) { actors = forces; why.push(reason('events/mobilized-forces', { forces: tree.words[subj!.token] })); }
  const authorities = actors.length ? undefined : custodyAuthorities(ctx.doc, tree, verb, event, subj, subj ? actorsOfPhrase(tree, ctx.actors, subj.token) : []);
  if (authorities) { actors = authorities.actors; why.push(authorities.reason); }
  // "It was agreed …": an agentless clause of a readout belongs to the meeting's parties.
  const clause = actors.length ? undefined : agentlessClause(tree, ctx.pack, verb, controller !== undefined, !!said.speaker);
  const carried = clause === 'subjectless' && ctx.doc.layers.discourse?.publisher ? carriedSubject(tree, ctx.actors, sent, verb) : [];
  if (carried.length) {
    // "I addressed the Parliament. Expressed gratitude …": the subject the previous sentence named.
    actors = carried;
    why.push(reason('events/carried-subject', { names: carried.map((a) => a.name).join(', ') }));
  } else if (clause) {
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
  // "Egypt convened Hamas leaders to discuss a truce with Israel": the host only brings its guests (meeting-purpose.ts).
  const guestsHost = hostedGuests(tree, verb, (t) => actorsOfPhrase(tree, ctx.actors, t).length > 0) !== undefined ? childBy(tree, tree.deps[verb].head, 'nsubj') : undefined;
  const hosts = new Set(guestsHost !== undefined ? actorsOfPhrase(tree, ctx.actors, guestsHost).map(partyKey) : []);
  const missing = meeting?.parties.flatMap((m) => ctx.actors.expand(m)).filter((m) => !hosts.has(partyKey(m)) && ![...actors, ...recipients].some((a) => partyKey(a) === partyKey(m)));
  if (meeting && missing?.length) {
    // The sentence that reports the article's meeting: all its parties take part, however the parse links them.
    if (mode === 'visit' && actors.length) recipients = [...recipients, ...missing];
    else actors = [...actors, ...missing];
    why.push(meeting.reason);
  }
  const weMet = weMetParties(ctx.doc.layers.discourse, sent, event, pronoun, tree.pos[verb]?.xpos ?? '', actors, recipients.length);
  if (weMet && !negated && !flags.hypothetical && !future) {
    // "We talked about key approaches": the speaker's side and the side it met.
    actors = weMet.parties.flatMap((m) => ctx.actors.expand(m));
    why.push(weMet.reason);
  }
  if (event === 'CONSULT') ({ actors, recipients } = speakerListPartners(tree, subj?.token, verb, actors, recipients));
  // "had telephone conversations with Macron and Scholz", a speech's "I spoke with Johnson and Draghi": one call with each partner.
  const separate = event === 'CONSULT' && isSeparateMeetings(tree, match.noun, verb, subj?.token, actors, recipients, mode === 'visit')
    ? { own: actors, partners: recipients } : undefined;
  if (event === 'CONSULT' && mode !== 'visit' && recipients.length) {
    // Meetings and calls without a host are reciprocal: all participants are actors (PLOVER §Compound and Reciprocal Actors).
    actors = [...actors, ...recipients.filter((r) => !actors.some((a) => a.actorId === r.actorId))];
    recipients = [];
    why.push(reason('events/reciprocal'));
  }
  const topics = event === 'AGREE' && new Set(actors.map(partyKey)).size >= 2 && roleReasons.some((r) => DEEP_ROLES.has(r.rule)) ? recipients.filter((r) => isJointTopic(tree, r)) : [];
  if (topics.length) {
    // Several sides agreeing together agree with each other; a party named only inside what they agreed on is its topic.
    recipients = recipients.filter((r) => !topics.includes(r));
    if (!recipients.length) roleReasons = roleReasons.filter((r) => !DEEP_ROLES.has(r.rule));
    why.push(reason('events/joint-topic', { names: topics.map((t) => t.name).join(', ') }));
  }
  // With no other side (the met parties' joint act) such a recipient is dropped, not replaced.
  const named = (r: EventParticipant) => ctx.actors.at(r.tokens[0])?.kind === 'person';
  if (unknownRecipients(recipients, event, named) && (readoutCounterparts(ctx.doc.layers.discourse, sent, event, actors) || isJointReadoutAct(ctx.doc.layers.discourse, sent, actors))) {
    why.push(reason('events/unknown-recipient', { names: recipients.map((r) => r.name).join(', ') }));
    recipients = [];
  }
  if (!recipients.length && !hasBroadAddressee(tree, ctx.actors, verb)) {
    // "Putin supported his proposal": a party's act in a readout is addressed to the other party.
    const other = readoutCounterparts(ctx.doc.layers.discourse, sent, event, actors);
    const to = other ? judgedActAddressees(tree, ctx.actors, verb, event, other.recipients.flatMap((m) => ctx.actors.expand(m))) : [];
    if (other && to.length) { recipients = to; why.push(other.reason); }
  }
  const proposer = !recipients.length && event === 'REJECT' && ownerlessProposal(tree, verb) !== undefined ? proposerBefore(tree, ctx.actors, verb, actors) : undefined;
  if (proposer) { recipients = proposer.found; why.push(proposer.reason); }
  // "The Tories unveiled plans … Blunkett criticised the plans": a told thing's owner named only in an earlier sentence.
  // A naming verdict accepted on that owner keeps it (named-judgements.ts): one search, one owner (review a #8).
  const earlier = !recipients.length && JUDGED.has(event) ? match.judgedOwner ?? earlierThingOwner(tree, ctx.actors, verb, actors) : undefined;
  if (earlier) { recipients = [...earlier.found]; why.push(earlier.reason); }
  // "During a meeting with Nakasone, Reagan expressed support": the side met at the act's setting.
  const metAt = !recipients.length ? settingPartners(tree, ctx.pack, ctx.actors, verb, event, actors) : undefined;
  if (metAt) { actors = metAt.actors; recipients = metAt.found; why.push(metAt.reason); }
  const complained = event === 'ACCUSE' ? complainedParty(tree, ctx.actors, verb, actors) : undefined;
  if (complained) {
    // The body the complaint was lodged with ("to the United Nations") is no longer its recipient.
    recipients = complained.found;
    roleReasons = roleReasons.filter((r) => r.rule !== 'roles/preposition');
    why.push(complained.reason);
  }
  why.push(...roleReasons);
  // Said after the roles' reasons, which tell where the dropped recipient was found.
  const enemy = praisedEnemy(tree, verb, event, actors, recipients, roleReasons, ctx.articleDate);
  if (enemy) { recipients = []; why.push(enemy); }
  return { match, entry, verb, event, mode, cameo, negated, future, flags, actors, recipients, roleReasons, roles, why, separate, expected: expected !== undefined, protested, said };
}

/**
 * "raided the Jenin camp, killing five Palestinians", "raided a protest camp, beating demonstrators", "raided the
 * house and shot two men", "a raid that ended in a gunfight": a clause or phrase of harm on the raid (a verb or a noun
 * in rule-words `harm-act`), not its subject's.
 */
function hasHarmClause(tree: Tree, raid: number): boolean {
  const subjects = new Set(childrenBy(tree, raid, 'nsubj', 'nsubj:pass'));
  return walkTokens(tree, raid).some((t) => t !== raid && HARM_ACTS.has(tree.lemmas[t]) && ['VERB', 'NOUN'].includes(tree.pos[t]?.upos ?? '') && !ancestorIn(tree, t, subjects, raid));
}

/** Whether a token lies under one of `tops` on its way up to `stop`. */
function ancestorIn(tree: Tree, token: number, tops: ReadonlySet<number>, stop: number): boolean {
  for (let t = token; t >= 0 && t !== stop; t = tree.deps[t].head) if (tops.has(t)) return true;
  return false;
}

/**
 * Whose act the trigger is, by the first reading that holds: a gerund set off by its host ("by sending troops"), a
 * decision's holder, the one who gave an order the verb carries out, the doer of an act done to protest or by an instrument,
 * else the verb's own roles.
 */
function actingRoles(ctx: ReadingContext, verbRoles: Roles, by: { setOff: Roles | undefined; decided: EventParticipant[] | undefined; ownOrder: OwnOrder | undefined; doneBy: number | undefined }): Roles {
  if (by.setOff) return by.setOff;
  if (by.decided) return decisionRoles(by.decided, verbRoles);
  if (by.ownOrder) return orderedRoles(ctx.tree, ctx.actors, by.ownOrder, verbRoles);
  if (by.doneBy !== undefined) return protestPurposeRoles(ctx.tree, ctx.pack, ctx.actors, by.doneBy, verbRoles);
  return verbRoles;
}
