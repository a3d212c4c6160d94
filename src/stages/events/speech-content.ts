/**
 * Events a speaker's words make though their verb is only a statement (CAMEO 010, "said"): the
 * content carries the act. Three kinds of blame are read here (news-dev conventions, #12):
 *
 * - regret over another side's conduct: "Fukukawa said the United States had regrettably not
 *   listened to Japan's explanation" is ACCUSE JPN→USA; "I noted that, unfortunately, Turkey has
 *   been resorting to very aggressive rhetoric" ACCUSE RUS→TUR. The adverb of regret on a clause
 *   whose subject is another side turns the report into criticism (CAMEO 111).
 * - concern voiced about another side's conduct, by whatever verb: "discussed their shared concern
 *   over Russia's illegitimate attempts to annex …", "voiced concern over Beijing's military pressure"
 *   is ACCUSE disapprove (CAMEO 111) of the conduct's owner.
 * - harm put down to another side's hostile act: "the disruptions were due to Western countries'
 *   … sanctions", "forced to flee due to Russia's military invasion", "a crisis caused by Russia's
 *   aggressive actions" is the speaker's ACCUSE allege (CAMEO 112) against the doer.
 *
 * - a side's promised response: "made clear that the United States will respond decisively if Russia
 *   further invades Ukraine", "Moscow will answer back with force if Iran attempts to attack" is
 *   the speaker's side's THREATEN (CAMEO 130): a future response with a condition set by another
 *   side, aimed at another side's hostile act, or stated with resolve or force.
 *
 * - readiness told of a side, to do what the lexicon has no word for: "Washington said its warships
 *   were available to escort Kuwaiti tankers" is AGREE USA→KWT (CAMEO 030, as "is ready to" with a
 *   known verb is in code-events.ts), when the act is done to another side named in it.
 *
 * Blame needs a coded speaker (the subject of the verb of saying, or the speaker of a quote) and a
 * coded other side; a side never accuses itself. A threat needs a coded responding side. Its words are in
 * `data/rule-words.tsv` (classes regret-adverb … condition-mark, concern-noun, concern-marker).
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import type { Publisher } from '../discourse/types.js';
import type { Quote } from '../quotes/types.js';
import { clauseFlags } from './flags.js';
import { actorsOfPhrase, kbCountry, nationalityWord, type ActorIndex } from './participants.js';
import { PLOVER_RULES, ploverScore, quadCode, QUAD_OF } from './plover.js';
import { failedDuty } from './failed-duty.js';
import { isOfDoer } from './deed-doers.js';
import { clauseOfNoun, failingSides, isFailureNoun, isOpenFailure } from './failure-nouns.js';
import { blamePredicateOf, blamePredicateReason } from './blame-predicates.js';
import { describedConductOf } from './hostile-conduct.js';
import { judgedPredicateOf } from './judged-predicates.js';
import { praiseWordOf } from './praised-predicates.js';
import { WRONGING } from './reported-accusations.js';
import { isQuotedAt, tellerOf } from './teller.js';
import { ACTING, respondedActs } from './response-phrase.js';
import { rolesOf, speakerOf } from './roles.js';
import { causalHeads, ruleWords } from './rule-words.js';
import { isOtherSide, type PersonBodies } from './sides.js';
import { ancestorsOf, auxWords, childBy, childrenBy, conjuncts, isToInfinitive, markerOf, selfAndAncestors, subjectOf, walk, type Tree } from './tree.js';
import type { CodedEvent, EventParticipant } from './types.js';

/** Adverbs of regret: with them a speaker deplores what the clause tells ("regrettably not listened"). */
const REGRET = ruleWords('regret-adverb');

/** Nouns of concern: voiced about another side's conduct, they criticise it ("raised concerns about the PRC's unfair trade policies"). */
const CONCERN = ruleWords('concern-noun');
/** Prepositions (word forms) that give a concern its object ("concern over", "about", "regarding"). */
const CONCERN_MARKERS = ruleWords('concern-marker');

/** Causal markers that put a harm down to its cause ("due to", "because of", "caused by"). */
const CAUSAL_MARKERS = ruleWords('causal-marker');
/** Nouns that make their "of"/"with" phrase a cause: "as a result of …", "in connection with …". */
const CAUSAL_HEADS = causalHeads();
/** Verbs whose "by" phrase names a cause ("a crisis caused by …", "problems provoked by …"). */
const CAUSING = ruleWords('causing');

