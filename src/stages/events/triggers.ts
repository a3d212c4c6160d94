import type { LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import { PLOVER_RULES, type PloverEvent } from './plover.js';
import type { EventParticipant } from './types.js';
import type { LexiconTables, RuntimeLexicon, VerbEntry, VerbSense } from './lexicon.js';
import { collisionHazardOf } from './collisions.js';
import { kbCountry } from './participants.js';
import { bestPattern, firstFitOrNoneOn } from './patterns.js';
import { FINITE_TAGS, isTimeWord, TIME_WORDS } from './tree.js';
import { outbreakNounCodes, ruleWords } from './rule-words.js';
import { rivalryNounSenseOf, rivalrySenseOf, type RivalrySense } from './rivalry-senses.js';
import { warnSenseOf } from './warn-senses.js';
import { hasNamedDoer, isWarnedActTarget, WARNING_VERBS } from './warned-act.js';
import { isHostileAct } from './judged-act.js';
import { isThingClause } from './thing-clause.js';
import { isNamingObject } from './naming-object.js';
import { baseRel, childrenBy, conjuncts, isListed, markerOf, rootNounBefore, subjectOf, walkTokens, type Tree } from './tree.js';
import { tableGet } from './key-tables.js';
import { isObjectedEvent, isUnmetObjection, metNoun } from './received-acts.js';
import { targetedAttackCode } from './targeted-strike.js';
import { withheldSpeechOf } from './withheld-speech.js';
import { isTimedMeeting } from './timed-meeting.js';

/** A lexicon hit: the CAMEO code it gives (`---` for "no event") and how it was found. */
export interface TriggerMatch {
  /** The head token of the trigger (the verb, or the noun for nominal events). */
  readonly token: number;
  /** Token range [first, last) of the trigger words (multi-word verbs cover their particle). */
  readonly tokens: readonly [number, number];
  readonly code: string;
  readonly kind: 'pattern' | 'verb' | 'noun';
  /** The noun that named the event, for nominal events and patterns on an object noun. */
  readonly noun?: number;
  /** What the trigger's denial is as an act of its own ("not satisfied with" disapproves: ACCUSE), as a refusal is. */
  readonly deniedAs?: PloverEvent;
  /**
   * The owner an earlier sentence gave the thing a naming verdict judges ("Tony Blair attacked the Tory plans. …
   * Blunkett called the plans 'dangerous'"), found when the match was accepted: its recipients, so one search both
   * accepts the match and addresses it (review a #8).
   */
  readonly judgedOwner?: { readonly found: readonly EventParticipant[]; readonly reason: Reason };
  readonly reason: Reason;
}

/** What each event's denial is as an act of its own (plover.json `refusedAs`). */
const REFUSED_AS: Partial<Record<PloverEvent, PloverEvent>> = PLOVER_RULES.refusedAs;

/**
 * The refusal a denied pattern of a verb is, when the pattern's own event has none: the verb's own ("agree": AGREE,
 * denied REJECT). "Syria said it did not agree with the American plan" rejects the plan, though agreeing with a plan
 * is SUPPORT (verbs.txt AGREE `* (WITH &DYAD_VIEW_HELD)`), whose denial is no act (review fix-a #5 of session 59).
 */
function deniedPatternAs(lexicon: RuntimeLexicon, entry: VerbEntry, code: string): PloverEvent | undefined {
  const event = lexicon.cameo[code]?.event;
  const own = entry.code === undefined ? undefined : lexicon.cameo[entry.code]?.event;
  if (!event || !own || REFUSED_AS[event]) return undefined;
  return REFUSED_AS[own];
}

/**
 * Match verb token `i` against the lexicon: its most specific pattern, else the verb's own code,
 * else an event noun it governs ("held talks"). Undefined when the verb is not in the lexicon.
 */
export function matchVerb(tree: Tree, lexicon: RuntimeLexicon, pack: LanguagePack, i: number, isActor: (token: number) => boolean = () => false,
  sectorOf: (token: number) => string | undefined = () => undefined, isPlace: (token: number) => boolean = () => false,
  codeOf: (token: number) => string | undefined = () => undefined): TriggerMatch | undefined {
  const match = matchVerbSense(tree, lexicon, pack, i, isActor, sectorOf, isPlace, codeOf);
  if (!match || match.code === '---') return match;
  const published = !match.code.startsWith('01') ? publishedThingOf(tree, i) : undefined;
  // "released a video of the hostages", "a statement released by the ministry": a text or recording released is
  // published, no release of persons or property, whatever pattern matched further on (a released statement keeps 010).
  if (published !== undefined) return { ...match, code: '---', reason: reason('events/trigger-publication', { verb: tree.words[i], object: tree.words[published], trigger: match.reason }) };
  const question = questionWordOf(tree, i);
  // "discussed … how both countries can promote a fair relationship", "considered whether to
  // impose sanctions": an embedded question names a topic of talk, not an act (see #12).
  if (question !== undefined) return { ...match, code: '---', reason: reason('events/trigger-question', { word: tree.words[question], verb: tree.words[i], trigger: match.reason }) };
  const figure = figureSubjectOf(tree, i);
  // "yen bond futures prices hit record highs", "turnover declined by 5.7 pct", "prices eased":
  // a market figure moving is no act of anyone (see #12).
  if (figure !== undefined) return { ...match, code: '---', reason: reason('events/trigger-figure', { subject: tree.words[figure], verb: tree.words[i], trigger: match.reason }) };
  const hazard = collisionHazardOf(tree, i, isActor);
  // "a Soviet tanker hit a mine", "the aircraft hit Mount Osutaka": a vehicle running into a hazard is an accident (collisions.ts),
  // whatever code the verb's block or a pattern gives it (the block's KICK "* OFF" read "hit a mine off the coast" as talks).
  if (hazard !== undefined) return { ...match, code: '---', reason: reason('events/trigger-collision', { verb: tree.words[i], hazard: tree.words[hazard], trigger: match.reason }) };
  const aimed = FORCE_CODE.test(match.code) ? figureObjectOf(tree, i) : undefined;
  // "target money supply growth", "attacked the rise in interest rates", "we increased the Strategic Petroleum Reserve":
  // force and threats aimed at a market figure are economic policy or comment, no act against anyone (#12).
  if (aimed !== undefined) return { ...match, code: '---', reason: reason('events/trigger-figure-object', { object: tree.words[aimed], verb: tree.words[i], trigger: match.reason }) };
  // Only violence performed (18–20): a threatened or warned-of attack on a plan is no criticism made (13x stays a threat).
  const criticism = /^(18|19|20)/.test(match.code) ? criticismNounOf(tree, match, i, sectorOf) : undefined;
  // "launched an attack on Conservative spending plans", "joined attacks on a wage freeze": the noun's target is a
  // policy or record, so the attack is in words (rivalry-senses.ts), whatever the verb or pattern that named it.
  if (criticism) return { ...match, code: criticism.sense.code, reason: reason('events/trigger-criticism', { noun: tree.words[criticism.noun], trigger: match.reason }) };
  const subject = match.code === '163' ? subjectOf(tree, i) : undefined;
  // "A Pakistani court imposed penalties on the former prime minister": a court's sanction is a sentence, legal action
  // against someone (CAMEO 173, PLOVER COERCE), not one side's sanction on another (session 46 review).
  if (subject && !subject.passive && JUDICIAL.has(sectorOf(subject.token) ?? '')) return { ...match, code: '173', reason: reason('events/trigger-judicial-sanction', { verb: tree.words[i], trigger: match.reason }) };
  // "Russian regulators imposed penalties on the American bank": a regulator's penalty is an administrative sanction
  // (CAMEO 172, as CAMEO codes "fined"), not a sanction between sides (session 47 review). Its ban or the state's
  // sanctions it enforces ("imposed a ban on Ukrainian imports") stay a sanction (review of ev-idioms).
  if (subject && !subject.passive && REGULATORS.has(tree.lemmas[subject.token]) && isPenalty(tree, match, i)) return { ...match, code: '172', reason: reason('events/trigger-sense', { verb: tree.words[i], requirement: 'regulator subject', note: 'a regulator\'s penalty is an administrative sanction, not one between sides' }) };
  return match;
}

/** Head nouns of regulators: the penalties they impose are administrative sanctions. */
const REGULATORS = ruleWords('regulator-noun');
/** The penalties (lemmas) a regulator imposes as administrative sanctions ("penalties", "a fine", "fined"). */
const REGULATOR_PENALTIES = ruleWords('regulator-penalty');

/** Whether the sanction `match` of `verb` is a penalty: its event noun, the verb's object or the verb itself. */
function isPenalty(tree: Tree, match: TriggerMatch, verb: number): boolean {
  return [verb, ...(match.noun !== undefined ? [match.noun] : childrenBy(tree, verb, 'obj'))].some((t) => REGULATOR_PENALTIES.has(tree.lemmas[t]));
}

/** Actor sectors of courts and judges: what they impose is legal action. */
const JUDICIAL = ruleWords('judicial-sector');

/** The event noun of a force match (the match's own, or the verb's object or oblique) aimed at a policy or record, with its sense. */
function criticismNounOf(tree: Tree, match: TriggerMatch, verb: number, sectorOf: (token: number) => string | undefined): { noun: number; sense: RivalrySense } | undefined {
  for (const noun of match.noun !== undefined ? [match.noun] : childrenBy(tree, verb, 'obj', 'obl')) {
    const sense = rivalryNounSenseOf(tree, noun, verb, sectorOf);
    if (sense) return { noun, sense };
  }
  return undefined;
}

/**
 * CAMEO codes of threats, force posture and violence (13, 15, 18–20): acts that need someone to be aimed at. Coercion
 * (17) is left out: restricting imports or seizing shares is a real act on a market.
 */
const FORCE_CODE = /^(13|15|18|19|20)/;

/** The verb's object (or passive subject) when it names a market figure, itself or in its "in"/"of" phrase ("the rise in rates"). */
function figureObjectOf(tree: Tree, verb: number): number | undefined {
  const isFigure = (t: number): boolean => FIGURES.has(tree.lemmas[t]) && tree.pos[t]?.upos === 'NOUN';
  return childrenBy(tree, verb, 'obj', 'nsubj:pass').find((o) => isFigure(o) || childrenBy(tree, o, 'nmod').some((m) => isFigure(m) && ['in', 'of'].includes(markerOf(tree, m) ?? '')));
}

/** Verbs that free or publish, and the nouns of what is published (data/rule-words.tsv publication-verb, publication-noun). */
const PUBLISHING = ruleWords('publication-verb');
const PUBLICATIONS = ruleWords('publication-noun');

/**
 * What a publishing verb releases when it is a publication: its object or passive subject ("released a video",
 * "the figures were released"), or the noun its participle describes ("a statement released by the ministry").
 */
function publishedThingOf(tree: Tree, verb: number): number | undefined {
  if (!PUBLISHING.has(tree.lemmas[verb])) return undefined;
  const head = tree.deps[verb].head;
  const described = baseRel(tree, verb) === 'acl' && head >= 0 && head < verb ? [head] : [];
  return [...childrenBy(tree, verb, 'obj', 'nsubj:pass'), ...described].find((t) => tree.pos[t]?.upos === 'NOUN' && isListed(tree, t, PUBLICATIONS));
}

/** Nouns that name a market or economic figure: as a verb's subject, the verb says how it moved. */
const FIGURES = ruleWords('market-figure');

/** The verb's own active subject when it names a market figure. */
function figureSubjectOf(tree: Tree, verb: number): number | undefined {
  return childrenBy(tree, verb, 'nsubj').find((s) => FIGURES.has(tree.lemmas[s]) && tree.pos[s]?.upos === 'NOUN');
}

/** Words that open an embedded question when they modify or mark its verb. */
const QUESTION_WORDS = ruleWords('question-word');

function questionWordOf(tree: Tree, verb: number): number | undefined {
  return tree.children[verb].find((c) => QUESTION_WORDS.has(tree.lemmas[c]) && c < verb && (baseRel(tree, c) === 'advmod' || baseRel(tree, c) === 'mark'));
}

function matchVerbSense(tree: Tree, lexicon: RuntimeLexicon, pack: LanguagePack, i: number, isActor: (token: number) => boolean, sectorOf: (token: number) => string | undefined, isPlace: (token: number) => boolean,
  codeOf: (token: number) => string | undefined): TriggerMatch | undefined {
  const lemma = tree.lemmas[i];
  // "There was talk of war": an event noun that is the subject of existential "be" is a noun whatever its tag; the
  // existential reads it. Another word there is left to the verb's readings (a misparsed "he says" keeps its own).
  if (isExistentialSubject(tree, i) && nounKey(tree, lexicon, i) !== undefined) return undefined;
  // A verb with no entry skips chooseEntry, whose closures allocate on every call (#13).
  const entries = tableGet(lexicon.verbs, lemma);
  const entry = entries ? chooseEntry(tree, entries, i) : undefined;
  // "Fighting broke out between …", "There were clashes between …": the subject noun names the event.
  const happened = matchOutbreak(tree, lexicon, i);
  if (happened) return happened;
  // "had flown to West Germany from talks with Mitterrand", "returned from talks with Kohl": the
  // talks, not the journey, are the event the phrase reports.
  const meeting = TRAVEL_VERBS.has(lemma) ? matchMeetingPhrase(tree, lexicon, i) : undefined;
  if (meeting) return meeting;
  if (!entry) return (LIGHT_VERBS.has(lemma) ? matchLightVerb(tree, lexicon, i) : undefined) ?? matchMeetingPhrase(tree, lexicon, i);
  const tokens = triggerTokens(tree, i, entry);
  // Most entries are one word: their name is the lemma, with no arrays spread and joined per verb (#13).
  const name = entry.before || entry.after ? [...(entry.before ?? []), lemma, ...(entry.after ?? [])].join(' ') : lemma;
  const object = eventNounOf(tree, lexicon, i);
  // "called the U.S. attacks on its platforms an escalation", "cited an Iranian missile strike": a
  // conflict named with its own doer is someone else's act, told of, not done (the noun codes it).
  const othersAct = object !== undefined && (isOthersAct(tree, lexicon, object) || isAnsweredAppeal(tree, lexicon, object));
  if (object !== undefined && !othersAct && ORGANIZING.has(lemma) && !entry.after?.some((w) => UNDOING_PARTICLES.has(w))) {
    // "organized a strike", "launched an offensive", "declared a ceasefire": the noun names the act. A CAMEO row of
    // the verb that names the same act more narrowly says more ("ordered an investigation": 091, an inquiry into
    // crime, where the noun alone gives 090).
    const code = nounCode(tree, lexicon, object) ?? '---';
    // A root code ("090") covers its root's codes; any other only its own subcodes.
    const covers = code.length === 3 && code.endsWith('0') ? code.slice(0, 2) : code;
    const narrower = code === '---' ? undefined : bestPattern(tree, lexicon, i, entry);
    if (narrower && narrower.pattern.code !== code && narrower.pattern.code.startsWith(covers)) {
      return { token: i, tokens, code: narrower.pattern.code, kind: 'pattern', reason: reason('events/trigger-pattern', { verb: name, pattern: narrower.pattern.source, block: blockName(narrower.block) }) };
    }
    return { token: i, tokens, code, kind: 'noun', noun: object, reason: reason('events/trigger-noun', { verb: lemma, noun: tree.words[object] }) };
  }
  const modified = object === undefined || othersAct ? undefined : modifierCode(tree, lexicon, object);
  if (modified && object !== undefined) {
    // "staged an air strike": the modifier says more than a pattern on the bare noun.
    return { token: i, tokens, code: modified, kind: 'noun', noun: object, reason: reason('events/trigger-modified', { verb: name, noun: tree.words[object], modifier: modifierWord(tree, lexicon, object) ?? '' }) };
  }
  // Rivalry told with a violent verb ("clashed with ministers over fees") is read before CAMEO's force patterns (rivalry-senses.ts).
  const rivalry = !entry.before && !entry.after ? rivalrySenseOf(tree, i, (t) => ({ sector: sectorOf(t), place: isPlace(t) })) : undefined;
  if (rivalry) return { token: i, tokens, code: rivalry.code, kind: 'verb', reason: reason('events/trigger-sense', { verb: name, requirement: rivalry.requirement, note: rivalry.note }) };
  // "took place": the idiom names no act of the verb's own, only the event its subject noun names, if any.
  const idiom = childrenBy(tree, i, 'obj').some((o) => HAPPENING_OBJECTS.has(tree.lemmas[o])) && HAPPENING.has(lemma);
  if (idiom) return object !== undefined && !othersAct && tree.deps[object].deprel === 'nsubj' ? { token: i, tokens, code: nounCode(tree, lexicon, object) ?? '---', kind: 'noun', noun: object, reason: reason('events/trigger-noun', { verb: name, noun: tree.words[object] }) } : matchMeetingPhrase(tree, lexicon, i);
  const isObjection = (p: { code: string; source: string }) => isObjectedEvent(lexicon.cameo[p.code]?.event) && !isUnmetObjection(tree, i, lexicon.cameo[p.code]?.event, p.source, isActor);
  // An objection met ("met criticism at home") outranks the verb's patterns on its other phrases (received-acts.ts).
  const met = metNoun(tree, i);
  const objection = met === undefined ? undefined : firstFitOrNoneOn(tree, lexicon, i, entry, met, isObjection);
  // "declined to be specific", "declined to answer reporters' questions": no refusal, whatever the words after say.
  const withheld = withheldSpeechOf(tree, i, isActor);
  if (withheld !== undefined) return { token: i, tokens, code: '---', kind: 'verb', reason: reason('events/trigger-withheld-speech', { verb: name, act: tree.words[withheld] }) };
  const pattern = objection ?? bestPattern(tree, lexicon, i, entry);
  // "warned of war between Israel and Iran", "warned of a trade war": CAMEO's "* (OF &FIGHT)" threat of force needs a
  // fight the speaker would wage; of one it would not, the warning falls to its senses (thing-topic: no event).
  const best = pattern && !isUnmetObjection(tree, i, lexicon.cameo[pattern.pattern.code]?.event, pattern.pattern.source, isActor) &&
    !isWarningOfUnwagedFight(tree, i, codeOf) ? pattern : undefined;
  if (best) {
    const denied = deniedPatternAs(lexicon, entry, best.pattern.code);
    return { token: i, tokens, code: best.pattern.code, kind: 'pattern', ...(denied ? { deniedAs: denied } : {}), reason: reason('events/trigger-pattern', { verb: name, pattern: best.pattern.source, block: blockName(best.block) }) };
  }
  // What a warning warns of decides it before the no-event senses of senses.tsv (warn-senses.ts).
  const sense = !entry.before && !entry.after ? warnSenseOf(tree, i, isActor, sectorOf) ?? senseOf(tree, lexicon, pack, i, isActor) : undefined;
  if (sense) return { token: i, tokens, code: sense.code, kind: 'verb', reason: reason('events/trigger-sense', { verb: name, requirement: sense.requirement, note: sense.note }) };
  if (entry.code) return { token: i, tokens, code: entry.code, kind: 'verb', reason: reason('events/trigger-verb', { verb: name, block: blockName(entry.blocks[0]) }) };
  // An event noun as the active subject names the event with a verb of happening ("talks took
  // place") or with its own agent ("the strike by 40,000 seamen represents a challenge"); "the deal
  // enables growth", "the meeting helped" say only what the event did.
  // "had violated the agreement", "flouted the deal": what a verb of breach acts on is broken, not made.
  if (object !== undefined && !othersAct && !BREACH_VERBS.has(lemma) && (tree.deps[object].deprel !== 'nsubj' || HAPPENING.has(lemma) || hasAgent(tree, object))) {
    // "The talks came as the annual meeting was ending": talks timed against other news are not reported here.
    if (isTimedMeeting(tree, i, nounCode(tree, lexicon, object))) {
      return { token: i, tokens, code: '---', kind: 'noun', noun: object, reason: reason('events/trigger-timed-meeting', { verb: name, noun: tree.words[object] }) };
    }
    return { token: i, tokens, code: nounCode(tree, lexicon, object) ?? '---', kind: 'noun', noun: object, reason: reason('events/trigger-noun', { verb: name, noun: tree.words[object] }) };
  }
  return matchMeetingPhrase(tree, lexicon, i);
}

/**
 * A consultation named in a phrase of a verb that is no event itself, with its partner: "left Bonn
 * after talks with Kohl", "made the remark in talks with Saito". The verb's subject took part.
 */
function matchMeetingPhrase(tree: Tree, lexicon: LexiconTables, verb: number): TriggerMatch | undefined {
  const noun = childrenBy(tree, verb, 'obl').find((n) => isNominal(tree, n) && nounCode(tree, lexicon, n)?.startsWith('04') && childrenBy(tree, n, 'nmod').some((m) => markerOf(tree, m) === 'with'));
  if (noun === undefined) return undefined;
  return { token: verb, tokens: [noun, noun + 1], code: nounCode(tree, lexicon, noun)!, kind: 'noun', noun, reason: reason('events/trigger-meeting-phrase', { verb: tree.words[verb], noun: tree.words[noun] }) };
}

/** Nouns of an armed advance or assault that no verb sense of refusal takes as its object (rule-words `armed-advance-noun`). */
const ARMED_ADVANCES = ruleWords('armed-advance-noun');

/**
 * The verb's object when it is a thing: the passive subject is the logical object ("the victory should be honored"),
 * and a noun named by an actor beside it is a person ("U.N. mediator Diego Cordovez"), not a thing. People no actor
 * code names are no thing either ("met senior commercial bankers", "met them": rule-words `people-noun`; #12), nor is a
 * time the parser made the object: "President Joe Biden met this afternoon with families of Americans" says when (#12).
 */
function thingObjectOf(tree: Tree, i: number, isActor: (token: number) => boolean): number | undefined {
  const obj = childrenBy(tree, i, 'obj', 'nsubj:pass')[0];
  const thing = obj !== undefined && isNominal(tree, obj) && !isTimeWord(tree, obj) && !namesPeople(tree, obj) && !isActor(obj) && !childrenBy(tree, obj, 'appos', 'compound', 'flat').some(isActor);
  return thing ? obj : undefined;
}

/** The first sense of verb `i` whose requirement its arguments meet. */
function senseOf(tree: Tree, lexicon: LexiconTables, pack: LanguagePack, i: number, isActor: (token: number) => boolean): VerbSense | undefined {
  const senses = lexicon.senses && tableGet(lexicon.senses, tree.lemmas[i]);
  return senses?.find((sense) => {
    switch (sense.requirement) {
      case 'actor-object': {
        const obj = childrenBy(tree, i, 'obj')[0];
        return obj !== undefined && isActor(obj) && !childrenBy(tree, i, 'xcomp').length && !childrenBy(tree, obj, 'xcomp', 'acl').some((c) => tree.pos[c]?.upos === 'NOUN') &&
          !isNamingObject(tree, i, obj);
      }
      case 'thing-object':
        return thingObjectOf(tree, i, isActor) !== undefined;
      case 'unarmed-thing-object': {
        // As thing-object, but no armed act: "resisted the Russian advance on Bakhmut", "resisted the Russian offensive"
        // is fighting, not a rejection (CAMEO sends "resist * ATTACK" to 016 for this reason). An act of force is a noun
        // coded 18x-20x (nouns.tsv) or one of rule-words `armed-advance-noun`.
        const obj = thingObjectOf(tree, i, isActor);
        return obj !== undefined && !ARMED_ADVANCES.has(tree.lemmas[obj]) && !/^1[89]|^20/.test(nounCode(tree, lexicon, obj) ?? '');
      }
      case 'complement':
        // "demonstrated its commitment", "demonstrated that …", "as demonstrated by …". A day the parser made the
        // object is when, not what ("members of the union will demonstrate Monday at Dart Group Corp's headquarters").
        return childrenBy(tree, i, 'obj', 'ccomp', 'xcomp', 'nsubj:pass', 'aux:pass').some((c) => !isTimeWord(tree, c)) || markerOf(tree, i) === 'as';
      case 'infinitive':
        // "commit to take the following actions", "committed to working with …", "fighting to be
        // equal members" (a copular infinitive is headed by its noun; the parser may call it ccomp).
        return childrenBy(tree, i, 'xcomp', 'ccomp', 'advcl', 'obl').some((c) => markerOf(tree, c) === 'to' && (tree.pos[c]?.upos === 'VERB' || ['xcomp', 'ccomp'].includes(tree.deps[c].deprel)));
      case 'own-course':
        // "would have preferred to offer the post", "preferred to be less definite", "prefer entering into joint
        // ventures": a clause of the subject's own, infinitive (copular too) or gerund, after the verb.
        return childrenBy(tree, i, 'xcomp', 'ccomp', 'advcl').some((c) => c > i && !childrenBy(tree, c, 'nsubj').length &&
          (markerOf(tree, c) === 'to' || (tree.pos[c]?.xpos === 'VBG' && !childrenBy(tree, c, 'mark').length)));
      case 'actor-infinitive': {
        // "wants Iran to stop": an actor asked to act; "wants the victory" and "want to defend" ask no one. The
        // parser may call the infinitive after an object adverbial ("encouraged the leaders to continue working").
        const obj = askedOf(tree, i);
        return obj !== undefined && isActor(obj) && askedInfinitive(tree, i, obj, isActor);
      }
      case 'object-infinitive': {
        // "encouraged the legislators to look for ways …", "encouraged companies to take advantage": people asked to
        // act whom no actor names (#12); a number or a thing ("encouraged the economy to grow", "it to fall") is not.
        const obj = askedOf(tree, i);
        return obj !== undefined && namesPeople(tree, obj) && askedInfinitive(tree, i, obj, isActor);
      }
      case 'joint-subject': {
        // "The two leaders will consider …", "Putin and Tebboune considered …": parties deliberating
        // together consult; "the Government will consider what action to take" consults no one.
        const subj = subjectOf(tree, i);
        return subj !== undefined && !subj.passive && isActor(subj.token) && (childrenBy(tree, subj.token, 'conj').length > 0 || tree.pos[subj.token]?.xpos === 'NNS');
      }
      case 'coordinated-subject': {
        // "President Biden and President Sánchez spoke today about …": named parties speaking together; a
        // plural noun alone ("the people spoke", "leaders also spoke about the services") names no two sides.
        const subj = subjectOf(tree, i);
        return subj !== undefined && !subj.passive && isActor(subj.token) && childrenBy(tree, subj.token, 'conj').some(isActor);
      }
      case 'actor-addressee':
        // "spoke to President López Obrador": talk addressed to an actor; "spoke to reporters", "to the
        // nation", "spoke to the Administration's commitment" address no party.
        return childrenBy(tree, i, 'obl').some((c) => markerOf(tree, c) === 'to' && isActor(c));
      case 'forecast-clause':
        // "suggested that this would be a grave error": what would be is an opinion; "suggested
        // that they meet", "… that they should meet" propose an act.
        return thatClausesOf(tree, i).some((c) => isForecast(tree, c));
      case 'indicative-clause':
        // "suggest the central bank is keeping credit conditions unchanged", "suggesting there are
        // precise targets": a clause stating what is or was is evidence or opinion; a proposal's clause
        // is subjunctive or takes "should" ("suggested that they meet", "… that the winner should get").
        return thatClausesOf(tree, i).some((c) => isIndicative(tree, c));
      case 'thing-subject': {
        // "Public comments by Fed officials suggest …", "the figures suggest …": a thing indicates, only an actor proposes.
        // A name compounded on the subject is a party the parser split off ("Brazil today suggested").
        const subj = subjectOf(tree, i);
        return subj !== undefined && !subj.passive && tree.pos[subj.token]?.upos === 'NOUN' && !isActor(subj.token) &&
          !childrenBy(tree, subj.token, 'compound', 'flat').some((c) => isActor(c) || namesParty(tree, c));
      }
      case 'intransitive':
        // "the U.S. unit eased to 1.8205 marks", "labour troubles eased": easing nothing named lifts no restriction.
        return !childrenBy(tree, i, 'obj', 'nsubj:pass', 'ccomp', 'xcomp').length;
      case 'bare':
        // "The other Republican member of the board, Marvin Duncan, agreed", "'I agree, a few years ago …'", "Johnson at
        // First Chicago agreed, citing …": the verb takes nothing it agrees on, to or with, no clause, no infinitive, no
        // marked adverbial ("agreed on having a group of virologists sent", parsed as a clause) and no passive subject.
        // "As we agreed" (a reference to an agreement), "said that Russia agreed" (a reported agreement, told before) and
        // "met and agreed" (a conjunct) are not bare; nor is agreement among parties the subject lists or groups ("Biden,
        // Ghani, and Abdullah agreed", "the Turkish and Afghan leaders agreed", a readout's "The leaders agreed", "They
        // agreed"): they agreed with each other.
        return !childrenBy(tree, i, 'obj', 'iobj', 'obl', 'ccomp', 'xcomp', 'csubj', 'nsubj:pass', 'aux:pass', 'parataxis').length &&
          !childrenBy(tree, i, 'advcl').some((c) => markerOf(tree, c) !== undefined) && markerOf(tree, i) === undefined && tree.deps[i].deprel !== 'conj' &&
          !subjectListsParties(tree, i, isActor);
      case 'thing-forecast':
        // "economists warned that the federal funds rate will be subject to volatility", "warned a further
        // dollar fall might force the Fed …": a forecast about things, warning no one. An actor warned
        // ("warned Congress that …") or an actor or pronoun in the forecast ("that any further Russian
        // incursion would be …", "that it may retaliate") keeps the threat.
        return !childrenBy(tree, i, 'obj', 'iobj').some(isActor) && childrenBy(tree, i, 'ccomp').some((c) => isForecast(tree, c) && isThingSubjectOf(tree, c, isActor));
      case 'thing-clause':
        // "warned that the budget deficit was running above target", "warned there were some risks" (thing-clause.ts).
        return !childrenBy(tree, i, 'obj', 'iobj').some(isActor) && childrenBy(tree, i, 'ccomp').some((c) => isThingClause(tree, pack, i, c, isActor));
      case 'thing-agent': {
        // "it was badly hit by a cut in its quota", "would be hit hard by the proposed EC tax", "hit by Japanese semiconductor
        // trade": a passive whose "by" agents are things (no actor, no name, no act of force; a weapon fits a pattern first)
        // is harm by circumstance, no attack. "struck by Teamsters Union Local 125", "hit by Russian shelling" keep theirs.
        const agents = childrenBy(tree, i, 'obl', 'obl:agent').filter((o) => markerOf(tree, o) === 'by');
        return childrenBy(tree, i, 'nsubj:pass', 'aux:pass').length > 0 && agents.length > 0 && agents.every((a) =>
          isNominal(tree, a) && tree.pos[a]?.upos !== 'PROPN' && !isActor(a) && !/^1[3-9]|^20/.test(nounCode(tree, lexicon, a) ?? ''));
      }
      case 'foreign-thing-object': {
        // "has banned a Czechoslovakian milk powder", "banned two brands of Austrian powdered milk": a thing, no actor
        // nor people ("banned Russian journalists"), that a country's adjective marks, on it or on its "of" phrase (the
        // tagger may make the adjective a name compounded on the noun: "banned Polish apples").
        const obj = childrenBy(tree, i, 'obj')[0];
        if (obj === undefined || tree.pos[obj]?.upos !== 'NOUN' || isActor(obj) || namesPeople(tree, obj)) return false;
        // "banned Ugandan opposition candidates": a modifier naming a party (no country's adjective) makes them people.
        if (childrenBy(tree, obj, 'compound', 'flat', 'appos').some((m) => isActor(m) && kbCountry(tree.words[m]) === undefined)) return false;
        // The marked noun must name goods (rule-words.tsv `goods-noun`): "American adoptions", "Turkish soap operas",
        // "German shepherd dogs", "Japanese financial institutions" are no embargo.
        return [obj, ...childrenBy(tree, obj, 'nmod').filter((m) => markerOf(tree, m) === 'of')]
          .some((t) => GOODS_NOUNS.has(tree.lemmas[t]) && childrenBy(tree, t, 'amod', 'compound').some((m) => kbCountry(tree.words[m]) !== undefined));
      }
      case 'foreign-goods-on': {
        // "the tough trade sanctions President Reagan imposed on Japanese exports", "the tariffs it is to impose on
        // Japanese exports": the measure is the relative clause's head, so no object and no IMPOSE pattern fits; an
        // "on" phrase naming goods (rule-words `goods-noun`) a country's adjective marks says it is an embargo. The
        // parser may split "Japanese electronics goods" into two obliques: the noun after the marked one counts too.
        if (childrenBy(tree, i, 'obj').length) return false;
        const obliques = childrenBy(tree, i, 'obl');
        return obliques.filter((t) => markerOf(tree, t) === 'on' && childrenBy(tree, t, 'amod', 'compound').some((m) => kbCountry(tree.words[m]) !== undefined))
          .some((t) => [t, ...childrenBy(tree, t, 'nmod').filter((m) => markerOf(tree, m) === 'of'), ...obliques.filter((o) => o === t + 1)]
            .some((g) => GOODS_NOUNS.has(tree.lemmas[g])));
      }
      case 'thing-cause': {
        // "The bank partly blamed the expected decline in investment on the uncertain outlook", "blamed recent rapid spot
        // price changes on unbalanced supply and demand": a thing blamed on a thing explains a change and accuses no one.
        // A party anywhere in the blame keeps the accusation: "blamed their difficulties on the IMF recovery plan", "on the
        // reluctance of governments", "on Brazil's government price restrictions", "blamed Iran for …" (no "on" phrase).
        // The parser often hangs the "on" phrase inside the object ("changes on … supply", "the decline in manufacturing
        // investment on the … outlook" under "manufacturing"): the cause all the same.
        const objects = childrenBy(tree, i, 'obj', 'iobj', 'nsubj:pass');
        const causes = [...childrenBy(tree, i, 'obl'), ...objects.flatMap((o) => walkTokens(tree, o).slice(1))]
          .filter((c) => markerOf(tree, c) === 'on' && isNominal(tree, c));
        const blamed = [...objects, ...causes];
        return causes.length > 0 && blamed.every((b) => isNominal(tree, b)) &&
          !blamed.some((b) => walkTokens(tree, b).some((t) => isActor(t) || namesPeople(tree, t) || namesParty(tree, t) ||
            (tree.pos[t]?.upos === 'NOUN' && BLAMED_PEOPLE_NOUNS.has(tree.lemmas[t])) || BLOC_ADJECTIVES.has(tree.words[t].toLowerCase())));
      }
      case 'thing-topic': {
        // "warned of earnings setbacks", "warned of another dip to below 145 yen", "warned against complacency": no one
        // warned and no act named, only a topic. "warned Iran of stronger countermeasures", "warned of possible
        // retaliation" (an event noun of conflict) and "warned that it may retaliate" (a clause) keep the threat.
        // "warned against sanctions on Russia": an act warned against is someone else's, not the speaker's response to
        // come, so it is advice whatever the act, unless its doer is named ("against new EU sanctions", "against Russian
        // aggression"); whom the act would fall on is no party warned (warned-act.ts).
        const topics = childrenBy(tree, i, 'obl').filter((c) => TOPIC_MARKERS.has(markerOf(tree, c) ?? ''));
        return topics.length > 0 && !childrenBy(tree, i, 'obj', 'iobj', 'ccomp', 'xcomp').length &&
          !childrenBy(tree, i, 'obl').some((o) => isActor(o) && !isWarnedActTarget(tree, o, i)) && topics.every((c) => isNominal(tree, c) &&
            (markerOf(tree, c) === 'against' ? !isWarnedThreat(tree, lexicon, c, isActor) :
              isUnwagedFight(tree, c) || (!THREAT_TOPICS.has(tree.lemmas[c]) && !/^1[3-9]|^20/.test(nounCode(tree, lexicon, c) ?? ''))));
      }
    }
    return false;
  });
}

/** Nouns of punishment or coercion (rule-words `punitive-noun`). */
const PUNITIVE_NOUNS = ruleWords('punitive-noun');

/** Possessive pronouns (rule-words `possessive-pronoun`): on a warned act's target they point back to the speaker. */
const POSSESSIVE_PRONOUNS = ruleWords('possessive-pronoun');

/**
 * Whether an act warned against (`act`, the "against" phrase) keeps the warning a threat: a hostile or punitive act
 * ("against new EU sanctions", "against Russian aggression"; not "against Greek debt relief", "against German
 * complacency") whose doer is named, or that would fall on the speaker's own ground ("against any attack on its soil").
 */
function isWarnedThreat(tree: Tree, lexicon: LexiconTables, act: number, isActor: (token: number) => boolean): boolean {
  const lemma = tree.lemmas[act];
  const threatening = isHostileAct(tree, act) || PUNITIVE_NOUNS.has(lemma) || THREAT_TOPICS.has(lemma) || /^1[3-9]|^20/.test(nounCode(tree, lexicon, act) ?? '');
  if (!threatening) return false;
  const onSpeaker = childrenBy(tree, act, 'nmod').some((m) => ACT_TARGET_PREPOSITIONS.has(markerOf(tree, m) ?? '') &&
    childrenBy(tree, m, 'nmod:poss').some((p) => POSSESSIVE_PRONOUNS.has(tree.words[p].toLowerCase())));
  return onSpeaker || hasNamedDoer(tree, act, (t) => isActor(t) || kbCountry(tree.words[t]) !== undefined);
}

/** Prepositions by which an act names whom it falls on (rule-words `act-target-preposition`: "attack on its soil"). */
const ACT_TARGET_PREPOSITIONS = ruleWords('act-target-preposition');

/** Prepositions that give the topic of a warning ("warned of", "about", "against"). */
const TOPIC_MARKERS = new Set(['of', 'about', 'against']);
/** Nouns of a response or punishment: a warning of one is a threat. */
const THREAT_TOPICS = ruleWords('threat-topic');

/**
 * The verb's complement clauses: its `ccomp`s, and a "that" clause the parser attached as an adverbial
 * ("he insisted during the week-long tour here that it is a high priority", "officials insist that on beef
 * they will not liberalize imports": an intervening phrase makes it `advcl`). "so that" is a purpose, not content.
 */
function thatClausesOf(tree: Tree, i: number): number[] {
  return [...childrenBy(tree, i, 'ccomp'), ...childrenBy(tree, i, 'advcl').filter((c) => markerOf(tree, c) === 'that'), ...splitClausesOf(tree, i)];
}

/**
 * The party asked to act in "V X to do": the direct object, or the indirect one where the parser read the verb as
 * ditransitive ("has told the government not to compromise", "told his ruling party to come up with a draft").
 */
function askedOf(tree: Tree, i: number): number | undefined {
  return childrenBy(tree, i, 'obj')[0] ?? childrenBy(tree, i, 'iobj')[0];
}

/**
 * Whether a "to" infinitive after the asked party `obj` says what it should do; the parser hangs it as `xcomp`,
 * `advcl` or, after an indirect object, `ccomp` ("told the government not to compromise"). A topic phrase between them,
 * naming no actor nor people, owns the infinitive: "told Mr Brown of his intention to stand down", "told him about the
 * work to bring … back" ask no one to act; "the leaders of both countries to …" is the asked party. So does an occasion
 * under any preposition: "told Wang Yi during a call to discuss the crisis", "told MPs in a debate to approve the bill".
 */
function askedInfinitive(tree: Tree, i: number, obj: number, isActor: (token: number) => boolean): boolean {
  const topicBetween = (c: number): boolean => tree.words.some((_, n) => n > obj && n < c && isNominal(tree, n) && !isActor(n) && !namesPeople(tree, n) && !isTimeWord(tree, n) &&
    childrenBy(tree, n, 'case').some((m) => TOLD_TOPIC_PREPOSITIONS.has(tree.lemmas[m]) || TOLD_SETTINGS.has(tree.lemmas[n])));
  return childrenBy(tree, i, 'xcomp', 'advcl', 'ccomp').some((c) => c > obj && markerOf(tree, c) === 'to' && tree.pos[c]?.upos === 'VERB' && !topicBetween(c));
}

/** Prepositions of a phrase telling what the telling is about (rule-words `told-topic-preposition`). */
const TOLD_TOPIC_PREPOSITIONS = ruleWords('told-topic-preposition');
/** Nouns of an occasion whose phrase, under any preposition, owns a following infinitive (rule-words `told-setting-noun`). */
const TOLD_SETTINGS = ruleWords('told-setting-noun');

/** Nouns (lemmas) and pronouns (word forms) of people or bodies that can be asked to act (rule-words `people-noun`). */
const PEOPLE_NOUNS = ruleWords('people-noun');
const GOODS_NOUNS = ruleWords('goods-noun');
const PEOPLE_PRONOUNS = ruleWords('people-pronoun');
/** People a thing is blamed on, besides people-noun ("his predecessor", "saboteurs"), rule-words `blamed-person-noun`. */
const BLAMED_PEOPLE_NOUNS = ruleWords('blamed-person-noun');
/** A bloc's adjectives ("Western meddling"): parties as a nationality is, rule-words `bloc-adjective`. */
const BLOC_ADJECTIVES = ruleWords('bloc-adjective');

/** Whether `t` names people asked to act: a name, a noun of people or bodies, or a pronoun of people ("them", not "it"). */
function namesPeople(tree: Tree, t: number): boolean {
  const upos = tree.pos[t]?.upos;
  if (upos === 'PROPN') return true;
  if (upos === 'PRON') return PEOPLE_PRONOUNS.has(tree.words[t]);
  return upos === 'NOUN' && PEOPLE_NOUNS.has(tree.lemmas[t]);
}

/**
 * A complement clause the parser split at its subject: the subject made the verb's object (or a second subject after it)
 * and the clause's predicate an unmarked `xcomp`, `advcl` or `parataxis` after it, with a finite auxiliary or copula of its
 * own ("Straw has suggested it is unlikely to be held until 2006", "suggested Labour was avoiding news conferences", "has
 * suggested the referendum could take place in spring 2006", "ministers insist the Mental Capacity Bill would not change laws"). A "to" infinitive ("urged Iran to stop") or a marked adverbial ("because …") is no such clause.
 */
function splitClausesOf(tree: Tree, i: number): number[] {
  const subject = [...childrenBy(tree, i, 'obj'), ...childrenBy(tree, i, 'nsubj')].find((s) => s > i);
  if (subject === undefined) return [];
  return childrenBy(tree, i, 'xcomp', 'advcl', 'parataxis').filter((c) => c > subject && markerOf(tree, c) === undefined &&
    childrenBy(tree, c, 'aux', 'aux:pass', 'cop').some((a) => a < c && FINITE_TAGS.has(tree.pos[a]?.xpos ?? '')));
}

/** Auxiliaries that make a clause a forecast or possibility, not a proposed act. */
const FORECAST_AUXILIARIES = ruleWords('forecast-auxiliary');

function isForecast(tree: Tree, clause: number): boolean {
  return childrenBy(tree, clause, 'aux').some((a) => FORECAST_AUXILIARIES.has(tree.lemmas[a]));
}

/** Finite forms that only the indicative has: a subjunctive or proposal clause takes the base form or "should". */
const INDICATIVE_TAGS = new Set(['VBZ', 'VBD']);
const INDICATIVE_BE = new Set(['is', 'are', 'am', 'was']);

/** Whether a clause's finite verb (its first auxiliary or copula, else its head) is indicative and no modal rules it. */
function isIndicative(tree: Tree, clause: number): boolean {
  const auxiliaries = childrenBy(tree, clause, 'aux', 'aux:pass', 'cop');
  if (auxiliaries.some((a) => tree.pos[a]?.xpos === 'MD')) return false;
  const finite = auxiliaries.length ? Math.min(...auxiliaries) : clause;
  return INDICATIVE_TAGS.has(tree.pos[finite]?.xpos ?? '') || INDICATIVE_BE.has(tree.words[finite]);
}

/**
 * Whether a clause's subject is a common noun that names no party: no actor, proper name or
 * nationality adjective on it ("a further dollar fall", not "any further Russian incursion in Ukraine").
 */
function isThingSubjectOf(tree: Tree, clause: number, isActor: (token: number) => boolean): boolean {
  const subj = childrenBy(tree, clause, 'nsubj', 'nsubj:pass')[0];
  if (subj === undefined || tree.pos[subj]?.upos !== 'NOUN' || isActor(subj)) return false;
  return !tree.children[subj].some((d) => isActor(d) || namesParty(tree, d) || tree.children[d].some((e) => namesParty(tree, e)));
}

/** A proper name or a nationality adjective ("Russian", "Iranian"). */
function namesParty(tree: Tree, t: number): boolean {
  const upos = tree.pos[t]?.upos;
  return upos === 'PROPN' || (upos === 'ADJ' && kbCountry(tree.words[t]) !== undefined);
}

/**
 * Verbs that carry no meaning of their own in "had talks", "made an offer", "reached an agreement",
 * "took place": outside the CAMEO dictionary, they trigger only through an event noun.
 */
const LIGHT_VERBS = ruleWords('light-verb');

function matchLightVerb(tree: Tree, lexicon: LexiconTables, i: number): TriggerMatch | undefined {
  const noun = eventNounOf(tree, lexicon, i);
  // A light verb does its object's act ("renewed its request"); an event noun as its active subject only caused
  // something ("the talks renewed hopes", "the visit by Xi renewed speculation"), unless the verb says it happened
  // ("talks began"), as matchVerb's subject rule.
  if (noun === undefined || (tree.deps[noun].deprel === 'nsubj' && !HAPPENING.has(tree.lemmas[i]))) return undefined;
  const reading = nounReading(tree, lexicon, noun);
  return { token: i, tokens: [i, i + 1], code: reading?.code ?? '---', kind: 'noun', noun, reason: reason('events/trigger-light-verb', { verb: tree.lemmas[i], noun: tree.words[noun], note: reading?.note ?? '' }) };
}

/**
 * Whether object noun `n` names force (CAMEO 17-20: coercion, assault) whose doer it names itself:
 * a nationality adjective, a proper-name compound or a possessor other than a pronoun ("the U.S.
 * attacks", "an Iranian missile strike", "Iraq's offensive"), or a "by" agent. "Launched its
 * offensive", "called a strike", "held talks with" stay the subject's own acts.
 */
function isOthersAct(tree: Tree, lexicon: LexiconTables, n: number): boolean {
  if (tree.deps[n].deprel === 'nsubj' || !/^(1[789]|20)/.test(nounCode(tree, lexicon, n) ?? '')) return false;
  if (hasAgent(tree, n)) return true;
  return tree.children[n].some((c) => {
    const rel = tree.deps[c].deprel;
    if (rel === 'nmod:poss') return tree.pos[c]?.upos !== 'PRON';
    return (rel === 'amod' || rel === 'compound') && namesParty(tree, c);
  });
}

/** Verbs that answer or refuse an appeal named by their object (rule-words.tsv `answering-verb`). */
const ANSWERING = ruleWords('answering-verb');

/**
 * Whether object noun `n` is an appeal (CAMEO 02) that its verb answers or refuses: "answered a call for help from
 * Haiti", "heeded the call for troops". The caller asked, not the subject; "answered a call from Biden" (a phone call)
 * stays the subject's own consultation.
 */
function isAnsweredAppeal(tree: Tree, lexicon: LexiconTables, n: number): boolean {
  const { head, deprel } = tree.deps[n];
  return head >= 0 && (deprel === 'obj' || deprel === 'nsubj:pass') && ANSWERING.has(tree.lemmas[head]) && (nounCode(tree, lexicon, n)?.startsWith('02') ?? false);
}

/** Whether event noun `n` names who did it in a "by" phrase ("the strike by seamen"). */
function hasAgent(tree: Tree, n: number): boolean {
  return tree.children[n].some((c) => baseRel(tree, c) === 'nmod' && markerOf(tree, c) === 'by');
}

/** Verbs that say an event broke out, with any particle (rule-words `outbreak-verb`: "break out", "erupt"). */
const OUTBREAK = ruleWords('outbreak-verb');
/** Verbs that say a fight went on or began, an outbreak only with an `outbreak-noun` subject ("Fighting continued"). */
const OUTBREAK_ONGOING = ruleWords('outbreak-ongoing-verb');
/** The tree's lemmas of existential "be": its forms table maps "was" to "is" ("There was fighting between …"). */
const BE_LEMMAS: ReadonlySet<string> = new Set(['be', 'is']);
/** Their verbs' lemmas, and existential "be": the one test every verb of every sentence pays before the outbreak reading. */
const OUTBREAK_HEADS: ReadonlySet<string> = new Set([...BE_LEMMAS, ...[...OUTBREAK, ...OUTBREAK_ONGOING].map((key) => key.split(' ')[0])]);

/** Words for fighting or unrest read only as the subject of an outbreak (rule-words `outbreak-noun`), with their CAMEO codes. */
const OUTBREAK_NOUNS = outbreakNounCodes();

/** Whether verb `i` is existential "be" ("There were clashes between …"). */
function isExistential(tree: Tree, i: number): boolean {
  return BE_LEMMAS.has(tree.lemmas[i]) && childrenBy(tree, i, 'expl').some((c) => tree.lemmas[c] === 'there');
}

/**
 * Whether noun `n` is the subject of a forecast existential ("There will be talks between India and Pakistan next
 * week"): it tells no event, as `matchOutbreak` reads it; the other readers of event nouns ask this too (review d #3).
 */
export function isForecastExistentialSubject(tree: Tree, n: number): boolean {
  // The parser may make the noun the head, "be" its copula and "there" a modifier ("There will be talks between …").
  if (childrenBy(tree, n, 'cop').some((c) => BE_LEMMAS.has(tree.lemmas[c])) && tree.children[n].some((c) => c < n && tree.lemmas[c] === 'there')) return isForecast(tree, n);
  return isExistentialSubject(tree, n) && isForecast(tree, tree.deps[n].head);
}

/** Whether token `n` is the subject of existential "be" ("There was talk of war": a noun, however the tagger tagged it). */
function isExistentialSubject(tree: Tree, n: number): boolean {
  const head = tree.deps[n]?.head ?? -1;
  return head >= 0 && baseRel(tree, n) === 'nsubj' && BE_LEMMAS.has(tree.lemmas[head]) && isExistential(tree, head);
}

/** Modifiers that make a fight one of words, prices or trade (rule-words `unarmed-fight-modifier`: "trade war", "war of words"). */
const UNARMED_FIGHT_MODIFIERS = ruleWords('unarmed-fight-modifier');

/** Whether `outbreak-noun` token `n` names a fight, not one of words or trade ("A trade war broke out", "the war of words"). */
function isArmedFight(tree: Tree, n: number): boolean {
  return !childrenBy(tree, n, 'compound', 'amod', 'nmod').some((m) => UNARMED_FIGHT_MODIFIERS.has(tree.lemmas[m]) || UNARMED_FIGHT_MODIFIERS.has(tree.words[m].toLowerCase()));
}

/** Prepositions naming a fight's sides without the speaker (rule-words `others-fight-marker`: "war between Israel and Iran"). */
const OTHERS_FIGHT_MARKERS = ruleWords('others-fight-marker');

/**
 * Whether fight noun `n` a warning names is none the speaker would wage: one between others ("warned of war between
 * Israel and Iran") or of trade or prices ("warned of a trade war"), no threat of force (#12, session 53).
 */
function isUnwagedFight(tree: Tree, n: number, speaker?: number, codeOf: (token: number) => string | undefined = () => undefined): boolean {
  if (!OUTBREAK_NOUNS.has(tree.words[n].toLowerCase())) return false;
  // "Iran warned of an all-out war between Iran and Israel": a speaker named as one side would wage it (review d #1);
  // "Iran's foreign minister warned of a war between Iran and Israel": by its actor code, as words differ (review b #6).
  const code = speaker === undefined ? undefined : codeOf(speaker);
  const named = (side: number) => speaker !== undefined && (tree.words[side].toLowerCase() === tree.words[speaker].toLowerCase() || (code !== undefined && codeOf(side) === code));
  return !isArmedFight(tree, n) || childrenBy(tree, n, 'nmod').some((m) => OTHERS_FIGHT_MARKERS.has(markerOf(tree, m) ?? '') &&
    !conjuncts(tree, m).some(named));
}

/** Whether warning verb `i` (rule-words `warning-verb`) warns of, about or against a fight the speaker would not wage. */
function isWarningOfUnwagedFight(tree: Tree, i: number, codeOf: (token: number) => string | undefined): boolean {
  const subj = subjectOf(tree, i);
  const speaker = subj && !subj.passive ? subj.token : undefined;
  return WARNING_VERBS.has(tree.lemmas[i]) && childrenBy(tree, i, 'obl').some((c) => TOPIC_MARKERS.has(markerOf(tree, c) ?? '') && isUnwagedFight(tree, c, speaker, codeOf));
}

/**
 * The `outbreak-noun` subject of verb `i` ("Fighting broke out", "There was fighting"). The tagger may make "Fighting"
 * opening the sentence a verb of its own, hung on this one as an auxiliary, or with its phrase as an unmarked adverbial
 * clause ("Fighting between Armenian and Azerbaijani troops erupted"); one after the verb is only ever its subject.
 */
function outbreakNounOf(tree: Tree, i: number): number | undefined {
  const isOpeningVerb = (c: number): boolean => c < i && (['aux', 'aux:pass'].includes(tree.deps[c].deprel) || (tree.deps[c].deprel === 'advcl' && markerOf(tree, c) === undefined));
  return tree.children[i].find((c) => OUTBREAK_NOUNS.has(tree.words[c].toLowerCase()) && (['nsubj', 'csubj'].includes(tree.deps[c].deprel) || isOpeningVerb(c)));
}

/**
 * The sentence's root noun when verb `i` hangs on it as a clause: "Riots erupted in Lagos", "Heavy fighting raged
 * between …" parsed as a noun with a reduced relative. An outbreak verb takes no object, so it has no passive participle
 * to make one ("*riots erupted by …"): the noun is its subject, and the sentence has no other verb to be the event.
 */
function rootNounOf(tree: Tree, i: number): number[] {
  const noun = rootNounBefore(tree, i);
  return noun === undefined ? [] : [noun];
}

/**
 * An event noun told only as happening: the subject of an outbreak verb ("Fighting broke out between …", "the clashes
 * erupted in villages …") or of existential "be" ("There were clashes between …", "There was fighting between …"). The
 * verb names no act of its own, and "break" would otherwise be read as a breach of its subject; the noun decides the
 * event. A word for fighting also goes on or begins ("Fighting continued between …"); an event noun of nouns.tsv that
 * does is read by `happening`.
 */
function matchOutbreak(tree: Tree, lexicon: LexiconTables, i: number): TriggerMatch | undefined {
  if (!OUTBREAK_HEADS.has(tree.lemmas[i])) return undefined;
  const particles = tree.children[i].filter((c) => tree.deps[c].deprel === 'compound:prt').map((c) => tree.lemmas[c]);
  const verb = [tree.lemmas[i], ...particles].join(' ');
  const outbreak = OUTBREAK.has(verb);
  const ongoing = OUTBREAK_ONGOING.has(verb);
  // "There will/would/could be a meeting" forecasts or announces: the training gold codes no such noun as an event (#12).
  if (!outbreak && !ongoing && (!isExistential(tree, i) || isForecast(tree, i))) return undefined;
  const said = [...childrenBy(tree, i, 'nsubj'), ...rootNounOf(tree, i)];
  const noun = ongoing && !outbreak ? undefined : said.find((n) => nounKey(tree, lexicon, n) !== undefined && (isNominal(tree, n) || isExistentialSubject(tree, n)));
  const subject = noun ?? outbreakNounOf(tree, i) ?? rootNounOf(tree, i).find((n) => OUTBREAK_NOUNS.has(tree.words[n].toLowerCase()));
  if (subject === undefined) return undefined;
  // "A trade war erupted between the US and China": a fight of words, prices or trade breaking out is no event, and the
  // verb's own patterns ("erupt" with CAMEO's "&FIGHT *") must not read it as one (session 53 review d).
  if (noun === undefined && !isArmedFight(tree, subject)) {
    return outbreak ? { token: i, tokens: [subject, subject + 1], code: '---', kind: 'noun', noun: subject, reason: reason('events/trigger-unarmed-fight', { verb, noun: tree.words[subject] }) } : undefined;
  }
  const code = noun !== undefined ? nounCode(tree, lexicon, noun) ?? '---' : OUTBREAK_NOUNS.get(tree.words[subject].toLowerCase())!;
  const why = outbreak || ongoing ? reason('events/trigger-noun', { verb, noun: tree.words[subject] }) : reason('events/trigger-existential', { verb: tree.words[i], noun: tree.words[subject] });
  // The words of the event are the noun's, as a meeting phrase's are ("There were talks": "talks", not "were").
  return { token: i, tokens: [subject, subject + 1], code, kind: 'noun', noun: subject, reason: why };
}

/** Verbs of travel, whose phrases may name the talks the journey led to or came from. */
const TRAVEL_VERBS = ruleWords('travel-verb');

/** Verbs that say an event happened, went on or ended, with the event noun as their subject. */
const HAPPENING = ruleWords('happening');

/** Objects that make a verb of happening an idiom ("took place"), with no act of the verb's own. */
const HAPPENING_OBJECTS = ruleWords('happening-object');

/** Verbs that organise, start or carry on an act named by their object: the noun decides the event. */
const ORGANIZING = ruleWords('organizing');
/** Verbs of breach, whose event-noun object names what is broken, not an event (rule-words `breach-verb`). */
const BREACH_VERBS = ruleWords('breach-verb');

/**
 * Particles that turn an organising verb into its undoing: "called off the strikes" ends the strike
 * (CAMEO CANCEL, a concession), it does not call one; the multi-word verb's patterns decide.
 */
const UNDOING_PARTICLES = ruleWords('undoing-particle');

/**
 * Nouns that count the sittings of an event named in their "of" phrase ("a round of talks", `meeting-span`). Stretches of
 * time stay out: "set the time of the meeting" does not hold it.
 */
const EVENT_SPANS = ruleWords('meeting-span');

/**
 * The event noun a verb governs as object or passive subject ("held talks", "talks were held"), or measured by a span
 * noun there ("the latest round of talks between … are still proceeding", "had a series of discussions with …": #12,
 * acts told inside a statement).
 */
export function eventNounOf(tree: Tree, lexicon: LexiconTables, verb: number): number | undefined {
  const isEvent = (n: number): boolean => nounKey(tree, lexicon, n) !== undefined && isNominal(tree, n);
  for (const n of childrenBy(tree, verb, 'obj', 'nsubj:pass', 'nsubj')) {
    if (isEvent(n)) return n;
    if (EVENT_SPANS.has(tree.lemmas[n])) {
      // Meetings only (CAMEO 04), as the span nouns count sittings: "the Uruguay round of the General Agreement on Trade
      // and Tariffs" names a treaty's negotiating round, not an agreement made (training wire, a false AGREE).
      const measured = childrenBy(tree, n, 'nmod').find((m) => markerOf(tree, m) === 'of' && isEvent(m) && nounCode(tree, lexicon, m)?.startsWith('04'));
      if (measured !== undefined) return measured;
    }
  }
  return undefined;
}

/**
 * Modifiers that change what an event noun names: an "air strike" is an attack, a "hunger strike"
 * a hunger strike, a "peace march" still a march.
 */
const NOUN_MODIFIERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  strike: { air: '195', missile: '195', drone: '195', military: '190', nuclear: '204', retaliatory: '190', hunger: '142' },
  strikes: { air: '195', missile: '195', drone: '195', military: '190', retaliatory: '190', hunger: '142' },
};

