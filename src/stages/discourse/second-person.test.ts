import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document, DocMeta } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import { loadKb } from '../actors/kb.js';
import type { Quote } from '../quotes/types.js';
import { discourse } from './index.js';
import { addresseeOf, isAddressee, parseAddressWords, secondPersons } from './second-person.js';
import { viewOf } from './view.js';

const putin = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'vladimir-putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' });
const macron = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'emmanuel-macron', name: 'Emmanuel Macron', code: 'FRA', sector: 'GOV' });

/** "Putin met Macron. I thank you. " I thank you , " Macron said." */
const MEETING = [`
  Putin Putin PROPN NNP 2 nsubj
  met meet VERB VBD 0 root
  Macron Macron PROPN NNP 2 obj
  . . PUNCT . 2 punct`, `
  I I PRON PRP 2 nsubj
  thank thank VERB VBP 0 root
  you you PRON PRP 2 obj
  . . PUNCT . 2 punct`, `
  " " PUNCT `+'``'+` 3 punct
  I I PRON PRP 3 nsubj
  thank thank VERB VBP 0 root
  you you PRON PRP 3 obj
  , , PUNCT , 3 punct
  " " PUNCT '' 3 punct
  Macron Macron PROPN NNP 8 nsubj
  said say VERB VBD 3 parataxis
  . . PUNCT . 3 punct`];

/** What each "you" of the text was resolved to, in order. */
function addressed(sentences: readonly string[], actors: readonly ActorSpec[], meta: Partial<DocMeta>, quoted?: string): (string | undefined)[] {
  const doc = parsedDoc(sentences, { actors, meta: { date: '2022-03-05', ...meta } });
  const people = (doc.layers.actors ?? []).map((m) => ({ ...m, kind: 'person' as const }));
  const at = quoted ? doc.text.indexOf(quoted) : -1;
  const speaker = people.at(-1);
  const quotes: Quote[] = at < 0 || !speaker ? [] : [{ start: at, end: at + quoted!.length, kind: 'direct', sent: 2, closed: true, speaker, reasons: [], why: 'test' }];
  const withLayers: Document = { ...doc, layers: { ...doc.layers, actors: people, places: [], quotes } };
  const layer = discourse().run(withLayers, { report: () => undefined });
  return layer.mentions.filter((m) => m.reasons[0]?.rule.startsWith('discourse/second-person')).map((m) => m.code);
}

describe('second person', () => {
  const knesset = { source: 'president.gov.ua', title: 'Speech by President of Ukraine Volodymyr Zelenskyy in the Knesset' };

  it('reads "you" in an official site\'s own words, in an address its title names, as the addressee', () => {
    expect(addressed([MEETING[1]], [], knesset)).toEqual(['ISR']);
  });

  it('leaves quoted "you" to its own speaker', () => {
    expect(addressed(MEETING, [putin(0, [0, 1]), macron(0, [2, 3]), macron(2, [6, 7])], knesset, 'I thank you ,')).toEqual(['ISR']);
  });

  it('leaves "you" alone in a transcript turn another country\'s speaker opens', () => {
    const turn = `
      Macron Macron PROPN NNP 4 dep
      : : PUNCT : 4 punct
      I I PRON PRP 4 nsubj
      thank thank VERB VBP 0 root
      you you PRON PRP 4 obj
      . . PUNCT . 4 punct`;
    expect(addressed([MEETING[1], turn], [macron(1, [0, 1])], knesset)).toEqual(['ISR']);
  });

  it('marks its mentions as the addressee, whom the story\'s country is not counted from', () => {
    const doc = parsedDoc([MEETING[1]], { actors: [], meta: knesset });
    const view = viewOf(doc);
    const voice = { publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' }, kb: loadKb(), quoted: view.words.map(() => false), joint: false, turns: view.words.map(() => undefined) };
    const [you] = secondPersons(view, voice, { title: knesset.title, actor: { actorId: 'knesset', name: 'Knesset', code: 'ISR', sector: 'LEG' } });
    expect(you && isAddressee(you)).toBe(true);
    expect(isAddressee({ ...you, reasons: [] })).toBe(false);
  });

  it.each([
    ['a title naming no addressee', { ...knesset, title: 'Address by the President of Ukraine' }],
    ['a wire story', { ...knesset, source: 'Reuters' }],
    ['a meeting of two parties with no titled address', { source: 'kremlin.ru' }],
  ])('leaves "you" alone in %s', (_, meta) => {
    expect(addressed(MEETING, [putin(0, [0, 1]), macron(0, [2, 3])], meta)).toEqual([]);
  });
});

describe('addresseeOf', () => {
  const words = parseAddressWords('speech\tspeech\nspeech\tcongratulations\nspeech\tgreetings\nopens\tto\nopens\tin\nopens\tat\n', 'test.tsv', new Set(['on']));
  const ua = { site: 'president.gov.ua', code: 'UKR', office: 'president' };
  const kb = loadKb();
  const of = (title: string) => addresseeOf(title, words, ua, kb, '2022-05-01')?.actor.code;

  it('takes the first known actor the title\'s preposition opens', () => {
    expect(of('Speech by President of Ukraine in the Parliament of Canada')).toBe('CAN');
    expect(of('Congratulations to Emmanuel Macron on his re-election')).toBe('FRA');
  });

  it('takes no place, nationality adjective or actor of the site\'s own country', () => {
    expect(of('Speech at the opening of the Russian War Crimes exhibition')).toBeUndefined();
    expect(of('Speech at the Verkhovna Rada of Ukraine')).toBeUndefined();
    expect(of('Speech in Warsaw')).toBeUndefined();
  });

  it('takes no common word for a body, nor a defunct country an honour names', () => {
    expect(of('Greetings to the 9th National Congress of Agricultural Cooperatives')).toBeUndefined();
    expect(of('Congratulations to National Artist of the USSR Yury Grigorovich')).toBeUndefined();
    expect(of('Speech at the NATO Summit')).toBe('IGO');
  });

  it('rejects a malformed row with a coded error naming the line', () => {
    expect(() => parseAddressWords('speech\tspeech\nvocative\tdear\n', 'bad.tsv')).toThrow(DyadError);
    expect(() => parseAddressWords('speech\tspeech\nvocative\tdear\n', 'bad.tsv')).toThrow(/line 2/);
  });
});
