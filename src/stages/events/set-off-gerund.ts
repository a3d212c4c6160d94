/**
 * A gerund clause set off after a comma (or "while") adds a second act of the main clause's subject:
 * "Kohl has written two letters to Delors, complaining that …", "expressed disappointment …,
 * while also indicating readiness to continue contacts". It is an act only when its verb
 * communicates one (data/rule-words.tsv, set-off-act: complaining, agreeing, thanking, asking) and
 * codes a verbal event: other gerunds there tell a purpose, a consequence or a manner ("…, thus
 * creating conditions for …", "…, ensuring", "retaliated by firing"), and "…, according to" is a
 * preposition. An "after" gerund naming its own party is an earlier act of the same subject, of any type
 * ("told reporters after meeting President Suharto"). A "by" gerund with its own object is the means, and so the act,
 * of a main clause that codes none itself ("responded by accusing the prime minister"); under one that does
 * ("supports Ukraine by providing") it stays a manner. Bare gerunds elsewhere stay topics (clause-rules.ts).
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import { controllerOf, mergeFlags } from './clause-rules.js';
import { clauseFlags, type EventFlags } from './flags.js';
import { documentVerbOf, letterVerbOf } from './letter-gerund.js';
import type { ActorIndex } from './participants.js';
import { QUAD_OF, type PloverEvent } from './plover.js';
import { rolesOf, type Roles } from './roles.js';
import { ruleWords } from './rule-words.js';
import { ancestorsOf, childrenBy, subjectOf, walk, type Tree } from './tree.js';

/** Subordinators that set a gerund off as an accompanying act ("while"); any other ("after", "by") does not. */
const SETTING_OFF = ruleWords('set-off-marker');
/** Subordinators of an earlier act ("after meeting"): the gerund is the main subject's act before the main clause's. */
const ADJUNCT = ruleWords('earlier-act-marker');
/** Subordinators of means ("by accusing"): the gerund is the act of a main clause that states none of its own. */
const MEANS = ruleWords('means-marker');
/** Verbs of communicating an act: their set-off gerund is one; other gerunds there tell a purpose or a consequence. */
const ACTS = ruleWords('set-off-act');
/** Verbs of a deed done to people or things: their set-off participle is a deed; others there tell an outcome ("…, ending"). */
const DEEDS = ruleWords('set-off-deed');
/** Finite verb tags: the main clause's verb states its act in a tense. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);

/**
 * The main clause's verb a set-off gerund adds its act to, when the gerund is verbal or a deed's outcome; else undefined.
 * `eventAt` gives the event a verb codes of its own: a means gerund ("by accusing") is an act only under a host that
 * codes none, a set-off deed ("…, killing") only under one that codes a material act.
 */
export function setOffGerundHost(tree: Tree, verb: number, event: PloverEvent, eventAt: (verb: number) => PloverEvent | undefined): number | undefined {
  if (isAdjunct(tree, verb)) return mainVerbAbove(tree, verb, true);
  if (isMeans(tree, verb)) {
    const host = meansHost(tree, verb);
    return host !== undefined && eventAt(host) === undefined ? host : undefined;
  }
  if (isSetOffDeed(tree, verb, event)) {
    // A deed's participle tells the outcome of a deed ("shelled Kharkiv, killing"), never of a report or a reproach
    // ("reported …, bringing towns within range", "deplored the violence, looting and burning").
    const host = deedHost(tree, verb);
    return host !== undefined && isMaterial(eventAt(host)) ? host : undefined;
  }
  if (!QUAD_OF[event].startsWith('verbal') || !ACTS.has(tree.lemmas[verb]) || childrenBy(tree, verb, 'case').length) return undefined;
  const marks = childrenBy(tree, verb, 'mark').map((m) => tree.words[m]);
  if (marks.some((m) => !SETTING_OFF.has(m))) return undefined;
  // The gerund's clause opens with its own adverbs and marker ("…, while also indicating").
  const first = Math.min(verb, ...childrenBy(tree, verb, 'advmod', 'mark').filter((c) => c < verb));
  if (marks.length || tree.words[first - 1] === ',') return mainVerbAbove(tree, verb);
  // "has written to Blair demanding …": the letter verb is the host, with its own tense, subject, negation and
  // modality; an infinitive one ("refused to write to Powell condemning …") states no letter written.
  const letter = letterVerbOf(tree, verb);
  return letter !== undefined && isFiniteActive(tree, letter) ? letter : undefined;
}