/** An event noun's code, with the note `explain` gives for it. */
interface NounReading {
  readonly code: string;
  readonly note: string;
}

/** Nouns that name an appeal when a phrase or their verb says so (rule-words.tsv `appeal-noun`: "call"). */
const APPEAL_NOUNS = ruleWords('appeal-noun');
/** Prepositions whose object is what an appeal asks for ("its call for a ceasefire", `appeal-marker`). */
const APPEAL_MARKERS = ruleWords('appeal-marker');
/** Verbs that make the noun an appeal whatever its phrases: nobody renews a phone call (`appeal-renewing`). */
const APPEAL_RENEWING = ruleWords('appeal-renewing');
/** Prepositions naming a call's partner, which makes it a conversation ("a call with Macron for an hour", `appeal-partner-marker`). */
const PARTNER_MARKERS = ruleWords('appeal-partner-marker');
/** Compounds that make a call a phone or video call: the `remote` words and "conference" (`call-medium`). */
const CALL_MEDIA: ReadonlySet<string> = new Set([...ruleWords('remote'), ...ruleWords('call-medium')]);
/** Stretches of time (`duration-noun`): "a call for an hour" times the call. */
const DURATIONS = ruleWords('duration-noun');
/** People a call is held for, its audience, never what an appeal asks for ("a call for reporters", "for investors"). */
const AUDIENCES: ReadonlySet<string> = new Set([...ruleWords('people-noun'), ...ruleWords('press-partner')]);
const BY_PHRASE: NounReading = { code: '020', note: 'a call "for" something: an appeal' };
const BY_VERB: NounReading = { code: '020', note: 'a call renewed or repeated: an appeal' };

