/**
 * Refusals told through "said"/"told" (#12): "Brazil's coffee chief said yesterday Brazil would not change its coffee
 * policies", "Japanese officials have said they would not liberalize imports regardless of the U.S. pressure". A side's
 * own word that it will not change, ease or give way is its refusal to yield (CAMEO 124, PLOVER REJECT), though the verb
 * that carries it codes nothing ("change" is no act; its negation is one). The lexicon's own cooperative verbs ("will not
 * agree") are refused in code-events.ts; here the verbs of rule-words `refused-change`, which the lexicon does not code,
 * and those of `refused-acceptance` with their object, which it codes only in a few patterns: "Denmark will not accept a
 * ban on Danish meat exports", "his committee will not approve USDA's proposal" reject the thing (CAMEO 120).
 * "could not accept" is such a stance only when a coded speaker reports it and no cause or past time is told ("Iraq
 * could not accept new tankers last week because …" is an inability), and a condition no one does ("will not tolerate
 * higher prices") is no thing refused.
 *
 * It must be the side's own stance: the clause is negated with a future or ability modal ("would not", "will not",
 * "cannot"), or the change is a plan the side has none of ("had no intention of modifying", "has no plans to
 * liberalise") or does not make ("did not plan to accept industry pleas", "does not intend to change"); its subject is the speaker (a pronoun of the speaker, or an actor of the speaker's country) and the
 * speaker is coded, or is officials of no named country ("Britain would not change its refusal …, officials said").
 * "Analysts said the Fed would not change policy" forecasts another side; "its stake will not change" names no actor.
 * Told with no speaker, only the sentence's main clause counts ("The ADB will not change its decision to
 * admit China despite protests from Taiwan"), not a clause under "suggest", "expect" and the like. The refused side is
 * the one the clause names against it ("regardless of the U.S. pressure", "despite protests from Taiwan"), or the one
 * told ("told Funaro that Britain would not …"), else no one.
 */
import { reason } from '../../lang/reason.js';
import { type Context, push, timeOf } from './event-context.js';
import { clauseFlags } from './flags.js';
import { actorsOfPhrase } from './participants.js';
import { speakerOf } from './roles.js';
import { ruleWords } from './rule-words.js';
import { auxWords, childrenBy, markerOf, subjectOf, walkTokens } from './tree.js';
import type { TriggerMatch } from './triggers.js';
import type { EventParticipant } from './types.js';

/** Verbs (lemmas) of changing or giving way, whose refusal is a refusal to yield ("would not change its policies"). */
const REFUSED_CHANGE = ruleWords('refused-change');
/** Verbs (lemmas) of accepting or letting be, whose refusal with an object rejects the thing ("will not accept a ban"). */
const REFUSED_ACCEPTANCE = ruleWords('refused-acceptance');
/** Modals (word forms) that make a negated clause a side's stance, not a fact ("would not", "cannot"). */
const STANCE_MODALS = ruleWords('refusal-modal');
/** Modals (word forms) that make not accepting a stance besides those ("could not accept" in reported speech's past). */
const ACCEPTANCE_MODALS = ruleWords('acceptance-modal');
/** Words (forms) that make a "could not accept" a past inability: a cause ("because its ports were damaged") or a past time. */
const PAST_INABILITY = ruleWords('past-inability-sign');
/** Nouns (lemmas) of a state of affairs no side does ("the rising cost", "higher prices"): not accepting one rejects no act. */
const CONDITIONS = ruleWords('condition-object');
/** Nouns (lemmas) of a change in amount, a condition when what changes is one ("a further rise in prices"). */
const AMOUNT_CHANGES = ruleWords('amount-change');
/** Prepositions that name what an amount change changes ("a rise in prices", "an increase of costs"). */
const CHANGED_MARKERS: ReadonlySet<string> = new Set(['in', 'of']);
/** Relations of the clauses inside a clause, whose words are not the clause's own ("could not accept the idea that …"). */
const INNER_CLAUSES = ['ccomp', 'xcomp', 'acl', 'csubj', 'parataxis', 'conj'];
/** Nouns (lemmas) of a plan or intention: "has no plans to liberalise" disowns the change as "will not" does. */
const PLAN_NOUNS = ruleWords('plan-noun');
/** Verbs (lemmas) of a plan or intention: "did not plan to accept", "does not intend to change" disown it as "will not" does. */
const PLAN_VERBS = ruleWords('plan-verb');
/** Words (forms) of a plan verb's auxiliaries and adverbs that make the plan a past one ("had not planned", "never intended"). */
const PAST_PLAN_SIGNS = ruleWords('past-plan-sign');
/** The sector of a government's speakers: "officials said" with no country named. */
const OFFICIALS = 'GOV';
/** CAMEO 124, decline to yield: PLOVER REJECT change. */
const DECLINE_TO_YIELD = '124';
/** CAMEO 120, reject: PLOVER REJECT of the thing not accepted. */
const REJECT = '120';

