/**
 * "Finance ministers of leading industrial nations reconvened", "the seven major industrial countries met": the wire
 * names the G7 by a description in lower case, which the gold codes as the body (IGO G7) and the knowledge base, whose
 * names must be capitalised, never finds (#12). The descriptions are data (`data/described-bodies.tsv`); each counts
 * only between the body's days, and only where no coded mention holds its words ("the Group of Seven industrial
 * countries" is the kb's). An agent noun with "of" or "from" the description after it is the body's people, as with a
 * group of states (`collectives.ts`).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import { agentBeforeOf } from './collectives.js';
import type { Words } from './phrase.js';
import type { ActorMention } from './types.js';

/** One word of a description: its spellings, and whether it may be left out. */
interface Slot {
  readonly spellings: ReadonlySet<string>;
  readonly optional: boolean;
}

/** One body of the data file with the descriptions that name it. */
export interface DescribedBody {
  readonly actorId: string;
  readonly name: string;
  readonly code: string;
  readonly org: string;
  readonly from?: string;
  readonly to?: string;
  readonly descriptions: readonly (readonly Slot[])[];
}

let loaded: readonly DescribedBody[] | undefined;

/** The shipped descriptions, read once. */
export function loadDescribedBodies(path?: string): readonly DescribedBody[] {
  if (loaded) return loaded;
  const file = path ?? assetPath('src', 'stages', 'actors', 'data', 'described-bodies.tsv');
  loaded = parseDescribedBodies(readDataText(file), file);
  return loaded;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Rows `actorId<TAB>name<TAB>code<TAB>org<TAB>from<TAB>to<TAB>descriptions`; `#` starts a comment line. */
export function parseDescribedBodies(text: string, path: string): DescribedBody[] {
  const out: DescribedBody[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [actorId = '', name = '', code = '', org = '', from = '', to = '', descriptions = ''] = line.split('\t').map((c) => c.trim());
    const parsed = descriptions.split('|').map((d) => d.split(' ').filter(Boolean).map((w) => ({
      spellings: new Set(w.replace(/\?$/, '').split('/')),
      optional: w.endsWith('?'),
    })));
    const ok = actorId && name && /^(IGO|NGO)$/.test(code) && /^[A-Z0-9]+$/.test(org) && (!from || DAY.test(from)) && (!to || DAY.test(to))
      && parsed.every((d) => d.some((s) => !s.optional));
    if (!ok) throw new DyadError('E1922', { path, line: i + 1 });
    out.push({ actorId, name, code, org, ...(from ? { from } : {}), ...(to ? { to } : {}), descriptions: parsed });
  });
  return out;
}

/** The end of a description matched at token `i` (same sentence throughout), or undefined. */
function matchAt(words: Words, i: number, slots: readonly Slot[]): number | undefined {
  let k = i;
  for (const slot of slots) {
    const key = words.keys[k] ?? '';
    if (slot.spellings.has(key) && words.sents[k] === words.sents[i]) k++;
    else if (!slot.optional) return undefined;
  }
  return k > i ? k : undefined;
}

/** The mentions with each description of a listed body added as a mention of the body. */
export function describedBodyMentions(words: Words, spans: readonly { start: number; end: number }[], mentions: readonly ActorMention[], day: string | undefined, pack: LanguagePack, bodies: readonly DescribedBody[] = loadDescribedBodies()): ActorMention[] {
  const live = bodies.filter((b) => !day || ((!b.from || day >= b.from) && (!b.to || day <= b.to)));
  if (!live.length) return [...mentions];
  let out = [...mentions];
  for (let i = 0; i < words.keys.length; i++) {
    for (const body of live) {
      const last = Math.max(0, ...body.descriptions.map((d) => matchAt(words, i, d) ?? 0));
      if (!last) continue;
      const replaced = agentBeforeOf(words, out, i);
      const first = replaced ? replaced.tokens[0] : i;
      if (out.some((m) => m !== replaced && m.tokens[0] < last && m.tokens[1] > first && m.code)) continue;
      const text = words.texts.slice(first, last).join(' ');
      const reasons = [reason('actors/described-body', { text, name: body.name })];
      const mention: ActorMention = {
        start: spans[first]?.start ?? 0,
        end: spans[last - 1]?.end ?? 0,
        tokens: [first, last],
        actorId: body.actorId,
        name: body.name,
        code: body.code,
        sector: body.org,
        kind: 'org',
        reasons,
        why: renderReasons(pack, reasons),
      };
      out = [...out.filter((m) => m !== replaced && !(m.tokens[0] < last && m.tokens[1] > first)), mention];
      i = last - 1;
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