/**
 * The reading a phrase or the verb gives event noun `n` (lexicon key `key`), if any: an appeal (CAMEO 020, PLOVER
 * REQUEST), not a phone call (041). A phone call stays one when a medium names it ("a conference call for
 * investors") or it has a partner ("a call with Macron for an hour"), and a "for" phrase that names a time or a
 * stretch of it only times it ("a call for an hour on Friday", "for the first time"), one naming people its
 * audience ("a call for reporters"). A name is not refused: "its call for Israel to withdraw" asks Israel, and the
 * parser hangs the infinitive on the verb.
 */
function phraseReading(tree: Tree, key: string, n: number): NounReading | undefined {
  if (!APPEAL_NOUNS.has(key)) return undefined;
  if (childrenBy(tree, n, 'compound').some((c) => CALL_MEDIA.has(tree.lemmas[c])) ||
    childrenBy(tree, n, 'nmod').some((c) => PARTNER_MARKERS.has(markerOf(tree, c) ?? ''))) return undefined;
  const { head, deprel } = tree.deps[n];
  if (head >= 0 && (deprel === 'obj' || deprel === 'nsubj:pass') && APPEAL_RENEWING.has(tree.lemmas[head])) return BY_VERB;
  const isPhrase = (c: number): boolean => {
    const lemma = tree.lemmas[c];
    return APPEAL_MARKERS.has(markerOf(tree, c) ?? '') && !TIME_WORDS.has(lemma) && !DURATIONS.has(lemma) && !AUDIENCES.has(lemma) &&
      !childrenBy(tree, c, 'nummod').length;
  };
  // The parser often hangs the phrase on the object's verb ("renewed its call | for a ceasefire"): a phrase of the
  // head opening right after the noun is the noun's own.
  const m = childrenBy(tree, n, 'nmod').find(isPhrase) ??
    (head >= 0 ? childrenBy(tree, head, 'obl').find((c) => isPhrase(c) && (tree.children[c][0] ?? -1) === n + 1) : undefined);
  return m === undefined ? undefined : BY_PHRASE;
}

