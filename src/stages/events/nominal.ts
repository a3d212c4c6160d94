/**
 * Conflict events named by a noun with its doer: "the shelling of a student dormitory by the
 * neo-Nazis", "the Taliban's current offensive", "the genocide … by the Kiev regime". No verb of
 * the lexicon governs such a noun (it is the object of "informed about", "agreed that", "condemned"),
 * yet the phrase tells who did what to whom (#12: event nouns as triggers). Only nouns of conflict
 * whose doer is named in the phrase count: a cooperative noun with a possessor ("Slovakia's support
 * for Ukraine's aspirations") names a standing relation more often than an act of the day.
 */
import { reason } from '../../lang/reason.js';
import type { RuntimeLexicon } from './lexicon.js';
import { nominalMeetings } from './nominal-meetings.js';
import { presenceMeetings } from './presence-meetings.js';
import { talksBetween } from './talks-between.js';
import { nominalWrongs } from './nominal-wrongs.js';
import { kbCountry, nationalityOf } from './participants.js';
import { QUAD_OF } from './plover.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import { nounCode, nounKey, type TriggerMatch } from './triggers.js';

/** Quad classes whose nouns, with a named doer, are events. */
const CONFLICT_QUADS: ReadonlySet<string> = new Set(['verbal-conflict', 'material-conflict']);

/**
 * Events whose nouns, possessed, name a standing request that another act deals with ("rejected
 * Yugoslavia's request for a grant", "if the governors' demands are met"), not an act of the day.
 */
const UNDERGONE: ReadonlySet<string> = new Set(['REQUEST']);

/** Modifiers that make the named act a prospect, not a fact ("a possible attack", "planned strikes"). */
const PROSPECTIVE = ruleWords('prospective');

/** Prepositions whose object is the one the act is done to or aimed at ("shelling of", "attack on"). */
const TARGET_MARKERS = ruleWords('target-marker');

/**
 * Events of force whose doer an official site names by a nationality adjective or an armed force's "of" phrase
 * ("Russian shelling and assault of Azovstal", "Missile strike of the Russian army at the Kharkiv region"). A site
 * tells its war's force this way; on wire stories the adjective more often says where ("French strikes", a labour
 * strike) or whose soil ("Iranian oil platforms"), so the reading stays with the sites (session 27 tried it everywhere:
 * wire false events).
 */
const SITE_FORCE: ReadonlySet<string> = new Set(['ASSAULT']);

/** CAMEO's labour strike, and the attack (CAMEO 190) that a "strike" of a country or an army is. */
const LABOUR_STRIKE = '143';
const ARMED_STRIKE = '190';

/** What an official site's reading of conflict nouns needs. */
export interface SiteReading {
  /** Whether a phrase names an armed force (sector MIL). */
  readonly armedForce: (head: number) => boolean;
  /** Whether a phrase names the site's own country (a place or a body of it). */
  readonly ownSide: (head: number) => boolean;
  /** The adversary of the war the site reports (`discourse/data/adversaries.tsv`), who does force on its side. */
  readonly adversary?: { readonly code: string; readonly name: string; readonly sector?: string };
}

export interface NominalTrigger {
  readonly match: TriggerMatch;
  /** The head of the phrase naming the doer; the noun itself when a nationality adjective on it names the doer. */
  readonly agent: number;
  /** Heads of phrases naming what the act was done to. */
  readonly targets: readonly number[];
  /** A modifier that makes the act a prospect ("possible"), if any. */
  readonly prospective?: string;
  /** A wrong the noun judges as it names it (nominal-wrongs.ts): the heads naming its doers, whom its teller accuses. */
  readonly wrongDoers?: readonly number[];
  /** Force on the site's side with no doer named ("Again shelling of Kharkiv"): the war's adversary did it (code-nominal.ts). */
  readonly adversaryDoer?: boolean;
  /** A meeting named by its noun with its partner (nominal-meetings.ts): the same talks told again are no new event. */
  readonly meeting?: boolean;
  /** The copular predicate a meeting noun is ("Israel is not in talks with …"): its clause flags are the event's. */
  readonly predicate?: number;
  /** Talks whose "between" phrase names all their parties (talks-between.ts): each is an actor, none a recipient. */
  readonly joint?: boolean;
  /** The tokens of a joint closing source that reports talks (said-meetings.ts: ", U.S. and Iraqi officials said"): its parties held them, save the partner. */
  readonly jointSource?: readonly [number, number];
  /** Heads whose nationality adjective names a recipient ("along the Ukrainian borders": troop-buildup.ts). */
  readonly nationalTargets?: readonly number[];
}

/**
 * The doer of force an official site names without "by" or a possessor: an armed force's "of" phrase ("strike of the
 * Russian army"; a place's "of" phrase is the target, "shelling of Kharkiv"), else a nationality adjective on the noun
 * ("Russian shelling"), which stands for the noun itself.
 */
