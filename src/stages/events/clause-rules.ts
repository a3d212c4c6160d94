/**
 * The core rules that tell an act from a mention of one by the clause a verb stands in: an
 * infinitive's controller, a participle describing a noun, a bare gerund, a standing state or
 * custom in the simple present, a source's anonymity (split out of code-events.ts). The words
 * they test are in data/rule-words.tsv.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason } from '../../lang/reason.js';
import { clauseFlags, firstConjunct, type EventFlags } from './flags.js';
import { callPurposeHost, performativeHedge, permittedSpeaker } from './performatives.js';
import { FUTURE_AS, QUAD_OF, type PloverEvent } from './plover.js';
import { instrumentPurposeHost } from './instrument-purpose.js';
import { issuedTextBefore } from './letter-gerund.js';
import { meetingPurposeHost } from './meeting-purpose.js';
import { protestPurposeHost } from './protest-purpose.js';
import { loadNewsAgencies } from '../actors/acronym-body.js';
import { isReporterNoun } from './roles.js';
import { ruleWords, transparentVerbs, type Transparency } from './rule-words.js';
import { auxWords, byAgentOf, childrenBy, isAdjacentInfinitive, isMisreadMainVerb, isTimeWord, openingSubjectOf, type Tree } from './tree.js';

/** Verbs that pass their subject and their reality on to an infinitive ("continued to talk"). */
export const TRANSPARENT = transparentVerbs();

/**
 * Verbs of naming a source: "who asked not to be identified", "declined to be named" and
 * "requested anonymity" protect a news source; wire stories use them as formulas, not as acts.
 */
const SOURCE_NAMING = ruleWords('source-naming');

/** "asked not to be identified", "declined to be named", "requested anonymity": a source's anonymity. */
export function isSourceAnonymity(tree: Tree, verb: number): boolean {
  if (childrenBy(tree, verb, 'obj').some((o) => SOURCE_NAMING.has(tree.lemmas[o]))) return true;
  return childrenBy(tree, verb, 'xcomp', 'ccomp').some((c) => SOURCE_NAMING.has(tree.lemmas[c])
    && childrenBy(tree, c, 'aux:pass').length > 0 && childrenBy(tree, c, 'mark').some((m) => tree.words[m] === 'to'));
}

/** Verbs of expecting or hoping, whose object's infinitive is another party's act only hoped for. */
const EXPECTING = ruleWords('expecting');