/** Nouns (word forms) that with an "of" phrase name speech about a topic, not talks (rule-words `topic-talk-noun`: "talk of war"). */
const TOPIC_TALK = ruleWords('topic-talk-noun');
const TOPIC_TALK_READING: NounReading = { code: '---', note: 'talk "of" a topic: speech about it, no talks held' };

/** The CAMEO code of event noun `n`, read with its modifiers and its phrases. */
export function nounCode(tree: Tree, lexicon: LexiconTables, n: number): string | undefined {
  return nounReading(tree, lexicon, n)?.code;
}

/** Each tree's event-noun readings by token, per lexicon; a tree is never changed, so neither is a reading. */
const NOUN_READINGS = new WeakMap<LexiconTables, WeakMap<Tree, Map<number, NounReading>>>();

/**
 * The code of event noun `n` with its note: a modifier's or a phrase's when one decides, else the noun's own. Read once
 * per tree and token: the event-noun readers (verb objects, nominal, said and presence meetings, wrongs) each ask it of
 * the same nouns, and each reading built its phrase lists and note again (#13).
 */
function nounReading(tree: Tree, lexicon: LexiconTables, n: number): NounReading | undefined {
  const key = nounKey(tree, lexicon, n);
  if (key === undefined) return undefined;
  let byTree = NOUN_READINGS.get(lexicon);
  if (!byTree) NOUN_READINGS.set(lexicon, (byTree = new WeakMap<Tree, Map<number, NounReading>>()));
  let readings = byTree.get(tree);
  if (!readings) byTree.set(tree, (readings = new Map<number, NounReading>()));
  let reading = readings.get(n);
  if (!reading) readings.set(n, (reading = readNoun(tree, lexicon, key, n)));
  return reading;
}