/**
 * Nouns of a hostile act whose doer, named with it, is blamed when harm is put down to it. An act
 * the nominal triggers already coded with its doer ("Russia's attack") is not blamed twice: its
 * telling is `reported-accusations.ts`'s, and the events already coded are passed in.
 */
const HOSTILE_ACTS = ruleWords('hostile-act');
/** Neutral nouns of conduct that blame only with an adjective of fault ("erroneous policies", "aggressive actions"). */
const CONDUCT = ruleWords('conduct-noun');
const FAULTY = ruleWords('faulty');

/** Verbs of responding: with "will/would" and a condition, target or resolve, a promised response is a threat. */
const RESPONDING = ruleWords('responding');
/** Auxiliaries and heads that make the response a future one ("will respond", "is ready to respond"). */
const FUTURE_AUX = ruleWords('future-auxiliary');

/** Verbs of a wrong that lies in their object ("ignore"), and the objects that make them one when a site tells them. */
const NORM_VERBS = ruleWords('norm-verb');
const NORM_OBJECTS = ruleWords('norm-object');
/** Adjectives that make an object the doer's own ("their own vehicles"). */
const OWN_MARKERS = ruleWords('own-marker');
const READY = ruleWords('response-ready');
/** Manner adverbs of resolve ("respond decisively", "react firmly"); "respond positively, marginally" are no threat. */
const RESOLVE = ruleWords('resolve-adverb');
/** Means of a forceful response ("respond with strong measures", "answer back with force"). */
const FORCE_MEANS = ruleWords('force-means');
/** Adjectives of readiness or availability whose infinitive states an intent ("available to escort"). */
const AVAILABLE = ruleWords('available');

/** CAMEO 051 (praise or endorse): a praising verdict told in speech, coded SUPPORT as "praise" is. */
const PRAISE_CAMEO = '051';

/** Markers of a condition ("if Russia invades", "should an adversary target"). */
const CONDITION_MARKS = ruleWords('condition-mark');

/** What a sentence's content says, with the tokens that carry it. */
interface Blame {
  readonly trigger: number;
  readonly speaker: EventParticipant;
  readonly blamed: readonly EventParticipant[];
  readonly clause: number;
  readonly reason: Reason;
  readonly mode?: 'disapprove' | 'allege';
  readonly event?: 'THREATEN' | 'AGREE' | 'SUPPORT';
  /** The side that acts, when it is not the speaker (a threat's responding side). */
  readonly doers?: readonly EventParticipant[];
}

/**
 * The accusations the content of reported speech makes in tokens [first, last). `coded` are the
 * sentence's events so far: a doer they already accuse, or whose force they already code, is not
 * accused twice.
 */
export function speechContentEvents(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], first: number, last: number, coded: readonly CodedEvent[], known: (lemma: string) => boolean, date?: string, site?: Publisher): Omit<CodedEvent, 'sent' | 'why'>[] {
  const out: Omit<CodedEvent, 'sent' | 'why'>[] = [];
  // The doers already accused or struck, made at the sentence's first blame: most sentences have none (#13).
  let seen: Set<string | undefined> | undefined;
  // This loop runs on every token, so it allocates nothing per token that it can help (#13): one
  // set, not a search with a closure per token, and each check below tests its word before calling
  // the part with closures (a function whose closures capture its parameters allocates their
  // context on every call, before its first test).
  const triggers = new Set(coded.map((e) => e.trigger.tokens[0]));
  for (let i = first; i < last; i++) {
    if (triggers.has(i)) continue;
    const blame = regretOf(tree, pack, actors, quotes, i) ?? concernOf(tree, pack, actors, i) ?? causeOf(tree, pack, actors, quotes, i, site) ?? threatOf(tree, pack, actors, quotes, i, first, last) ?? readinessOf(tree, pack, actors, quotes, i, known) ?? wrongingOf(tree, pack, actors, quotes, i, first, last, site) ?? conductOf(tree, pack, actors, quotes, i, first, last, known, site) ?? responsibleOf(tree, pack, actors, quotes, i, site) ?? judgedOf(tree, pack, actors, quotes, i, first, last) ?? failureOf(tree, pack, actors, quotes, i, first, last);
    if (!blame) continue;
    seen ??= new Set(coded.filter((e) => e.event === 'ACCUSE' || QUAD_OF[e.event] === 'material-conflict').flatMap((e) => [...e.actors, ...e.recipients]).map((p) => p.code));
    const blamed = blame.event ? [...blame.blamed] : blame.blamed.filter((b) => !seen!.has(b.code));
    if (!blamed.length && !blame.event) continue;
    // Praise blocks no later blame of the side it praised ("said X's plan was constructive but its raids were illegal").
    if (blame.event !== 'SUPPORT') blamed.forEach((b) => seen!.add(b.code));
    out.push({ ...accusation(tree, pack, blame, blamed), ...(date ? { date, dateSource: 'article' as const } : {}) });
  }
  return out;
}

