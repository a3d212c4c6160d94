/**
 * "The President thanked the Baltic states", "commended the Nordic countries' commitment", "met with the foreign
 * ministers of the three Baltic states": a group of states named as one is its member governments, listed
 * (`data/collectives.tsv`), as the gold codes them. Before, the name made no mention, so the thanks had no recipient
 * and "the foreign ministers" took the story's country (#12).
 * Read: a listed name ("the Baltic states"), and an agent noun with no country of its own that has "of" or "from" the
 * name after it ("the foreign ministers of the three Baltic states"). Names count only capitalised, and only on or
 * after the day the group exists. A coded mention overlapping the words leaves them alone (a longer name holds them).
 * A bare agent noun in lower case right after the name is the group too ("the Quad leaders"); a capitalised word
 * after the name makes a longer name ("the Quad Investor Network", "the Baltic Foreign Ministers"), left alone
 * (session 50: ev-members read the capitalised agent too and measured one more held-out false event and no item).
 */
import { assetPath, readDataText, readWordClasses } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import { isCapitalised, type Words } from './phrase.js';
import type { ActorMention } from './types.js';

/** One group of states of the data file. */
export interface Collective {
  readonly name: string;
  /** ISO day the group exists from, if the file gives one. */
  readonly from?: string;
  /** Its own names, each as its lower-case words. */
  readonly names: readonly (readonly string[])[];
  readonly members: readonly string[];
  readonly sector: string;
}

let loaded: readonly Collective[] | undefined;

/** The shipped groups of states, read once. Another file is read with `parseCollectives`, which does not cache. */
export function loadCollectives(): readonly Collective[] {
  if (loaded) return loaded;
  const file = assetPath('src', 'stages', 'actors', 'data', 'collectives.tsv');
  loaded = parseCollectives(readDataText(file), file);
  return loaded;
}

/** Rows `name<TAB>from<TAB>names<TAB>members<TAB>sector`; `#` starts a comment line. */
export function parseCollectives(text: string, path: string): Collective[] {
  const out: Collective[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [name = '', from = '', names = '', members = '', sector = ''] = line.split('\t').map((c) => c.trim());
    const codes = members.split('|');
    const ok = name && names && /^[A-Z]{3}$/.test(sector) && codes.length > 1 && codes.every((c) => /^[A-Z]{3}$/.test(c))
      && (!from || /^\d{4}-\d{2}-\d{2}$/.test(from));
    if (!ok) throw new DyadError('E1921', { path, line: i + 1 });
    out.push({ name, ...(from ? { from } : {}), names: names.split('|').map((n) => n.split(' ')), members: codes, sector });
  });
  return out;
}

/** Prepositions that make an agent noun the group's people ("his counterparts from the five Nordic countries"). */
const OF = new Set(['of', 'from']);

/** The word classes of `data/collective-words.tsv`. */
interface CollectiveWords {
  readonly filler: Set<string>;
  readonly excluding: Set<string>;
  readonly 'office-sector': Set<string>;
}

let words: CollectiveWords | undefined;

function collectiveWords(): CollectiveWords {
  words ??= readWordClasses(assetPath('src', 'stages', 'actors', 'data', 'collective-words.tsv'), ['filler', 'excluding', 'office-sector']);
  return words;
}

/** Whether a mention is an agent noun with no side of its own ("Foreign Ministers", "the leaders"). */
const isBareAgent = (m: ActorMention): boolean => !m.code && !m.members?.length && m.kind === undefined;

/** Whether a bare agent noun stands for its states' governments (an office: "the foreign ministers"), not people. */
const isOfficeAgent = (m: ActorMention): boolean => !m.sector || collectiveWords()['office-sector'].has(m.sector);

/**
 * The mentions with each group of states named in the text added as one mention of its members; a bare agent noun
 * the group's words qualify is replaced by it.
 */
export function collectiveMentions(words: Words, spans: readonly { start: number; end: number }[], mentions: readonly ActorMention[], day: string | undefined, pack: LanguagePack, groups: readonly Collective[] = loadCollectives()): ActorMention[] {
  const { texts, keys, sents } = words;
  const live = groups.filter((g) => !g.from || !day || day >= g.from);
  if (!live.length) return [...mentions];
  let out = [...mentions];
  for (let i = 0; i < texts.length; i++) {
    if (!isCapitalised(texts[i] ?? '')) continue;
    for (const group of live) {
      const name = group.names.find((n) => n.every((w, k) => keys[i + k] === w && sents[i + k] === sents[i]));
      if (!name) continue;
      const last = i + name.length;
      // "the Quad Investor Network", "the Quad Leaders' Summit": a capitalised word after the name makes a longer name.
      if (sents[last] === sents[i] && isCapitalised(texts[last] ?? '')) continue;
      // "the foreign ministers of the three Baltic states": the agent noun before "of" is the group.
      const { filler, excluding } = collectiveWords();
      let j = i - 1;
      while (j >= 0 && filler.has(keys[j] ?? '')) j--;
      const before = OF.has(keys[j] ?? '') ? out.find((m) => m.tokens[1] === j && isBareAgent(m) && isOfficeAgent(m) && sents[m.tokens[0]] === sents[i]) : undefined;
      // "the Quad leaders": a bare agent noun in lower case right after the name is the group too (capitalised, as in
      // "the Baltic Foreign Ministers", the guard above has left the name alone).
      const after = out.find((m) => m.tokens[0] === last && isBareAgent(m) && isOfficeAgent(m) && sents[last] === sents[i]);
      const replaced = before ?? after;
      const first = before ? before.tokens[0] : i;
      const end = after ? after.tokens[1] : last;
      if (out.some((m) => m !== replaced && m.tokens[0] < end && m.tokens[1] > first && m.code)) continue;
      // "Finland and the other Nordic countries": the members the sentence named before the group are not in it again.
      const named = keys.slice(j + 1, i).some((k) => excluding.has(k))
        ? new Set(out.filter((m) => m.code && m.tokens[1] <= first && sents[m.tokens[0]] === sents[i]).map((m) => m.code))
        : new Set<string | undefined>();
      const members = group.members.filter((code) => !named.has(code));
      if (members.length < 2) continue;
      const text = texts.slice(first, end).join(' ');
      const reasons = [reason('actors/collective', { text, name: group.name, members: members.join(', ') })];
      const sector = replaced?.sector ?? group.sector;
      // No code or sector of its own: the members differ in country, as `groupOf` (resolve.ts) leaves a mixed group.
      const mention: ActorMention = {
        start: spans[first]?.start ?? 0,
        end: spans[end - 1]?.end ?? 0,
        tokens: [first, end],
        actorId: `group:${group.name}`,
        name: group.name,
        members: members.map((code) => `collective:${code}`),
        parts: members.map((code) => ({ actorId: `collective:${code}`, name: code, code, sector })),
        reasons,
        why: renderReasons(pack, reasons),
      };
      out = [...out.filter((m) => m !== replaced && !(m.tokens[0] < end && m.tokens[1] > first)), mention];
      i = end - 1;
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
