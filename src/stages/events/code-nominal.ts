/** Coding a conflict noun whose doer its phrase names (nominal.ts finds them; split out of code-events.ts). */
import { reason, type Reason } from '../../lang/reason.js';
import { type Context, isQuoted, push, timeOf } from './event-context.js';
import { clauseFlags, type EventFlags } from './flags.js';
import type { NominalTrigger, SiteReading } from './nominal.js';
import type { CodedEvent, EventParticipant } from './types.js';
import { loadKb, type ActorKb } from '../actors/kb.js';
import { loadAdversaries } from '../discourse/adversaries.js';
import { actorsOfPhrase, jointParties, kbCountry, nationalityOf, sourceParties } from './participants.js';
import { reportedReason, speakerOf } from './roles.js';
import { isOtherSide } from './sides.js';
import { tellerOf } from './teller.js';
import { controllerOf, mergeFlags } from './clause-rules.js';
import { ruleWords } from './rule-words.js';
import { armedSectors } from './rivalry-senses.js';
import { childBy, isControlledInfinitive, type Tree } from './tree.js';
import { FUTURE_AS } from './plover.js';

/** Verbs that say talks happen (rule-words.tsv `talks-clause-verb`): their clause's time is the talks' own. */
const TALKS_HAPPEN = ruleWords('talks-clause-verb');

/**
 * The verb that says what becomes of talks that are a subject: their clause's verb ("Talks … will resume"), or the
 * infinitive their predicate controls ("are unlikely to resume", "are due to start"). Undefined for talks no subject.
 */
function talksVerbOf(tree: Tree, noun: number): number | undefined {
  const head = tree.deps[noun]?.head ?? -1;
  if (head < 0 || !['nsubj', 'nsubj:pass'].includes(tree.deps[noun].deprel)) return undefined;
  const infinitive = tree.children[head].find((c) => tree.pos[c]?.upos === 'VERB' && isControlledInfinitive(tree, c));
  return infinitive ?? (tree.pos[head]?.upos === 'VERB' ? head : undefined);
}

/**
 * The flags of the verb that says what becomes of talks, with those of the predicate controlling it; 'content' when
 * that predicate passes no reality on ("are unlikely to resume": the talks are only supposed).
 */
function talksVerbFlags(ctx: Context, noun: number, verb: number, reported: boolean): EventFlags | 'content' {
  const up = verb === ctx.tree.deps[noun].head ? undefined : controllerOf(ctx.tree, ctx.pack, verb);
  if (up === 'content') return 'content';
  return mergeFlags(clauseFlags(ctx.tree, ctx.pack, verb, { reported }), up);
}

/** The verb above a noun, up to eight heads up (-1 past the root; the last head reached when none is a verb). */
function clauseOf(tree: Tree, noun: number): number {
  let clause = noun;
  for (let hops = 0; hops < 8 && clause >= 0 && tree.pos[clause]?.upos !== 'VERB'; hops++) clause = tree.deps[clause].head;
  return clause;
}

let kb: ActorKb | undefined;

/**
 * How an official site reads conflict nouns (nominal.ts): which phrases name an armed force or the site's own
 * country, and the adversary of the war it reports, if any, on the article's day. Undefined off the official sites.
 */
export function siteReadingOf(ctx: Context): SiteReading | undefined {
  const site = ctx.doc.layers.discourse?.publisher;
  if (!site) return undefined;
  const codesOf = (head: number) => actorsOfPhrase(ctx.tree, ctx.actors, head);
  const day = ctx.articleDate;
  const war = day ? loadAdversaries().find((r) => r.site === site.code && day >= r.from) : undefined;
  const name = war ? (kb ??= loadKb()).actor(kb.country(war.code) ?? -1)?.name : undefined;
  return {
    armedForce: (head) => codesOf(head).some((a) => a.code && a.sector === 'MIL'),
    ownSide: (head) => codesOf(head).some((a) => a.code === site.code),
    ...(war ? { adversary: { code: war.code, name: name ?? war.code, ...(war.sector ? { sector: war.sector } : {}) } } : {}),
  };
}