/** "said X had regrettably not listened": an adverb of regret on a reported clause whose subject is another side. */
function regretOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], adverb: number): Blame | undefined {
  // The relation first: it costs no lower-cased copy of every token's word (#13).
  if (tree.deps[adverb]?.deprel !== 'advmod' || !REGRET.has(tree.words[adverb])) return undefined;
  const clause = tree.deps[adverb].head;
  if (clause < 0 || pack.speechVerbs.has(tree.lemmas[clause])) return undefined;
  const subj = subjectOf(tree, clause);
  if (!subj || subj.passive || pack.firstPerson.has(tree.words[subj.token])) return undefined;
  const said = speakerOf(tree, pack, actors, clause, quotes);
  const blamed = otherSide(said.speaker, actorsOfPhrase(tree, actors, subj.token), actors.bodies);
  if (!said.speaker || !blamed.length) return undefined;
  return { trigger: adverb, speaker: said.speaker, blamed, clause, mode: 'disapprove', reason: reason('events/content-regret', { adverb: tree.words[adverb], speaker: said.speaker.name, blamed: blamed.map((b) => b.name).join(', ') }) };
}

/**
 * "Iraq said Iran had violated the ceasefire", "Moscow says Washington ignored its proposals": a
 * speaker's report that another side did a wrong is the speaker's accusation (ACCUSE allege, CAMEO
 * 112), as a reported act of force is (`reported-accusations.ts`). Only an asserted past or present
 * wrong blames: not a denied, conditional, future or asked one, nor one urged against ("called on
 * Russia not to violate …": an infinitive). A duty told as unmet ("said Japan had failed to implement
 * the agreement", `failed-duty.ts`) is such a wrong. An official site telling it in its own words is the teller
 * when no speaker is named ("Russia ignores the UN resolutions" on president.gov.ua), as for blame predicates; a
 * wire story's own words tell no one's charge.
 */
function wrongingOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], verb: number, first: number, last: number, site?: Publisher): Blame | undefined {
  const unmet = tree.pos[verb]?.upos === 'VERB' ? failedDuty(tree, pack, verb) : undefined;
  if (tree.pos[verb]?.upos !== 'VERB' || !(WRONGING.has(tree.lemmas[verb]) || unmet)) return undefined;
  return wrongAt(tree, pack, actors, quotes, verb, first, last, unmet, site);
}

/** `wrongingOf` past its word test, which every token takes: the rest has closures (see `speechContentEvents`). */
function wrongAt(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], verb: number, first: number, last: number, unmet: ReturnType<typeof failedDuty>, site?: Publisher): Blame | undefined {
  if (['xcomp', 'acl', 'amod'].includes(tree.deps[verb].deprel) || isToInfinitive(tree, verb)) return undefined;
  if (tree.words.slice(first, last).includes('?')) return undefined;
  const flags = clauseFlags(tree, pack, verb, { reported: true });
  // "has not kept its promise": the denial is the wrong itself.
  if ((flags.negated && !unmet?.denied) || flags.hypothetical || flags.future) return undefined;
  const subj = subjectOf(tree, verb);
  if (!subj || subj.passive || pack.firstPerson.has(tree.words[subj.token])) return undefined;
  // "sabotaging their own vehicles": a wrong done to the doer's own is none done to another side.
  if (childrenBy(tree, verb, 'obj').some((o) => childrenBy(tree, o, 'amod').some((a) => OWN_MARKERS.has(tree.lemmas[a])))) return undefined;
  const said = speakerOf(tree, pack, actors, verb, quotes);
  // The speaker of reported speech, else the official site in its own unquoted words (as hostile-conduct.ts reads a
  // description). News of ignoring ("Germany's voters ignored the opinion polls") is no one's charge: ignoring is a wrong
  // only of a norm, a call or a side ("ignores the UN resolutions", "ignored Manila's request"), whoever tells it.
  if (NORM_VERBS.has(tree.lemmas[verb]) && !ignoresANorm(tree, actors, verb)) return undefined;
  const teller = tellerOf(said.speaker, site, isQuotedAt(quotes, tree.tokens[verb].start), verb, tree.tokens[verb]);
  const blamed = otherSide(teller, actorsOfPhrase(tree, actors, subj.token), actors.bodies);
  if (!teller || !blamed.length) return undefined;
  return { trigger: verb, speaker: teller, blamed, clause: verb, mode: 'allege', reason: reason('events/content-wrong', { verb: tree.words[verb], speaker: teller.name, blamed: blamed.map((b) => b.name).join(', ') }) };
}