/** `nounReading` of a noun whose lexicon key is `key`. */
function readNoun(tree: Tree, lexicon: LexiconTables, key: string, n: number): NounReading {
  const modified = keyedModifierCode(tree, key, n);
  if (modified) return { code: modified, note: `"${keyedModifierWord(tree, key, n) ?? ''}" ${tree.words[n]}` };
  // "There was talk of war between India and Pakistan": talk of a topic is speech about it, no talks held (review d #8).
  if (TOPIC_TALK.has(tree.words[n].toLowerCase()) && childrenBy(tree, n, 'nmod', 'obl').some((m) => markerOf(tree, m) === 'of')) return TOPIC_TALK_READING;
  // "There was talk of a meeting between Putin and Xi": the event noun talked of is its topic, none held (review b #5).
  const talk = tree.deps[n]?.head ?? -1;
  if (talk >= 0 && markerOf(tree, n) === 'of' && TOPIC_TALK.has(tree.words[talk].toLowerCase())) return TOPIC_TALK_READING;
  const attack = targetedAttackCode(tree, key, n);
  if (attack) return { code: attack, note: `${tree.words[n]} on a target: an attack` };
  return phraseReading(tree, key, n) ?? { code: lexicon.nouns[key].code, note: lexicon.nouns[key].note };
}

