/**
 * `npx tsx eval/events/closing-sources.ts [--list]`: how often the training gold closes a report with its source
 * (", Finance Minister X said.", ", U.S. and Argentine officials said."; `deps/closing-source.ts`), by shape: every
 * closing source, those whose verb has no subject (the stranded speaker's case), those naming two or more coded parties
 * (a joint source), and those whose coded speaker took its country from a place of its sentence outside the source (the
 * discourse stage's `from-sentence`, "… reached today in Paris, Finance Minister X said"). Training gold only, through
 * its layer cache (`codeTrainGold`); `--list` prints each joint or placed source with its sentence. Session 56, #12.
 */
import type { Document } from '../../src/core/document.js';
import { languagePack } from '../../src/lang/pack.js';
import { loadLexicon } from '../../src/stages/events/lexicon.js';
import { closingSourceOf, strandedSourceOf } from '../../src/stages/deps/closing-source.js';
import { buildTree, subjectOf } from '../../src/stages/events/tree.js';
import { codeTrainGold } from './train-gold.js';

const list = process.argv.includes('--list');
const en = languagePack('en');
const { docs } = await codeTrainGold();
const lexicon = loadLexicon();
const counts = { sources: 0, stranded: 0, joint: 0, jointStranded: 0, placed: 0 };

/** Whether a discourse mention's country came from a place of its sentence. */
const fromSentence = (why: unknown): boolean => JSON.stringify(why).includes('discourse/from-sentence');

function study(doc: Document): void {
  const tree = buildTree(doc as Parameters<typeof buildTree>[0], lexicon.forms, (l) => !!lexicon.verbs[l]);
  // The discourse stage's mentions replace the actors stage's at the same tokens (a country given, a reference resolved).
  const resolved = new Map((doc.layers.discourse?.mentions ?? []).map((m) => [m.tokens.join(':'), m]));
  const mentions = (doc.layers.actors ?? []).map((m) => resolved.get(m.tokens.join(':')) ?? m);
  const tokens = doc.layers.tokens ?? [];
  for (let said = 0; said < tree.words.length; said++) {
    const source = closingSourceOf(tree, en.speechVerbs, said);
    if (!source) continue;
    counts.sources++;
    const stranded = !subjectOf(tree, said) && strandedSourceOf(tree, en.speechVerbs, said) !== undefined;
    if (stranded) counts.stranded++;
    const inside = mentions.filter((m) => m.tokens[0] >= source[0] && m.tokens[1] <= source[1] && m.code);
    const parts = tree.words.slice(...source).filter((_, k) => tree.pos[source[0] + k]?.upos === 'CCONJ').length;
    const joint = parts > 0 && new Set(inside.flatMap((m) => (m.members?.length ? m.members : [m.code ?? ""]))).size > 1;
    const placed = inside.some((m) => fromSentence(m.reasons)) && !(doc.layers.places ?? []).some((p) => p.start >= tokens[source[0]].start && p.end <= tokens[source[1] - 1].end);
    if (joint) { counts.joint++; if (stranded) counts.jointStranded++; }
    if (placed) counts.placed++;
    if (list && (joint || placed)) {
      const sent = (doc.layers.sentences ?? []).find((s) => s.start <= tokens[said].start && tokens[said].start < s.end);
      console.log(`${joint ? 'joint' : 'placed'}${stranded ? ' stranded' : ''}\t${inside.map((m) => m.members?.join('&') ?? `${m.code}${m.sector ?? ''}`).join('+')}\t${sent ? doc.text.slice(sent.start, sent.end).replace(/\s+/g, ' ') : ''}`);
    }
  }
}

for (const doc of docs.values()) study(doc);
console.log(`closing sources ${counts.sources}; verb with no subject (stranded) ${counts.stranded}; joint (two or more coded parties) ${counts.joint} (stranded ${counts.jointStranded}); country from a place outside the source ${counts.placed}`);