/**
 * The verb that issued the text a gerund modifies ("Turkey issued a statement promising to sign …", documentVerbOf),
 * when the gerund codes a verbal act and the issuing verb states its act in a tense with an active subject: the
 * gerund is then the issuer's act. An infinitive issuer ("refused to issue a statement praising …") issued nothing.
 */
export function documentGerundHost(tree: Tree, actors: ActorIndex, verb: number, event: PloverEvent): number | undefined {
  if (!QUAD_OF[event].startsWith('verbal')) return undefined;
  const host = documentVerbOf(tree, actors, verb);
  return host !== undefined && isFiniteActive(tree, host) ? host : undefined;
}

/** Whether verb `h` states its act in a tense (a finite tag or an auxiliary other than "to") with an active subject. */
function isFiniteActive(tree: Tree, h: number): boolean {
  const finite = FINITE.has(tree.pos[h]?.xpos ?? '') || childrenBy(tree, h, 'aux').some((a) => tree.words[a] !== 'to');
  const subj = subjectOf(tree, h);
  return finite && !!subj && !subj.passive;
}

/**
 * "shelled Kharkiv, killing 12 civilians", "police mounted a hunt …, arresting four industrialists": a participle of a
 * material deed (set-off-deed) set off by a comma right after the main clause, with no marker, preposition or subject of its own, is a
 * deed the main clause's subject does with it (see #12). Verbal gerunds there need a verb of communicating (set-off-act):
 * "…, ensuring", "…, promoting" tell an aim, whereas a deed's participle tells what was done.
 */
function isSetOffDeed(tree: Tree, verb: number, event: PloverEvent): boolean {
  if (!QUAD_OF[event].startsWith('material') || !DEEDS.has(tree.lemmas[verb]) || childrenBy(tree, verb, 'case', 'mark', 'nsubj', 'nsubj:pass').length) return false;
  const first = Math.min(verb, ...childrenBy(tree, verb, 'advmod').filter((c) => c < verb));
  return tree.words[first - 1] === ',';
}

/**
 * The verb a set-off deed is done under: the verb it hangs on when that has an active subject, whatever the tagger made
 * of its tense ("planes attacked villages, killing": "attacked" read VBN in a reported clause), never the reporting
 * verb above it; when the parser hung the participle on a noun, the main clause's verb above.
 */
function deedHost(tree: Tree, verb: number): number | undefined {
  const head = tree.deps[verb].head;
  if (head < 0 || tree.pos[head]?.upos !== 'VERB') return mainVerbAbove(tree, verb);
  const subj = subjectOf(tree, head);
  return subj && !subj.passive && head < verb ? head : undefined;
}

/** Whether an event type (as the lexicon names it) is a material act. */
function isMaterial(event: PloverEvent | undefined): boolean {
  return event !== undefined && QUAD_OF[event].startsWith('material');
}

/** A gerund opened by a subordinator of time ("after meeting"): an earlier act of the main clause's subject. */
function isAdjunct(tree: Tree, verb: number): boolean {
  const marks = childrenBy(tree, verb, 'mark').map((m) => tree.words[m]);
  return marks.length === 1 && ADJUNCT.has(marks[0]) && !childrenBy(tree, verb, 'case').length;
}

/**
 * "responded by accusing the prime minister", "attempted to get ahead by demanding payment": a gerund opened by a
 * subordinator of means, with its own object or complement (a bare "affected by shelling" names a cause, not a
 * deed) and no doer of its own ("angered by Greece sending troops": Greece's act, however the parser hangs the name),
 * hung on a verb that is not a participle describing a noun.
 */
