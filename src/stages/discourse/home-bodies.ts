/**
 * A bare body name on an official site is the site's country's body (`data/home-bodies.tsv`): "the
 * Security Council" on kremlin.ru is Russia's, though the actors stage, reading the phrase alone,
 * takes the knowledge base's one "Security Council", the UN's. Only a mention the actors stage gave
 * to an international organisation and whose words are the bare name (no "UN", no "of <country>")
 * is read again, and a mention of no country that holds the name among its words: "the
 * Administration", "Senior Administration officials" on whitehouse.gov are the US government's, though
 * a readout's main country is often the other party's.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import type { ActorKb } from '../actors/kb.js';
import type { ActorMention } from '../actors/types.js';
import type { Publisher } from './types.js';
import { mentionOver, type View } from './view.js';

/** A body a country's official site names bare. */
export interface HomeBody {
  readonly code: string;
  /** Lower-case name without "the". */
  readonly name: string;
  readonly sector: string;
}

let loaded: readonly HomeBody[] | undefined;

/** The list shipped with dyad, read once. */
export function loadHomeBodies(path?: string): readonly HomeBody[] {
  // Asked for on every document or token: the path is made once, with the list (#13).
  if (loaded) return loaded;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'home-bodies.tsv');
  const text = readDataText(path);
  loaded = parseHomeBodies(text, path);
  return loaded;
}

/** Rows `country<TAB>name<TAB>sector`; `#` starts a comment line. */
export function parseHomeBodies(text: string, path: string): HomeBody[] {
  const out: HomeBody[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [code = '', name = '', sector = ''] = line.split('\t').map((f) => f.trim());
    if (!/^[A-Z]{3}$/.test(code) || !name || !/^[A-Z]{3}$/.test(sector)) throw new DyadError('E170', { path, line: i + 1, problem: 'expected ISO alpha-3 country, body name and PLOVER sector, tab-separated' });
    out.push({ code, name: name.toLowerCase(), sector });
  });
  return out;
}

/** The mentions of international bodies that, named bare on the publisher's site, are its country's own. */
export function homeBodies(view: View, mentions: readonly ActorMention[], publisher: Publisher | undefined, bodies: readonly HomeBody[], kb: ActorKb): ActorMention[] {
  const own = bodies.filter((b) => b.code === publisher?.code);
  if (!publisher || !own.length) return [];
  const country = kb.actor(kb.country(publisher.code) ?? -1);
  const out: ActorMention[] = [];
  for (const m of mentions) {
    if (m.code !== 'IGO' && (m.code || m.members?.length)) continue;
    const words = view.words.slice(m.tokens[0], m.tokens[1]);
    const bare = (words[0] === 'the' ? words.slice(1) : words).join(' ');
    const within = ` ${words.join(' ')} `;
    const body = own.find((b) => (m.code === 'IGO' ? b.name === bare : within.includes(` ${b.name} `)));
    if (!body) continue;
    const name = `${country?.name ?? body.code} (${body.sector})`;
    out.push(mentionOver(view, m.tokens[0], m.tokens[1], { actorId: `${body.code}-${body.sector}`, name, code: body.code, sector: body.sector, kind: 'org' },
      reason('discourse/home-body', { text: view.texts.slice(m.tokens[0], m.tokens[1]).join(' '), site: publisher.site, code: body.code, sector: body.sector })));
  }
  return out;
}