/** The site's adversary as the doer of force named at `token`. */
function adversaryOf(ctx: Context, token: number): EventParticipant[] {
  const adversary = siteReadingOf(ctx)?.adversary;
  if (!adversary) return [];
  const t = ctx.tree.tokens[token];
  return [{ start: t.start, end: t.end, tokens: [token, token + 1], actorId: `war:${adversary.code}`, name: adversary.name, code: adversary.code, ...(adversary.sector ? { sector: adversary.sector } : {}) }];
}

/** Verbs of repelling an attack ("repelled an attack by X"; rule-words.tsv `repelling-verb`). */
const REPELLING = ruleWords('repelling-verb');
/** Sectors of a side that fights (rivalry-senses.tsv `armed`): an attack repelled falls on the repeller only if it or the attacker is one. */
const FIGHTING = armedSectors();

/** The subject of the repelling verb whose object is the attack noun `noun`, if any. */
function repellerOf(tree: Tree, noun: number): number | undefined {
  const verb = tree.deps[noun].head;
  if (verb < 0 || tree.deps[noun].deprel !== 'obj' || !REPELLING.has(tree.lemmas[verb])) return undefined;
  return childBy(tree, verb, 'nsubj');
}

/** A conflict noun with its doer named ("the shelling of … by the neo-Nazis"): the phrase gives doer and target (nominal.ts). */
export function codeNominal(ctx: Context, sent: number, nominal: NominalTrigger): void {
  if (nominal.wrongDoers) return codeWrong(ctx, sent, nominal, nominal.wrongDoers);
  const { tree, lexicon } = ctx;
  const { match } = nominal;
  const entry = lexicon.cameo[match.code];
  // The noun itself as agent: a nationality adjective on it names the doer ("Russian shelling", nominal.ts), or the
  // site's war names it (force on the site's side with no doer).
  const doers = nominal.jointSource ? sourceParties(tree, ctx.actors, nominal.jointSource) : nominal.adversaryDoer ? adversaryOf(ctx, match.token) : nominal.agent === match.token ? nationalityOf(tree, match.token, kbCountry) : nominal.joint ? jointParties(tree, ctx.actors, nominal.agent) : actorsOfPhrase(tree, ctx.actors, nominal.agent);
  const named = [...nominal.targets.flatMap((t) => actorsOfPhrase(tree, ctx.actors, t)), ...(nominal.nationalTargets ?? []).flatMap((t) => nationalityOf(tree, t, kbCountry))];
  // "The talks with Iraq were productive, U.S. and Iraqi officials said": the source's Iraqi party is the partner.
  const actors = nominal.jointSource ? doers.filter((a) => !named.some((r) => r.code && r.code === a.code)) : doers;
  // "Israeli forces repelled an attack by Hamas fighters": an attack repelled fell on the side that repelled it.
  const repeller = named.length ? undefined : repellerOf(tree, match.token);
  // Only in a fight: with neither side a force, the attack is words ("the president rebuffed an attack by senators").
  const repellers = repeller === undefined ? [] : actorsOfPhrase(tree, ctx.actors, repeller);
  const defenders = [...actors, ...repellers].some((a) => a.sector !== undefined && FIGHTING.has(a.sector)) ? repellers : [];
  const recipients = [...named, ...defenders].filter((r) => !actors.some((a) => a.actorId === r.actorId));
  // The clause the noun stands in: who reports it, and when.
  const clause = clauseOf(tree, match.token);
  const said = clause >= 0 ? speakerOf(tree, ctx.pack, ctx.actors, clause, ctx.doc.layers.quotes ?? []) : { reported: false };
  const time = timeOf(ctx, clause >= 0 ? clause : match.token, match.token);
  // "… following the talks with Boris Johnson", then "during the talks with Olaf Scholz he reiterated …": an
  // article tells its one meeting again and again; a consultation it already holds with the partner is that meeting
  // (one held: talks denied or still to come are not it).
  if (nominal.meeting && (!recipients.length || ctx.events.some((e) => e.event === entry.event && !e.negated && !e.future && !e.hypothetical && [...e.actors, ...e.recipients].some((p) => recipients.some((r) => r.code && r.code === p.code))))) return;
  // "Talks between unions and employers …" (talks-between.ts): two named sides, and not the talks already coded with them.
  const sides = new Set(actors.filter((a) => a.code).map((a) => `${a.code}/${a.sector ?? ''}`));
  // The sentence's verb may have coded them as a meeting to come ("is scheduled to host talks between …": AGREE by
  // futureAs); a meeting announced elsewhere in the article is another round ("the second round of talks between …"),
  // and an agreement the talks reached is not the talks ("during talks between …, the parties reached an agreement").
  const announced = (e: CodedEvent) => e.sent === sent && e.event === FUTURE_AS[entry.event] && e.reasons.some((r) => r.rule === 'events/future-as');
  const same = (e: CodedEvent) => e.event === entry.event || announced(e);
  if (nominal.joint && (sides.size < 2 || ctx.events.some((e) => same(e) && [...sides].every((c) => [...e.actors, ...e.recipients].some((p) => `${p.code}/${p.sector ?? ''}` === c))))) return;
  const why: Reason[] = [reason('events/cameo', { trigger: match.reason, code: match.code, label: entry.label })];
  if (defenders.length && repeller !== undefined) why.push(reason('roles/repelled-attack', { verb: tree.words[tree.deps[match.token].head] }));
  if (time.reason) why.push(time.reason);
  if (said.reported) why.push(reportedReason(said));
  if (nominal.prospective) why.push(reason('events/prospective', { modifier: nominal.prospective }));
  // The act a noun names is presupposed, whatever its clause's modality; only a condition ("if the offensive …") suspends it.
  const condition = clause >= 0 ? clauseFlags(tree, ctx.pack, clause, { reported: said.reported }).reasons.find((r) => r.rule === 'flags/conditional') : undefined;
  if (condition) why.push(condition);
  // A meeting that is a copular predicate is asserted by its clause, not presupposed ("Israel is not in talks with
  // Hamas", "has never been on a visit to", "will be on a visit"): the clause's negation and modality are the event's.
  const flags = nominal.predicate !== undefined ? clauseFlags(tree, ctx.pack, nominal.predicate, { reported: said.reported }) : undefined;
  if (flags) why.push(...flags.reasons.filter((r) => r !== condition));
  // Talks that are their clause's subject happen when the clause says: "talks between … will resume Friday", "said
  // talks between … would resume" set them for later, and a future meeting is an intent to meet (AGREE, as futureAs
  // maps a verb's future CONSULT); "would resume" outside reported speech is only supposed.
  const talksVerb = nominal.joint && !flags ? talksVerbOf(tree, match.token) : undefined;
  const subjectClause = talksVerb !== undefined ? talksVerbFlags(ctx, match.token, talksVerb, said.reported) : undefined;
  // Only a verb that says they happen gives them its time and negation ("will not happen" denies them); one that says
  // something else of them ("will be postponed", "will fail"), or a predicate that passes no reality on ("are unlikely
  // to resume"), leaves talks it puts ahead only supposed. A negated object ("Talks … produced no result") denies
  // nothing: they were held all the same.
  const ahead = talksVerb !== undefined && subjectClause !== 'content' && TALKS_HAPPEN.has(tree.lemmas[talksVerb]) ? subjectClause : undefined;
  const aheadNegated = !!ahead?.negated && !ahead.objectOnly;
  if (ahead) why.push(...ahead.reasons.filter((r) => r !== condition && (aheadNegated || r.rule !== 'flags/no-object')));
  const supposed = talksVerb !== undefined && !ahead && (subjectClause === 'content' || !!subjectClause?.future || !!subjectClause?.hypothetical);
  if (supposed) why.push(reason('events/talks-clause', { verb: tree.words[talksVerb] }));
  const future = !!flags?.future || !!ahead?.future;
  const as = future ? FUTURE_AS[entry.event] : undefined;
  if (as) why.push(reason('events/future-as', { from: entry.event, to: as }));
  push(ctx, {
    event: as ?? entry.event, mode: as ? undefined : entry.mode, context: entry.context, cameo: match.code, actors, recipients,
    ...(said.speaker ? { speaker: said.speaker } : {}),
    negated: !!flags?.negated || aheadNegated, hypothetical: !!nominal.prospective || !!condition || !!flags?.hypothetical || !!ahead?.hypothetical || supposed, future: future && !as, historical: time.historical,
    date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match, why,
  });
}