/** Whether the token is a pronoun that stands for the speaker of its clause ("he said he would not", "they", "it", "we"). */
const isPronoun = (ctx: Context, t: number): boolean => ctx.tree.pos[t]?.upos === 'PRON' && ctx.pack.pronouns.has(ctx.tree.words[t]);

/**
 * Whether another side is named between the speaker and the verb of saying: "The Reagan administration has called for
 * …, but Japanese officials have said they would not …" (the parser lost "officials" as the subject of "said", so the
 * speaker found is the first clause's); "they" is then not known to be the speaker.
 */
function isCrossedSpeaker(ctx: Context, verb: number, speaker: EventParticipant): boolean {
  let said = verb;
  for (let hops = 0; said >= 0 && hops < 4 && !ctx.pack.speechVerbs.has(ctx.tree.lemmas[said]); hops++) said = ctx.tree.deps[said].head;
  if (said < 0 || !ctx.pack.speechVerbs.has(ctx.tree.lemmas[said])) return false;
  for (let t = Math.min(speaker.tokens[1], said); t < Math.max(speaker.tokens[1], said); t++) {
    const other = ctx.actors.at(t);
    if (other?.code && other.code !== speaker.code) return true;
  }
  return false;
}

/** The side that refuses: the subject when it is the speaker's own, the speaker for a pronoun; none otherwise. */
function refuser(ctx: Context, verb: number, speaker: EventParticipant | undefined, reported: boolean): EventParticipant[] {
  const subj = subjectOf(ctx.tree, verb);
  if (!subj || subj.passive) return [];
  if (isPronoun(ctx, subj.token)) return reported && speaker?.code && !isCrossedSpeaker(ctx, verb, speaker) ? [speaker] : [];
  // The subject itself must name the side: "The departure of James Baker's closest aide will not change …" is no one's stance.
  if (!ctx.actors.at(subj.token)?.code) return [];
  const named = actorsOfPhrase(ctx.tree, ctx.actors, subj.token).filter((a) => a.code);
  if (!reported) return ctx.tree.deps[verb].deprel === 'root' ? named : [];
  // "Britain would not change its refusal …, officials said": officials of no named country speak for the side they name.
  const ownOfficials = !speaker?.code && speaker?.sector === OFFICIALS;
  return named.length && (ownOfficials || (speaker?.code && named.every((a) => a.code === speaker.code))) ? named : [];
}

/**
 * The speaker of a ", officials said" that the parser hung on the clause itself as a modifier ("Britain would not
 * change its refusal …, officials said": `advcl:relcl` of "change"), where speakerOf looks for a parataxis.
 */
function trailingSpeaker(ctx: Context, verb: number): { speaker?: EventParticipant; reported: boolean } | undefined {
  const { tree } = ctx;
  const said = tree.children[verb].find((c) => c > verb && tree.deps[c].deprel.startsWith('advcl') && ctx.pack.speechVerbs.has(tree.lemmas[c]));
  const subj = said === undefined ? undefined : subjectOf(tree, said);
  if (!subj) return undefined;
  const speaker = actorsOfPhrase(tree, ctx.actors, subj.token)[0];
  return { reported: true, ...(speaker ? { speaker } : {}) };
}

/**
 * Whether the object of `verb` is a state of affairs no side does: "the rising cost of imports", "a further rise in
 * prices" (whose "in prices" the parser hangs on the noun or on the verb).
 */
