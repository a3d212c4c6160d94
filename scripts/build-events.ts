/**
 * `npm run build:events`: compile the event trigger lexicon `models/events/lexicon.json` from
 * - the PETRARCH2 CAMEO verb-pattern dictionary (`eventdata/petrarch2/CAMEO.2.0.txt`, MIT),
 * - dyad's hand-kept PLOVER verb blocks (`src/stages/events/data/verbs.txt`, same format), whose
 *   verbs replace the CAMEO ones where CAMEO's code disagrees with PLOVER,
 * - dyad's hand-kept event nouns (`src/stages/events/data/nouns.tsv`),
 * - dyad's verb senses decided by argument structure (`src/stages/events/data/senses.tsv`),
 * - CAMEO→PLOVER (`eventdata/plover/CAMEO2PLOVER-2021.txt`, CC BY-SA 4.0) and the Goldstein scale
 *   (`eventdata/cameo/CAMEO.goldsteinscale.txt`, GDELT) and the CAMEO code labels.
 * Deterministic: the same inputs give the same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS_LEXICON, formatLexicon, isSenseRequirement, packLexicon, type CameoEntry, type Lexicon, type NounEntry, type VerbEntry, type VerbPattern, type VerbSense } from '../src/stages/events/lexicon.js';
import { isPloverEvent, PLOVER_RULES } from '../src/stages/events/plover.js';
import { parseVerbDictionary } from './events/verb-dictionary.js';
import { SOURCES, writeAsset } from './write-asset.js';

const root = join(import.meta.dirname, '..');
const data = join(root, '..', 'shared', 'data', 'eventdata');
const read = (...parts: string[]): string => readFileSync(join(...parts), 'utf8');

const labels = readLabels(read(data, 'icews_text_to_cameo', 'CAMEO_codefile.txt'));
const goldstein = readGoldstein(read(data, 'cameo', 'CAMEO.goldsteinscale.txt'));
const cameo = readCameoToPlover(read(data, 'plover', 'CAMEO2PLOVER-2021.txt'), labels, goldstein);

const cameoDict = parseVerbDictionary(read(data, 'petrarch2', 'CAMEO.2.0.txt'));
const handDict = parseVerbDictionary(read(root, 'src', 'stages', 'events', 'data', 'verbs.txt'), cameoDict.synsets, 'dyad:');

// Hand-kept blocks win: their verbs' isolated codes replace CAMEO's, their patterns come first.
const verbs: Record<string, VerbEntry[]> = { ...cameoDict.verbs };
for (const [lemma, listed] of Object.entries(handDict.verbs)) {
  const old = verbs[lemma] ?? [];
  // A verb form in two hand blocks ("take": GENERAL, no event alone, and TAKE_AIM, "took aim at") has both blocks'
  // patterns, in file order: otherwise the first entry would hide the second's.
  const entries: VerbEntry[] = [];
  for (const entry of listed) {
    const k = entries.findIndex((e) => sameShape(e, entry));
    if (k < 0) entries.push(entry);
    else entries[k] = { ...entries[k], ...(entries[k].code === undefined && entry.code !== undefined ? { code: entry.code } : {}), blocks: [...entries[k].blocks, ...entry.blocks] };
  }
  const merged = entries.map((entry) => {
    const same = old.find((o) => sameShape(o, entry));
    return { ...entry, blocks: [...entry.blocks, ...(same?.blocks ?? [])] };
  });
  verbs[lemma] = [...merged, ...old.filter((o) => !entries.some((e) => sameShape(o, e)))];
}
// Codes outside PLOVER (CAMEO 01 statements) still count in patterns: they tell the coder that a
// construction is a statement, not an event, and the stage reports it as a rejected trigger.
const keep = (code: string | undefined): boolean => code !== undefined && (code === '---' || knownCode(code) || code.startsWith('01'));
for (const [lemma, entries] of Object.entries(verbs)) {
  verbs[lemma] = entries.map((e) => {
    const { code, ...rest } = e;
    return keep(code) ? e : rest;
  });
}
const blocks: Record<string, VerbPattern[]> = {};
for (const [name, patterns] of [...Object.entries(cameoDict.blocks), ...Object.entries(handDict.blocks)]) {
  blocks[name] = patterns.filter((p) => keep(p.code));
}

const nouns: Record<string, NounEntry> = {};
for (const line of read(root, 'src', 'stages', 'events', 'data', 'nouns.tsv').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [noun, code, note] = line.split('\t');
  if (!knownCode(code) && !code.startsWith('01')) throw new Error(`nouns.tsv: ${noun}: code ${code} has no PLOVER mapping`);
  nouns[noun.trim().toLowerCase()] = { code, note: note?.trim() ?? '' };
}

const senses: Record<string, VerbSense[]> = {};
for (const line of read(root, 'src', 'stages', 'events', 'data', 'senses.tsv').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [lemma, requirement, code, note] = line.split('\t');
  if (code !== '---' && !knownCode(code)) throw new Error(`senses.tsv: ${lemma}: code ${code} has no PLOVER mapping`);
  if (!isSenseRequirement(requirement)) throw new Error(`senses.tsv: ${lemma}: unknown requirement ${requirement}`);
  (senses[lemma.trim().toLowerCase()] ??= []).push({ requirement, code, note: note?.trim() ?? '' });
}

const lexicon: Lexicon = { cameo, blocks: sortKeys(blocks), verbs: sortKeys(verbs), nouns: sortKeys(nouns), senses: sortKeys(senses), forms: sortKeys({ ...cameoDict.forms, ...handDict.forms }) };
const out = join(root, 'models', 'events', 'lexicon.json');
writeAsset(out, EVENTS_LEXICON, SOURCES.events, formatLexicon(packLexicon(lexicon)));
const patternCount = Object.values(blocks).reduce((n, b) => n + b.length, 0);
console.log(`${out}: ${Object.keys(verbs).length} verb lemmas, ${patternCount} patterns, ${Object.keys(nouns).length} nouns, ${Object.keys(senses).length} senses, ${Object.keys(cameo).length} CAMEO codes`);

function knownCode(code: string | undefined): boolean {
  return code !== undefined && code in cameo;
}

function sameShape(a: VerbEntry, b: VerbEntry): boolean {
  return (a.before ?? []).join(' ') === (b.before ?? []).join(' ') && (a.after ?? []).join(' ') === (b.after ?? []).join(' ');
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function readLabels(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(/^LABEL:\s*(\d+)=\s*(.+)$/gm)) if (!map.has(m[1])) map.set(m[1], m[2].trim());
  return map;
}

function readGoldstein(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n').slice(1)) {
    const [code, score] = line.trim().split(/\s+/);
    if (code && score !== undefined) map.set(code, Number(score));
  }
  return map;
}

/**
 * CAMEO2PLOVER lines `code: EVENT, mode, context[; context] # label`. CAMEO 02 (APPEAL) is not in
 * the table (the root-code summary marks it dropped), but PLOVER REQUEST is "all requests, demands
 * and orders": dyad maps each 02x code to the REQUEST mode of its 10x twin (021↔101 … 028↔108).
 * CAMEO 01 (public statements) stays out: a statement alone is no PLOVER event.
 */
