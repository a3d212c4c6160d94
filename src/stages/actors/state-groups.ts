/**
 * Groups of states that no one country stands for: "Importing and exporting countries agreed",
 * "Consuming countries … are insisting", "the country's foreign aid donors met", "Some importing
 * countries insist …". The gold codes them as the bare
 * sector GOV (PLOVER and CAMEO put a sector code alone where the country is unknown or many); before
 * this they were no mention at all ("countries") or a sector for the discourse stage to give the
 * dateline's country ("creditor governments" in a London story were British). A qualifier of the
 * states' role is required (`data/state-groups.tsv`): a bare "countries" is more often the sides
 * named before ("the two countries", resolve.ts) or a place ("in many countries").
 * See #12.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import type { Span } from '../../core/span.js';
import { DyadError } from '../../core/errors.js';
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import type { Words } from './phrase.js';
import type { ActorMention } from './types.js';

/** The code of a group of governments of no one country: the sector alone, as CAMEO writes it. */
export const STATE_GROUP_CODE = 'GOV';

export interface StateGroupWords {
  /** Plural nouns for the states ("countries", "nations", "donors"). */
  readonly heads: ReadonlySet<string>;
  /** Words of the states' role before the head ("importing", "creditor", "industrial"). */
  readonly qualifiers: ReadonlySet<string>;
}

let loaded: StateGroupWords | undefined;

/** The words shipped with dyad, read once. */
export function loadStateGroupWords(path = assetPath('src', 'stages', 'actors', 'data', 'state-groups.tsv')): StateGroupWords {
  loaded ??= parseStateGroupWords(readDataText(path), path);
  return loaded;
}

/** Lines of `word<TAB>head|qualifier<TAB>why`; `#` starts a comment line. */
export function parseStateGroupWords(text: string, path: string): StateGroupWords {
  const heads = new Set<string>();
  const qualifiers = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [word, kind] = line.split('\t');
    if (!word || !/^[a-z-]+$/.test(word)) throw new DyadError('E170', { path, line: i + 1, problem: 'expected one lower-case word in the first column' });
    if (kind === 'head') heads.add(word);
    else if (kind === 'qualifier') qualifiers.add(word);
    else throw new DyadError('E170', { path, line: i + 1, problem: `expected "head" or "qualifier" in the second column, not "${String(kind)}"` });
  });
  return { heads, qualifiers };
}

/**
 * Words that may join or precede the qualifiers inside the group: "importing and exporting",
 * "some key exporting countries", "oil-producing", "foreign aid donors". They never make a group alone.
 */
const JOINERS = new Set(['and', 'or', ',', '-', 'oil', 'foreign', 'other', 'some', 'key']);

/** Whether a token is written in capitals throughout: a headline or a name, not running text. */
function isShouted(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/** The first token of the group whose plural head is token `head`, or undefined when no qualifier precedes it. */
function groupStart(words: Words, head: number, group: StateGroupWords): number | undefined {
  let first: number | undefined;
  for (let i = head - 1; i >= 0 && words.sents[i] === words.sents[head]; i--) {
    const key = words.keys[i] ?? '';
    const text = words.texts[i] ?? '';
    if (isShouted(text)) return undefined;
    if (group.qualifiers.has(key)) first = i;
    else if (!JOINERS.has(key) && !JOINERS.has(text)) break;
  }
  return first;
}

/**
 * "Western creditor governments have reached agreement": a bloc adjective before the group makes it a
 * body the story names elsewhere (there the Paris Club), which the gold codes as that body or leaves
 * uncoded, as it leaves "Western countries" (resolve.ts BLOCS).
 */
const BLOCS = new Set(['western', 'eastern']);

function afterBloc(words: Words, first: number): boolean {
  let i = first - 1;
  while (i >= 0 && (JOINERS.has(words.keys[i] ?? '') || JOINERS.has(words.texts[i] ?? ''))) i--;
  return BLOCS.has(words.keys[i] ?? '');
}

/** Words after a group that open the list of its members: "seven steel-exporting nations - Australia, Brazil, …". */
const LIST_OPENERS = new Set(['-', '—', '–', ':', '(', ',', 'such', 'including', 'like']);

/**
 * Whether the group's members are named right after it ("nations - Australia, Brazil …", "producing
 * countries such as Malaysia and Indonesia"): then they are the actors, and the group is only their sum.
 */
function namesMembers(words: Words, after: number, mentions: readonly ActorMention[]): boolean {
  if (!LIST_OPENERS.has(words.keys[after] ?? words.texts[after] ?? '') && !LIST_OPENERS.has(words.texts[after] ?? '')) return false;
  const next = words.keys[after] === 'such' ? after + 2 : after + 1;
  return mentions.some((m) => m.tokens[0] === next && m.code !== undefined && words.sents[next] === words.sents[after]);
}

/**
 * Add a mention coded GOV (no country) for each qualified group of states, replacing a mention of
 * the sector alone over the same words ("creditor governments": "governments" → GOV, whose country
 * the text does not say). A group right after a coded mention belongs to it ("EU member countries",
 * "OPEC producing countries" are the body's), so is left alone; after a country's possessive the
 * group stands, since the possessive names whose donors or creditors they are, not their nationality
 * ("Indonesia's foreign aid donors").
 */
export function addStateGroups(words: Words, spans: readonly Span[], mentions: readonly ActorMention[], pack: LanguagePack, group: StateGroupWords = loadStateGroupWords()): ActorMention[] {
  const added: ActorMention[] = [];
  const replaced = new Set<ActorMention>();
  for (let head = 0; head < words.keys.length; head++) {
    if (!group.heads.has(words.keys[head] ?? '') || isShouted(words.texts[head] ?? '')) continue;
    const first = groupStart(words, head, group);
    if (first === undefined) continue;
    const over = mentions.filter((m) => m.tokens[0] <= head && m.tokens[1] > first);
    if (over.some((m) => m.code !== undefined)) continue;
    if (mentions.some((m) => m.tokens[1] === first && m.code !== undefined) || afterBloc(words, first)) continue;
    if (namesMembers(words, head + 1, mentions)) continue;
    for (const m of over) replaced.add(m);
    const start = spans[first]?.start ?? 0;
    const end = spans[head]?.end ?? start;
    const text = words.texts.slice(first, head + 1).join(' ').replace(/ ([,-]) ?/g, (_, p: string) => (p === ',' ? ', ' : p));
    const why = reason('actors/state-group', { text });
    added.push({ start, end, tokens: [first, head + 1], actorId: 'group:GOV', name: 'Governments of several states', code: STATE_GROUP_CODE, sector: 'GOV', reasons: [why], why: renderReasons(pack, [why]) });
  }
  if (!added.length) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