/** How a verb relates to the verb above it: its reality passes through, is content, or it stands alone. */
export function controllerOf(tree: Tree, pack: LanguagePack, coordinated: number): EventFlags | 'content' | undefined {
  // The second of two coordinated infinitives ("to combat … and overcome …") shares the first's status.
  const verb = firstConjunct(tree, coordinated);
  const rel = tree.deps[verb].deprel;
  const head = tree.deps[verb].head;
  const infinitive = childrenBy(tree, verb, 'mark').some((m) => tree.words[m] === 'to') && !childrenBy(tree, verb, 'nsubj').length;
  if (!infinitive && rel !== 'xcomp') return undefined;
  // "passed a resolution urging …" hung on "passed": the text's act, its issuer's (letter-gerund.ts), not an intent.
  if (issuedTextBefore(tree, verb) !== undefined) return undefined;
  const hedge = performativeHedge(tree, pack, verb);
  if (hedge !== undefined) return { negated: false, hypothetical: false, future: false, reasons: [reason('events/performative-hedge', { hedge })] };
  const speaker = permittedSpeaker(tree, pack, verb);
  if (speaker !== undefined) {
    const leave = tree.words[tree.deps[verb].head];
    return { negated: false, hypothetical: false, future: false, reasons: [reason('events/performative-permission', { leave, speaker: tree.words[speaker] })] };
  }
  // The purpose of a call is as real as the call: "will call him to thank him" is a future thanks.
  const call = callPurposeHost(tree, verb);
  if (call !== undefined) {
    const above = clauseFlags(tree, pack, call, { reported: false });
    return { ...above, reasons: [...above.reasons, reason('events/call-purpose', { call: tree.words[call], act: tree.words[verb] })] };
  }
  // "met to discuss", "will visit Japan to seek credits": talks done at the gathering, as real as it (meeting-purpose.ts).
  const gathering = meetingPurposeHost(tree, verb);
  if (gathering !== undefined) return asRealAs(tree, pack, gathering, reason('events/meeting-purpose', { gathering: tree.words[gathering], act: tree.words[verb] }));
  // "used a message to denounce", "took the opportunity to thank": the act done with it, as real as the using.
  const used = instrumentPurposeHost(tree, verb);
  if (used !== undefined) return asRealAs(tree, pack, used, reason('events/instrument-purpose', { host: tree.words[used], act: tree.words[verb] }));
  // An act done to protest is the protest, as real as that act; the act's own controller still applies.
  const protested = protestPurposeHost(tree, verb);
  if (protested !== undefined) return asRealAs(tree, pack, protested);
  // "Iran reported launching a new offensive": a side telling of its own act done tells the act, as real as the telling.
  if (isReportedOwnAct(tree, head, verb)) return asRealAs(tree, pack, head);
  if (head >= 0 && (rel === 'xcomp' || (rel === 'advcl' && isAdjacentInfinitive(tree, head, verb)))) {
    const kind = isMisreadPerfect(tree, head, verb) ? 'same' : TRANSPARENT.get(tree.lemmas[head]);
    // A timetable is one only with "be" ("are scheduled to meet", "is set to visit"); "set to work" is no plan.
    if (kind && (kind !== 'timetabled' || childrenBy(tree, head, 'aux:pass', 'cop').length > 0)) {
      // "are not scheduled to meet": an empty calendar, neither a meeting nor a refusal of one.
      if (kind === 'timetabled' && clauseFlags(tree, pack, head, { reported: false }).negated) return 'content';
      // A chain of them answers to the verb at its top as well: "agreed to continue to support" is the agreement's
      // content, "decided to keep working" an intent. A transparent verb with a subject of its own heads its clause
      // ("they want to destroy", whatever the parser hung it on).
      const up = childrenBy(tree, head, 'nsubj', 'nsubj:pass').length ? undefined : controllerOf(tree, pack, head);
      if (up === 'content') return 'content';
      const own = passedOn(tree, pack, head, verb, kind);
      return up ? mergeFlags(own, up) : own;
    }
  }
  return 'content';
}

/** Verbs by which a side tells of an act of its own as done ('own-act-report'). */
const OWN_ACT_REPORT = ruleWords('own-act-report');

/** Gerunds whose subject is the one acted on ("reported receiving threats"), no act of the reporter ('undergoing-gerund'). */
const UNDERGOING_GERUND = ruleWords('undergoing-gerund');

/**
 * Whether `verb` is a subjectless gerund complement ("reported launching") of a verb of telling one's own act. With an
 * object of the telling ("reported North Korea launching a missile") the gerund's doer is that object, not the reporter,
 * and an act undergone ("reported receiving threats") is not the reporter's (review rv-c 1, 2, 6), nor is one that news
 * media report.
 */
function isReportedOwnAct(tree: Tree, head: number, verb: number): boolean {
  if (head < 0 || tree.deps[verb].deprel !== 'xcomp' || !OWN_ACT_REPORT.has(tree.lemmas[head])) return false;
  if (childrenBy(tree, head, 'obj', 'iobj').length || UNDERGOING_GERUND.has(tree.lemmas[verb])) return false;
  // "Russian state media reported destroying …", "news agency IRNA reported shooting down …": the press tells of
  // others' acts (fix-c #7 of session 60). Reporters as the knowledge base knows them, not any "agency" (a relief or
  // drug enforcement agency reports its own acts: review rv-b #1).
  if (childrenBy(tree, head, 'nsubj').some((subject) => isPressSubject(tree, subject))) return false;
  return tree.pos[verb]?.xpos === 'VBG' && !childrenBy(tree, verb, 'mark', 'nsubj', 'nsubj:pass').length;
}