function isMeans(tree: Tree, verb: number): boolean {
  const markers = childrenBy(tree, verb, 'mark', 'case').map((m) => tree.words[m]);
  if (markers.length !== 1 || !MEANS.has(markers[0])) return false;
  const head = tree.deps[verb].head;
  const described = head >= 0 && ['acl', 'amod'].includes(tree.deps[head].deprel);
  return head >= 0 && tree.pos[head]?.upos === 'VERB' && !described && childrenBy(tree, verb, 'obj', 'xcomp', 'ccomp').length > 0 && !hasOwnDoer(tree, verb);
}

/** A subject of the gerund's own, or a name or possessor the parser hung before it ("by Greece sending", "by its sending"). */
function hasOwnDoer(tree: Tree, verb: number): boolean {
  if (childrenBy(tree, verb, 'nsubj', 'nsubj:pass').length) return true;
  return childrenBy(tree, verb, 'nmod:poss').length > 0 || childrenBy(tree, verb, 'compound').some((c) => c < verb && tree.pos[c]?.upos === 'PROPN');
}

/**
 * The verb a means gerund tells the means of: the one it hangs on, or the verb an infinitive chain under it rises to
 * ("tried to get ahead by demanding"), never a verb further up ("Angered by …, Turkey said": the means are of the
 * anger, not of the saying).
 */
function meansHost(tree: Tree, verb: number): number | undefined {
  for (let h = tree.deps[verb].head, hops = 0; h >= 0 && hops < 4 && tree.pos[h]?.upos === 'VERB'; h = tree.deps[h].head, hops++) {
    if (isFiniteActive(tree, h) || isMisreadPast(tree, h)) return h;
    if (tree.deps[h].deprel !== 'xcomp') return undefined;
  }
  return undefined;
}

/**
 * "Mr Fox responded by accusing": a past form with an active subject and no auxiliary is a past tense, whatever the
 * tagger made of it before "by" (VBN, as if a passive's agent followed): a main clause's verb with a subject of its own,
 * or one coordinated with it ("Putin, asked about Ukraine, replied by …"). A participle the parser hung elsewhere
 * ("Angered by …", an opening clause) states no act in a tense.
 */
function isMisreadPast(tree: Tree, h: number): boolean {
  if (tree.pos[h]?.xpos !== 'VBN' || childrenBy(tree, h, 'aux', 'aux:pass').length) return false;
  const rel = tree.deps[h].deprel;
  if (rel === 'conj') {
    const subj = subjectOf(tree, h);
    return !!subj && !subj.passive;
  }
  return ['root', 'ccomp'].includes(rel) && childrenBy(tree, h, 'nsubj').length > 0;
}

/** The nearest finite verb above the gerund and before it (`either`: or after it), with an active subject: the main clause's. */
export function mainVerbAbove(tree: Tree, verb: number, either = false): number | undefined {
  // The parser may hang the gerund on an infinitive, a noun or the final stop: the nearest finite
  // verb above it, before it, with an active subject, is the main clause's.
  return ancestorsOf(tree, verb).find((h) => (h < verb || either) && tree.pos[h]?.upos === 'VERB' && isFiniteActive(tree, h));
}

/**
 * The set-off gerund's roles and flags: the host's actors, the gerund's own recipients outside its
 * content clause or else the host's, and the host's negation and modality with its own. `setting`: the host came from
 * a participle whose talks set the host's clause (setting-participle.ts), which its reason says, not a verbal act.
 */