function modifierWord(tree: Tree, lexicon: LexiconTables, n: number): string | undefined {
  return keyedModifierWord(tree, nounKey(tree, lexicon, n), n);
}

function modifierCode(tree: Tree, lexicon: LexiconTables, n: number): string | undefined {
  return keyedModifierCode(tree, nounKey(tree, lexicon, n), n);
}

/** `modifierWord` of a noun whose lexicon key is known: `nounReading` had looked it up up to three times (#13). */
function keyedModifierWord(tree: Tree, key: string | undefined, n: number): string | undefined {
  const modifiers = NOUN_MODIFIERS[key ?? ''];
  if (!modifiers) return undefined;
  const c = childrenBy(tree, n, 'compound', 'amod').find((m) => modifiers[tree.lemmas[m]] ?? modifiers[tree.words[m]]);
  return c === undefined ? undefined : tree.words[c];
}

function keyedModifierCode(tree: Tree, key: string | undefined, n: number): string | undefined {
  const word = keyedModifierWord(tree, key, n);
  return word === undefined ? undefined : NOUN_MODIFIERS[key ?? '']?.[word];
}

/** The lexicon key of an event noun, if token `n` is one. */
export function nounKey(tree: Tree, lexicon: LexiconTables, n: number): string | undefined {
  const word = tree.words[n];
  if (tableGet(lexicon.nouns, word)) return word;
  return tableGet(lexicon.nouns, tree.lemmas[n]) ? tree.lemmas[n] : undefined;
}