/**
 * Whether subject `t` is the press: reporters by the knowledge base ("state media", "news agency"), or a news agency's
 * letters (actors `data/news-agencies.tsv`), itself or a name or compound beside it ("the news agency IRNA").
 */
function isPressSubject(tree: Tree, t: number): boolean {
  const press = loadNewsAgencies();
  // The tree's words are lower case; the list's letters are capitals ("IRNA").
  return [t, ...childrenBy(tree, t, 'appos', 'flat', 'compound')].some((n) => isReporterNoun(tree, n) || press.has(tree.words[n].toUpperCase()));
}

/** Lemmas of the perfect's auxiliary, which the parser may make a main verb ('perfect-auxiliary'). */
const PERFECT_AUXILIARY = ruleWords('perfect-auxiliary');

/**
 * "Kuwait had earlier declined an offer", "had all reaffirmed their commitment": a past form after "have" that the parser
 * made its `xcomp` with no "to" (a word between them) is the perfect of an act done, not an infinitive's content; "have
 * to be met" keeps its "to" and stays an obligation (#12, training gold). The causative "had the ambassador summoned"
 * has an object between them (the participle's doer, not the subject): only an adverb, a quantifier or a time phrase
 * may stand there (review final1, finding 7).
 */
function isMisreadPerfect(tree: Tree, head: number, verb: number): boolean {
  if (tree.deps[verb].deprel !== 'xcomp' || head >= verb || !PERFECT_AUXILIARY.has(tree.lemmas[head])) return false;
  if (!['VBN', 'VBD'].includes(tree.pos[verb]?.xpos ?? '') || childrenBy(tree, verb, 'mark', 'nsubj', 'nsubj:pass').length) return false;
  for (let t = head + 1; t < verb; t++) if (!BETWEEN_PERFECT.has(tree.pos[t]?.upos ?? '') && !inTimePhrase(tree, t, head, verb)) return false;
  return true;
}

/** Parts of speech that may stand between a perfect's "have" and its participle ("had earlier", "had all", "had not"). */
const BETWEEN_PERFECT = new Set(['ADV', 'PART', 'PUNCT']);

/** Whether `t` is in a time phrase ("had in March hosted"): it or a head below `head` and `verb` names a time. */
function inTimePhrase(tree: Tree, t: number, head: number, verb: number): boolean {
  for (let k = t; k >= 0 && k !== head && k !== verb; k = tree.deps[k].head) if (isTimeWord(tree, k)) return true;
  return false;
}

/** What a transparent verb (`kind`) passes on to the infinitive `verb` it governs. */
function passedOn(tree: Tree, pack: LanguagePack, head: number, verb: number, kind: Transparency): EventFlags {
  const above = clauseFlags(tree, pack, head, { reported: false });
  // "Reagan is expected to assure Chirac": a passive verb of expecting reports others' forecast,
  // not the subject's intent; the act is hypothetical (#12: hoped-for events are never facts).
  const forecast = kind === 'future' && childrenBy(tree, head, 'aux:pass').length > 0;
  // "Britain wants Japan to agree a timetable", "expects Japan to stimulate the economy": the act of the party
  // named as object is only hoped for, and not the wanter's (expectations.ts codes the asking).
  const hoped = EXPECTING.has(tree.lemmas[head]) && childrenBy(tree, head, 'obj').some((o) => o < verb);
  if (hoped) return { negated: above.negated, hypothetical: true, future: false, reasons: [...above.reasons, reason('flags/hoped-for', { verb: tree.words[head] })] };
  // "were scheduled to meet …, but the meeting was cancelled": a past timetable tells a plan, not that it was kept.
  const timetable = kind === 'timetabled';
  const lapsed = timetable && childrenBy(tree, head, 'aux:pass', 'cop').some((a) => tree.pos[a]?.xpos === 'VBD');
  return {
    negated: above.negated || kind === 'negated',
    hypothetical: above.hypothetical || forecast || lapsed,
    future: above.future || (kind === 'future' && !forecast) || (timetable && !lapsed),
    reasons: [
      ...above.reasons,
      ...(kind === 'same' ? [] : [reason(forecast ? 'events/forecast' : 'events/controlled', { verb: tree.words[head] })]),
      ...(timetable ? [reason(lapsed ? 'events/timetable-past' : 'events/timetabled', { verb: tree.words[head] })] : []),
    ],
  };
}