export function setOffGerundRoles(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number, host: number, own: Roles, reported: boolean, setting = false): { roles: Roles; flags: EventFlags } | undefined {
  const hostRoles = rolesOf(tree, pack, actors, host);
  const content = new Set(childrenBy(tree, verb, 'ccomp', 'advcl', 'xcomp').flatMap((c) => walk(tree, c).map((w) => w.token)));
  // The subject's own side is no recipient ("…, reaffirming the Biden Administration's commitment to the Alliance").
  const direct = own.recipients.filter((r) => !content.has(r.tokens[0]) && !hostRoles.actors.some((a) => a.actorId === r.actorId || (a.code !== undefined && a.code === r.code)));
  // An act told as the time of another ("…, after meeting U.S. trade ministers") is one only toward a party it names.
  if (!direct.length && isAdjunct(tree, verb)) return undefined;
  // "responded to Russia by expelling diplomats": recipients naming no country ("diplomats") give way to the host's
  // that name one; the reasons of the recipients kept are told, not those of the ones passed over.
  const ownKept = direct.length > 0 && (direct.some((r) => r.code !== undefined) || !hostRoles.recipients.some((r) => r.code !== undefined));
  // A letter's gerund follows its addressee with no comma: its own reason says so, not "set off".
  const letter = tree.words[verb - 1] !== ',' && !childrenBy(tree, verb, 'mark').length && letterVerbOf(tree, verb) === host;
  const setOff = documentVerbOf(tree, actors, verb) !== host;
  // Set-off acts are verbs of communicating (set-off-act) and never deeds (set-off-deed), so the lemma tells them apart.
  const deed = setOff && DEEDS.has(tree.lemmas[verb]);
  const rule = setting ? 'events/setting-participle' : isMeans(tree, verb) ? 'events/means-gerund' : letter ? 'events/letter-gerund' : !setOff ? 'events/document-gerund' : deed ? 'events/set-off-deed' : 'events/set-off-gerund';
  // "raided Gaza, detaining 20 people": a set-off deed on bare people, a pronoun or a thing is done where the host was,
  // to the host's recipient; only an object naming a coded party the host's recipients are not ("attacked Ukrainian
  // troops, detaining Israeli citizens") withholds them (review b after session 56 #1: withholding them for every
  // object lost the COERCE to the learned filter). A means gerund is the host's act itself: it keeps the host's.
  const namesOther = (o: number) => own.recipients.some((r) => o >= r.tokens[0] && o < r.tokens[1] && r.code !== undefined && !hostRoles.recipients.some((h) => h.code === r.code));
  const inherits = rule !== 'events/set-off-deed' || !childrenBy(tree, verb, 'obj').some(namesOther);
  const recipients = ownKept ? direct : inherits ? hostRoles.recipients : [];
  const why: Reason = reason(rule, { verb: tree.words[verb], host: tree.words[host] });
  const hostOnly = hostRoles.reasons.filter((r) => !hostRoles.recipientReasons?.includes(r));
  const told = ownKept ? [...hostOnly, ...(own.recipientReasons ?? [])] : hostRoles.reasons;
  const roles: Roles = { actors: hostRoles.actors, recipients, reasons: [why, ...told] };
  // "plans to raid Jenin, detaining militants": the host's own status comes with it, from the verb controlling it too.
  const controlled = controllerOf(tree, pack, host);
  const flags = mergeFlags(clauseFlags(tree, pack, host, { reported }), typeof controlled === 'object' ? controlled : undefined);
  return { roles, flags: deed ? deedFlags(flags, rule === 'events/set-off-deed' ? tree.words[host] : undefined) : flags };
}

/**
 * A set-off deed's flags from its host's. "did not raid Jenin, detaining 20 Palestinians instead": a deed was done
 * whatever its host was, so it keeps only its own negation. "plans to raid Jenin, detaining 20 Palestinians": under a
 * planned or future host the deed is only supposed, a hypothetical deed, not a second threat of its own (the host's
 * future makes the host a threat, which the deed would otherwise merge into: review c after session 55 #2).
 */
function deedFlags(flags: EventFlags, host: string | undefined): EventFlags {
  const reasons = flags.reasons.filter((r) => r.rule !== 'flags/negated');
  // A means gerund (`host` undefined) is the host's act itself: "will respond by expelling" is the response to come.
  if (!flags.future || host === undefined) return { ...flags, negated: false, reasons };
  return { ...flags, negated: false, future: false, hypothetical: true, reasons: [...reasons, reason('events/planned-deed', { host })] };
}
