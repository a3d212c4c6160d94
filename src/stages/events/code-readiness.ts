/**
 * "X is ready to Y": readiness to cooperate is an intent (AGREE), readiness to use force a threat,
 * readiness to refuse the refusal, readiness to concede the concession (split out of code-events.ts).
 * Readiness denied ("is not ready to give up its territories", "not prepared to negotiate") is a
 * refusal, as a denied agreement is in code-events.ts.
 */
import { reason } from '../../lang/reason.js';
import { type Context, push, reject, timeOf } from './event-context.js';
import { clauseFlags, firstConjunct } from './flags.js';
import { tableGet } from './key-tables.js';
import { PLOVER_RULES, type PloverEvent } from './plover.js';
import { rolesOf, speakerOf } from './roles.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree, walkTokens } from './tree.js';
import type { TriggerMatch } from './triggers.js';

const {
  readiness: READINESS_RULE, hostileReadiness: HOSTILE_READINESS, refusingReadiness: REFUSING_READINESS,
  concedingReadiness: CONCEDING_READINESS, refusedAs: REFUSED_AS,
} = PLOVER_RULES;

/** Adjectives of readiness: "is ready to contribute troops" states an intent (CAMEO 030, AGREE). */
const READINESS = ruleWords('readiness');

/** Verbs of settling a dispute: readiness to settle is an intent (AGREE), though CAMEO files them with compromise. */
const SETTLING = ruleWords('settling-readiness');

/** Verbs of helping with no code of their own ("help"): under readiness, an intent to cooperate all the same. */
const HELPING = ruleWords('helping-readiness');

/** Verbs of saying that deny their "that" clause ("denied that it was ready to help"). */
const DENYING = ruleWords('denying-verb');

/**
 * "is ready to help find options": a verb of helping that the lexicon codes no act by itself, under an adjective of
 * readiness, states the intent to cooperate as readiness to do any cooperative act does (CAMEO 030, AGREE).
 */
export function helpingReadinessMatch(tree: Tree, verb: number): TriggerMatch | undefined {
  if (!HELPING.has(tree.lemmas[verb]) || tree.pos[verb]?.upos !== 'VERB' || !isReadiness(tree, verb)) return undefined;
  return { token: verb, tokens: [verb, verb + 1], code: READINESS_RULE.cameo, kind: 'verb', reason: reason('events/trigger-helping', { verb: tree.words[verb] }) };
}

/** The infinitive of an adjective of readiness ("ready to contribute troops"). */
export function isReadiness(tree: Tree, verb: number): boolean {
  const head = tree.deps[firstConjunct(tree, verb)].head;
  return head >= 0 && READINESS.has(tree.lemmas[head]);
}

/** "X is ready to Y": an AGREE by X, the content's recipient as recipient. */
export function codeReadiness(ctx: Context, sent: number, match: TriggerMatch, verb: number): void {
  const { tree } = ctx;
  const head = tree.deps[firstConjunct(tree, verb)].head;
  const subjRoles = rolesOf(tree, ctx.pack, ctx.actors, head);
  const content = rolesOf(tree, ctx.pack, ctx.actors, verb, match.noun);
  // Readiness to cooperate is an intent (AGREE); readiness to use force or pressure is a threat
  // ("ready to retaliate": PLOVER THREATEN).
  // The verb's own code counts as well as the pattern's: "ready to retaliate for …" matches an
  // accusation pattern, but retaliating is force.
  const hostile = (code?: string): boolean => code !== undefined && (HOSTILE_READINESS.from as readonly string[]).includes(ctx.lexicon.cameo[code]?.event ?? '');
  const own = (tableGet(ctx.lexicon.verbs, tree.lemmas[verb]) ?? []).find((v) => !v.before && !v.after && v.code)?.code;
  const intendedCode = hostile(match.code) || !hostile(own) ? match.code : own!;
  const intended = ctx.lexicon.cameo[intendedCode]?.event;
  const threat = hostile(match.code) || hostile(own);
  // "Creditor banks are determined to resist Brazil's demands", "prepared to veto": a stated will to
  // refuse is the refusal (the training gold's REJECT), never an intent to cooperate.
  const refusal = !threat && (REFUSING_READINESS.from as readonly string[]).includes(intended ?? '');
  // "ready to give up", "prepared to compromise on": a declared concession (PLOVER CONCEDE, future concessions stay CONCEDE).
  const concession = !threat && (CONCEDING_READINESS.from as readonly string[]).includes(intended ?? '') && !SETTLING.has(tree.lemmas[verb]);
  const code = threat ? HOSTILE_READINESS.cameo : refusal || concession ? intendedCode : READINESS_RULE.cameo;
  const entry = ctx.lexicon.cameo[code];
  const words = { head: tree.words[head], verb: tree.words[verb], trigger: match.reason };
  const readiness: TriggerMatch = {
    ...match, token: head, tokens: [head, head + 1], code,
    reason: threat ? reason('events/trigger-threat-readiness', { ...words, event: intended })
      : refusal ? reason('events/trigger-refusing-readiness', words)
        : concession ? reason('events/trigger-conceding-readiness', words)
          : reason('events/trigger-readiness', words),
  };
  if (!subjRoles.actors.length) return reject(ctx, sent, readiness, 'events/no-actor', entry.event);
  const flags = clauseFlags(tree, ctx.pack, head, { reported: speakerOf(tree, ctx.pack, ctx.actors, head, ctx.doc.layers.quotes ?? []).reported });
  const time = timeOf(ctx, head);
  // "Ukraine is not ready to give up its territories": denied readiness to cooperate or concede is a
  // refusal. What is only hypothetical stays so: "did not say it was not ready" asserts nothing.
  // Only the readiness's own "not" denies it: a negation the parser hands over from a conjunct ("did not name
  // … the amount of financing the United States was willing to supply", "willing" read as a conjunct of "name") does not.
  const denied = childrenBy(tree, head, 'advmod', 'neg').some((c) => ctx.pack.negators.has(tree.words[c]));
  const refused = denied && flags.negated && !flags.hypothetical ? (REFUSED_AS as Partial<Record<string, PloverEvent>>)[entry.event] : undefined;
  // "China denied that it was ready to help Russia": readiness its own holder denies is asserted by no one; the denial
  // is coded from the verb of denying itself.
  const up = tree.deps[head].head;
  const disowned = tree.deps[head].deprel === 'ccomp' && up >= 0 && DENYING.has(tree.lemmas[up]);
  // "ready to help if Russia and Ukraine ask": who sets the condition is not whom the help is offered to.
  const condition = new Set([head, verb].flatMap((v) => childrenBy(tree, v, 'advcl'))
    .filter((c) => ctx.pack.conditionals.has(markerOf(tree, c) ?? '')).flatMap((c) => walkTokens(tree, c)));
  push(ctx, {
    event: refused ?? entry.event, context: entry.context, cameo: code, actors: subjRoles.actors,
    recipients: content.recipients.filter((r) => !subjRoles.actors.some((a) => a.actorId === r.actorId) && !condition.has(r.tokens[0])),
    negated: (flags.negated || disowned) && !refused, hypothetical: flags.hypothetical, future: false, historical: time.historical,
    date: time.date, dateSource: time.dateSource, confidence: 0.6, sent, match: readiness,
    why: refused ? [readiness.reason, reason('events/refusal', { from: entry.event, to: refused })] : [readiness.reason],
  });
}
