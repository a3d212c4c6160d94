import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Place } from '../places/types.js';
import { discourse } from './index.js';
import { parseSameNouns } from './group-nouns.js';

/** "<first> raided a camp ." then "The <noun> shot youths in Gaza ." (sentences written for the test). */
function sentences(first: readonly string[], noun: string): string[] {
  const subject = first.map((w, k) => `  ${w} ${w.toLowerCase()} ${k === first.length - 1 ? 'NOUN NNS' : 'PROPN NNP'} ${k === first.length - 1 ? `${first.length + 1} nsubj` : `${first.length} compound`}`).join('\n');
  return [`
${subject}
  raided raid VERB VBD 0 root
  a a DET DT ${first.length + 3} det
  camp camp NOUN NN ${first.length + 1} obj
  . . PUNCT . ${first.length + 1} punct`, `
  The the DET DT 2 det
  ${noun} ${noun} NOUN NNS 3 nsubj
  shot shoot VERB VBD 0 root
  youths youth NOUN NNS 3 obj
  in in ADP IN 6 case
  Gaza Gaza PROPN NNP 3 obl
  . . PUNCT . 3 punct`];
}

/** The country discourse gives "The <noun>" of the second sentence, Gaza being a place of PSE. */
function codeOf(first: readonly string[], noun: string, earlier: Omit<ActorSpec, 'sent' | 'tokens'>, later: string = noun): string | undefined {
  const doc = parsedDoc(sentences(first, noun), { actors: [
    { sent: 0, tokens: [0, first.length], ...earlier },
    { sent: 1, tokens: [0, 2], id: `local:${later}`, sector: 'MIL' },
  ] });
  const at = doc.text.indexOf('Gaza');
  const gaza: Place = { start: at, end: at + 4, name: 'Gaza', country: 'PSE', kind: 'city', confidence: 1, reasons: [], why: 'test' };
  const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [gaza] } }, { report: () => undefined });
  return layer.mentions.find((m) => m.actorId === `local:${later}`)?.code;
}

describe('"the <noun>" after a coded mention with the same head noun', () => {
  it.each([
    ['soldiers', ['Israeli', 'soldiers'], { id: 'local:israeli-soldiers', name: 'Israel (MIL)', code: 'ISR', sector: 'MIL' }, 'ISR'],
    ['troops', ['Syrian', 'troops'], { id: 'local:syrian-troops', name: 'Syria (MIL)', code: 'SYR', sector: 'MIL' }, 'SYR'],
  ] as const)('"the %s" takes the earlier group\'s country, not the place of its sentence', (noun, first, earlier, code) => {
    expect(codeOf(first, noun, earlier)).toBe(code);
  });

  it('takes the body whose name ends in the noun: "the community" after "the EC" (European Community)', () => {
    expect(codeOf(['EC'], 'community', { id: 'european-community', name: 'European Community', code: 'IGO', sector: 'EU', kind: 'org' })).toBe('IGO');
  });

  it('passes on no country the earlier mention lacks: uncoded "soldiers" leave the place of the sentence', () => {
    expect(codeOf(['Masked', 'soldiers'], 'soldiers', { id: 'local:soldiers', sector: 'MIL' })).toBe('PSE');
  });

  it('reads only the listed nouns: "the youths" after "Israeli youths" is not a group the data file names', () => {
    expect(codeOf(['Israeli', 'youths'], 'youths', { id: 'local:israeli-youths', name: 'Israel (CVL)', code: 'ISR', sector: 'CVL' })).toBe('PSE');
  });

  it('needs the same head noun: "the troops" after "Israeli soldiers" keep the place of the sentence', () => {
    expect(codeOf(['Israeli', 'soldiers'], 'troops', { id: 'local:israeli-soldiers', name: 'Israel (MIL)', code: 'ISR', sector: 'MIL' })).toBe('PSE');
  });
});

