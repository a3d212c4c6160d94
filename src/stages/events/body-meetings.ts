/**
 * A body's own meeting, told by its noun with no partner: "said at a meeting of EC finance ministers", "told a news
 * conference at the end of the ADB's annual meeting", "Speaking after a meeting of the 11-nation Cartagena group",
 * "A special meeting of the International Coffee Organization (ICO) council failed to agree …". No verb trigger
 * reads the noun (it sets another clause, or its verb is no event), the noun names no "with" or "between" partner
 * (nominal-meetings.ts, talks-between.ts), and no speaker of another side need be named (speech-venues.ts); yet the
 * phrase says the body met: the wire gold codes it as CONSULT of the body alone (IGOEUR, IGOADB, IGOICO → -). Only
 * an organisation the noun's own phrase names as its holder counts (an "of" phrase, a possessor, a compound: "the
 * ADB's meeting", "the ICO executive board meeting"), never a place ("a meeting in Vienna") or the press, and only a
 * meeting past or under way: PLOVER codes no meeting still to come ("next week's meeting", "will meet", "before the
 * meeting"). An article tells its body's meeting again and again; the first mention is the event (#12: wire CONSULT).
 */
import { reason } from '../../lang/reason.js';
import { type Context } from './event-context.js';
import { codeNominal } from './code-nominal.js';
import { clauseFlags } from './flags.js';
import { actorsOfPhrase } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';
import type { EventParticipant } from './types.js';

/** Nouns of a body's gathering (word forms: the events tree lemmatises "meeting" as the verb's "meet"). */
const GATHERINGS = ruleWords('body-gathering');
/** Prepositions that set a clause at or after a gathering that has been held ("at", "after", "during"). */
const SETTINGS = ruleWords('body-gathering-setting');
/** Nouns of a part of a gathering that set a clause in it ("at the end of"). */
const PHASES = ruleWords('gathering-phase');
/** Modifiers, on the noun or its possessor, of a gathering still to come ("next week's meeting", "the coming session"). */
const UPCOMING = ruleWords('upcoming');
/** Modifiers of a gathering held before the news the article tells ("last week's meeting", "recent talks"). */
const EARLIER = ruleWords('earlier-gathering');
/** Modifiers that make a named act a prospect ("a possible meeting"). */
const PROSPECTIVE = ruleWords('prospective');
/** Nouns of the press: a press conference is no consultation (news-dev README). */
const PRESS = ruleWords('press-partner');
/** PLOVER CONSULT (CAMEO 040, consult). */
const CONSULT = '040';
/** How deep the noun's phrase is searched for its holder ("the ICO's executive board session": session → board → ICO). */
const MAX_DEPTH = 3;

/** An organisation as the gold tells it apart: an IGO or NGO by its organisation ("IGO" + "ADB"), anything else by its code. */
function bodyKey(p: EventParticipant): string {
  return p.code === 'IGO' || p.code === 'NGO' ? `${p.code}${p.sector ?? ''}` : p.code ?? p.actorId;
}

/** The verb above a noun, up to four heads up, or undefined. */
function clauseOf(tree: Tree, noun: number): number | undefined {
  let clause = tree.deps[noun].head;
  for (let hops = 0; hops < 4 && clause >= 0 && tree.pos[clause]?.upos !== 'VERB'; hops++) clause = tree.deps[clause].head;
  return clause >= 0 && tree.pos[clause]?.upos === 'VERB' ? clause : undefined;
}

/**
 * Whether the gathering's phrase, or its clause's time, names it as still to come, a prospect, one held before the
 * news ("last week's ICO meeting", "ICO talks … last month broke down": background, which the gold leaves uncoded),
 * or the press's.
 */
function isOffNews(tree: Tree, n: number, clause: number): boolean {
  // The noun's own phrase, the heads between it and its clause ("ICO talks on quotas last month broke down", parsed
  // with "talks" under "month"), and the clause's time ("… broke down last month").
  const near = [...phraseOf(tree, n, MAX_DEPTH)];
  for (let h = tree.deps[n].head, hops = 0; h >= 0 && h !== clause && hops < 4; h = tree.deps[h].head, hops++) near.push(h, ...tree.children[h]);
  for (const t of childrenBy(tree, clause, 'obl:tmod', 'obl:npmod')) near.push(...phraseOf(tree, t, 1));
  return near.some((t) => {
    const word = tree.words[t].toLowerCase();
    return UPCOMING.has(word) || EARLIER.has(word) || PROSPECTIVE.has(word) || PRESS.has(tree.lemmas[t].toLowerCase());
  });
}

