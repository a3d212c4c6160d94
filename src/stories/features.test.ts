import { describe, expect, it } from 'vitest';
import { makeDoc } from '../core/document.js';
import type { ActorMention } from '../stages/actors/types.js';
import { storyDoc } from './features.js';

/** An item of president.gov.ua with the given title whose text never names the President. */
function address(title: string, date = '2022-03-22') {
  const text = 'Glory to Ukraine. We will rebuild every city.';
  const sentences = [...text.matchAll(/[^.]+\.?/g)].map((m) => ({ start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].length }));
  return makeDoc({ text, meta: { title, date, source: 'president.gov.ua' }, layers: { sentences, actors: [], discourse: { mentions: [], publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' } } } });
}

describe('storyDoc: the occasion', () => {
  it('leaves the principal of the day out of its names, in any spelling the knowledge base knows', () => {
    expect(storyDoc(address('It was another day that brought us closer to victory - address by President Volodymyr Zelenskyy')).occasion).toMatchObject({ kind: 'address', names: [] });
    expect(storyDoc(address('Address by President Volodymyr Zelenskyy to the Italian Chamber of Deputies')).occasion).toMatchObject({ kind: 'address', names: ['chamber', 'deputies', 'italian'] });
  });

  it('keeps the names of a principal not in office that day', () => {
    expect(storyDoc(address('Address by President Volodymyr Zelenskyy', '2018-03-22')).occasion).toMatchObject({ kind: 'address', names: ['volodymyr', 'zelenskyy'] });
  });
});

describe('storyDoc: an unnamed occasion of a quoted title', () => {
  const said = (title: string) => {
    const text = 'Terror knows no boundaries, Ukraine says. This was stated by President Volodymyr Zelenskyy in his address.';
    const sentences = [...text.matchAll(/[^.]+\.?/g)].map((m) => ({ start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].length }));
    const start = text.indexOf('Ukraine');
    const ukraine: ActorMention = { start, end: start + 7, tokens: [0, 1], actorId: 'UKR', name: 'Ukraine', code: 'UKR', kind: 'country', reasons: [], why: 'test' };
    return storyDoc(makeDoc({ text, meta: { title, date: '2022-03-06', source: 'president.gov.ua' }, layers: { sentences, actors: [ukraine], discourse: { mentions: [], publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' } } } }));
  };

  it('is named by the title\'s attribution', () => {
    expect(said('Mankind should put forward demands to terrorists, not the other way around - President of Ukraine in Global Citizen').occasion).toMatchObject({ kind: 'address', names: ['citizen', 'global'] });
    expect(said('Special funds are being formed for the reconstruction of the country - Volodymyr Zelenskyy').occasion).toMatchObject({ kind: 'address', names: [] });
  });
});

describe('storyDoc: a joint document', () => {
  const text = 'The Presidents of Ukraine, Lithuania and Poland acknowledged the importance of the date. Kyiv hosts the secretariat.';
  const mention = (words: string, code: string, kind: ActorMention['kind']): ActorMention => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, tokens: [0, 1], actorId: code, name: words, code, kind, reasons: [], why: 'test' };
  };
  const doc = (title: string) =>
    makeDoc({ text, meta: { title, date: '2021-12-20', source: 'president.gov.ua' }, layers: { sentences: [], actors: [mention('Ukraine', 'UKR', 'country'), mention('Lithuania', 'LTU', 'country'), mention('Poland', 'POL', 'country'), mention('Kyiv', 'UKR', 'capital')] } });

  it('takes the parties its title names when the text names no meeting', () => {
    expect(storyDoc(doc('Joint statement by the President of Ukraine, the President of the Republic of Lithuania and the President of the Republic of Poland'))).toMatchObject({ joint: true, parties: ['LTU', 'POL', 'UKR'] });
  });

  it('takes the parties its title names over a meeting the text names with others present', () => {
    const joint = doc('Joint statement by the President of Ukraine, the President of the Republic of Lithuania and the President of the Republic of Poland');
    // The text's meeting as the discourse layer reads it: Ukraine and Belarus.
    const members = [mention('Ukraine', 'UKR', 'country'), { ...mention('Kyiv', 'BLR', 'country'), actorId: 'BLR', name: 'Belarus' }];
    const participants = { members, sent: 0, reason: { rule: 'test' } };
    const item = storyDoc({ ...joint, layers: { ...joint.layers, discourse: { mentions: [], participants } } });
    expect(item.parties).toEqual(['LTU', 'POL', 'UKR']);
  });

  it('is a title that opens with its name, not one that mentions such a document', () => {
    const item = storyDoc(doc('Advisers of Ukraine, Lithuania and Poland agreed on a joint statement'));
    expect(item.joint).toBeUndefined();
    expect(item.parties).toEqual([]);
  });
});

describe('storyDoc: the sides a title names', () => {
  const text = 'Vladimir Putin met President of Turkmenistan Serdar Berdimuhamedov. Moscow hosts the talks.';
  const mention = (words: string, code: string, kind: ActorMention['kind'], actorId = code): ActorMention => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, tokens: [0, 1], actorId, name: words, code, kind, reasons: [], why: 'test' };
  };
  const actors = [mention('Vladimir Putin', 'RUS', 'person', 'vladimir-putin'), mention('Turkmenistan', 'TKM', 'country'), mention('Serdar Berdimuhamedov', 'TKM', 'person', 'local:1'), mention('Moscow', 'RUS', 'capital')];
  const doc = (title: string) =>
    makeDoc({ text, meta: { title, date: '2022-06-10', source: 'kremlin.ru' }, layers: { sentences: [], actors, discourse: { mentions: [], publisher: { site: 'kremlin.ru', code: 'RUS', office: 'president' } } } });

  it('are the countries and people of the body whose words the title has, less the publisher\'s own', () => {
    expect(storyDoc(doc('Russia‒Turkmenistan talks'))).toMatchObject({ titleParties: ['TKM'], titleActors: [] });
    expect(storyDoc(doc('Vladimir Putin presented the Order of Friendship to Serdar Berdimuhamedov in Moscow'))).toMatchObject({ titleParties: ['TKM'], titleActors: ['TKM:~berdimuhamedov'] });
  });
});

describe('storyDoc: the people a title names whom the body names too', () => {
  const text = 'President Biden and President Macron spoke to reporters. Paris hosts the meeting.';
  const person = (words: string, code: string, actorId: string): ActorMention => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, tokens: [0, 1], actorId, name: words, code, kind: 'person', reasons: [], why: 'test' };
  };
  const doc = (title: string, actors: ActorMention[]) => makeDoc({ text, meta: { title, date: '2022-12-01', source: 'whitehouse.gov' }, layers: { sentences: [], actors } });
  const both = [person('Biden', 'USA', 'joe-biden'), person('Macron', 'FRA', 'emmanuel-macron')];

  it('are the parties when two of them are named in both', () => {
    expect(storyDoc(doc('Remarks by President Biden and President Macron Before Bilateral Meeting', both))).toMatchObject({ parties: ['FRA', 'USA'], people: ['FRA:emmanuel-macron', 'USA:joe-biden'] });
  });

  it('are none when the body names no person, whatever the title names', () => {
    expect(storyDoc(doc('Remarks by President Biden and President Macron Before Bilateral Meeting', []))).toMatchObject({ parties: [], people: [] });
  });

  it('are none when the title names none of the body\'s people', () => {
    expect(storyDoc(doc('Remarks Before Bilateral Meeting', both))).toMatchObject({ parties: [], people: [] });
  });
});
