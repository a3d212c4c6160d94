import { describe, expect, it } from 'vitest';
import { reason } from '../../lang/reason.js';
import { readoutActors, readoutCounterparts } from './implicit.js';
import { holdsAt } from './participants.js';
import { loadAddressWords } from './second-person.js';
import { inSpeech, isSpeechTitle } from './speeches.js';

const words = loadAddressWords(new Set(['on', 'about']));
const member = (code: string) => ({ start: 0, end: 1, tokens: [0, 1] as const, actorId: code, name: code, code, sector: 'GOV', reasons: [], why: 'test' });
/** No sentences parsed: the passage runs its full length. */
const unparsed = { sents: [], deps: [], mentionAt: [] };
const meeting = { members: [member('UKR'), member('VAT')], sent: 3, reason: reason('test') };

describe('isSpeechTitle', () => {
  it.each([
    'The G7, NATO and EU summits, new sanctions packages and new assistance take place this week - address by the President of Ukraine',
    'Address by President of Ukraine Volodymyr Zelenskyy to the Italian Chamber of Deputies',
    'Video address to participants in forum on forests and land use within UN Climate Change Conference framework',
    'Speech by President Volodymyr Zelenskyy at the High-Level International Donors\' Conference in Support of Ukraine in Warsaw',
  ])('reads "%s" as a speech', (title) => {
    expect(isSpeechTitle(title, words)).toBe(true);
  });

  it.each([
    'Readout of the White House Task Force to Address Online Harassment and Abuse Launch',
    'Telephone conversation with President of France Emmanuel Macron',
    'Volodymyr Zelenskyy addressed the participants of the forum',
    undefined,
  ])('reads "%s" as no speech (a verb "to Address", a readout, no title)', (title) => {
    expect(isSpeechTitle(title, words)).toBe(false);
  });
});

describe('inSpeech', () => {
  it('holds a call a speech tells of to its own sentence and the next four', () => {
    const held = inSpeech(unparsed, meeting, 'Thanks to our defenders - address by President Volodymyr Zelenskyy', words);
    expect(held?.lastSent).toBe(7);
    expect([2, 3, 5, 7, 8, 20].map((sent) => holdsAt(held!, sent))).toEqual([false, true, true, true, false, false]);
  });

  it('leaves a readout\'s meeting holding to the article\'s end, and no meeting none', () => {
    const readout = inSpeech(unparsed, meeting, 'Meeting with Pope Francis', words);
    expect(readout?.lastSent).toBeUndefined();
    expect(holdsAt(readout!, 40)).toBe(true);
    expect(inSpeech(unparsed, undefined, 'Address by the President', words)).toBeUndefined();
  });

  it('gives no counterpart recipient and no implicit actors past the passage (issue-12: "I appreciate your hospitality" is no thanks to the Pope)', () => {
    const layer = { mentions: [], publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' }, participants: inSpeech(unparsed, meeting, 'Address by President of Ukraine Volodymyr Zelenskyy to the Italian Chamber of Deputies', words) };
    expect(readoutCounterparts(layer, 4, 'SUPPORT', [{ code: 'UKR' }])?.recipients.map((m) => m.code)).toEqual(['VAT']);
    expect(readoutCounterparts(layer, 12, 'SUPPORT', [{ code: 'UKR' }])).toBeUndefined();
    expect(readoutActors(layer, 4, 'AGREE', 'subjectless')?.actors.map((m) => m.code)).toEqual(['UKR', 'VAT']);
    expect(readoutActors(layer, 12, 'AGREE', 'subjectless')).toBeUndefined();
  });
});