/** Whether the object of `verb` is a norm or a call (norm-object), or names a side ("Manila's request", "Russia"). */
function ignoresANorm(tree: Tree, actors: ActorIndex, verb: number): boolean {
  return childrenBy(tree, verb, 'obj').some((o) => NORM_OBJECTS.has(tree.lemmas[o]) || walk(tree, o, [], 2).some((w) => actors.at(w.token)?.code));
}

/**
 * "discussed their shared concern over Russia's illegitimate attempts to annex …", "raised continued
 * concerns about the PRC's unfair trade policies": a concern the subject voices about what another
 * side does is its criticism of that side (news-dev: "concern" is ACCUSE disapprove), whatever verb
 * carries it. The doer is the conduct's owner, "by" phrase or nationality ("the Russian military
 * build-up"); a concern that is another side's own ("acknowledged Egypt's concerns about …") or
 * that is denied ("did not raise concerns") blames no one.
 */
function concernOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, noun: number): Blame | undefined {
  if (tree.pos[noun]?.upos !== 'NOUN' || !CONCERN.has(tree.lemmas[noun])) return undefined;
  return voicedConcernOf(tree, pack, actors, noun);
}

function voicedConcernOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, noun: number): Blame | undefined {
  const verb = tree.deps[noun].head;
  if (verb < 0 || tree.pos[verb]?.upos !== 'VERB' || tree.deps[noun].deprel !== 'obj') return undefined;
  if (tree.children[verb].some((c) => pack.negators.has(tree.words[c]))) return undefined;
  const holders = rolesOf(tree, pack, actors, verb).actors.filter((a) => a.code);
  if (!holders.length) return undefined;
  const ofOtherSide = (p: EventParticipant) => holders.every((h) => isOtherSide(h, p, actors.bodies));
  const owner = childrenBy(tree, noun, 'nmod:poss').flatMap((p) => actorsOfPhrase(tree, actors, p));
  if (owner.some(ofOtherSide)) return undefined;
  // The parser hangs the concern's object on the noun or, as often, on the verb after it ("voiced concern over …").
  const objects = [...childrenBy(tree, noun, 'nmod'), ...childrenBy(tree, verb, 'obl').filter((o) => o > noun)]
    .filter((m) => CONCERN_MARKERS.has(markerOf(tree, m) ?? ''));
  // "shared concerns about Belarus": a concern about a party itself is about what it does.
  const blamed = objects.flatMap((o) => conjuncts(tree, o)).flatMap((o) => (actors.at(o)?.code ? actors.expand(actors.at(o)!) : doersOf(tree, actors, o))).filter(ofOtherSide);
  if (!blamed.length) return undefined;
  return {
    trigger: noun, speaker: holders[0], doers: holders, blamed, clause: verb, mode: 'disapprove',
    reason: reason('events/content-concern', { noun: tree.words[noun], verb: tree.words[verb], blamed: blamed.map((b) => b.name).join(', ') }),
  };
}

/** "It was noted that the Ukrainian authorities are purposefully aggravating the situation": hostile conduct told as a description (hostile-conduct.ts). */
function conductOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], verb: number, first: number, last: number, known: (lemma: string) => boolean, site?: Publisher): Blame | undefined {
  const found = describedConductOf(tree, pack, actors, quotes, verb, first, last, known, site);
  if (!found) return undefined;
  const fields = { verb: tree.words[verb], teller: found.teller.name, blamed: found.blamed.map((b) => b.name).join(', ') };
  const why = found.adverb === undefined ? reason('events/content-conduct', fields) : reason('events/content-intent', { ...fields, adverb: tree.words[found.adverb] });
  return { trigger: verb, speaker: found.teller, blamed: found.blamed, clause: verb, mode: 'allege', reason: why };
}

