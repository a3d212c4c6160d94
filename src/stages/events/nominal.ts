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
import { nominalWrongs } from './nominal-wrongs.js';
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

export interface NominalTrigger {
  readonly match: TriggerMatch;
  /** The head of the phrase naming the doer. */
  readonly agent: number;
  /** Heads of phrases naming what the act was done to. */
  readonly targets: readonly number[];
  /** A modifier that makes the act a prospect ("possible"), if any. */
  readonly prospective?: string;
  /** A wrong the noun judges as it names it (nominal-wrongs.ts): the heads naming its doers, whom its teller accuses. */
  readonly wrongDoers?: readonly number[];
  /** A meeting named by its noun with its partner (nominal-meetings.ts): the same talks told again are no new event. */
  readonly meeting?: boolean;
}

/**
 * The conflict event nouns of tokens [first, last) with a named doer (a "by" phrase, else a
 * possessor), leaving out nouns a verb trigger already read (`used`).
 */
export function nominalTriggers(tree: Tree, lexicon: RuntimeLexicon, first: number, last: number, used: ReadonlySet<number>, hasActor: (head: number) => boolean): NominalTrigger[] {
  const out: NominalTrigger[] = [];
  for (let n = first; n < last; n++) {
    if (used.has(n) || tree.pos[n]?.upos !== 'NOUN' || nounKey(tree, lexicon, n) === undefined) continue;
    const code = nounCode(tree, lexicon, n);
    const entry = code === undefined ? undefined : lexicon.cameo[code];
    if (!code || !entry || !CONFLICT_QUADS.has(QUAD_OF[entry.event]) || UNDERGONE.has(entry.event)) continue;
    const by = childrenBy(tree, n, 'nmod').find((m) => markerOf(tree, m) === 'by' && hasActor(m));
    const possessor = childrenBy(tree, n, 'nmod:poss').find((p) => tree.pos[p]?.upos !== 'PRON' && hasActor(p));
    const agent = by ?? possessor;
    if (agent === undefined) continue;
    const targets = childrenBy(tree, n, 'nmod').filter((m) => m !== agent && TARGET_MARKERS.has(markerOf(tree, m) ?? ''));
    const prospective = childrenBy(tree, n, 'amod').map((a) => tree.words[a]).find((w) => PROSPECTIVE.has(w));
    const match: TriggerMatch = {
      token: n, tokens: [n, n + 1], code, kind: 'noun', noun: n,
      reason: reason('events/trigger-nominal', { noun: tree.words[n], agent: tree.words[agent], how: by !== undefined ? 'by' : 'possessor' }),
    };
    out.push({ match, agent, targets, ...(prospective ? { prospective } : {}) });
  }
  for (const meeting of nominalMeetings(tree, lexicon, first, last, used, hasActor)) out.push({ match: meeting.match, agent: meeting.agent, targets: meeting.partners, meeting: true });
  for (const wrong of nominalWrongs(tree, first, last, used, hasActor)) out.push({ match: wrong.match, agent: wrong.doers[0], targets: [], wrongDoers: wrong.doers });
  return out;
}