function isCondition(tree: Context['tree'], verb: number, noun: number): boolean {
  if (CONDITIONS.has(tree.lemmas[noun])) return true;
  if (!AMOUNT_CHANGES.has(tree.lemmas[noun])) return false;
  const onVerb = childrenBy(tree, verb, 'obl').filter((o) => o > noun && CHANGED_MARKERS.has(markerOf(tree, o) ?? ''));
  return [...childrenBy(tree, noun, 'nmod'), ...onVerb].some((n) => CONDITIONS.has(tree.lemmas[n]));
}

/**
 * The thing "will not accept" rejects: a noun object ("a ban on Danish meat exports"), not a pronoun ("would not accept
 * it" may stand for anything, an offer or a fate), nor a thing let do something ("cannot allow it to be jeopardized"
 * fears for it), nor a condition no one does ("will not tolerate higher prices"). "will not accept or tolerate the ban":
 * the parser hangs the shared object on the last verb, one with no subject of its own.
 */
function refusedThing(tree: Context['tree'], verb: number): number | undefined {
  const shared = childrenBy(tree, verb, 'conj').filter((c) => tree.pos[c]?.upos === 'VERB' && !childrenBy(tree, c, 'nsubj', 'nsubj:pass').length);
  const thing = childrenBy(tree, verb, 'obj')[0] ?? shared.flatMap((c) => childrenBy(tree, c, 'obj'))[0];
  if (thing === undefined || tree.pos[thing]?.upos !== 'NOUN' || childrenBy(tree, verb, 'xcomp').length) return undefined;
  return isCondition(tree, verb, thing) ? undefined : thing;
}

/**
 * Whether "could not accept" tells a past inability rather than a stance: the clause's own words give a cause or a
 * past time ("could not accept new tankers last week because its ports were damaged").
 */
function isPastInability(tree: Context['tree'], verb: number): boolean {
  return walkTokens(tree, verb, INNER_CLAUSES).some((t) => PAST_INABILITY.has(tree.words[t]));
}

/** The "have" of "has no plans to liberalise", "had no intention of modifying" that `verb` completes, if it does. */
function disownedPlan(tree: Context['tree'], verb: number): number | undefined {
  const noun = tree.deps[verb].head;
  if (noun < 0 || !PLAN_NOUNS.has(tree.lemmas[noun]) || tree.deps[verb].deprel !== 'acl') return undefined;
  if (!childrenBy(tree, noun, 'det').some((d) => tree.words[d] === 'no')) return undefined;
  const have = tree.deps[noun].head;
  return have >= 0 && tree.lemmas[have] === 'have' && tree.deps[noun].deprel === 'obj' ? have : undefined;
}

/**
 * The plan verb `verb` is the infinitive of ("did not plan to accept", "does not intend to change"), if it is one; its
 * clause is the stance, whose own negation is the refusal's.
 */
function plannedBy(tree: Context['tree'], verb: number): number | undefined {
  const plan = tree.deps[verb].head;
  if (plan < 0 || tree.deps[verb].deprel !== 'xcomp' || markerOf(tree, verb) !== 'to' || !PLAN_VERBS.has(tree.lemmas[plan])) return undefined;
  // "had not planned to change", "never intended to change": what the side meant before is not its stance now.
  const past = childrenBy(tree, plan, 'aux', 'advmod').some((c) => PAST_PLAN_SIGNS.has(tree.words[c].toLowerCase()));
  return past ? undefined : plan;
}

/** The sides the refusal is held against: actors of another country in the clause's phrases, else the one told. */
function refused(ctx: Context, verb: number, own: ReadonlySet<string | undefined>, thing: number | undefined): EventParticipant[] {
  const { tree } = ctx;
  // "regardless of the U.S. pressure" hangs on its adverb.
  // "will not accept interference from the IMF", "will not approve USDA's proposal": the thing's owner is refused too.
  const phrases = [...childrenBy(tree, verb, 'obl', 'advcl', 'iobj', 'obj'), ...childrenBy(tree, verb, 'advmod').flatMap((a) => childrenBy(tree, a, 'obl'))];
  if (thing !== undefined && !phrases.includes(thing)) phrases.push(thing);
  const against = phrases.flatMap((o) => actorsOfPhrase(tree, ctx.actors, o)).filter((a) => a.code && !own.has(a.code));
  if (against.length) return against;
  for (let v = verb, hops = 0; v >= 0 && hops < 4; v = tree.deps[v].head, hops++) {
    if (!ctx.pack.speechVerbs.has(tree.lemmas[v])) continue;
    return childrenBy(tree, v, 'iobj', 'obj').flatMap((o) => actorsOfPhrase(tree, ctx.actors, o)).filter((a) => a.code && !own.has(a.code));
  }
  return [];
}