/**
 * An act on a timetable is the parties' announced intent only when it is a meeting or other cooperation (futureAs
 * makes it AGREE: "are scheduled to meet"); any other act on one ("Israel is slated to strike Iranian sites,
 * officials said") is a plan others report, only supposed, never the subject's threat.
 */
export function timetabledAct(flags: EventFlags, event: PloverEvent): EventFlags {
  if (!flags.future || FUTURE_AS[event] === 'AGREE' || !flags.reasons.some((r) => r.rule === 'events/timetabled')) return flags;
  return { ...flags, future: false, hypothetical: true, reasons: [...flags.reasons, reason('events/timetabled-other', { event })] };
}


/**
 * The flags of an act done as part of `host`, its purpose or its means ("met to discuss", "used a message to
 * denounce", "struck to protest"): as real as the host (its tense, negation and modality, with `why` added), and
 * under the host's own controller; a host that is itself content makes the act content.
 */
function asRealAs(tree: Tree, pack: LanguagePack, host: number, why?: EventFlags['reasons'][number]): EventFlags | 'content' {
  const up = controllerOf(tree, pack, host);
  if (up === 'content') return 'content';
  const above = clauseFlags(tree, pack, host, { reported: false });
  return mergeFlags(why ? { ...above, reasons: [...above.reasons, why] } : above, up);
}
/** A verb's own flags with those its controller passes on. */
export function mergeFlags(own: EventFlags, controller: EventFlags | undefined): EventFlags {
  if (!controller) return own;
  return {
    negated: own.negated || controller.negated,
    hypothetical: own.hypothetical || controller.hypothetical,
    future: own.future || controller.future,
    ...(own.objectOnly && !controller.negated ? { objectOnly: true } : {}),
    reasons: [...own.reasons, ...controller.reasons],
  };
}

/**
 * "the occupied West Bank", "militiamen armed with machetes": a past participle modifying a noun, with no agent.
 * Not a past form the tagger misread after the sentence's opening phrase when that phrase names an
 * actor ("The Kremlin hosted talks …": `openingSubjectOf`); `namesActor` tells a token of an actor.
 */
export function isParticipleModifier(tree: Tree, verb: number, namesActor: (token: number) => boolean = () => false): boolean {
  const rel = tree.deps[verb].deprel;
  if (rel !== 'amod' && rel !== 'acl') return false;
  // With an object it is a finite verb the parser hung on its subject ("tanks fired shells").
  const xpos = tree.pos[verb]?.xpos;
  const participle = (xpos === 'VBN' || (xpos === 'VBG' && rel === 'amod')) && !childrenBy(tree, verb, 'obj').length;
  const agent = byAgentOf(tree, verb) !== undefined;
  return participle && !agent && !isMisreadMainVerb(tree, verb) && !isMisreadOpening(tree, verb, namesActor) && !isHungClause(tree, verb);
}

/**
 * "told Reuters in an interview that Taiwan had been invited to the bank's meeting", "Baker had criticised West
 * German economic policies": a participle with its own subject and auxiliary is a finite clause the parser hung on a
 * noun (`acl`), not a participle describing it.
 */
function isHungClause(tree: Tree, verb: number): boolean {
  return childrenBy(tree, verb, 'nsubj', 'nsubj:pass').length > 0 && childrenBy(tree, verb, 'aux', 'aux:pass').length > 0;
}

/** A past form misread as a participle after an opening phrase that names an actor. */
function isMisreadOpening(tree: Tree, verb: number, namesActor: (token: number) => boolean): boolean {
  const subject = openingSubjectOf(tree, verb);
  if (subject === undefined) return false;
  for (let t = subject; t >= 0 && tree.tokens[t].sent === tree.tokens[subject].sent; t--) if (namesActor(t)) return true;
  return false;
}