function siteDoer(tree: Tree, n: number, site: SiteReading): number | undefined {
  const force = childrenBy(tree, n, 'nmod').find((m) => markerOf(tree, m) === 'of' && site.armedForce(m));
  if (force !== undefined) return force;
  // The noun's own adjective, or one on its compound ("Russian missile strikes"): a conjunct's belongs to another
  // thing ("attacks on Kiev and other Ukrainian cities", where the parser hangs "cities" on "attacks").
  const modifiers = childrenBy(tree, n, 'amod', 'compound');
  const own = [...modifiers, ...modifiers.flatMap((m) => childrenBy(tree, m, 'amod'))];
  return own.some((m) => kbCountry(tree.words[m])) ? n : undefined;
}

/**
 * The conflict event nouns of tokens [first, last) with a named doer (a "by" phrase, else a
 * possessor; on an official site (`site`) also the doer of force `siteDoer` reads), leaving out nouns a
 * verb trigger already read (`used`).
 */
export function nominalTriggers(tree: Tree, lexicon: RuntimeLexicon, first: number, last: number, used: ReadonlySet<number>, hasActor: (head: number) => boolean, site?: SiteReading): NominalTrigger[] {
  const out: NominalTrigger[] = [];
  for (let n = first; n < last; n++) {
    if (used.has(n) || tree.pos[n]?.upos !== 'NOUN' || nounKey(tree, lexicon, n) === undefined) continue;
    // A function per event noun, not the loop's body: the body's closures made a context on every token (#13).
    const found = nominalAt(tree, lexicon, n, hasActor, site);
    if (found) out.push(found);
  }
  for (const meeting of nominalMeetings(tree, lexicon, first, last, used, hasActor)) out.push({ match: meeting.match, agent: meeting.agent, targets: meeting.partners, meeting: true, ...(meeting.predicate !== undefined ? { predicate: meeting.predicate } : {}) });
  for (const meeting of presenceMeetings(tree, lexicon, first, last, used, hasActor)) out.push({ match: meeting.match, agent: meeting.agent, targets: meeting.partners, meeting: true });
  out.push(...talksBetween(tree, lexicon, first, last, used, hasActor));
  for (const wrong of nominalWrongs(tree, first, last, used, hasActor)) out.push({ match: wrong.match, agent: wrong.doers[0], targets: [], wrongDoers: wrong.doers });
  return out;
}

/** The conflict event noun `n` as a trigger with its doer, or undefined when it names none. */
function nominalAt(tree: Tree, lexicon: RuntimeLexicon, n: number, hasActor: (head: number) => boolean, site: SiteReading | undefined): NominalTrigger | undefined {
  const named = nounCode(tree, lexicon, n);
  // A country's or an army's strikes, as a site tells them, are attacks, not labour strikes ("Russian strikes").
  const code = site && named === LABOUR_STRIKE && tree.lemmas[n] === 'strike' && siteDoer(tree, n, site) !== undefined ? ARMED_STRIKE : named;
  const entry = code === undefined ? undefined : lexicon.cameo[code];
  if (!code || !entry || !CONFLICT_QUADS.has(QUAD_OF[entry.event]) || UNDERGONE.has(entry.event)) return undefined;
  const by = childrenBy(tree, n, 'nmod').find((m) => markerOf(tree, m) === 'by' && hasActor(m));
  const possessor = childrenBy(tree, n, 'nmod:poss').find((p) => tree.pos[p]?.upos !== 'PRON' && hasActor(p));
  const agent = by ?? possessor ?? (site && SITE_FORCE.has(entry.event) ? siteDoer(tree, n, site) : undefined);
  const targets = childrenBy(tree, n, 'nmod').filter((m) => m !== agent && TARGET_MARKERS.has(markerOf(tree, m) ?? ''));
  // "Again shelling of Kharkiv, Odesa": a site at war tells force on its own side, with no doer and no owner ("our
  // offensive"; "yesterday's bombing" names a day, not an owner), as its adversary's (code-nominal.ts names it).
  const adversaryDoer = agent === undefined && !!site?.adversary && SITE_FORCE.has(entry.event)
    && !childrenBy(tree, n, 'nmod:poss').some((p) => tree.pos[p]?.upos === 'PRON') && targets.some((t) => site.ownSide(t));
  if (agent === undefined && !adversaryDoer) return undefined;
  const how = by !== undefined ? 'by' : possessor !== undefined ? 'possessor' : adversaryDoer ? 'the war\'s adversary' : agent === n ? 'nationality' : 'armed force';
  const doer = adversaryDoer ? site?.adversary?.name ?? '' : agent === undefined || agent === n ? nationalityOf(tree, n, kbCountry)[0]?.name ?? tree.words[n] : tree.words[agent];
  const prospective = childrenBy(tree, n, 'amod').map((a) => tree.words[a]).find((w) => PROSPECTIVE.has(w));
  const match: TriggerMatch = {
    token: n, tokens: [n, n + 1], code, kind: 'noun', noun: n,
    reason: reason('events/trigger-nominal', { noun: tree.words[n], agent: doer, how }),
  };
  return { match, agent: agent ?? n, targets, ...(prospective ? { prospective } : {}), ...(adversaryDoer ? { adversaryDoer } : {}) };
}