function readCameoToPlover(text: string, labels: Map<string, string>, goldstein: Map<string, number>): Record<string, CameoEntry> {
  const table: Record<string, CameoEntry> = {};
  for (const line of text.split('\n')) {
    const m = /^(\d{3,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$/.exec(line.trim());
    if (!m) continue;
    const [event, mode, context] = m[2].split(',').map((s) => s.trim());
    if (!isPloverEvent(event)) continue;
    table[m[1]] = {
      event,
      ...(mode ? { mode } : {}),
      context: (context ?? '').split(';').map((s) => s.trim()).filter(Boolean),
      ...(goldstein.has(m[1]) ? { goldstein: goldstein.get(m[1]) } : {}),
      label: labels.get(m[1]) ?? m[3]?.trim() ?? '',
    };
  }
  // Where CAMEO2PLOVER contradicts the codebook, the codebook wins (the ontology's cameoOverrides).
  // A null mode there means no mode (175 "violent repression": CAMEO2PLOVER's mode column holds the context pro_autocracy).
  for (const [code, override] of Object.entries(PLOVER_RULES.cameoOverrides)) {
    if (!table[code]) continue;
    const { mode, ...rest } = override as { event: CameoEntry['event']; mode: string | null; context?: readonly string[] };
    const { mode: _old, ...kept } = table[code];
    table[code] = { ...kept, ...rest, ...(mode === null ? {} : { mode }), context: [...(rest.context ?? kept.context)] };
  }
  for (const code of labels.keys()) {
    if (!code.startsWith('02')) continue;
    const twin = table['10' + code.slice(2)] ?? table['100'];
    table[code] = {
      event: 'REQUEST',
      ...(twin.mode ? { mode: twin.mode } : {}),
      context: twin.context,
      ...(goldstein.has(code) ? { goldstein: goldstein.get(code) } : {}),
      label: labels.get(code) ?? '',
    };
  }
  return sortKeys(table);
}
