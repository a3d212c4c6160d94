/**
 * Talks a speaker tells of inside a statement: "Machinea said negotiations with creditor banks … were difficult",
 * "Poland's talks in Washington with the World Bank and the IMF … were concrete, open and frank, a senior Polish
 * banker was quoted as saying", "'We have had a series of discussions with a great number of banks,' he said",
 * "Stoltenberg told the DIHT that his meeting on Monday with Baker had resolved differences". The verb of saying wins
 * the sentence as a bare statement (CAMEO 010), and the clause's own verb says how the talks went ("were difficult",
 * "had resolved"), so no verb trigger reads the noun; nominal-meetings.ts reads only a noun that sets the statement
 * ("after talks with"). Yet the phrase tells who met whom: the noun's "with" phrase names the partner, and its
 * possessor, else the speaker — the side whose talks they are told as — held them (the training gold codes these
 * CONSULT; #12: acts turned down as statements). A noun in a future, hypothetical or denied clause ("would have
 * contacts later today with …", "no talks with …") is no meeting held.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason } from '../../lang/reason.js';
import { reportingSourceAround } from '../deps/closing-source.js';
import { clauseFlags } from './flags.js';
import type { RuntimeLexicon } from './lexicon.js';
import type { NominalTrigger } from './nominal.js';
import { isProspective, meetingPartners } from './nominal-meetings.js';
import { childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import { nounCode, type TriggerMatch } from './triggers.js';

/**
 * The noun's own preposition, when it has one, must be "of" ("the course of talks with …", "a series of
 * discussions with …"): nominal-meetings.ts reads the nouns that set the statement ("after talks with"), and the
 * others name a purpose ("left for consultations with Tokyo"), a time to come ("before trade talks with Washington")
 * or a topic ("informed about his contacts with …", "commented on Howard's meeting with"), not talks held.
 */
const OWN_MARKERS: ReadonlySet<string> = new Set(['of']);
/** How many heads up from the noun its clause is sought ("the latest round of talks with …": noun, noun, verb). */
const MAX_HOPS = 4;
/** Relations by which the noun's clause is the content of the verb of saying (or the noun that verb's object). */
const CONTENT_RELS: ReadonlySet<string> = new Set(['ccomp', 'parataxis', 'obj']);

/** The first head above `n` that is no noun (the clause the noun stands in), within MAX_HOPS. */
function clauseAbove(tree: Tree, n: number): number | undefined {
  let x = tree.deps[n].head;
  for (let hops = 0; hops < MAX_HOPS && x >= 0; hops++, x = tree.deps[x].head) {
    const upos = tree.pos[x]?.upos;
    if (upos === 'VERB' || upos === 'ADJ' || upos === 'AUX') return x;
  }
  return undefined;
}

/** The verb of saying whose content the clause (or the noun, as the verb's own object) is, if any. */
function sayingOver(tree: Tree, speechVerbs: ReadonlySet<string>, clause: number): number | undefined {
  if (speechVerbs.has(tree.lemmas[clause])) return clause;
  const head = tree.deps[clause].head;
  return head >= 0 && speechVerbs.has(tree.lemmas[head]) && CONTENT_RELS.has(tree.deps[clause].deprel) ? head : undefined;
}


/**
 * The consultation nouns of tokens [first, last) told inside a statement, with a partner and a holder; nouns in `used` are
 * left out. `partyAt` gives the country or body a token names (a joint closing source is told by its parties).
 */
export function saidMeetings(tree: Tree, lexicon: RuntimeLexicon, pack: LanguagePack, first: number, last: number, used: ReadonlySet<number>, hasActor: (head: number) => boolean, partyAt: (t: number) => string | undefined): NominalTrigger[] {
  const out: NominalTrigger[] = [];
  for (let n = first; n < last; n++) {
    const marker = markerOf(tree, n);
    if (used.has(n) || tree.pos[n]?.upos !== 'NOUN' || (marker !== undefined && !OWN_MARKERS.has(marker))) continue;
    const code = nounCode(tree, lexicon, n);
    if (!code?.startsWith('04') || isProspective(tree, n)) continue;
    const partners = meetingPartners(tree, n, hasActor);
    if (!partners.length) continue;
    const clause = clauseAbove(tree, n);
    const saying = clause === undefined ? undefined : sayingOver(tree, pack.speechVerbs, clause);
    if (clause === undefined || saying === undefined) continue;
    // "did not mention talks with the IMF": a statement denied or still to come tells of no talks.
    const told = clauseFlags(tree, pack, saying, { reported: false });
    if (told.future || told.negated || told.hypothetical) continue;
    if (clause !== saying) {
      const flags = clauseFlags(tree, pack, clause, { reported: true, noun: n });
      if (flags.future || flags.negated || flags.hypothetical) continue;
    }
    const holder = holderOf(tree, pack, n, saying, hasActor);
    if (holder === undefined) continue;
    const match: TriggerMatch = {
      token: n, tokens: [n, n + 1], code, kind: 'noun', noun: n,
      reason: reason('events/trigger-said-meeting', { noun: tree.words[n], said: tree.words[saying], holder: tree.words[holder], partner: tree.words[partners[0]] }),
    };
    const closing = reportingSourceAround(tree, pack.speechVerbs, holder, holder + 1);
    const jointSource = closing?.said === saying && isJoint(tree, closing.source, partyAt) ? closing.source : undefined;
    out.push({ match, agent: holder, targets: partners, meeting: true, ...(jointSource ? { jointSource } : {}) });
  }
  return out;
}

/**
 * Who held the talks: the noun's possessor when it names an actor ("Poland's talks", "his meeting"), else the speaker.
 * A joint closing source (", Iranian and Syrian officials said" after "The talks with Iraq were productive") is read as a
 * joint subject is: its parties held the talks, save the one that is the partner (code-nominal.ts, `jointSource`;
 * review rv-a of session 58, which undid dropping them: rv-a #9 of session 56).
 */
function holderOf(tree: Tree, pack: LanguagePack, n: number, saying: number, hasActor: (head: number) => boolean): number | undefined {
  const possessor = childrenBy(tree, n, 'nmod:poss')[0];
  if (possessor !== undefined && hasActor(possessor)) return possessor;
  // A named possessor that is no coded actor holds talks of its own ("the bankers' talks with …"); a pronoun ("his
  // talks", "our talks") names no actor here and most often stands for the speaker's side, so the speaker is taken.
  if (possessor !== undefined && tree.pos[possessor]?.upos !== 'PRON') return undefined;
  const speaker = subjectOf(tree, saying);
  if (!speaker || speaker.passive || !hasActor(speaker.token)) return undefined;
  return speaker.token;
}

/** Whether source tokens [first, end) join two or more parties by a coordinator (", U.S. and Mexican officials"). */
function isJoint(tree: Tree, [first, end]: readonly [number, number], partyAt: (t: number) => string | undefined): boolean {
  const parties = new Set<string>();
  let joined = false;
  for (let t = first; t < end; t++) {
    joined ||= tree.pos[t]?.upos === 'CCONJ';
    const party = partyAt(t);
    if (party) parties.add(party);
  }
  return joined && parties.size > 1;
}