describe('parseSameNouns', () => {
  it('reads one lower-case noun a line and skips comments', () => {
    expect([...parseSameNouns('# comment\nsoldiers\n\ncommittee\n', 'x.tsv')]).toEqual(['soldiers', 'committee']);
  });

  it('refuses a line that is not one lower-case noun, with E170', () => {
    expect(() => parseSameNouns('soldiers\nthe Army\n', 'x.tsv')).toThrow(/E170|line 2/);
  });
});

/** "Brazil 's <noun> met bankers ." then "The <noun> refused ." (no actors-layer mention over it). */
const noun2 = (noun: string): string[] => [`
  Brazil Brazil PROPN NNP 3 nmod:poss
  's 's PART POS 1 case
  ${noun} ${noun} NOUN NN 4 nsubj
  met meet VERB VBD 0 root
  bankers banker NOUN NNS 4 obj
  . . PUNCT . 4 punct`, `
  The the DET DT 2 det
  ${noun} ${noun} NOUN NN 3 nsubj
  refused refuse VERB VBD 0 root
  . . PUNCT . 3 punct`];

/** The code discourse gives "The <noun>" after "Brazil 's <noun>", coded BRA GOV and named "Brazil (GOV)". */
function groupCode(noun: string): string | undefined {
  const doc = parsedDoc(noun2(noun), { actors: [{ sent: 0, tokens: [0, 3], id: 'local:group', name: 'Brazil (GOV)', code: 'BRA', sector: 'GOV' }] });
  const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [] } }, { report: () => undefined });
  return layer.mentions.find((m) => doc.text.slice(m.start, m.end) === `The ${noun}`)?.code;
}

describe('"the <noun>" the actors stage did not read, after a coded group with that head word', () => {
  it('is the group, though its generated name "Brazil (GOV)" does not hold the noun ("the committee")', () => {
    expect(groupCode('committee')).toBe('BRA');
  });

  it('is nothing for a noun the data file does not list ("the panel")', () => {
    expect(groupCode('panel')).toBeUndefined();
  });
});

/** "Brazil 's committee met bankers ." then `middle`, then "The committee refused ." */
function groupCodeAfter(middle: string, actors: readonly ActorSpec[] = []): string | undefined {
  const [first, last] = noun2('committee');
  const doc = parsedDoc([first, middle, last], { actors: [{ sent: 0, tokens: [0, 3], id: 'local:group', name: 'Brazil (GOV)', code: 'BRA', sector: 'GOV' }, ...actors] });
  const layer = discourse().run({ ...doc, layers: { ...doc.layers, places: [] } }, { report: () => undefined });
  return layer.mentions.find((m) => doc.text.slice(m.start, m.end) === 'The committee')?.code;
}

describe('"the <noun>" the actors stage did not read, with another use of the noun or another scene between', () => {
  it('is the group when nothing of the kind stands between', () => {
    expect(groupCodeAfter(`
  Bankers banker NOUN NNS 2 nsubj
  waited wait VERB VBD 0 root
  . . PUNCT . 2 punct`)).toBe('BRA');
  });

  it('is nothing when a nearer committee the text gave no country stands between ("a congressional committee")', () => {
    expect(groupCodeAfter(`
  A a DET DT 3 det
  congressional congressional ADJ JJ 3 amod
  committee committee NOUN NN 4 nsubj
  summoned summon VERB VBD 0 root
  him he PRON PRP 4 obj
  . . PUNCT . 4 punct`)).toBeUndefined();
  });

  it('is nothing when a sentence since opens "In <another country\'s capital>,"', () => {
    expect(groupCodeAfter(`
  In in ADP IN 2 case
  Lima Lima PROPN NNP 5 obl
  , , PUNCT , 5 punct
  bankers banker NOUN NNS 5 nsubj
  waited wait VERB VBD 0 root
  . . PUNCT . 5 punct`, [{ sent: 1, tokens: [1, 2], id: 'lima', name: 'Lima', code: 'PER', kind: 'capital' }])).toBeUndefined();
  });
});