/** "Kiev was responsible for derailing the Minsk agreements", "Saddam was the main cause of tension": blame stated as its bearer's predicate (blame-predicates.ts). */
function responsibleOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], adj: number, site?: Publisher): Blame | undefined {
  // "was responsible for", "was the main cause of": an adjective or a noun (blame-predicates.ts).
  if (tree.pos[adj]?.upos !== 'ADJ' && tree.pos[adj]?.upos !== 'NOUN') return undefined;
  const found = blamePredicateOf(tree, pack, actors, quotes, adj, site, false);
  return found && { trigger: found.trigger, speaker: found.teller, blamed: found.blamed, clause: found.clause, mode: 'allege', reason: blamePredicateReason(tree, found) };
}

/** "X's plan was 'seriously deficient'", "is not enough": a speaker's judgement of another side's act (judged-predicates.ts). */
function judgedOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], head: number, first: number, last: number): Blame | undefined {
  const upos = tree.pos[head]?.upos;
  if (upos !== 'ADJ' && upos !== 'NOUN' && upos !== 'ADV' && upos !== 'VERB') return undefined;
  const found = judgedPredicateOf(tree, pack, actors, quotes, head, first, last);
  // Praise ("said the accord had been successful") is the speaker's SUPPORT of the side praised (praised-predicates.ts).
  // A joint source's parties are the actors together (review fix-a #6).
  const doers = found?.speakers ? { doers: found.speakers } : {};
  return found && (found.kind === 'praise' ? { ...found, ...doers, event: 'SUPPORT' } : { ...found, ...doers, mode: 'disapprove' });
}

/** "said Gandhi's failure to mention specific measures …": a side's failure named in another side's speech (failure-nouns.ts). */
function failureOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], noun: number, first: number, last: number): Blame | undefined {
  if (!isFailureNoun(tree, noun)) return undefined;
  return toldFailureOf(tree, pack, actors, quotes, noun, first, last);
}

function toldFailureOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], noun: number, first: number, last: number): Blame | undefined {
  // "no failure of the government", "not Japan's unwillingness": denied; a question asks.
  if (tree.children[noun].some((c) => pack.negators.has(tree.words[c]) || tree.words[c] === 'no')) return undefined;
  if (tree.words.slice(first, last).includes('?')) return undefined;
  if (isOpenFailure(tree, noun)) return undefined;
  const clause = clauseOfNoun(tree, noun, pack.speechVerbs);
  if (clause === undefined) return undefined;
  // "said Iran's failure to build the bomb was good news", "… was welcome": the failure told as good, not blamed.
  if (praiseWordOf(tree, clause) !== undefined || isGoodVerdict(tree, clause)) return undefined;
  // "would be a serious matter": inside a quote the speaker's own "would" is a condition; in indirect speech it is
  // "will" moved back, and a failure that "will push up prices" is told as a fact, so only the future is kept.
  const at = tree.tokens[clause].start;
  const quoted = quotes.some((q) => q.kind !== 'reported' && q.start <= at && at < q.end);
  const flags = clauseFlags(tree, pack, clause, { reported: !quoted });
  if (flags.hypothetical || flags.negated) return undefined;
  const said = reportedBy(tree, pack, actors, quotes, clause);
  const blamed = said.reported ? otherSide(said.speaker, failingSides(tree, actors, noun), actors.bodies) : [];
  if (!said.speaker || !blamed.length) return undefined;
  return { trigger: noun, speaker: said.speaker, blamed, clause, mode: 'disapprove', reason: reason('events/content-failure', { noun: tree.words[noun], speaker: said.speaker.name, blamed: blamed.map((b) => b.name).join(', ') }) };
}

/** "due to Russia's invasion", "caused by Belarus's provocations": harm put down to another side's hostile act. */
function causeOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], noun: number, site?: Publisher): Blame | undefined {
  if (tree.pos[noun]?.upos !== 'NOUN' || !isBlameworthy(tree, noun)) return undefined;
  return blamedCauseOf(tree, pack, actors, quotes, noun, site);
}

function blamedCauseOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], noun: number, site?: Publisher): Blame | undefined {
  const marker = markerOf(tree, noun);
  const head = tree.deps[noun].head;
  const caused = marker === 'by' && head >= 0 && CAUSING.has(tree.lemmas[head]);
  const through = head >= 0 && marker !== undefined && CAUSAL_HEADS.get(tree.lemmas[head]) === marker && ['as', 'in'].includes(markerOf(tree, head) ?? '');
  // "Fault" is blame whatever introduces it ("through Kiev's fault", "it is Washington's fault").
  const fault = tree.lemmas[noun] === 'fault';
  // "not Kiev's fault", "through no fault of theirs": a denied blame blames no one.
  if (tree.children[noun].some((c) => pack.negators.has(tree.words[c]) || tree.words[c] === 'no')) return undefined;
  if (!caused && !through && !fault && !CAUSAL_MARKERS.has(marker ?? '')) return undefined;
  const doers = doersOf(tree, actors, noun);
  // The clause the cause belongs to, for its speaker: the nearest verb above the noun.
  // A predicate noun heads its own clause ("this is solely Russia's fault"); with the copula only, not `isPredicate`,
  // as a linking verb ("remains Russia's fault") would head the clause itself, which the walk up below finds.
  const predicate = childBy(tree, noun, 'cop') !== undefined;
  const clause = predicate ? noun : selfAndAncestors(tree, head).find((t) => tree.pos[t]?.upos === 'VERB');
  if (clause === undefined) return undefined;
  const reported = reportedBy(tree, pack, actors, quotes, clause);
  // An official site's own words are its side's (accusations.ts): the site tells the blame.
  const token = tree.tokens[noun];
  const said = reported.reported || !site ? reported : { reported: true, speaker: { start: token.start, end: token.end, tokens: [noun, noun + 1] as const, actorId: `publisher:${site.site}`, name: site.site, code: site.code, sector: 'GOV' } };
  const blamed = otherSide(said.speaker, doers, actors.bodies);
  if (!said.speaker || !blamed.length) return undefined;
  return { trigger: noun, speaker: said.speaker, blamed, clause, mode: 'allege', reason: reason('events/content-cause', { marker: caused ? `${tree.words[head]} by` : through ? `${tree.words[head]} ${marker}` : predicate ? 'is …' : marker ?? '', noun: tree.words[noun], speaker: said.speaker.name, blamed: blamed.map((b) => b.name).join(', ') }) };
}

/** The speaker of the clause or of a clause it is part of ("the circumstances in which our state found itself due to …"). */
function reportedBy(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], clause: number): { speaker?: EventParticipant; reported: boolean } {
  let said = speakerOf(tree, pack, actors, clause, quotes);
  for (const v of ancestorsOf(tree, clause)) {
    if (said.reported) break;
    if (tree.pos[v]?.upos === 'VERB' && !pack.speechVerbs.has(tree.lemmas[v])) said = speakerOf(tree, pack, actors, v, quotes);
  }
  return said;
}

/**
 * "the United States will respond decisively if Russia further invades": a side's future response
 * with a condition another side sets, aimed at a hostile act, or with resolve or force. The doer is
 * the subject, or the speaker for "we"; the threatened, the condition's subject or the act's doer
 * (else code-events.ts's threatened-party pass finds them).
 */
function threatOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], verb: number, first: number, last: number): Blame | undefined {
  if (tree.pos[verb]?.upos !== 'VERB') return undefined;
  // "will act firmly … in response to actions by Russia": acting is a response only when it answers another side's act.
  const acting = ACTING.has(tree.lemmas[verb]) && answersCodedDoer(tree, actors, verb);
  if (!RESPONDING.has(tree.lemmas[verb]) && !acting) return undefined;
  return promisedResponseOf(tree, pack, actors, quotes, verb, first, last);
}

/** Whether an act `verb` responds to has a coded doer. Apart from `threatOf`, which every token takes: see `speechContentEvents`. */
function answersCodedDoer(tree: Tree, actors: ActorIndex, verb: number): boolean {
  return respondedActs(tree, verb).some((o) => doersOf(tree, actors, o).some((d) => d.code));
}

function promisedResponseOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], verb: number, first: number, last: number): Blame | undefined {
  const head = tree.deps[verb].head;
  const ready = head >= 0 && READY.has(tree.lemmas[head]) && tree.deps[verb].deprel === 'xcomp';
  const future = auxWords(tree, verb).some((a) => FUTURE_AUX.has(a)) || ready;
  // "was not ready to respond adequately" is no promise (nor "will not react").
  const negated = [verb, ...(ready ? [head] : [])].some((v) => tree.children[v].some((c) => pack.negators.has(tree.words[c])));
  // A question asks whether a side will respond ("Will Russia respond?"); it promises nothing.
  const question = tree.words.slice(first, last).includes('?');
  if (!future || negated || question) return undefined;
  const subj = subjectOf(tree, verb);
  if (!subj || subj.passive) return undefined;
  const said = speakerOf(tree, pack, actors, verb, quotes);
  const doers = pack.firstPerson.has(tree.words[subj.token]) ? (said.speaker ? [said.speaker] : []) : actorsOfPhrase(tree, actors, subj.token);
  if (!doers.some((d) => d.code)) return undefined;
  const own = new Set(doers.map((d) => d.code));
  const condition = childrenBy(tree, verb, 'advcl').find((c) => childrenBy(tree, c, 'mark').some((m) => CONDITION_MARKS.has(tree.words[m])));
  const setBy = condition === undefined ? [] : (() => { const s = subjectOf(tree, condition); return s ? actorsOfPhrase(tree, actors, s.token) : []; })();
  const aimed = childrenBy(tree, verb, 'obl').filter((o) => markerOf(tree, o) === 'to' && HOSTILE_ACTS.has(tree.words[o]));
  const resolve = tree.children[verb].some((c) => RESOLVE.has(tree.words[c]))
    || childrenBy(tree, verb, 'obl').some((o) => markerOf(tree, o) === 'with' && FORCE_MEANS.has(tree.words[o]));
  const answered = respondedActs(tree, verb);
  const others = [...setBy, ...[...aimed, ...answered].flatMap((o) => doersOf(tree, actors, o))].filter((p) => p.code && !own.has(p.code));
  if (!others.length && !aimed.length && !resolve) return undefined;
  const how = answered.length && others.length && !setBy.length && !aimed.length ? 'answered' : others.length ? 'condition' : aimed.length ? 'aimed' : 'resolve';
  return {
    trigger: verb, speaker: doers[0], doers: doers.filter((d) => d.code), blamed: others, clause: verb, event: 'THREATEN',
    reason: reason('events/content-threat', { verb: tree.words[verb], how: how === 'answered' ? `in response to the ${tree.words[answered[0]]} of ${others.map((o) => o.name).join(', ')}` : how === 'condition' ? `on a condition set by ${others.map((o) => o.name).join(', ')}` : how === 'aimed' ? `to ${tree.words[aimed[0]]}` : 'with resolve or force' }),
  };
}

/**
 * "said its warships were available to escort Kuwaiti tankers": reported readiness to do, to another
 * side, an act the lexicon has no verb for (a known verb is code-events.ts's readiness). The ready
 * side is the subject, or the speaker for its own ("its warships", "we").
 */
function readinessOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], verb: number, known: (lemma: string) => boolean): Blame | undefined {
  if (tree.pos[verb]?.upos !== 'VERB' || known(tree.lemmas[verb])) return undefined;
  return statedReadinessOf(tree, pack, actors, quotes, verb);
}

function statedReadinessOf(tree: Tree, pack: LanguagePack, actors: ActorIndex, quotes: readonly Quote[], verb: number): Blame | undefined {
  if (!childrenBy(tree, verb, 'mark').some((m) => tree.words[m] === 'to')) return undefined;
  const head = tree.deps[verb].head;
  if (head < 0 || !AVAILABLE.has(tree.lemmas[head]) || !['xcomp', 'advcl'].includes(tree.deps[verb].deprel)) return undefined;
  if (tree.children[head].some((c) => pack.negators.has(tree.words[c]))) return undefined;
  const said = speakerOf(tree, pack, actors, head, quotes);
  const subj = subjectOf(tree, head);
  if (!said.reported || !subj) return undefined;
  // A body's or group's own possessive ("its", "their"), from the pack (rv-d #9 of session 58): not a person's "his".
  const { possessive, thing, plural } = pack.pronounClasses;
  const ownWord = (t: number): boolean => pack.firstPerson.has(tree.words[t]) || (possessive.has(tree.words[t]) && (thing.has(tree.words[t]) || plural.has(tree.words[t])));
  const named = actorsOfPhrase(tree, actors, subj.token).filter((a) => a.code);
  const own = ownWord(subj.token) || childrenBy(tree, subj.token, 'nmod:poss').some(ownWord);
  const doers = named.length ? named : own && said.speaker?.code ? [said.speaker] : [];
  if (!doers.length) return undefined;
  const sides = new Set(doers.map((d) => d.code));
  const recipients = childrenBy(tree, verb, 'obj', 'iobj', 'obl').flatMap((o) => actorsOfPhrase(tree, actors, o)).filter((r) => r.code && !sides.has(r.code));
  if (!recipients.length) return undefined;
  return {
    trigger: head, speaker: doers[0], doers, blamed: recipients, clause: head, event: 'AGREE',
    reason: reason('events/content-readiness', { head: tree.words[head], verb: tree.words[verb] }),
  };
}