function isNominal(tree: Tree, n: number): boolean {
  const upos = tree.pos[n]?.upos;
  return upos === undefined || upos === 'NOUN' || upos === 'PROPN';
}

function blockName(block: string): string {
  return block.startsWith('dyad:') ? `dyad block ${block.slice(5)}` : `CAMEO block ${block}`;
}

/** Multi-word verbs whose extra words stand next to the verb win over the plain verb. */
function chooseEntry(tree: Tree, entries: readonly VerbEntry[], i: number): VerbEntry | undefined {
  // Loops, not two searches with closures: this runs on every verb with an entry (#13).
  let single: VerbEntry | undefined;
  for (const e of entries) {
    if (e.before || e.after) {
      if (multiWordFits(tree, i, e)) return e;
    } else single ??= e;
  }
  return single;
}

function multiWordFits(tree: Tree, i: number, e: VerbEntry): boolean {
  const before = e.before ?? [];
  for (let k = 0; k < before.length; k++) if (tree.words[i - before.length + k] !== before[k]) return false;
  const after = e.after ?? [];
  // The infinitive's "to" belongs to the next verb: "we're going to lose", "what it is going to do"
  // are no "go to" (a journey, CAMEO GO_SOMEWHERE).
  for (let k = 0; k < after.length; k++) {
    if (tree.words[i + 1 + k] === after[k] && !isInfinitiveMarker(tree, i + 1 + k)) continue;
    if (after.length === 1 && hasParticle(tree, i, after[k])) continue;
    return false;
  }
  return true;
}