/**
 * A wrong named with its doer ("the genocide … perpetrated by the Kiev regime", nominal-wrongs.ts): its teller accuses
 * the doer — the speaker of reported speech, else the clause's own subject ("the United Kingdom stands … in the face
 * of ongoing Russian aggression"), else the official site whose words these are. A side never accuses itself, and a
 * doer the sentence already accuses is not accused twice.
 */
function codeWrong(ctx: Context, sent: number, nominal: NominalTrigger, doerHeads: readonly number[]): void {
  const { tree, lexicon } = ctx;
  const { match } = nominal;
  const entry = lexicon.cameo[match.code];
  const clause = clauseOf(tree, match.token);
  const at = clause >= 0 ? clause : match.token;
  const said = speakerOf(tree, ctx.pack, ctx.actors, at, ctx.doc.layers.quotes ?? []);
  // The clause's subject, up through the clauses the noun's clause hangs on ("stands shoulder to shoulder … in the face of").
  let subject: number | undefined;
  // The wrong's own phrase is no teller ("The numerous war crimes committed … by Ukrainian … forces … was brought to notice").
  for (let v = clause, hops = 0; v >= 0 && subject === undefined && hops < 4; v = tree.deps[v].head, hops++) {
    const s = childBy(tree, v, 'nsubj');
    if (s !== match.token) subject = s;
  }
  const subjectActors = subject !== undefined ? actorsOfPhrase(tree, ctx.actors, subject).filter((a) => a.code) : [];
  // Several sides as the subject ("The leaders of Japan and the Philippines discussed China's dangerous behavior") tell
  // of it together: each of them on a side other than the doer's is an accuser (review rv-d, finding 2).
  const teller = said.speaker ?? subjectActors[0] ?? tellerOf(undefined, ctx.doc.layers.discourse?.publisher, isQuoted(ctx, tree, match.token), match.token, tree.tokens[match.token]);
  if (!teller?.code) return;
  const doers = doerHeads.flatMap((h) => (h === match.token ? nationalityOf(tree, h, kbCountry) : doerOfPhrase(ctx, h))).filter((d) => isOtherSide(teller, d, ctx.actors.bodies));
  const accused = new Set(ctx.events.filter((e) => e.sent === sent && e.event === 'ACCUSE').flatMap((e) => e.recipients.map((r) => r.code)));
  if (!doers.length || doers.every((d) => accused.has(d.code))) return;
  const tellers = said.speaker ? [teller] : [teller, ...subjectActors.slice(1).filter((a) => a.code !== teller.code && doers.every((d) => isOtherSide(a, d, ctx.actors.bodies)))];
  const time = timeOf(ctx, at, match.token);
  const why: Reason[] = [reason('events/cameo', { trigger: match.reason, code: match.code, label: entry.label }), reason('events/wrong-teller', { teller: teller.name })];
  if (time.reason) why.push(time.reason);
  const condition = clause >= 0 ? clauseFlags(tree, ctx.pack, clause, { reported: said.reported }).reasons.find((r) => r.rule === 'flags/conditional') : undefined;
  if (condition) why.push(condition);
  push(ctx, {
    event: entry.event, mode: entry.mode, context: entry.context, cameo: match.code, actors: tellers, recipients: doers,
    ...(said.speaker ? { speaker: said.speaker } : {}),
    negated: false, hypothetical: !!condition, future: false, historical: time.historical,
    date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match, why,
  });
}

/**
 * The actors a doer's phrase names; a head that is no coded actor itself but has a nationality adjective is that
 * country ("by Russian aggressors on the territory of Ukraine" is Russia, not the place in its phrase; nominal-wrongs.ts).
 */
function doerOfPhrase(ctx: Context, head: number): EventParticipant[] {
  const nationality = ctx.actors.at(head)?.code ? [] : nationalityOf(ctx.tree, head, kbCountry);
  return nationality.length ? nationality : actorsOfPhrase(ctx.tree, ctx.actors, head);
}
