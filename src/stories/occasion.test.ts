import { describe, expect, it } from 'vitest';
import { makeDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import type { ActorMention } from '../stages/actors/types.js';
import { loadTitleWords } from './features.js';
import { occasionOf, parseOccasionNouns, transcriptKinds } from './occasion.js';

/** An item of president.gov.ua: its body split into sentences at full stops, and the actor mentions given. */
function item(text: string, actors: { words: string; code: string; kind?: ActorMention['kind'] }[] = []) {
  const sentences = [...text.matchAll(/[^.]+\.?/g)].map((m) => ({ start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].length }));
  const mentions = actors.map((a): ActorMention => {
    const start = text.indexOf(a.words);
    return { start, end: start + a.words.length, tokens: [0, 1], actorId: a.words, name: a.words, code: a.code, ...(a.kind ? { kind: a.kind } : {}), reasons: [], why: 'test' };
  });
  return makeDoc({ text, layers: { sentences, actors: mentions, discourse: { mentions: [], publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' } } } });
}

const NONE = new Set<string>();

describe('occasionOf', () => {
  it.each([
    ['an interview, from the sentence that attributes the item', 'Ukraine must count on its army. This was stated by President Volodymyr Zelenskyy in an interview for 1 + 1 TV channel.', { kind: 'interview', names: ['1', 'tv'] }],
    ['a press marathon with a quoted name', 'Reforms are under way. He stated this during a press marathon "30 questions to the President".', { kind: 'press', names: ['30'] }],
    ['talks named by an opening phrase', 'Following Russian-Greek talks, the two leaders made statements.', { kind: 'talks', names: [] }],
    ['an occasion whose determiner is not counted among its modifiers', 'Weapons must come faster. This was stated by President Volodymyr Zelenskyy during an online press conference for Danish media.', { kind: 'conference', names: ['danish'] }],
    ['a conversation with an audience', 'Several thousand of our people are in captivity. This was stated by President Volodymyr Zelenskyy during an online conversation at the Ukrainian House in Davos.', { kind: 'conversation', names: ['davos', 'house', 'ukrainian'] }],
    ['a meeting that names no one, by its words', 'Russia must take concrete steps. This was stated by President Volodymyr Zelenskyy at a meeting with representatives of foreign media.', { kind: 'talks', names: ['media', 'representatives'] }],
    ['a meeting that says nothing of which', 'Russia must take concrete steps. This was stated by President Volodymyr Zelenskyy during the meeting.', { kind: 'talks', names: [] }],
    ['a briefing whose topic is not its name', 'Sanctions will be lifted. This was announced during a briefing about Sanctions Policy.', { kind: 'briefing', names: [] }],
    ['a gathering by its own name, however long, with its speaker', 'Ukraine expects the status. This was stated by Andriy Yermak during his online participation in the GLOBSEC International Security Forum.', { kind: 'forum', names: ['globsec', 'international'], gathering: true, speakers: ['andriy', 'yermak'] }],
    ['a gathering named before and after its noun', 'Russia must pay. This was stated by the President at the opening of the ISPI Global Policy Forum (Milan, Italy).', { kind: 'forum', names: ['global', 'ispi', 'italy', 'milan', 'policy'], gathering: true }],
  ])('reads %s', (_, text, expected) => {
    expect(occasionOf(item(text), null, loadTitleWords(), NONE)).toMatchObject(expected);
  });

  it('names a meeting in the publisher\'s own capital by its words, as one that names no place', () => {
    const text = 'Russia must take concrete steps. This was stated by President Volodymyr Zelenskyy at a meeting with representatives of foreign media in Kyiv.';
    const start = text.indexOf('Kyiv');
    const kyiv = { start, end: start + 4, name: 'Kyiv', country: 'UKR', kind: 'capital' as const, confidence: 1, reasons: [], why: 'test' };
    const doc = item(text);
    expect(occasionOf({ ...doc, layers: { ...doc.layers, places: [kyiv] } }, null, loadTitleWords(), NONE)).toMatchObject({ kind: 'talks', names: ['media', 'representatives'] });
    expect(occasionOf({ ...doc, layers: { ...doc.layers, places: [{ ...kyiv, country: 'POL' }] } }, null, loadTitleWords(), NONE)).toMatchObject({ kind: 'talks', names: ['kyiv'] });
  });

  it('gives remarks following unnamed talks the parties of the meeting the item reports', () => {
    const doc = item('The talks were meaningful, the President said during a meeting with media representatives following the talks.', [{ words: 'President', code: 'UKR', kind: 'person' }]);
    const members = [{ ...doc.layers.actors[0], code: 'BGR', actorId: 'kiril-petkov', name: 'Kiril Petkov' }, doc.layers.actors[0]];
    const withMeeting = { ...doc, layers: { ...doc.layers, discourse: { ...doc.layers.discourse, participants: { members, sent: 0, reason: { rule: 'test' } } } } };
    expect(occasionOf(withMeeting, null, loadTitleWords(), NONE)).toMatchObject({ kind: 'talks', parties: ['BGR'] });
    expect(occasionOf(doc, null, loadTitleWords(), NONE)).toMatchObject({ kind: 'talks', parties: [] });
  });

  it('reads past a long quote\'s sentences to the attribution after them', () => {
    const text = '"We will win. We will rebuild. We will return. Every city. Every village. Every home. Every street," the President said during a conversation with students of Canadian universities.';
    const doc = item(text);
    const quote = { start: 1, end: text.indexOf('street') + 6, kind: 'direct' as const, sent: 0, closed: true, reasons: [], why: 'test' };
    expect(occasionOf(doc, null, loadTitleWords(), NONE)).toBeNull();
    expect(occasionOf({ ...doc, layers: { ...doc.layers, quotes: [quote] } }, null, loadTitleWords(), NONE)).toMatchObject({ kind: 'conversation', names: ['canadian'] });
  });

  it('reads nothing from a sentence that neither attributes nor opens with the occasion', () => {
    expect(occasionOf(item('The talks in Kyiv lasted three hours. Prices rose.'), null, loadTitleWords(), NONE)).toBeNull();
  });

  it('prefers the title, naming the occasion by its modifiers when nothing follows its noun', () => {
    const doc = item('Vladimir Putin held talks in Beijing.');
    expect(occasionOf(doc, 'Russian-Chinese talks', loadTitleWords(), new Set(['russian']))).toEqual({ kind: 'talks', inTitle: true, names: ['chinese'], hosts: [], parties: [] });
  });

  it('passes over a future occasion in the title to the item\'s own', () => {
    const title = 'In Paris, political advisers agreed on a joint communiqué and the next meeting in Berlin';
    expect(occasionOf(item('The advisers met in Paris.'), title, loadTitleWords(), NONE)).toBeNull();
    expect(occasionOf(item('He spoke.'), 'Ahead of the upcoming summit, the President held talks with Olaf Scholz', loadTitleWords(), NONE)).toMatchObject({ kind: 'talks', names: ['olaf', 'scholz'] });
  });

  it('reads no host from a title\'s opening "Regarding"', () => {
    expect(occasionOf(item('They met.'), 'Regarding the meeting of advisers to the leaders of the Normandy format countries', loadTitleWords(), NONE)).toMatchObject({ kind: 'talks', hosts: [], names: ['normandy'] });
  });

  it('reads the speaker of a title that opens with its occasion, after its "by"', () => {
    const title = 'Speech by Head of the Office of the President of Ukraine Andriy Yermak at the Securing Europe panel in the framework of the World Economic Forum in Davos';
    expect(occasionOf(item('He spoke.'), title, loadTitleWords(), new Set(['ukraine']))).toMatchObject({ kind: 'speech', speakers: ['andriy', 'office', 'ukraine', 'yermak'] });
  });

  it('tells the host of a meeting from its counterpart, keeping the publisher\'s own people as hosts', () => {
    const title = 'Readout of National Security Advisor Jake Sullivan’s Meeting with the Prime Minister of Iraq Mohammed Shia al-Sudani';
    expect(occasionOf(item('They met.'), title, loadTitleWords(), new Set(['jake', 'sullivan']))).toMatchObject({ hosts: ['jake', 'sullivan'], names: ['iraq', 'mohammed', 'shia', 'sudani'] });
  });

  it('gives the parties the actors layer finds in the phrase, less the publisher\'s', () => {
    const doc = item('This was stated by the President following the talks with Olaf Scholz in Kyiv.', [{ words: 'Olaf Scholz', code: 'DEU', kind: 'person' }, { words: 'Kyiv', code: 'UKR', kind: 'capital' }]);
    expect(occasionOf(doc, null, loadTitleWords(), NONE)).toMatchObject({ kind: 'talks', names: ['kyiv', 'olaf', 'scholz'], parties: ['DEU'] });
  });

  it('reads which kinds are titled by their transcript', () => {
    expect(parseOccasionNouns('address\taddress\ttranscript\nforum\tforum\tnamed\n', 'occasions.tsv').get('address')).toEqual({ kind: 'address', named: false, transcript: true });
    expect(transcriptKinds(parseOccasionNouns('address\taddress\ttranscript\ntalks\ttalks\n', 'occasions.tsv'))).toEqual(new Set(['address']));
  });

  it('rejects a malformed occasion list with a coded error naming the line', () => {
    expect(() => parseOccasionNouns('talks\ttalks\nBad Noun\ttalks\n', 'occasions.tsv')).toThrow(DyadError);
    expect(() => parseOccasionNouns('talks\ttalks\nBad Noun\ttalks\n', 'occasions.tsv')).toThrow(/line 2/);
  });
});
