/**
 * "The occupiers again fired missiles", "resisting the enemy": on an official site at war, these
 * descriptions name the site's country's adversary (`data/adversaries.tsv`), though they name no
 * one by their words alone. Read only on that site, from the day the war began, and only a
 * description that stands alone: "the enemy's", "enemy tanks" and "the enemy of …" are not it.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import type { ActorKb } from '../actors/kb.js';
import type { ActorMention } from '../actors/types.js';
import type { Publisher } from './types.js';
import { mentionOver, type View } from './view.js';

/** A description a site uses for its adversary. */
export interface Adversary {
  readonly site: string;
  /** The words after "the", lower case. */
  readonly words: readonly string[];
  readonly code: string;
  readonly sector?: string;
  /** First day (ISO) the site means the adversary by them. */
  readonly from: string;
}

let loaded: readonly Adversary[] | undefined;

/** The list shipped with dyad, read once. */
export function loadAdversaries(path?: string): readonly Adversary[] {
  // Asked for on every document or token: the path is made once, with the list (#13).
  if (loaded) return loaded;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'adversaries.tsv');
  loaded = parseAdversaries(readDataText(path), path);
  return loaded;
}

/** Rows `site country<TAB>words<TAB>code<TAB>sector or -<TAB>first day`; `#` starts a comment line. */
export function parseAdversaries(text: string, path: string): Adversary[] {
  const out: Adversary[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [site = '', words = '', code = '', sector = '', from = '', ...rest] = line.split('\t').map((f) => f.trim());
    if (!/^[A-Z]{3}$/.test(site) || !words || !/^[A-Z]{3}$/.test(code) || !/^(?:[A-Z]{3}|-)$/.test(sector) || !/^\d{4}-\d{2}-\d{2}$/.test(from) || rest.length) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected site country, words, adversary code, sector or -, first day, tab-separated' });
    }
    out.push({ site, words: words.toLowerCase().split(/\s+/), code, ...(sector === '-' ? {} : { sector }), from });
  });
  return out;
}

/** Mentions of the site's adversary by its descriptions (over "the" and the words, replacing a code-less mention there). */
export function adversaryMentions(view: View, publisher: Publisher | undefined, day: string | undefined, rows: readonly Adversary[], kb: ActorKb): ActorMention[] {
  const own = rows.filter((r) => r.site === publisher?.code && !!day && day >= r.from).sort((a, b) => b.words.length - a.words.length);
  if (!publisher || !own.length) return [];
  const out: ActorMention[] = [];
  for (let i = 0; i < view.words.length; i++) {
    if (!view.pack.definiteArticles.has(view.words[i])) continue;
    const row = own.find((r) => r.words.every((w, k) => view.words[i + 1 + k] === w && view.sents[i + 1 + k] === view.sents[i]));
    if (!row) continue;
    const last = i + 1 + row.words.length;
    const head = last - 1;
    // "the enemy's attack", "the enemy forces", "the enemy of …": the words around say whose or what.
    const next = view.words[last] ?? '';
    if (next === "'s" || next === 'of' || view.deps[head]?.deprel === 'compound' || view.deps[head]?.deprel === 'nmod:poss') continue;
    if ([...Array(last - i).keys()].some((k) => view.mentionAt[i + k]?.code)) continue;
    const country = kb.actor(kb.country(row.code) ?? -1);
    const name = row.sector ? `${country?.name ?? row.code} (${row.sector})` : country?.name ?? row.code;
    out.push(mentionOver(view, i, last, { actorId: row.sector ? `${row.code}-${row.sector}` : country?.id ?? row.code, name, code: row.code, ...(row.sector ? { sector: row.sector } : {}), kind: row.sector ? 'org' : 'country' },
      reason('discourse/adversary', { text: view.texts.slice(i, last).join(' '), site: publisher.site, name })));
    i = last - 1;
  }
  return out;
}
