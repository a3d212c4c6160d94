/**
 * "ATPC Chairman Subroto", "OPEC President Rilwanu Lukman", "U.N. Secretary-General Javier Perez de Cuellar",
 * "Organisation of African Unity Chairman Denis Sassou-Nguesso": a person titled by an international
 * organisation's office right before the name acts for that organisation, even when the knowledge base files
 * the person under another office (Indonesia's oil minister, Nigeria's, Congo's president, a Peruvian). The
 * training gold codes every such "<organisation> <title> <name>" as the organisation (#12). Later mentions
 * that only repeat the name, whole or in part ("Lukman said", "Andrius Kubilius noted"), follow the first;
 * a mention with its own title or nationality ("Nigerian Oil Minister Lukman") keeps its own reading.
 * Not read: titles of a member state's envoy to the body ("U.N. Ambassador Vernon Walters" is American), and
 * any gap with lower-case words or punctuation ("OPEC member Nigeria's oil minister", "OSCE Chairman, Polish
 * Foreign Minister").
 */
import type { ActorKb } from './kb.js';
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import { isCapitalised, matchAgent, type Words } from './phrase.js';
import type { ActorMention } from './types.js';

/** Titles of a member state's person at an organisation: the title names the body, not the employer. */
const ENVOY_TITLES = new Set(['ambassador', 'ambassadors', 'delegate', 'delegates', 'representative', 'representatives', 'envoy to', 'observer', 'permanent representative']);
/** Offices of an organisation the agents dictionary lacks (it holds "president", "secretary general", "spokesman"). */
const ORG_TITLES = new Set(['chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'commissioner', 'chief', 'head']);
/** The most words read between the organisation's name and the person's ("Opec Conference President"). */
const MAX_GAP = 3;

const isOrgCode = (code: string | undefined): boolean => code === 'IGO' || code === 'NGO';

/** The title's agent key if a title starts in (from, to], the organisation's own words or the gap; undefined if none. */
function titleBetween(kb: ActorKb, words: Words, from: number, to: number): string | undefined {
  for (let k = from + 1; k <= to; k++) {
    const key = words.keys[k] ?? '';
    if (ORG_TITLES.has(key) && isCapitalised(words.texts[k] ?? '')) return key;
    const agent = matchAgent(kb, words, k);
    if (agent) return agent.key;
  }
  return undefined;
}

/** Whether the words from `first` to `last` (exclusive) are at most MAX_GAP capitalised words of one sentence. */
function titleGap(words: Words, first: number, last: number, sent: number | undefined): boolean {
  if (last - first > MAX_GAP) return false;
  for (let k = first; k < last; k++) {
    if (words.sents[k] !== sent || !isCapitalised(words.texts[k] ?? '') || !/\p{L}/u.test(words.texts[k] ?? '')) return false;
  }
  return true;
}

/** The organisation mention right before person mention `at` that titles it, if any. */
function titlingOrg(kb: ActorKb, words: Words, mentions: readonly ActorMention[], at: number): ActorMention | undefined {
  const person = mentions[at];
  const org = mentions[at - 1];
  if (!person || !org || org.kind !== 'org' || org.code !== 'IGO' || !org.sector || org.members?.length) return undefined;
  const sent = words.sents[person.tokens[0]];
  if (words.sents[org.tokens[0]] !== sent || !titleGap(words, org.tokens[1], person.tokens[0], sent)) return undefined;
  const title = titleBetween(kb, words, org.tokens[0], person.tokens[0]);
  return title && !ENVOY_TITLES.has(title) ? org : undefined;
}

/** Whether a mention's words are all words of its actor's name ("Lukman", not "Nigerian Oil Minister Lukman"). */
function onlyName(words: Words, m: ActorMention): boolean {
  const name = new Set(m.name.toLowerCase().split(/[\s-]+/));
  for (let k = m.tokens[0]; k < m.tokens[1]; k++) {
    const key = words.keys[k] ?? '';
    if (key && !key.split(/[\s-]+/).every((w) => name.has(w))) return false;
  }
  return true;
}

/**
 * Code a person titled by an organisation's office as that organisation, with the repeats of the name after it.
 * @example igoTitledPeople(kb, words, mentions, pack) // "ATPC Chairman Subroto": IDN GOV → IGO ATPC
 */
export function igoTitledPeople(kb: ActorKb, words: Words, mentions: readonly ActorMention[], pack: LanguagePack): ActorMention[] {
  const out = mentions.slice();
  const coded = new Map<string, ActorMention>();
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (!m || m.kind !== 'person' || isOrgCode(m.code) || m.members?.length) continue;
    const org = titlingOrg(kb, words, out, i);
    const earlier = coded.get(m.actorId);
    if (org) {
      const why = reason('actors/igo-title', { base: m.reasons.length === 1 && m.reasons[0] ? m.reasons[0] : m.reasons, org: org.name, code: `IGO ${org.sector}` });
      out[i] = { ...m, code: 'IGO', sector: org.sector, reasons: [why], why: renderReasons(pack, [why]) };
      coded.set(m.actorId, out[i]);
    } else if (earlier && onlyName(words, m)) {
      const why = reason('actors/igo-title-again', { base: m.reasons.length === 1 && m.reasons[0] ? m.reasons[0] : m.reasons, code: `IGO ${earlier.sector}` });
      out[i] = { ...m, code: 'IGO', sector: earlier.sector, reasons: [why], why: renderReasons(pack, [why]) };
    }
  }
  return out;
}
