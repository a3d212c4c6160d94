/**
 * A meeting named by its noun with the body that met: "a special meeting of the International Coffee Organization
 * (ICO) council failed to agree", "today's meeting of the Group of Five finance ministers", "the ICO's executive
 * board session". No verb reads the noun ("failed", "ended", "was attended" tell how it went), yet the phrase tells
 * who consulted: the body whose "of" phrase or possessor it is, alone (the wire gold codes these CONSULT with the
 * body and no recipient). A meeting with a partner is nominal-meetings.ts' and talks between parties
 * talks-between.ts' (#12: wire CONSULT told by a noun).
 */
import { reason } from '../../lang/reason.js';
import type { RuntimeLexicon } from './lexicon.js';
import type { NominalTrigger } from './nominal.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import { nounCode, type TriggerMatch } from './triggers.js';

/** Modifiers that make the meeting a prospect ("a possible meeting of …"). */
const PROSPECTIVE = ruleWords('prospective');

/** Verbs whose subject meeting is still to come ("is expected next month"). */
const PROSPECT_VERBS = ruleWords('meeting-prospect-verb');

/** Whether the meeting noun `n` is the subject of a verb that puts it ahead ("is expected", "will open"). */
function isAhead(tree: Tree, n: number): boolean {
  const head = tree.deps[n].head;
  if (head < 0 || !tree.baseRels[n].startsWith('nsubj')) return false;
  return PROSPECT_VERBS.has(tree.lemmas[head]) || childrenBy(tree, head, 'aux', 'cop').some((a) => tree.pos[a]?.xpos === 'MD');
}

/** Prepositions of another party or of the parties: those meetings are read by other rules. */
const PARTY_MARKERS = new Set(['with', 'between']);

/** The consultation nouns of tokens [first, last) whose "of" phrase or possessor names the body that met; nouns in `used` are left out. */
export function bodyMeetings(tree: Tree, lexicon: RuntimeLexicon, first: number, last: number, used: ReadonlySet<number>, hasActor: (head: number) => boolean): NominalTrigger[] {
  const out: NominalTrigger[] = [];
  for (let n = first; n < last; n++) {
    if (used.has(n) || tree.pos[n]?.upos !== 'NOUN') continue;
    const code = nounCode(tree, lexicon, n);
    if (!code?.startsWith('04') || childrenBy(tree, n, 'amod').some((a) => PROSPECTIVE.has(tree.words[a].toLowerCase()))) continue;
    const phrases = childrenBy(tree, n, 'nmod');
    if (isAhead(tree, n) || phrases.some((m) => PARTY_MARKERS.has(markerOf(tree, m)?.toLowerCase() ?? ''))) continue;
    const body = phrases.find((m) => markerOf(tree, m)?.toLowerCase() === 'of' && hasActor(m))
      ?? childrenBy(tree, n, 'nmod:poss').find((p) => tree.pos[p]?.upos !== 'PRON' && hasActor(p));
    if (body === undefined) continue;
    const match: TriggerMatch = {
      token: n, tokens: [n, n + 1], code, kind: 'noun', noun: n,
      reason: reason('events/trigger-body-meeting', { noun: tree.words[n], body: tree.words[body] }),
    };
    out.push({ match, agent: body, targets: [] });
  }
  return out;
}