/** Whether verb `i` has the particle `word` ("set up", the particle away from the verb). */
function hasParticle(tree: Tree, i: number, word: string): boolean {
  for (const c of tree.children[i]) if (tree.deps[c].deprel === 'compound:prt' && tree.words[c] === word) return true;
  return false;
}

function isInfinitiveMarker(tree: Tree, t: number): boolean {
  const head = tree.deps[t]?.head;
  return tree.deps[t]?.deprel === 'mark' && head !== undefined && head >= 0 && tree.pos[head]?.upos === 'VERB';
}

function triggerTokens(tree: Tree, i: number, e: VerbEntry): [number, number] {
  const before = e.before?.length ?? 0;
  const after = e.after?.length ?? 0;
  const prt = childrenBy(tree, i, 'compound:prt')[0];
  const end = after && prt !== undefined && prt > i ? Math.max(prt + 1, i + 1) : i + 1 + after;
  return [i - before, Math.min(end, tree.tokens.length)];
}

/**
 * Whether the verb's subject is several parties: coordinated ("Putin and Macron"), a list the parser took for
 * appositions ("Biden, Ghani, and Abdullah": two appositions, or one with its conjunction), a noun whose
 * modifiers are coordinated ("the Turkish and Afghan leaders"), or a plural the article resolves to its parties
 * ("the leaders", "they" of a readout's meeting). One apposition is a second name ("Biden, the President") and a
 * plural that is no actor ("analysts") names no party.
 */
function subjectListsParties(tree: Tree, verb: number, isActor: (token: number) => boolean): boolean {
  const subj = subjectOf(tree, verb);
  if (subj === undefined) return false;
  if (childrenBy(tree, subj.token, 'conj').length) return true;
  const tag = tree.pos[subj.token]?.xpos;
  if ((tag === 'NNS' || tag === 'NNPS' || /^(they|we)$/i.test(tree.words[subj.token] ?? '')) && isActor(subj.token)) return true;
  const appositions = childrenBy(tree, subj.token, 'appos');
  if (appositions.length >= 2 || appositions.some((a) => childrenBy(tree, a, 'cc').length)) return true;
  return childrenBy(tree, subj.token, 'amod', 'compound', 'nmod').some((m) => childrenBy(tree, m, 'conj').length > 0);
}
