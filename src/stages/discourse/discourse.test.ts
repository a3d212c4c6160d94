import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import { codeEvents, type EventInput } from '../events/code-events.js';
import { loadLexicon } from '../events/lexicon.js';
import type { Place } from '../places/types.js';
import { readoutActors } from './implicit.js';
import { discourse } from './index.js';
import { resolvedActors } from './merge.js';
import { parsePublishers, publisherOf } from './publishers.js';

const putin = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'vladimir-putin', name: 'Vladimir Putin', code: 'RUS', sector: 'GOV' });
const macron = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'emmanuel-macron', name: 'Emmanuel Macron', code: 'FRA', sector: 'GOV' });
const codes = (list: readonly { code?: string; sector?: string }[]) => list.map((p) => `${p.code}${p.sector ?? ''}`).sort();
const johnson = (sent: number, tokens: [number, number]): ActorSpec => ({ sent, tokens, id: 'boris-johnson', name: 'Boris Johnson', code: 'GBR', sector: 'GOV' });
const people = (doc: Document): Document => ({ ...doc, layers: { ...doc.layers, actors: (doc.layers.actors ?? []).map((m) => ({ ...m, kind: 'person' as const })) } });

function run(doc: Document, places: Place[] = []): Document {
  const withPlaces = { ...doc, layers: { ...doc.layers, places } };
  return { ...withPlaces, layers: { ...withPlaces.layers, discourse: discourse().run(withPlaces, { report: () => undefined }) } };
}

/** "Putin had a conversation with Johnson. The leaders agreed. He stressed it. They agreed." */
const READOUT = [`
  Putin Putin PROPN NNP 2 nsubj
  had have VERB VBD 0 root
  a a DET DT 4 det
  conversation conversation NOUN NN 2 obj
  with with ADP IN 6 case
  Johnson Johnson PROPN NNP 4 nmod
  . . PUNCT . 2 punct`, `
  The the DET DT 2 det
  leaders leader NOUN NNS 3 nsubj
  agreed agree VERB VBD 0 root
  . . PUNCT . 3 punct`, `
  He he PRON PRP 2 nsubj
  stressed stress VERB VBD 0 root
  the the DET DT 4 det
  need need NOUN NN 2 obj
  . . PUNCT . 2 punct`, `
  They they PRON PRP 2 nsubj
  agreed agree VERB VBD 0 root
  . . PUNCT . 2 punct`];