function isBlameworthy(tree: Tree, noun: number): boolean {
  const word = tree.words[noun];
  if (HOSTILE_ACTS.has(word)) return true;
  return CONDUCT.has(word) && hasFaultyModifier(tree, noun);
}

function hasFaultyModifier(tree: Tree, noun: number): boolean {
  return childrenBy(tree, noun, 'amod').some((a) => FAULTY.has(tree.words[a]));
}

/** Who did the act a noun names: its possessor, its "by" phrase, or a nationality adjective ("the Russian invasion"). */
function doersOf(tree: Tree, actors: ActorIndex, noun: number): EventParticipant[] {
  const doerMarkers = isOfDoer(tree, noun) ? ['by', 'of'] : ['by'];
  const named = [...childrenBy(tree, noun, 'nmod:poss'), ...childrenBy(tree, noun, 'nmod').filter((m) => doerMarkers.includes(markerOf(tree, m) ?? ''))]
    .filter((p) => tree.pos[p]?.upos !== 'PRON')
    .flatMap((p) => actorsOfPhrase(tree, actors, p));
  if (named.length) return named;
  // "the Russian invasion": the actors layer may hold the adjective as a mention, else the KB names its country.
  for (const a of childrenBy(tree, noun, 'amod')) {
    const mention = actors.at(a);
    if (mention?.code) return actors.expand(mention);
    const code = kbCountry(tree.words[a]);
    if (code) return [nationalityWord(tree, a, code)];
  }
  return [];
}

/** Predicates that call a thing good for the speaker (rule-words `good-verdict`). */
const GOOD_VERDICT = ruleWords('good-verdict');

/** Whether the predicate at `head` calls its subject good ("was good news", "a relief"): itself or its adjective. */
function isGoodVerdict(tree: Tree, head: number): boolean {
  return [head, ...childrenBy(tree, head, 'amod')].some((t) => GOOD_VERDICT.has(tree.lemmas[t]) || GOOD_VERDICT.has(tree.words[t]));
}

/** The coded participants of another side than the speaker's. */
function otherSide(speaker: EventParticipant | undefined, found: readonly EventParticipant[], bodies: PersonBodies): EventParticipant[] {
  if (!speaker?.code) return [];
  return found.filter((p) => isOtherSide(speaker, p, bodies));
}

function accusation(tree: Tree, pack: LanguagePack, blame: Blame, blamed: readonly EventParticipant[]): Omit<CodedEvent, 'sent' | 'why'> {
  const token = tree.tokens[blame.trigger];
  const threat = blame.event === 'THREATEN';
  const rule = threat ? PLOVER_RULES.hostileReadiness : blame.event === 'AGREE' ? PLOVER_RULES.readiness : undefined;
  const praise = blame.event === 'SUPPORT';
  const cameo = rule ? rule.cameo : praise ? PRAISE_CAMEO : blame.mode === 'disapprove' ? '111' : '112';
  const event = rule ? rule.event : praise ? 'SUPPORT' : 'ACCUSE';
  // The speaker's own clause decides whether the blame was voiced: "did not say that …", "may argue that …".
  const flags = clauseFlags(tree, pack, blame.clause, { reported: false });
  // The evidence is the clause the content stands in, as for any event (code-events.ts `push`).
  const words = walk(tree, blame.clause, ['parataxis', 'punct'], Infinity).map((w) => tree.tokens[w.token]);
  return {
    event, ...(blame.mode ? { mode: blame.mode } : {}), context: [], cameo,
    score: ploverScore(event, blame.mode), quad: QUAD_OF[event], quadCode: quadCode(event),
    actors: [...(blame.doers ?? [blame.speaker])], recipients: [...blamed], ...(rule ? {} : { speaker: blame.speaker }),
    negated: false, hypothetical: flags.hypothetical && flags.reasons.some((r) => r.rule === 'flags/conditional'), future: false, historical: false,
    confidence: 0.55,
    trigger: { start: token.start, end: token.end, tokens: [blame.trigger, blame.trigger + 1] },
    evidence: { start: Math.min(token.start, ...words.map((w) => w.start)), end: Math.max(token.end, ...words.map((w) => w.end)) },
    reasons: [blame.reason],
  };
}