/** The tokens of the phrase headed by `head`, down to `depth` levels. */
function phraseOf(tree: Tree, head: number, depth: number): number[] {
  const out = [head];
  for (let k = 0, level = [head]; k < depth; k++) out.push(...(level = level.flatMap((t) => tree.children[t])));
  return out;
}

/** The first organisation the noun's phrase names as holder (possessor, compound, "of"), breadth-first. */
function holderOf(tree: Tree, n: number, isBody: (t: number) => boolean): number | undefined {
  const queue: { token: number; depth: number }[] = [{ token: n, depth: 0 }];
  for (let k = 0; k < queue.length; k++) {
    const { token, depth } = queue[k];
    if (k > 0 && isBody(token)) return token;
    if (depth >= MAX_DEPTH) continue;
    for (const c of tree.children[token]) {
      const rel = tree.deps[c].deprel;
      const through = rel === 'compound' || rel === 'nmod:poss' || rel === 'appos' || rel === 'flat'
        || (rel === 'nmod' && markerOf(tree, c)?.toLowerCase() === 'of');
      if (through) queue.push({ token: c, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Whether the clause is an infinitive, a purpose or a prospect ("expected to approve the loan at a meeting of its board today"). */
function isPurpose(tree: Tree, clause: number): boolean {
  return childrenBy(tree, clause, 'mark').some((m) => tree.words[m].toLowerCase() === 'to');
}

/** Whether the noun stands as the setting of its clause ("at a meeting of …") or as its subject ("The ICO's session has …"). */
function isHeldSetting(tree: Tree, n: number): boolean {
  const rel = tree.deps[n].deprel;
  if (rel === 'nsubj' || rel === 'nsubj:pass') return true;
  const marker = markerOf(tree, n)?.toLowerCase() ?? '';
  if (SETTINGS.has(marker)) return true;
  // "at the end of the ADB's annual meeting": a part of the gathering sets the clause.
  const head = tree.deps[n].head;
  return marker === 'of' && head >= 0 && PHASES.has(tree.words[head].toLowerCase()) && SETTINGS.has(markerOf(tree, head)?.toLowerCase() ?? '');
}

/**
 * Code the body meetings of sentence `sent` (tokens [first, last)): nouns in `used` were read by a verb trigger;
 * `orgAt` gives the organisation code of a mention at a token (speech-venues.ts's `VenueParties`).
 */
export function codeBodyMeetings(ctx: Context, sent: number, first: number, last: number, used: ReadonlySet<number>, orgAt: (t: number) => string | undefined): void {
  const { tree } = ctx;
  for (let n = first; n < last; n++) {
    if (used.has(n) || tree.pos[n]?.upos !== 'NOUN' || !GATHERINGS.has(tree.words[n].toLowerCase())) continue;
    // A partner named with "with" or "between" is another rule's meeting; one still to come names no act.
    if (childrenBy(tree, n, 'nmod').some((m) => ['with', 'between'].includes(markerOf(tree, m)?.toLowerCase() ?? '')) || !isHeldSetting(tree, n)) continue;
    // A verbless line ("To the participants of the NATO summit, the G7 summit") tells no act.
    const clause = clauseOf(tree, n);
    if (clause === undefined || isPurpose(tree, clause) || isOffNews(tree, n, clause)) continue;
    // Intergovernmental and non-governmental bodies only: a country's body ("Negotiations of the occupiers") is told
    // as its country, which meets someone.
    const host = holderOf(tree, n, (t) => ['IGO', 'NGO'].includes(orgAt(t) ?? ''));
    if (host === undefined) continue;
    // The body's meeting already coded (told again, or as another side's consultation of it) is the same meeting; an
    // act the sentence tells by its verb ("discussed … with … officials at a … committee meeting") took place at the
    // gathering, which is its setting, not another event.
    const bodies = new Set(actorsOfPhrase(tree, ctx.actors, host).filter((a) => a.code).map(bodyKey));
    if (ctx.events.some((e) => e.sent === sent || (e.event === 'CONSULT' && [...e.actors, ...e.recipients].some((p) => bodies.has(bodyKey(p)))))) continue;
    // "would" tells no meeting held, reported or not ("Hope was expressed that the meeting … would be useful").
    const flags = clauseFlags(tree, ctx.pack, clause, { reported: true });
    if (flags.future || flags.hypothetical || flags.negated) continue;
    const match: TriggerMatch = {
      token: n, tokens: [n, n + 1], code: CONSULT, kind: 'noun', noun: n,
      reason: reason('events/trigger-body-meeting', { noun: tree.words[n], host: tree.words[host] }),
    };
    codeNominal(ctx, sent, { match, agent: host, targets: [] });
  }
}