describe('discourse', () => {
  it('takes the meeting of the lead as the participants that group nouns and "they" refer to', () => {
    const doc = run(people(parsedDoc(READOUT, { actors: [putin(0, [0, 1]), johnson(0, [5, 6])], meta: { date: '2021-10-25' } })));
    const layer = doc.layers.discourse;
    expect(layer?.participants?.members.map((m) => m.code)).toEqual(['RUS', 'GBR']);
    const text = (m: { start: number; end: number }) => doc.text.slice(m.start, m.end);
    const leaders = layer?.mentions.find((m) => text(m) === 'The leaders');
    expect(leaders?.parts?.map((p) => p.code)).toEqual(['RUS', 'GBR']);
    expect(layer?.mentions.find((m) => text(m) === 'They')?.members).toEqual(['vladimir-putin', 'boris-johnson']);
    // "He" is the subject of the sentence before it that has a person subject: Putin.
    expect(layer?.mentions.find((m) => text(m) === 'He')).toMatchObject({ actorId: 'vladimir-putin', code: 'RUS' });
  });

  it('reads "He" as the main clause\'s subject of the sentence before, not a second subject the parser hung on the full stop', () => {
    const doc = run(people(parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      with with ADP IN 4 case
      Johnson Johnson PROPN NNP 5 nsubj
      . . PUNCT . 2 punct`, `
      He he PRON PRP 2 nsubj
      stressed stress VERB VBD 0 root
      the the DET DT 4 det
      need need NOUN NN 2 obj
      . . PUNCT . 2 punct`], { actors: [putin(0, [0, 1]), johnson(0, [3, 4])], meta: { date: '2021-10-25' } })));
    const text = (m: { start: number; end: number }) => doc.text.slice(m.start, m.end);
    expect(doc.layers.discourse?.mentions.find((m) => text(m) === 'He')).toMatchObject({ actorId: 'vladimir-putin' });
  });

  it('reads the group noun with the determiner the actors stage left out ("The leaders" as a mention of "leaders")', () => {
    const leadersOnly: ActorSpec = { sent: 1, tokens: [1, 2], id: 'UNK-GOV', sector: 'GOV' };
    const doc = run(people(parsedDoc(READOUT, { actors: [putin(0, [0, 1]), johnson(0, [5, 6]), leadersOnly], meta: { date: '2021-10-25' } })));
    const text = (m: { start: number; end: number }) => doc.text.slice(m.start, m.end);
    const leaders = doc.layers.discourse?.mentions.find((m) => text(m).endsWith('leaders'));
    expect(leaders && text(leaders)).toBe('The leaders');
    expect(leaders?.parts?.map((p) => p.code)).toEqual(['RUS', 'GBR']);
  });

  it.each([
    ['The interlocutors', 'The the DET DT 2 det\n  interlocutors interlocutor NOUN NNS 3 nsubj'],
    ['The two', 'The the DET DT 2 det\n  two two NUM CD 3 nsubj'],
    ['Participants', 'Also also ADV RB 3 advmod\n  Participants participant NOUN NNS 3 nsubj'],
    ['The group', 'The the DET DT 2 det\n  group group NOUN NN 3 nsubj'],
  ])('reads "%s" (a readout\'s name for both sides) as the participants', (group, words) => {
    const sentence = `\n  ${words}\n  agreed agree VERB VBD 0 root\n  . . PUNCT . 3 punct`;
    const doc = run(people(parsedDoc([READOUT[0], sentence], { actors: [putin(0, [0, 1]), johnson(0, [5, 6])], meta: { date: '2021-10-25' } })));
    const found = doc.layers.discourse?.mentions.find((m) => doc.text.slice(m.start, m.end) === group);
    expect(found?.parts?.map((p) => p.code)).toEqual(['RUS', 'GBR']);
  });

  it.each([
    ['The two National Security Advisors', 2, ['RUS', 'GBR']],
    ['The three National Security Advisors', 3, undefined],
  ])('reads "%s", a plural title of no country, as the participants when its count is theirs', (group, count, parties) => {
    const sentence = `
  The the DET DT 5 det
  ${count === 2 ? 'two two' : 'three three'} NUM CD 5 nummod
  National National PROPN NNP 5 compound
  Security Security PROPN NNP 5 compound
  Advisors advisor NOUN NNS 6 nsubj
  agreed agree VERB VBD 0 root
  . . PUNCT . 6 punct`;
    const titles: ActorSpec = { sent: 1, tokens: [0, 5], id: 'UNK-GOV', sector: 'GOV' };
    const doc = run(people(parsedDoc([READOUT[0], sentence], { actors: [putin(0, [0, 1]), johnson(0, [5, 6]), titles], meta: { date: '2021-10-25' } })));
    const found = resolvedActors(doc).find((m) => doc.text.slice(m.start, m.end) === group);
    expect(found?.parts?.map((p) => p.code)).toEqual(parties);
  });

  it.each([
    ['called', 'Putin Putin PROPN NNP 2 nsubj\n  called call VERB VBD 0 root\n  Johnson Johnson PROPN NNP 2 obj', ['RUS', 'GBR']],
    ['so-called', 'Putin Putin PROPN NNP 5 nsubj\n  so so ADV RB 4 advmod\n  - - PUNCT HYPH 4 punct\n  called call VERB VBN 2 amod\n  Johnson Johnson PROPN NNP 2 obj\n  left leave VERB VBD 0 root', undefined],
  ])('takes "%s" in the lead as a call only with someone called', (_, words, parties) => {
    const doc = run(people(parsedDoc([`\n  ${words}\n  . . PUNCT . 2 punct`], { actors: [putin(0, [0, 1]), johnson(0, parties ? [2, 3] : [4, 5])], meta: { date: '2021-10-25' } })));
    expect(doc.layers.discourse?.participants?.members.map((m) => m.code)).toEqual(parties);
  });

  it('takes "consultations" in the lead as a meeting ("Zhovkva held consultations with Johnson")', () => {
    const lead = `
  Putin Putin PROPN NNP 2 nsubj
  held hold VERB VBD 0 root
  consultations consultation NOUN NNS 2 obj
  with with ADP IN 5 case
  Johnson Johnson PROPN NNP 3 nmod
  . . PUNCT . 2 punct`;
    const doc = run(people(parsedDoc([lead], { actors: [putin(0, [0, 1]), johnson(0, [4, 5])], meta: { date: '2021-10-25' } })));
    expect(doc.layers.discourse?.participants?.members.map((m) => m.code)).toEqual(['RUS', 'GBR']);
  });

  it('leaves "the two" alone when it is no subject ("one of the two")', () => {
    const sentence = `
  Putin Putin PROPN NNP 2 nsubj
  thanked thank VERB VBD 0 root
  the the DET DT 4 det
  two two NUM CD 2 obj
  . . PUNCT . 2 punct`;
    const doc = run(people(parsedDoc([READOUT[0], sentence], { actors: [putin(0, [0, 1]), johnson(0, [5, 6]), putin(1, [0, 1])], meta: { date: '2021-10-25' } })));
    expect(doc.layers.discourse?.mentions.some((m) => doc.text.slice(m.start, m.end) === 'the two')).toBe(false);
  });

  it.each([
    ['an adverb of a verb with no subject ("Both noted …", the usual parse)', 'Both both DET DT 2 advmod\n  noted note VERB VBD 0 root\n  it it PRON PRP 2 obj', true],
    ['a subject ("Both remain …")', 'Both both DET DT 2 nsubj\n  remain remain VERB VBP 0 root\n  committed committed ADJ JJ 2 xcomp', true],
    ['an adverb beside a subject of its own ("Both he and …")', 'Both both DET DT 2 advmod\n  noted note VERB VBD 0 root\n  Putin Putin PROPN NNP 2 nsubj', false],
  ])('reads a bare "Both" as the meeting\'s two parties when it is %s', (_, words, isGroup) => {
    const doc = run(people(parsedDoc([READOUT[0], `\n  ${words}\n  . . PUNCT . 2 punct`], { actors: [putin(0, [0, 1]), johnson(0, [5, 6]), ...(isGroup ? [] : [putin(1, [2, 3])])], meta: { date: '2021-10-25' } })));
    const both = doc.layers.discourse?.mentions.find((m) => doc.text.slice(m.start, m.end) === 'Both');
    expect(both ? codes(both.parts ?? []) : undefined).toEqual(isGroup ? ['GBRGOV', 'RUSGOV'] : undefined);
  });

  it('codes the readout\'s group and pronoun subjects through the merged mentions', () => {
    const doc = run(people(parsedDoc(READOUT, { actors: [putin(0, [0, 1]), johnson(0, [5, 6])], meta: { date: '2021-10-25' } })));
    const { events } = codeEvents(doc as EventInput, loadLexicon());
    const agreed = events.filter((e) => e.event === 'AGREE');
    expect(agreed.map((e) => e.actors.map((a) => a.code).sort())).toEqual([['GBR', 'RUS'], ['GBR', 'RUS']]);
  });

  it('takes the signatories a joint statement opens with as its participants, with no word of meeting', () => {
    const sentences = [`
      The the DET DT 2 det
      Government government NOUN NN 0 root
      of of ADP IN 4 case
      Chile Chile PROPN NNP 2 nmod
      and and CCONJ CC 7 cc
      the the DET DT 7 det
      Government government NOUN NN 2 conj
      of of ADP IN 9 case
      Peru Peru PROPN NNP 7 nmod
      , , PUNCT , 2 punct`, `
      The the DET DT 2 det
      Parties party NOUN NNS 3 nsubj
      commit commit VERB VBP 0 root
      . . PUNCT . 3 punct`];
    const actors: ActorSpec[] = [{ sent: 0, tokens: [0, 4], id: 'CHLGOV', name: 'Chile (GOV)', code: 'CHL', sector: 'GOV' }, { sent: 0, tokens: [5, 9], id: 'PERGOV', name: 'Peru (GOV)', code: 'PER', sector: 'GOV' }];
    const parties = (title: string) => run(parsedDoc(sentences, { actors, meta: { title } })).layers.discourse?.participants;
    expect(parties('Joint Statement on Trade')?.members.map((m) => m.code)).toEqual(['CHL', 'PER']);
    expect(parties('Joint Statement on Trade')?.reason).toMatchObject({ rule: 'discourse/meeting', word: 'joint statement' });
    // Any other article needs a word of meeting in its lead.
    expect(parties('Trade between Chile and Peru')).toBeUndefined();
  });

  it('reads a bare "the President" on an official site as its principal, not the president named last', () => {
    const doc = parsedDoc([`
      Putin Putin PROPN NNP 2 nsubj
      called call VERB VBD 0 root
      President President PROPN NNP 4 compound
      Erdogan Erdogan PROPN NNP 2 obj
      . . PUNCT . 2 punct`, `
      The the DET DT 2 det
      President President PROPN NNP 3 nsubj
      thanked thank VERB VBD 0 root
      . . PUNCT . 3 punct`], {
      actors: [putin(0, [0, 1]), { sent: 0, tokens: [2, 4], id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan', code: 'TUR', sector: 'GOV' }, { sent: 1, tokens: [0, 2], id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan', code: 'TUR', sector: 'GOV' }],
      meta: { date: '2021-10-25', source: 'kremlin.ru (President of Russia, English)' },
    });
    const layer = run(doc).layers.discourse;
    expect(layer?.publisher).toMatchObject({ code: 'RUS', office: 'president' });
    const president = resolvedActors(run(doc)).find((m) => m.tokens[0] === 5);
    expect(president).toMatchObject({ actorId: 'vladimir-putin', code: 'RUS' });
    expect(president?.why).toContain('kremlin.ru');
  });

  it('reads a bare "the Federal Chancellor" on another country\'s site as the meeting\'s party in that office', () => {
    const doc = parsedDoc([`
      Zelenskyy Zelenskyy PROPN NNP 2 nsubj
      met meet VERB VBD 0 root
      Olaf Olaf PROPN NNP 2 obj
      Scholz Scholz PROPN NNP 3 flat
      . . PUNCT . 2 punct`, `
      The the DET DT 3 det
      Federal Federal PROPN NNP 3 amod
      Chancellor Chancellor PROPN NNP 4 nsubj
      thanked thank VERB VBD 0 root
      Ukraine Ukraine PROPN NNP 4 obj
      . . PUNCT . 4 punct`], {
      actors: [{ sent: 0, tokens: [0, 1], id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', code: 'UKR', sector: 'GOV', kind: 'person' },
        { sent: 0, tokens: [2, 4], id: 'olaf-scholz', name: 'Olaf Scholz', code: 'DEU', sector: 'GOV', kind: 'person' },
        { sent: 1, tokens: [2, 3], id: 'GOV', name: 'unknown country (GOV)', sector: 'GOV' }, { sent: 1, tokens: [4, 5], id: 'UKR', name: 'Ukraine', code: 'UKR', kind: 'country' }],
      meta: { date: '2022-02-14', source: 'president.gov.ua (President of Ukraine, English)' },
    });
    const chancellor = resolvedActors(run(doc)).find((m) => m.tokens[0] === 5);
    expect(chancellor).toMatchObject({ actorId: 'olaf-scholz', code: 'DEU' });
    expect(chancellor?.reasons.map((r) => r.rule)).toContain('discourse/party-office');
  });

  it('gives an actor without a country the place in its sentence, else the dateline of a story about that country', () => {
    const sentences = [`
      Police police NOUN NNS 2 nsubj
      fired fire VERB VBD 0 root
      in in ADP IN 4 case
      Lima Lima PROPN NNP 2 obl
      . . PUNCT . 2 punct`, `
      Police police NOUN NNS 2 nsubj
      fired fire VERB VBD 0 root
      on on ADP IN 4 case
      Peru Peru PROPN NNP 2 obl
      . . PUNCT . 2 punct`];
    const police = (sent: number): ActorSpec => ({ sent, tokens: [0, 1], id: 'COP', name: 'police', sector: 'COP' });
    const doc = parsedDoc(sentences, { actors: [police(0), police(1), { sent: 1, tokens: [3, 4], id: 'PER', name: 'Peru', code: 'PER' }] });
    const lima: Place = { start: doc.text.indexOf('Lima'), end: doc.text.indexOf('Lima') + 4, name: 'Lima', country: 'PER', kind: 'capital', confidence: 1, reasons: [], why: 'test' };
    const dateline: Place = { ...lima, start: 0, end: 0, role: 'dateline' };
    const mentions = run(doc, [lima, dateline]).layers.discourse?.mentions ?? [];
    expect(mentions.map((m) => [m.tokens[0], m.code])).toEqual([[0, 'PER'], [5, 'PER']]);
    expect(mentions[0]?.why).toContain('the place named in its sentence');
    expect(mentions[1]?.why).toContain('the dateline Lima');
  });

  it('prefers the dateline to a place where the actor goes or meets, not to a place in its own phrase', () => {
    // "Officials flew to Washington. Officials in Tokyo protested. Japan agreed." in a Tokyo story.
    const sentences = [`
      Officials official NOUN NNS 2 nsubj
      flew fly VERB VBD 0 root
      to to ADP IN 4 case
      Washington Washington PROPN NNP 2 obl
      . . PUNCT . 2 punct`, `
      Officials official NOUN NNS 4 nsubj
      in in ADP IN 3 case
      Tokyo Tokyo PROPN NNP 1 nmod
      protested protest VERB VBD 0 root
      . . PUNCT . 4 punct`, `
      Japan Japan PROPN NNP 2 nsubj
      agreed agree VERB VBD 0 root
      . . PUNCT . 2 punct`];
    const officials = (sent: number): ActorSpec => ({ sent, tokens: [0, 1], id: 'GOV', name: 'officials', sector: 'GOV' });
    const doc = parsedDoc(sentences, { actors: [officials(0), officials(1), { sent: 2, tokens: [0, 1], id: 'JPN', name: 'Japan', code: 'JPN' }] });
    const at = (name: string, country: string): Place => ({ start: doc.text.indexOf(name), end: doc.text.indexOf(name) + name.length, name, country, kind: 'capital', confidence: 1, reasons: [], why: 'test' });
    const dateline: Place = { ...at('Tokyo', 'JPN'), start: 0, end: 0, role: 'dateline' };
    const mentions = run(doc, [at('Washington', 'USA'), at('Tokyo', 'JPN'), dateline]).layers.discourse?.mentions ?? [];
    expect(mentions.map((m) => [m.tokens[0], m.code])).toEqual([[0, 'JPN'], [5, 'JPN']]);
    expect(mentions[0]?.why).toContain('the dateline Tokyo');
    expect(mentions[1]?.why).toContain('the place named in its sentence');
  });

  it('takes the dateline from the dateline layer when a mention covers the dateline place', () => {
    const doc = parsedDoc([`
      Lima Lima PROPN NNP 3 obl
      : : PUNCT : 3 punct
      Police police NOUN NNS 4 nsubj
      fired fire VERB VBD 0 root
      . . PUNCT . 4 punct`, `
      Peru Peru PROPN NNP 2 nsubj
      protested protest VERB VBD 0 root
      . . PUNCT . 2 punct`], {
      actors: [{ sent: 0, tokens: [0, 1], id: 'lima', name: 'Lima', code: 'PER', sector: 'GOV' }, { sent: 0, tokens: [2, 3], id: 'COP', name: 'police', sector: 'COP' }, { sent: 1, tokens: [0, 1], id: 'PER', name: 'Peru', code: 'PER' }],
    });
    const span = { start: 0, end: 4 };
    const lima: Place = { ...span, name: 'Lima', country: 'PER', kind: 'capital', confidence: 1, reasons: [], why: 'test' };
    const withDateline = { ...doc, layers: { ...doc.layers, dateline: { place: span, placeName: 'Lima', sections: [], body: { start: 0, end: doc.text.length } } } };
    const police = run(withDateline, [lima]).layers.discourse?.mentions.find((m) => m.tokens[0] === 2);
    expect(police?.code).toBe('PER');
    expect(police?.why).toContain('the dateline Lima');
  });

  it('gives a title phrase owned by a pronoun before it the pronoun\'s country', () => {
    const doc = parsedDoc([`
      Kohl Kohl PROPN NNP 2 nsubj
      protested protest VERB VBD 0 root
      . . PUNCT . 2 punct`, `
      His his PRON PRP$ 4 nmod:poss
      farm farm NOUN NN 3 compound
      minister minister NOUN NN 4 compound
      Kiechle Kiechle PROPN NNP 5 nsubj
      criticised criticise VERB VBD 0 root
      them they PRON PRP 5 obj
      . . PUNCT . 5 punct`], {
      actors: [{ sent: 0, tokens: [0, 1], id: 'helmut-kohl', name: 'Helmut Kohl', code: 'DEU', sector: 'GOV' }, { sent: 1, tokens: [2, 4], id: 'local:kiechle', name: 'Kiechle', sector: 'GOV' }],
    });
    const minister = run(people(doc)).layers.discourse?.mentions.find((m) => m.tokens[0] === 5);
    expect(minister).toMatchObject({ actorId: 'local:kiechle', code: 'DEU' });
    expect(minister?.why).toContain('"His" is Helmut Kohl\'s');
  });

  it('reads a bare "the country" as the country named last, else the country of the story\'s dateline', () => {
    const sentences = [`
      Chile Chile PROPN NNP 2 nsubj
      thanked thank VERB VBD 0 root
      Argentina Argentina PROPN NNP 2 obj
      . . PUNCT . 2 punct`, `
      Saouma Saouma PROPN NNP 2 nsubj
      offered offer VERB VBD 0 root
      the the DET DT 4 det
      country country NOUN NN 2 iobj
      aid aid NOUN NN 2 obj
      . . PUNCT . 2 punct`];
    const saouma = { sent: 1, tokens: [0, 1] as const, id: 'edouard-saouma', name: 'Edouard Saouma', code: 'IGO', sector: 'FAO' };
    const named = parsedDoc(sentences, { actors: [{ sent: 0, tokens: [0, 1], id: 'CHL', name: 'Chile', code: 'CHL' }, { sent: 0, tokens: [2, 3], id: 'ARG', name: 'Argentina', code: 'ARG' }, saouma] });
    const countries = (doc: Document) => ({ ...doc, layers: { ...doc.layers, actors: (doc.layers.actors ?? []).map((m) => (m.code === 'IGO' ? m : { ...m, kind: 'country' as const })) } });
    const country = (doc: Document) => run(countries(doc)).layers.discourse?.mentions.find((m) => doc.text.slice(m.start, m.end) === 'the country');
    expect(country(named)).toMatchObject({ code: 'ARG' });
    expect(country(named)?.why).toContain('the country named last (Argentina)');
    // Nothing named before it: the story's country, here its main one (named three times after it).
    const later = [sentences[1], `
      Peru Peru PROPN NNP 2 nsubj
      thanked thank VERB VBD 0 root
      Peru Peru PROPN NNP 2 obj
      Peru Peru PROPN NNP 2 obj
      . . PUNCT . 2 punct`];
    const peru = (tokens: [number, number]) => ({ sent: 1, tokens, id: 'PER', name: 'Peru', code: 'PER' });
    const unnamed = parsedDoc(later, { actors: [{ ...saouma, sent: 0 }, peru([0, 1]), peru([2, 3]), peru([3, 4])] });
    expect(country(unnamed)).toMatchObject({ code: 'PER' });
    expect(country(unnamed)?.why).toContain('the country the story happens in');
  });

  it('leaves a bare name without a title alone: a visitor is not the story\'s country', () => {
    const doc = parsedDoc([`
      Saouma Saouma PROPN NNP 2 nsubj
      arrived arrive VERB VBD 0 root
      in in ADP IN 4 case
      Lima Lima PROPN NNP 2 obl
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'local:1', name: 'Saouma' }] });
    const withKind = { ...doc, layers: { ...doc.layers, actors: doc.layers.actors?.map((m) => ({ ...m, kind: 'person' as const })) } };
    const lima: Place = { start: doc.text.indexOf('Lima'), end: doc.text.indexOf('Lima') + 4, name: 'Lima', country: 'PER', kind: 'capital', confidence: 1, reasons: [], why: 'test' };
    expect(run(withKind, [lima]).layers.discourse?.mentions).toEqual([]);
  });

  it('gives an impersonal agreement to the participants of the call an official readout reports', () => {
    const sentences = [`
      Putin Putin PROPN NNP 2 nsubj
      telephoned telephone VERB VBD 0 root
      Macron Macron PROPN NNP 2 obj
      . . PUNCT . 2 punct`, `
      It it PRON PRP 3 nsubj:pass
      was be AUX VBD 3 aux:pass
      agreed agree VERB VBN 0 root
      to to PART TO 5 mark
      continue continue VERB VB 3 xcomp
      contacts contact NOUN NNS 5 obj
      . . PUNCT . 3 punct`];
    const actors = [putin(0, [0, 1]), macron(0, [2, 3])];
    const readout = parsedDoc(sentences, { actors, meta: { source: 'kremlin.ru (President of Russia, English)' } });
    const { events } = codeEvents(run(people(readout)) as EventInput, loadLexicon());
    expect(events.map((e) => e.event)).toEqual(['CONSULT', 'AGREE']);
    expect(codes(events[1].actors)).toEqual(['FRAGOV', 'RUSGOV']);
    expect(events[1].why).toContain('participants of the');
    // A wire story reports the call as one event among others: its agentless clauses are the reporter's.
    const wire = codeEvents(run(people(parsedDoc(sentences, { actors, meta: { source: 'Reuters' } }))) as EventInput, loadLexicon());
    expect(wire.events.map((e) => e.event)).toEqual(['CONSULT']);
  });

  it.each([
    ['a "to …" purpose clause', 'to to PART TO 6 mark|discuss discuss VERB VB 2 advcl|Pyongyang Pyongyang PROPN NNP 6 obj'],
    ['an "about" phrase', 'about about ADP IN 6 case|launches launch NOUN NNS 2 obl|Pyongyang Pyongyang PROPN NNP 6 nmod'],
    ['a "regarding" the parser read as a participle', ', , PUNCT , 6 punct|regarding regard VERB VBG 2 advcl|Pyongyang Pyongyang PROPN NNP 6 obj'],
    ['"regarding" read as a verb', 'particularly particularly ADV RB 6 advmod|regarding regard VERB VBG 2 advcl|Pyongyang Pyongyang PROPN NNP 6 obj'],
    ['the agent of another act', 'detained detain VERB VBN 2 conj|by by ADP IN 7 case|Pyongyang Pyongyang PROPN NNP 5 obl:agent'],
  ])('leaves out a country named only in what the meeting was about (%s) while two parties remain', (_, topic) => {
    const sentences = [`
      Sullivan Sullivan PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      with with ADP IN 4 case
      Seoul Seoul PROPN NNP 2 obl
      ${topic.split('|').join('\n')}
      . . PUNCT . 2 punct`];
    const country = (code: string, t: number): ActorSpec => ({ sent: 0, tokens: [t, t + 1], id: code, name: code, code });
    const doc = parsedDoc(sentences, { actors: [{ sent: 0, tokens: [0, 1], id: 'jake-sullivan', name: 'Jake Sullivan', code: 'USA', sector: 'GOV' }, country('KOR', 3), country('PRK', 6)] });
    const kinds = { ...doc, layers: { ...doc.layers, actors: (doc.layers.actors ?? []).map((m) => ({ ...m, kind: m.sector ? 'person' as const : 'country' as const })) } };
    expect(run(kinds).layers.discourse?.participants?.members.map((m) => m.code)).toEqual(['USA', 'KOR']);
  });

  it('issue-12: a country named as what an act is against is no party, even when no other party remains', () => {
    const sentences = [`
      Yermak Yermak PROPN NNP 2 nsubj
      held hold VERB VBD 0 root
      a a DET DT 4 det
      meeting meeting NOUN NN 2 obj
      on on ADP IN 6 case
      sanctions sanction NOUN NNS 4 nmod
      against against ADP IN 8 case
      Russia Russia PROPN NNP 6 nmod
      . . PUNCT . 2 punct`];
    const doc = parsedDoc(sentences, { actors: [{ sent: 0, tokens: [0, 1], id: 'andriy-yermak', name: 'Andriy Yermak', code: 'UKR', sector: 'GOV' }, { sent: 0, tokens: [7, 8], id: 'RUS', name: 'Russia', code: 'RUS' }] });
    const kinds = { ...doc, layers: { ...doc.layers, actors: (doc.layers.actors ?? []).map((m) => ({ ...m, kind: m.sector ? 'person' as const : 'country' as const })) } };
    expect(run(kinds).layers.discourse?.participants).toBeUndefined();
  });

  it('keeps the agent of the meeting word itself as a party ("a summit hosted by …")', () => {
    const sentences = [`
      Sullivan Sullivan PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      with with ADP IN 4 case
      Seoul Seoul PROPN NNP 2 obl
      hosted host VERB VBN 4 acl
      by by ADP IN 7 case
      Pyongyang Pyongyang PROPN NNP 5 obl:agent
      . . PUNCT . 2 punct`];
    const country = (code: string, t: number): ActorSpec => ({ sent: 0, tokens: [t, t + 1], id: code, name: code, code });
    const doc = parsedDoc(sentences, { actors: [{ sent: 0, tokens: [0, 1], id: 'jake-sullivan', name: 'Jake Sullivan', code: 'USA', sector: 'GOV' }, country('KOR', 3), country('PRK', 6)] });
    const kinds = { ...doc, layers: { ...doc.layers, actors: (doc.layers.actors ?? []).map((m) => ({ ...m, kind: m.sector ? 'person' as const : 'country' as const })) } };
    expect(run(kinds).layers.discourse?.participants?.members.map((m) => m.code)).toEqual(['USA', 'KOR', 'PRK']);
  });

  it.each([
    ['the one party who holds it', 'President of United States', 'CAN'],
    ['no one when two parties hold it', 'Prime Minister of United States', undefined],
  ])('reads a bare title after the meeting as %s', (_, bidenRole, code) => {
    const sentences = [`
      Biden Biden PROPN NNP 2 nsubj
      met meet VERB VBD 0 root
      Trudeau Trudeau PROPN NNP 2 obj
      . . PUNCT . 2 punct`, `
      The the DET DT 2 det
      President President PROPN NNP 5 nsubj
      and and CCONJ CC 4 cc
      Prime Prime PROPN NNP 4 compound
      Minister Minister PROPN NNP 2 conj
      agreed agree VERB VBD 0 root
      . . PUNCT . 6 punct`];
    const doc = parsedDoc(sentences, { actors: [
      { sent: 0, tokens: [0, 1], id: 'joe-biden', name: 'Joe Biden', code: 'USA', sector: 'GOV', kind: 'person' },
      { sent: 0, tokens: [2, 3], id: 'justin-trudeau', name: 'Justin Trudeau', code: 'CAN', sector: 'GOV', kind: 'person' },
      { sent: 1, tokens: [3, 5], id: 'local:pm', name: 'unknown country (GOV)', sector: 'GOV' },
    ] });
    const roles: Record<string, string> = { 'joe-biden': bidenRole, 'justin-trudeau': 'Prime Minister of Canada' };
    const withRoles = { ...doc, layers: { ...doc.layers, actors: (doc.layers.actors ?? []).map((m) => (roles[m.actorId] ? { ...m, role: roles[m.actorId] } : m)) } };
    const out = run(withRoles);
    const pm = out.layers.discourse?.mentions.find((m) => out.text.slice(m.start, m.end) === 'Prime Minister');
    expect(pm?.code).toBe(code);
  });

  it('gives agentless readout clauses to both parties for joint acts and to the publishing side for positions', () => {
    const member = (code: string) => ({ start: 0, end: 1, tokens: [0, 1] as const, actorId: code, name: code, code, reasons: [], why: 'test' });
    const layer = { publisher: { site: 'kremlin.ru', code: 'RUS', office: 'president' }, participants: { members: [member('RUS'), member('GBR')], sent: 0, reason: reason('test') }, mentions: [] };
    expect(readoutActors(layer, 2, 'AGREE', 'subjectless')?.actors.map((m) => m.code)).toEqual(['RUS', 'GBR']);
    expect(readoutActors(layer, 2, 'REQUEST', 'subjectless')?.actors.map((m) => m.code)).toEqual(['RUS']);
    expect(readoutActors(layer, 2, 'CONSULT', 'passive')).toBeUndefined();
    expect(readoutActors(layer, 0, 'AGREE', 'subjectless')).toBeUndefined();
  });

  it('reads a country whose name ends in "s" as one country: "its" may refer to it, "they" may not', () => {
    const doc = parsedDoc([`
      The the DET DT 2 det
      Netherlands Netherlands PROPN NNPS 4 nsubj
      will will AUX MD 4 aux
      increase increase VERB VB 0 root
      its its PRON PRP$ 6 nmod:poss
      aid aid NOUN NN 4 obj
      . . PUNCT . 4 punct`, `
      They they PRON PRP 2 nsubj
      agreed agree VERB VBD 0 root
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 2], id: 'NLD', name: 'The Netherlands', code: 'NLD' }] });
    const countries = { ...doc, layers: { ...doc.layers, actors: (doc.layers.actors ?? []).map((m) => ({ ...m, kind: 'country' as const })) } };
    const mentions = run(countries).layers.discourse?.mentions ?? [];
    const text = (m: { start: number; end: number }) => doc.text.slice(m.start, m.end);
    expect(mentions.find((m) => text(m) === 'its')?.code).toBe('NLD');
    expect(mentions.find((m) => text(m) === 'They')).toBeUndefined();
  });

  /** "The rebels fired at Homs. Right at the houses. <middle> They fired again." */
  const thread = (middle: string): string[] => [`
      The the DET DT 2 det
      rebels rebel NOUN NNS 3 nsubj
      fired fire VERB VBD 0 root
      at at ADP IN 5 case
      Homs Homs PROPN NNP 3 obl
      . . PUNCT . 3 punct`, `
      Right right ADV RB 4 advmod
      at at ADP IN 4 case
      the the DET DT 4 det
      houses house NOUN NNS 0 root
      . . PUNCT . 4 punct`, middle, `
      They they PRON PRP 2 nsubj
      fired fire VERB VBD 0 root
      again again ADV RB 2 advmod
      . . PUNCT . 2 punct`];
  const rebels: ActorSpec = { sent: 0, tokens: [0, 2], id: 'SYR-REB', name: 'Syria (REB)', code: 'SYR', sector: 'REB' };

  it('takes the plural subject of a sentence before as "they" across sentences that name no acting actor', () => {
    const doc = parsedDoc(thread(`
      Many many ADJ JJ 2 amod
      houses house NOUN NNS 4 nsubj:pass
      were be AUX VBD 4 aux:pass
      hit hit VERB VBN 0 root
      . . PUNCT . 4 punct`), { actors: [rebels] });
    const text = (m: { start: number; end: number }) => doc.text.slice(m.start, m.end);
    const they = run(doc).layers.discourse?.mentions.find((m) => text(m) === 'They');
    expect(they).toMatchObject({ code: 'SYR', sector: 'REB' });
    expect(they?.why).toContain('3 sentences before');
  });

  it('gives "Their leaders" after a pair each side\'s leaders ("France and Germany signed a deal. Their leaders criticised Russia.")', () => {
    const doc = parsedDoc([`
      France France PROPN NNP 4 nsubj
      and and CCONJ CC 3 cc
      Germany Germany PROPN NNP 1 conj
      signed sign VERB VBD 0 root
      a a DET DT 6 det
      deal deal NOUN NN 4 obj
      . . PUNCT . 4 punct`, `
      Their their PRON PRP$ 2 nmod:poss
      leaders leader NOUN NNS 3 nsubj
      criticised criticise VERB VBD 0 root
      Russia Russia PROPN NNP 3 obj
      . . PUNCT . 3 punct`], { actors: [
      { sent: 0, tokens: [0, 1], id: 'FRA', name: 'France', code: 'FRA', kind: 'country' },
      { sent: 0, tokens: [2, 3], id: 'DEU', name: 'Germany', code: 'DEU', kind: 'country' },
      { sent: 1, tokens: [1, 2], id: 'UNK-GOV', name: 'unknown country (GOV)', sector: 'GOV' },
      { sent: 1, tokens: [3, 4], id: 'RUS', name: 'Russia', code: 'RUS', kind: 'country' }] });
    const leaders = resolvedActors(run(doc)).find((m) => doc.text.slice(m.start, m.end) === 'leaders');
    expect(codes(leaders?.parts ?? [])).toEqual(['DEUGOV', 'FRAGOV']);
  });

  /** "<A> and <B> agreed to a truce. Their leaders welcomed the deal." with the pair's own mentions. */
  const truce = (first: ActorSpec, second: ActorSpec) => parsedDoc([`
      Hamas Hamas PROPN NNP 4 nsubj
      and and CCONJ CC 3 cc
      Israel Israel PROPN NNP 1 conj
      agreed agree VERB VBD 0 root
      to to ADP IN 7 case
      a a DET DT 7 det
      truce truce NOUN NN 4 obl
      . . PUNCT . 4 punct`, `
      Their their PRON PRP$ 2 nmod:poss
      leaders leader NOUN NNS 3 nsubj
      welcomed welcome VERB VBD 0 root
      the the DET DT 5 det
      deal deal NOUN NN 3 obj
      . . PUNCT . 3 punct`], { actors: [first, second,
      { sent: 1, tokens: [1, 2], id: 'UNK-GOV', name: 'unknown country (GOV)', sector: 'GOV' }] });
  const leadersOf = (doc: Document) => resolvedActors(run(doc)).find((m) => doc.text.slice(m.start, m.end) === 'leaders');

  it('keeps an organisation\'s own sector for "Their leaders" ("Hamas and Israel agreed to a truce. Their leaders welcomed the deal.", review final1 #2)', () => {
    const leaders = leadersOf(truce({ sent: 0, tokens: [0, 1], id: 'hamas', name: 'Hamas', code: 'PSE', sector: 'REB', kind: 'org' },
      { sent: 0, tokens: [2, 3], id: 'ISR', name: 'Israel', code: 'ISR', kind: 'country' }));
    expect(codes(leaders?.parts ?? [])).toEqual(['ISRGOV', 'PSEREB']);
    expect(leaders?.parts?.map((p) => p.name).sort()).toEqual(['Hamas', 'Israel (GOV)']);
  });

  it('names a side that already has a sector once ("Israel (GOV)", not "Israel (GOV) (GOV)")', () => {
    const leaders = leadersOf(truce({ sent: 0, tokens: [0, 1], id: 'ISR-GOV', name: 'Israel (GOV)', code: 'ISR', sector: 'GOV' },
      { sent: 0, tokens: [2, 3], id: 'PSE', name: 'Palestinian Territory', code: 'PSE', kind: 'country' }));
    expect(leaders?.parts?.map((p) => p.name).sort()).toEqual(['Israel (GOV)', 'Palestinian Territory (GOV)']);
  });

  it('leaves "they" unresolved when a sentence between has another actor acting', () => {
    const putinSpoke = `
      Putin Putin PROPN NNP 2 nsubj
      spoke speak VERB VBD 0 root
      . . PUNCT . 2 punct`;
    const doc = parsedDoc(thread(putinSpoke), { actors: [rebels, { ...putin(2, [0, 1]), kind: 'person' }] });
    const text = (m: { start: number; end: number }) => doc.text.slice(m.start, m.end);
    expect(run(doc).layers.discourse?.mentions.find((m) => text(m) === 'They')).toBeUndefined();
  });

  it('takes no places named sentences before as "they" ("Kharkiv and Kyiv are the targets. To break us. They are heading …")', () => {
    const doc = parsedDoc([`
      Kharkiv Kharkiv PROPN NNP 4 nsubj
      and and CCONJ CC 3 cc
      Kyiv Kyiv PROPN NNP 1 conj
      are be AUX VBP 0 root
      targets target NOUN NNS 4 obj
      . . PUNCT . 4 punct`, `
      To to PART TO 2 mark
      break break VERB VB 0 root
      us we PRON PRP 2 obj
      . . PUNCT . 2 punct`, `
      They they PRON PRP 2 nsubj
      fired fire VERB VBD 0 root
      . . PUNCT . 2 punct`], { actors: [
      { sent: 0, tokens: [0, 1], id: 'kharkiv', name: 'Kharkiv', code: 'UKR', sector: 'CVL', kind: 'place' },
      { sent: 0, tokens: [2, 3], id: 'kyiv', name: 'Kyiv', code: 'UKR', sector: 'GOV', kind: 'capital' },
    ] });
    const text = (m: { start: number; end: number }) => doc.text.slice(m.start, m.end);
    expect(run(doc).layers.discourse?.mentions.find((m) => text(m) === 'They')).toBeUndefined();
  });

  /** "Britain and France held talks ." after the lead's Putin–Johnson meeting, then `next`. */
  const pairAfterMeeting = (next: string): string[] => [READOUT[0], `
      Britain Britain PROPN NNP 4 nsubj
      and and CCONJ CC 3 cc
      France France PROPN NNP 1 conj
      held hold VERB VBD 0 root
      talks talk NOUN NNS 4 obj
      . . PUNCT . 4 punct`, next];
  const pair: ActorSpec[] = [
    { sent: 1, tokens: [0, 1], id: 'GBR', name: 'United Kingdom', code: 'GBR', kind: 'country' },
    { sent: 1, tokens: [2, 3], id: 'FRA', name: 'France', code: 'FRA', kind: 'country' },
  ];

  it.each<[string, string, ActorSpec[]]>([
    ['They', 'They they PRON PRP 2 nsubj\n      agreed agree VERB VBD 0 root\n      . . PUNCT . 2 punct', []],
    ['Their leaders', 'Their they PRON PRP$ 2 nmod:poss\n      leaders leader NOUN NNS 3 nsubj\n      agreed agree VERB VBD 0 root\n      . . PUNCT . 3 punct',
      [{ sent: 2, tokens: [0, 2], id: 'group:vladimir-putin+boris-johnson', members: ['vladimir-putin', 'boris-johnson'] }]],
  ])('reads "%s" as the pair named together just before, not the meeting of others the article opened with', (said, words, more) => {
    const doc = parsedDoc(pairAfterMeeting(`\n      ${words}`), { actors: [{ ...putin(0, [0, 1]), kind: 'person' }, { ...johnson(0, [5, 6]), kind: 'person' }, ...pair, ...more], meta: { date: '2021-10-25' } });
    const out = run(doc);
    expect(out.layers.discourse?.participants?.members.map((m) => m.code)).toEqual(['RUS', 'GBR']);
    const found = resolvedActors(out).find((m) => doc.text.slice(m.start, m.end) === said);
    expect(found?.parts?.map((p) => p.code)).toEqual(['GBR', 'FRA']);
  });

  /** The lead's Putin–Johnson meeting, a sentence `middle` naming a pair, then `last`: whom its "they" means. */
  const meetingThenPair = (middle: string, last: string, more: ActorSpec[] = []): string | undefined => {
    const doc = parsedDoc([READOUT[0], middle, last], { actors: [{ ...putin(0, [0, 1]), kind: 'person' }, { ...johnson(0, [5, 6]), kind: 'person' }, ...more], meta: { date: '2021-10-25' } });
    const they = resolvedActors(run(doc)).find((m) => /^the(y|ir)$/i.test(doc.text.slice(m.start, m.end).split(' ')[0] ?? ''));
    return they?.members?.join('+');
  };
  const meeting = 'vladimir-putin+boris-johnson';

  it.each<[string, string, ActorSpec[]]>([
    ['background, not a meeting ("Iran and Russia have deepened ties")', `
      Iran Iran PROPN NNP 5 nsubj
      and and CCONJ CC 3 cc
      Russia Russia PROPN NNP 1 conj
      have have AUX VBP 5 aux
      deepened deepen VERB VBN 0 root
      ties tie NOUN NNS 5 obj
      . . PUNCT . 5 punct`, [{ sent: 1, tokens: [0, 1], id: 'IRN', name: 'Iran', code: 'IRN', kind: 'country' }, { sent: 1, tokens: [2, 3], id: 'RUS', name: 'Russia', code: 'RUS', kind: 'country' }]],
    ['a quoted clause\'s subject (""Britain and France held talks," Putin said")', `
      Britain Britain PROPN NNP 4 nsubj
      and and CCONJ CC 3 cc
      France France PROPN NNP 1 conj
      held hold VERB VBD 7 ccomp
      talks talk NOUN NNS 4 obj
      , , PUNCT , 4 punct
      Putin Putin PROPN NNP 7 nsubj
      said say VERB VBD 0 root
      . . PUNCT . 7 punct`, [{ sent: 1, tokens: [0, 1], id: 'GBR', name: 'United Kingdom', code: 'GBR', kind: 'country' }, { sent: 1, tokens: [2, 3], id: 'FRA', name: 'France', code: 'FRA', kind: 'country' }, { ...putin(1, [6, 7]), kind: 'person' }]],
  ])('keeps "they" with the meeting when the pair before is %s', (_, middle, more) => {
    expect(meetingThenPair(middle, `
      They they PRON PRP 2 nsubj
      agreed agree VERB VBD 0 root
      . . PUNCT . 2 punct`, more)).toBe(meeting);
  });

  it('carries the pair on to a second "They" whose sentence before is the first "They" it took', () => {
    const they = (verb: string): string => `\n      They they PRON PRP 2 nsubj\n      ${verb} ${verb} VERB VBD 0 root\n      . . PUNCT . 2 punct`;
    const doc = parsedDoc([...pairAfterMeeting(they('agreed')), they('stressed')], { actors: [{ ...putin(0, [0, 1]), kind: 'person' }, { ...johnson(0, [5, 6]), kind: 'person' }, ...pair], meta: { date: '2021-10-25' } });
    const out = run(doc);
    const found = resolvedActors(out).filter((m) => doc.text.slice(m.start, m.end) === 'They');
    expect(found.map((m) => m.parts?.map((p) => p.code).join('+'))).toEqual(['GBR+FRA', 'GBR+FRA']);
  });

  it('gives "They" the pair\'s talks across a sentence with no actor as subject ("The talks lasted three hours.")', () => {
    const lasted = `
      The the DET DT 2 det
      talks talk NOUN NNS 3 nsubj
      lasted last VERB VBD 0 root
      . . PUNCT . 3 punct`;
    const doc = parsedDoc([...pairAfterMeeting(lasted), `
      They they PRON PRP 2 nsubj
      agreed agree VERB VBD 0 root
      . . PUNCT . 2 punct`], { actors: [{ ...putin(0, [0, 1]), kind: 'person' }, { ...johnson(0, [5, 6]), kind: 'person' }, ...pair], meta: { date: '2021-10-25' } });
    const found = resolvedActors(run(doc)).find((m) => doc.text.slice(m.start, m.end) === 'They');
    expect(found?.parts?.map((p) => p.code)).toEqual(['GBR', 'FRA']);
  });

  it('does not give "their" the pair before when its own sentence has a coordinated subject ("Germany and Italy said their leaders …")', () => {
    const own = `
      Germany Germany PROPN NNP 4 nsubj
      and and CCONJ CC 3 cc
      Italy Italy PROPN NNP 1 conj
      said say VERB VBD 0 root
      their they PRON PRP$ 6 nmod:poss
      leaders leader NOUN NNS 7 nsubj
      agreed agree VERB VBD 4 ccomp
      . . PUNCT . 4 punct`;
    const doc = parsedDoc(pairAfterMeeting(own), { actors: [{ ...putin(0, [0, 1]), kind: 'person' }, { ...johnson(0, [5, 6]), kind: 'person' }, ...pair,
      { sent: 2, tokens: [0, 1], id: 'DEU', name: 'Germany', code: 'DEU', kind: 'country' }, { sent: 2, tokens: [2, 3], id: 'ITA', name: 'Italy', code: 'ITA', kind: 'country' },
      { sent: 2, tokens: [4, 6], id: 'group:vladimir-putin+boris-johnson', members: ['vladimir-putin', 'boris-johnson'] }], meta: { date: '2021-10-25' } });
    const found = resolvedActors(run(doc)).find((m) => doc.text.slice(m.start, m.end) === 'their leaders');
    expect(found?.parts?.map((p) => p.code)).not.toEqual(['GBR', 'FRA']);
  });

  it('keeps the meeting as "they" when the sentence before has a plural noun of one side as its subject', () => {
    const troops = `
      Russian Russian ADJ JJ 2 amod
      troops troop NOUN NNS 3 nsubj
      advanced advance VERB VBD 0 root
      . . PUNCT . 3 punct`;
    const doc = parsedDoc([READOUT[0], troops, READOUT[3]], { actors: [{ ...putin(0, [0, 1]), kind: 'person' }, { ...johnson(0, [5, 6]), kind: 'person' }, { sent: 1, tokens: [0, 2], id: 'RUS-MIL', name: 'Russia (MIL)', code: 'RUS', sector: 'MIL' }], meta: { date: '2021-10-25' } });
    const they = resolvedActors(run(doc)).find((m) => doc.text.slice(m.start, m.end) === 'They');
    expect(they?.members).toEqual(['vladimir-putin', 'boris-johnson']);
  });

  it('finds the publisher in the source or URL and rejects a malformed publishers row with its line', () => {
    const list = parsePublishers('# comment\nkremlin.ru\tRUS\tpresident\n', 'p.tsv');
    expect(publisherOf({ source: 'Kremlin.ru (English)', origin: { location: '-', format: 'jsonl' } }, list)?.code).toBe('RUS');
    expect(publisherOf({ source: 'Reuters', origin: { location: '-', format: 'jsonl' } }, list)).toBeUndefined();
    expect(() => parsePublishers('kremlin.ru\tRussia\tpresident\n', 'p.tsv')).toThrowError(DyadError);
    expect(() => parsePublishers('kremlin.ru\tRussia\tpresident\n', 'p.tsv')).toThrowError(/p\.tsv: line 1/);
  });
});