/** A past participle modifying a noun with its "by" agent ("the tariffs imposed by China"). */
export function isAgentParticiple(tree: Tree, verb: number): boolean {
  const rel = tree.deps[verb].deprel;
  if ((rel !== 'acl' && rel !== 'amod') || tree.pos[verb]?.xpos !== 'VBN' || childrenBy(tree, verb, 'obj').length) return false;
  return byAgentOf(tree, verb) !== undefined;
}

/** Auxiliary forms of a progressive ("is hosting"): the gerund after one is a finite verb. */
const PROGRESSIVE = ruleWords('progressive');

/** A gerund without its own subject or progressive auxiliary: a topic ("responsibility for maintaining peace"), not an act. */
export function isBareGerund(tree: Tree, verb: number): boolean {
  if (tree.pos[verb]?.xpos !== 'VBG') return false;
  const progressive = auxWords(tree, verb).some((a) => PROGRESSIVE.has(a));
  // "the rebels fighting in the north" (a participle modifying its actor) is an act; "responsibility
  // for maintaining peace" (introduced by a preposition) is a topic.
  const modifier = tree.deps[verb].deprel === 'acl' && !childrenBy(tree, verb, 'mark').length;
  return !progressive && !childrenBy(tree, verb, 'nsubj', 'nsubj:pass').length && !modifier && !isAspectualGerund(tree, verb)
    && !isReportedOwnAct(tree, tree.deps[verb].head, verb);
}

/**
 * "Russian troops continued shelling Ukrainian territory", "Marines began blockading the ships": a gerund
 * completing a verb of phase (transparent `same`: continue, begin, start, resume, keep) is that verb's act, done by
 * its subject, as "continued to shell" is (controllerOf passes the verb's reality on); only the phase is told.
 */
function isAspectualGerund(tree: Tree, coordinated: number): boolean {
  const verb = firstConjunct(tree, coordinated);
  const head = tree.deps[verb].head;
  return tree.deps[verb].deprel === 'xcomp' && head >= 0 && TRANSPARENT.get(tree.lemmas[head]) === 'same'
    && !childrenBy(tree, verb, 'mark').length;
}

/**
 * "Japan currently restricts imports", "the Soviet Union maintains an edge": a material act in the
 * simple present is a standing policy or state, not an event of the day (news reports events in
 * the past or perfect). Verbal acts in the present are performed by saying them ("Austria supports
 * Ukraine", "the Parties commit to"), so only material ones are turned down.
 */
export function isStandingState(tree: Tree, verb: number, event: PloverEvent, noun?: number): boolean {
  if (!QUAD_OF[event].startsWith('material')) return false;
  // An event noun as subject is the event itself, whatever the verb says of it ("the strike represents a challenge").
  if (noun !== undefined && tree.deps[noun].deprel.startsWith('nsubj')) return false;
  const head = firstConjunct(tree, verb);
  // Only the "-s" form: a bare form may be a past tense the tagger misread ("its warplanes hit two ships").
  return tree.pos[head]?.xpos === 'VBZ' && !auxWords(tree, head).length;
}

/** Adverbs of habit or duration: with a simple present they tell what is usually so, not what happened. */
const HABITUAL = ruleWords('habitual');
/** Quantifiers of a recurring time ("each year", "every month"). */
const RECURRING = ruleWords('recurring');

/**
 * "The organisation currently unites 7,000 entrepreneurs", "millions of pilgrims arrive in Mecca
 * each year": a simple present with an adverb of habit is a standing state or custom, of any
 * event type (#12).
 */
export function isHabitual(tree: Tree, verb: number): boolean {
  const head = firstConjunct(tree, verb);
  if (!['VBZ', 'VBP'].includes(tree.pos[head]?.xpos ?? '') || auxWords(tree, head).length) return false;
  return tree.children[head].some((c) => (tree.baseRels[c] === 'advmod' && HABITUAL.has(tree.words[c]))
    || (tree.baseRels[c] === 'obl' && childrenBy(tree, c, 'det').some((d) => RECURRING.has(tree.words[d]))));
}
