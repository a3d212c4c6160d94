/**
 * Where "the <noun>" stops referring back (review of ev-definite): a nearer use of the noun, a sentence opening in
 * another country's place, a generic follower ("at large"), and the definite forms it still covers ("the two
 * soldiers", "the same troops", "those troops"). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Place } from '../places/types.js';
import { discourse } from './index.js';
import { parseSameNounWords } from './group-nouns.js';

/** Sentence 0: "Israeli soldiers raided a camp ." */
const RAID = `
  Israeli Israeli ADJ JJ 2 amod
  soldiers soldier NOUN NNS 3 nsubj
  raided raid VERB VBD 0 root
  a a DET DT 5 det
  camp camp NOUN NN 3 obj
  . . PUNCT . 3 punct`;
const ISRAELI: ActorSpec = { sent: 0, tokens: [0, 2], id: 'local:israeli-soldiers', name: 'Israel (MIL)', code: 'ISR', sector: 'MIL' };

/** "In Mali , soldiers clashed ." (Mali coded as a country when `coded`) or "Soldiers clashed in Mali ." */
const MALI = (opening: boolean): string => (opening ? `
  In in ADP IN 2 case
  Mali Mali PROPN NNP 5 obl
  , , PUNCT , 5 punct
  soldiers soldier NOUN NNS 5 nsubj
  clashed clash VERB VBD 0 root
  . . PUNCT . 5 punct` : `
  Gunmen gunman NOUN NNS 2 nsubj
  clashed clash VERB VBD 0 root
  in in ADP IN 4 case
  Mali Mali PROPN NNP 2 obl
  . . PUNCT . 2 punct`);

/** "The <words> shot youths in Gaza ." with `words` before the noun ("two", "same"); the last is the noun. */
function shot(words: readonly string[], det = 'The'): string {
  const n = words.length;
  const mods = words.slice(0, -1).map((w) => `  ${w} ${w} ${/^\d|two|three/.test(w) ? 'NUM CD' : 'ADJ JJ'} ${n + 1} ${/^\d|two|three/.test(w) ? 'nummod' : 'amod'}`);
  return ['', `  ${det} ${det.toLowerCase()} DET DT ${n + 1} det`, ...mods, `  ${words.at(-1)} ${words.at(-1)} NOUN NNS ${n + 2} nsubj`,
    `  shot shoot VERB VBD 0 root`, `  youths youth NOUN NNS ${n + 2} obj`, `  in in ADP IN ${n + 5} case`, `  Gaza Gaza PROPN NNP ${n + 2} obl`, `  . . PUNCT . ${n + 2} punct`].join('\n');
}

/** The code discourse gives the mention with id `local:later` over tokens [first, last) of the last sentence. */
function codeOf(sentences: readonly string[], actors: readonly ActorSpec[], last: readonly [number, number]): string | undefined {
  const sent = sentences.length - 1;
  const doc = parsedDoc(sentences, { actors: [...actors, { sent, tokens: last, id: 'local:later', sector: 'MIL' }] });
  const at = doc.text.lastIndexOf('Gaza');
  const gaza: Place = { start: at, end: at + 4, name: 'Gaza', country: 'PSE', kind: 'city', confidence: 1, reasons: [], why: 'test' };
  const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [gaza] } }, { report: () => undefined });
  return layer.mentions.find((m) => m.actorId === 'local:later')?.code;
}

describe('"the <noun>" refers back only to the nearest use of the noun, in the same scene', () => {
  it('is the earlier group with nothing between ("Israeli soldiers … The soldiers")', () => {
    expect(codeOf([RAID, shot(['soldiers'])], [ISRAELI], [0, 2])).toBe('ISR');
  });

  it('is nothing when a nearer "soldiers" the text gave no country stands between: the place of its sentence decides', () => {
    expect(codeOf([RAID, MALI(true), shot(['soldiers'])], [ISRAELI], [0, 2])).toBe('PSE');
  });

  it('is nothing when a sentence since opens "In <place of another country>,"', () => {
    const mali: ActorSpec = { sent: 1, tokens: [1, 2], id: 'mali', name: 'Mali', code: 'MLI', kind: 'country' };
    const raid = RAID.replace('soldiers soldier NOUN NNS', 'soldiers soldier NOUN NNS');
    const opens = MALI(true).replace('soldiers soldier NOUN NNS 5 nsubj', 'gunmen gunman NOUN NNS 5 nsubj');
    expect(codeOf([raid, opens, shot(['soldiers'])], [ISRAELI, mali], [0, 2])).toBe('PSE');
    // A place later in a sentence is no change of scene.
    expect(codeOf([raid, MALI(false), shot(['soldiers'])], [ISRAELI, { sent: 1, tokens: [3, 4], id: 'mali', name: 'Mali', code: 'MLI', kind: 'country' }], [0, 2])).toBe('ISR');
  });

  it('is nothing more than three sentences back', () => {
    const filler = `
  Nothing nothing PRON NN 2 nsubj
  happened happen VERB VBD 0 root
  . . PUNCT . 2 punct`;
    expect(codeOf([RAID, filler, filler, filler, shot(['soldiers'])], [ISRAELI], [0, 2])).toBe('PSE');
  });

  it('holds past a number or "same" after "the", and after "those"', () => {
    expect(codeOf([RAID, shot(['two', 'soldiers'])], [ISRAELI], [0, 3])).toBe('ISR');
    expect(codeOf([RAID, shot(['same', 'soldiers'])], [ISRAELI], [2, 3])).toBe('ISR');
    expect(codeOf([RAID, shot(['soldiers'], 'Those')], [ISRAELI], [0, 2])).toBe('ISR');
    // An indefinite noun names new soldiers.
    expect(codeOf([RAID, shot(['soldiers'], 'Some')], [ISRAELI], [0, 2])).toBe('PSE');
  });
});

describe('parseSameNounWords', () => {
  it('reads kind<TAB>word rows, a follower of several words too', () => {
    const w = parseSameNounWords('# c\ndeterminer\tthe\nfollower\tat large\n', 'x.tsv');
    expect([...w.determiner]).toEqual(['the']);
    expect([...w.follower]).toEqual(['at large']);
  });

  it('refuses an unknown kind with E170', () => {
    expect(() => parseSameNounWords('article\tthe\n', 'x.tsv')).toThrow(/E170|line 1/);
  });
});