/**
 * Whether an event of sentence `sent` is triggered at `verb`. A function, not a closure in the loop over the tokens:
 * one capturing the loop's `verb` made V8 allocate a context for every token of every sentence (#13).
 */
function hasEventAt(ctx: Context, sent: number, verb: number): boolean {
  for (const e of ctx.events) if (e.sent === sent && e.trigger.tokens[0] === verb) return true;
  return false;
}

/** Codes the refusals to yield (CAMEO 124) and to accept (CAMEO 120) told in tokens [first, last) of sentence `sent` as REJECT. */
export function codeRefusedChanges(ctx: Context, sent: number, first: number, last: number): void {
  const { tree } = ctx;
  let asked: boolean | undefined;
  for (let verb = first; verb < last; verb++) {
    if (tree.pos[verb]?.upos !== 'VERB') continue;
    const thing = REFUSED_ACCEPTANCE.has(tree.lemmas[verb]) ? refusedThing(tree, verb) : undefined;
    const accepting = thing !== undefined;
    if (!accepting && !REFUSED_CHANGE.has(tree.lemmas[verb])) continue;
    // A question refuses nothing; read once a sentence, and only when it holds such a verb.
    asked ??= tree.words.slice(first, last).includes('?');
    if (asked) return;
    // A verb the lexicon coded here ("would not lift the sanctions" as a sanction's end) is its event already.
    if (hasEventAt(ctx, sent, verb)) continue;
    // "had no intention of modifying": the stance is the clause of "have", whose "no" is the refusal's negation.
    const disowned = disownedPlan(tree, verb);
    // "did not plan to accept": the plan's clause is the stance and its negation the refusal, as a modal's is.
    const planned = disowned === undefined ? plannedBy(tree, verb) : undefined;
    const clause = disowned ?? planned ?? verb;
    const auxes = auxWords(tree, verb);
    const stance = planned !== undefined || auxes.some((a) => STANCE_MODALS.has(a));
    // "could not accept" is a stance only in reported speech's past ("said it could not accept the idea that …").
    const couldOnly = !stance && accepting && auxes.some((a) => ACCEPTANCE_MODALS.has(a));
    if (disowned === undefined && !stance && !couldOnly) continue;
    const said = trailingSpeaker(ctx, clause) ?? speakerOf(tree, ctx.pack, ctx.actors, clause, ctx.doc.layers.quotes ?? []);
    if (couldOnly && (!said.reported || !said.speaker?.code || isPastInability(tree, verb))) continue;
    const flags = clauseFlags(tree, ctx.pack, clause, { reported: said.reported });
    // "would not change … if", "did not say that it would not": only an asserted, unconditional refusal; "offered nothing" refuses nothing.
    const refusing = disowned === undefined ? flags.negated && !flags.objectOnly : !flags.negated || flags.objectOnly;
    if (!refusing || flags.reasons.some((r) => r.rule === 'flags/conditional' || r.rule === 'flags/hoped-for')) continue;
    const actors = refuser(ctx, clause, said.speaker, said.reported);
    if (!actors.length) continue;
    const recipients = refused(ctx, verb, new Set(actors.map((a) => a.code)), thing);
    const code = accepting ? REJECT : DECLINE_TO_YIELD;
    const entry = ctx.lexicon.cameo[code];
    const rule = accepting ? 'events/trigger-refused-acceptance' : 'events/trigger-refused-change';
    const match: TriggerMatch = { token: verb, tokens: [verb, verb + 1], code, kind: 'verb', reason: reason(rule, { verb: tree.words[verb], refuser: actors[0].name }) };
    const time = timeOf(ctx, clause);
    push(ctx, {
      event: entry.event, mode: entry.mode, context: entry.context, cameo: code, actors, recipients,
      ...(said.speaker ? { speaker: said.speaker } : {}),
      negated: false, hypothetical: false, future: false, historical: time.historical,
      date: time.date, dateSource: time.dateSource, confidence: 0.55, sent, match,
      why: [reason('events/cameo', { trigger: match.reason, code, label: entry.label }), ...(time.reason ? [time.reason] : [])],
    });
  }
}
