import { describe, expect, it } from 'vitest';
import { readout } from '../../test/support/test-readouts.js';
import { DyadError } from '../core/errors.js';
import { parseKinds, storyDoc, type StoryDoc } from './features.js';
import type { Occasion } from './occasion.js';
import { bandKeys, exactHash, minhash, shingles, similarity, words } from './fingerprint.js';
import { transcriptFilter } from './transcript.js';
import { linkOf, lookupKeys, ownKeys } from './link.js';

const PUTIN = { words: 'Putin', id: 'vladimir-putin', code: 'RUS' };
const BIDEN = { words: 'Biden', id: 'joe-biden', code: 'USA' };
const HARRIS = { words: 'Harris', id: 'kamala-harris', code: 'USA' };
const MACRON = { words: 'Macron', id: 'emmanuel-macron', code: 'FRA' };
const ZELENSKY = { words: 'Zelensky', id: 'volodymyr-zelensky', code: 'UKR' };

const LONG = 'The leaders discussed the security situation in Europe, energy prices and the grain corridor, and agreed to stay in contact. ';

describe('fingerprints', () => {
  it('ignore case, punctuation and spacing, and estimate shingle overlap', () => {
    const a = words('Oil prices ROSE sharply, traders said.');
    expect(exactHash(a)).toBe(exactHash(words('oil prices rose sharply traders said')));
    const text = LONG.repeat(3);
    const edited = text.replace('grain corridor', 'wheat corridor');
    expect(similarity(minhash(words(text)), minhash(words(text)))).toBe(1);
    expect(similarity(minhash(words(text)), minhash(words(edited)))).toBeGreaterThan(0.5);
    expect(similarity(minhash(words(text)), minhash(words('Something else entirely happened at the central bank on Monday morning.')))).toBeLessThan(0.2);
    expect(bandKeys(minhash(words(text)))).toHaveLength(16);
    expect(minhash([])).toEqual([]);
  });
});

describe('linkOf', () => {
  const call = (id: string, text: string, date: string, source: string, parties = [PUTIN, MACRON], title?: string) =>
    storyDoc(readout({ id, text, date, source, parties, ...(title ? { title } : {}) }));

  it('links copies of one text within a week, and not a copy reposted weeks later', () => {
    const text = `Wheat exports rose. ${LONG}`;
    expect(linkOf(call('a', text, '2022-01-01', 'x', []), call('b', text, '2022-01-03', 'y', []))).toBe('exact');
    expect(linkOf(call('a', text, '2022-01-01', 'x', []), call('b', text, '2022-01-20', 'y', []))).toBeNull();
  });

  it('keeps templates filled for two events apart (their titles name different things)', () => {
    const a = call('a', `Congratulations to the 126th Brigade. ${LONG}`, '2022-03-28', 'k', [], 'Congratulations to the 126th Brigade');
    const b = call('b', `Congratulations to the 155th Brigade. ${LONG}`, '2022-03-28', 'k', [], 'Congratulations to the 155th Brigade');
    expect(linkOf(a, b)).toBeNull();
  });

  it('keeps a template refilled on another day apart, and links a resent story with its figures', () => {
    const fed = (amount: string, rate: string) =>
      `The Federal Reserve entered the U.S. Government securities market to arrange ${amount} billion dlrs of customer repurchase agreements, a Fed spokesman said. Dealers said Federal funds were trading at ${rate} pct when the Fed began its temporary and indirect supply of reserves to the banking system.`;
    const title = 'FED ADDS RESERVES VIA CUSTOMER REPURCHASES';
    const monday = call('a', fed('1.5', '6-3/16'), '1987-03-02', 'r', [], title);
    expect(linkOf(monday, call('b', fed('1.5', '6-1/4'), '1987-03-03', 'r', [], title))).toBeNull();
    expect(linkOf(monday, call('c', fed('1.5', '6-3/16').replace('Dealers said', 'Dealers noted'), '1987-03-03', 'r', [], title))).toBe('near');
    expect(linkOf(monday, call('d', fed('1.5', '6-1/4'), '1987-03-02', 'r', [], title))).toBe('near');
  });

  it('links readouts of one call from two sides whose titles each leave out their own leader', () => {
    const kremlin = call('k', 'Putin had a telephone conversation with Biden.', '2021-12-31', 'kremlin.ru', [PUTIN, BIDEN], 'Telephone conversation with US President Joseph Biden');
    const wh = call('w', 'Biden spoke by phone with Putin.', '2021-12-30', 'whitehouse.gov', [PUTIN, BIDEN], 'Statement by Press Secretary Jen Psaki on President Biden\'s Phone Call with President Vladimir Putin of Russia');
    expect(linkOf(kremlin, wh)).toBe('event');
  });

  it('links two sides\' readouts of one call a day apart, and not a call of other parties', () => {
    const kremlin = call('k', 'Putin had a telephone conversation with Macron.', '2022-02-21', 'kremlin.ru');
    const elysee = call('e', 'Macron spoke by phone with Putin about Ukraine.', '2022-02-20', 'elysee.fr');
    expect(linkOf(kremlin, elysee)).toBe('event');
    expect(linkOf(elysee, kremlin)).toBe('event');
    expect(linkOf(kremlin, call('w', 'Biden spoke by phone with Macron.', '2022-02-20', 'whitehouse.gov', [BIDEN, MACRON]))).toBeNull();
    expect(linkOf(kremlin, call('l', 'Putin had another telephone conversation with Macron on energy.', '2022-02-24', 'kremlin.ru'))).toBeNull();
  });

  it('compares reports by the day their leads give: a readout posted two days later of "yesterday"', () => {
    const kremlin = call('k', 'Putin had a telephone conversation with Macron.', '2022-02-20', 'kremlin.ru');
    const elysee = call('e', 'Yesterday, Macron spoke by phone with Putin about Ukraine.', '2022-02-22', 'elysee.fr');
    expect(linkOf(kremlin, elysee)).toBeNull();
    const dated = { ...elysee, eventDate: '2022-02-21' };
    expect(linkOf(kremlin, dated)).toBe('event');
    // The store finds it: the later report looks up the keys of its event's day.
    expect(lookupKeys(dated).some((k) => ownKeys(kremlin).includes(k))).toBe(true);
  });

  it('keeps apart two sites\' reports of a meeting when one site\'s own side is not among its parties', () => {
    const kremlin = { ...call('k', 'Putin held a meeting with Zelensky.', '2022-03-24', 'kremlin.ru', [PUTIN, ZELENSKY]), side: 'RUS' };
    const whitehouse = { ...call('w', 'Putin and Zelensky were the subject of a statement.', '2022-03-24', 'whitehouse.gov', [PUTIN, ZELENSKY]), side: 'USA' };
    expect(linkOf(kremlin, { ...whitehouse, side: undefined })).toBe('event');
    expect(linkOf(kremlin, whitehouse)).toBeNull();
  });

  it('keeps a call and a meeting of the same parties apart, and two people of one country meeting one guest', () => {
    const phone = call('a', 'Putin had a telephone conversation with Macron.', '2022-02-07', 'k');
    const talks = call('b', 'Putin held talks with Macron in the Kremlin.', '2022-02-07', 'k');
    expect(linkOf(phone, talks)).toBeNull();
    const biden = call('c', 'Biden met Zelensky at the White House.', '2023-12-12', 'w', [BIDEN, ZELENSKY]);
    const harris = call('d', 'Harris met Zelensky at the White House.', '2023-12-12', 'w', [HARRIS, ZELENSKY]);
    expect(linkOf(biden, harris)).toBeNull();
  });

  it('links an aide\'s briefing on a call with the other side\'s readout when its title names whose call it was', () => {
    const USHAKOV = { words: 'Ushakov', id: 'yury-ushakov', code: 'RUS' };
    const briefing = call('k', 'Ushakov briefed journalists on the call with Biden.', '2022-02-12', 'kremlin.ru', [USHAKOV, BIDEN], 'Briefing by Aide to the President Yury Ushakov following a telephone conversation between Vladimir Putin and Joseph Biden');
    const readout = call('w', 'Biden spoke by phone with Putin.', '2022-02-12', 'whitehouse.gov', [BIDEN, PUTIN], 'Readout of President Biden’s Call with President Vladimir Putin of Russia');
    expect(linkOf(briefing, readout)).toBeNull();
    expect(linkOf({ ...briefing, titlePeople: ['joe-biden', 'vladimir-putin', 'yury-ushakov'] }, readout)).toBe('event');
    // A title that names neither of the other's people keeps them apart: Harris's meeting is not Biden's.
    const biden = call('c', 'Biden met Zelensky at the White House.', '2023-12-12', 'w', [BIDEN, ZELENSKY]);
    const harris = { ...call('d', 'Harris met Zelensky at the White House.', '2023-12-12', 'w', [HARRIS, ZELENSKY]), titlePeople: ['kamala-harris', 'volodymyr-zelensky'] };
    expect(linkOf(biden, harris)).toBeNull();
  });

  it('never links an advance notice (in the title) with the event', () => {
    const notice = call('a', 'Putin and Macron will hold talks on Monday.', '2022-02-06', 'k', [PUTIN, MACRON], 'Putin will hold talks with Macron');
    const talks = call('b', 'Putin held talks with Macron in the Kremlin.', '2022-02-07', 'k', [PUTIN, MACRON], 'Talks with Macron');
    expect(linkOf(notice, talks)).toBeNull();
  });

  it('files every article under the keys its possible links look up', () => {
    const a = call('k', 'Putin had a telephone conversation with Macron.', '2022-02-21', 'kremlin.ru');
    const b = call('e', 'Macron spoke by phone with Putin about Ukraine.', '2022-02-20', 'elysee.fr');
    expect(lookupKeys(a).some((k) => ownKeys(b).includes(k))).toBe(true);
    expect(lookupKeys(b).some((k) => ownKeys(a).includes(k))).toBe(true);
  });
});

describe('linkOf: items of one occasion', () => {
  const base: StoryDoc = {
    document: 'a', input: 'a', source: 'president.gov.ua', title: null, date: '2021-12-10', hash: 'a', signature: [], parties: [], people: [], titleNames: [], kind: null, occasion: null,
  };
  const item = (id: string, occasion: Partial<Occasion>, more: Partial<StoryDoc> = {}): StoryDoc => ({
    ...base, document: id, input: id, hash: id, occasion: { kind: 'interview', inTitle: false, names: [], hosts: [], parties: [], ...occasion }, ...more,
  });

  it('links items of one site and day said at one occasion, its names meeting up to their endings', () => {
    expect(linkOf(item('a', { names: ['1', 'tv'] }), item('b', { names: ['1', 'tv'] }))).toBe('event');
    expect(linkOf(item('a', { kind: 'talks', names: ['greek'], inTitle: true }), item('b', { kind: 'talks', names: ['greece', 'kyriakos', 'mitsotakis'], inTitle: true }))).toBe('event');
    expect(linkOf(item('a', { kind: 'talks', parties: ['DEU'], names: ['kyiv'] }), item('b', { kind: 'talks', parties: ['DEU'], names: ['olaf', 'scholz'] }))).toBe('event');
    // Parties named at the occasion decide over the discourse layer's meeting parties, which may be
    // another subject's; a meeting that holds the occasion's parties is that occasion.
    expect(linkOf(item('a', { kind: 'talks', parties: ['EST'] }, { parties: ['EST', 'UKR'] }), item('b', { kind: 'talks', parties: ['EST'] }, { parties: ['RUS', 'UKR'] }))).toBe('event');
    expect(linkOf(item('a', { kind: 'talks', names: ['kyiv'], inTitle: true }, { parties: ['EST', 'UKR'] }), item('b', { kind: 'talks', names: ['karis', 'kyiv'], parties: ['EST'] }, { parties: ['RUS', 'UKR'] }))).toBe('event');
    // A quoted title's "will" makes no advance notice of an item that says where it was said.
    expect(linkOf(item('a', { names: ['1', 'tv'] }, { kind: 'announcement' }), item('b', { names: ['1', 'tv'] }))).toBe('event');
  });

  it.each([
    ['of two sites', item('a', {}), item('b', {}, { source: 'kremlin.ru' })],
    ['of two days', item('a', {}), item('b', {}, { date: '2021-12-11' })],
    ['of two kinds of occasion', item('a', {}), item('b', { kind: 'briefing' })],
    ['naming different counterparts', item('a', { kind: 'talks', names: ['iraq', 'mohammed', 'shia', 'sudani'] }), item('b', { kind: 'talks', names: ['barzani', 'iraq', 'kurdistan', 'masrour', 'region'] })],
    ['of different hosts', item('a', { kind: 'talks', names: ['lapid'], hosts: ['harris'] }), item('b', { kind: 'talks', names: ['lapid'], hosts: ['jake', 'sullivan'] })],
    ['of an unnamed meeting', item('a', { kind: 'talks' }), item('b', { kind: 'talks' })],
    ['of two titles of an unnamed address (morning and evening)', item('a', { kind: 'address', inTitle: true }), item('b', { kind: 'address', inTitle: true })],
    ['titled as calls', item('a', { inTitle: true, names: ['belarus'] }, { kind: 'call' }), item('b', { names: ['belarus'] }, { kind: 'call' })],
    ['titled as advance notices', item('a', { inTitle: true, names: ['india'] }, { kind: 'announcement' }), item('b', { inTitle: true, names: ['india'] })],
    ['of which different people speak', item('a', { kind: 'talks', names: ['7', 'g'], inTitle: true }, { speakers: ['miyazawa'] }), item('b', { kind: 'talks', names: ['7', 'g'], inTitle: true }, { speakers: ['commission', 'ec'] })],
    ['with conflicting meeting parties', item('a', {}, { parties: ['AZE', 'RUS'] }), item('b', {}, { parties: ['ARM', 'AZE', 'RUS'] })],
  ])('keeps items %s apart', (_, a, b) => {
    expect(linkOf(a, b)).toBeNull();
    expect(linkOf(b, a)).toBeNull();
  });

  it('links the talks and the press remarks after them, occasions of two kinds naming the same parties, and files them under one key', () => {
    const talks = item('a', { kind: 'talks', names: ['andrej', 'kyiv', 'plenković'], parties: ['HRV'] });
    const remarks = item('b', { kind: 'conversation', names: ['andrej', 'croatia', 'kyiv', 'plenković'], parties: ['HRV'] });
    expect(linkOf(talks, remarks)).toBe('event');
    expect(lookupKeys(remarks).some((k) => ownKeys(talks).includes(k))).toBe(true);
    expect(linkOf(talks, { ...remarks, occasion: { ...remarks.occasion!, parties: ['HRV', 'POL'] } })).toBeNull();
  });

  it('links a meeting with an item quoting what was said after it, whatever "will" its quoted title has', () => {
    const meeting: StoryDoc = { ...base, document: 'm', input: 'm', hash: 'm', parties: ['BGR', 'UKR'] };
    const quote = item('q', { kind: 'talks', names: ['bulgaria', 'kiril', 'petkov'], parties: ['BGR'] }, { kind: 'announcement', parties: ['BGR', 'UKR'] });
    expect(linkOf(meeting, quote)).toBe('event');
    expect(linkOf(meeting, { ...quote, occasion: { ...quote.occasion!, inTitle: true } })).toBeNull();
  });

  it('links a joint statement with the meeting of its signatories that day, whatever its title names', () => {
    const meeting: StoryDoc = { ...base, document: 'm', input: 'm', hash: 'm', parties: ['EST', 'UKR'], titleNames: ['estonia', 'kyiv', 'presidents'] };
    const statement: StoryDoc = { ...base, document: 's', input: 's', hash: 's', parties: ['EST', 'UKR'], titleNames: ['alar', 'estonia', 'karis', 'zelenskyy'], joint: true };
    expect(linkOf(meeting, statement)).toBe('event');
    expect(linkOf(meeting, { ...statement, joint: undefined })).toBeNull();
    expect(linkOf(meeting, { ...statement, parties: ['LTU', 'POL', 'UKR'] })).toBeNull();
  });

  it('keeps a statement titled with the site\'s principal apart from the meeting of another official of his side', () => {
    const site = { ...base, source: 'whitehouse.gov', principal: 'joe-biden', parties: ['MEX', 'USA'], titleNames: ['lopez', 'obrador'] };
    const statement: StoryDoc = { ...site, document: 's', input: 's', hash: 's', titlePeople: ['andres-manuel-lopez-obrador', 'joe-biden'] };
    const vice: StoryDoc = { ...site, document: 'v', input: 'v', hash: 'v', people: ['MEX:andres-manuel-lopez-obrador', 'USA:kamala-harris'] };
    const president: StoryDoc = { ...vice, document: 'p', input: 'p', hash: 'p', people: ['MEX:andres-manuel-lopez-obrador', 'USA:joe-biden'] };
    expect(linkOf(statement, vice)).toBeNull();
    expect(linkOf(vice, statement)).toBeNull();
    expect(linkOf(statement, president)).toBe('event');
    // A report naming no one of the principal's side leaves the meeting open.
    expect(linkOf(statement, { ...vice, people: ['MEX:andres-manuel-lopez-obrador'] })).toBe('event');
  });

  it('links remarks titled with the two leaders whom the body names to the readout of their meeting, and no other meeting', () => {
    const site = { ...base, source: 'whitehouse.gov', principal: 'joe-biden', parties: ['FRA', 'USA'] };
    const talks = (names: string[]) => ({ kind: 'talks', inTitle: true, hosts: [], names, parties: [] });
    const readoutItem: StoryDoc = { ...site, document: 'r', input: 'r', hash: 'r', people: ['FRA:emmanuel-macron', 'USA:joe-biden'], titleNames: ['emmanuel', 'france', 'macron'], occasion: talks(['emmanuel', 'france', 'macron']) };
    const remarks: StoryDoc = { ...site, document: 'k', input: 'k', hash: 'k', people: ['FRA:emmanuel-macron', 'USA:joe-biden'], titleNames: ['biden', 'french', 'macron'], occasion: talks([]), titledParties: true };
    expect(linkOf(readoutItem, remarks)).toBe('event');
    expect(linkOf(remarks, readoutItem)).toBe('event');
    // The same parties read from a meeting, not from the title, keep the unnamed occasion apart.
    expect(linkOf(readoutItem, { ...remarks, titledParties: undefined })).toBeNull();
    // The Vice President's meeting with him is another meeting.
    expect(linkOf({ ...readoutItem, people: ['FRA:emmanuel-macron', 'USA:kamala-harris'] }, remarks)).toBeNull();
  });

  it('issue-15: keeps Sullivan\'s two same-day meetings with Iraqi leaders apart though their parties are equal', () => {
    const title = (names: string[]) => ({ kind: 'talks', inTitle: true, hosts: ['jake', 'sullivan'], names });
    const a = item('a', title(['iraq', 'mohammed', 'shia', 'sudani']), { parties: ['CHE', 'IRQ'], titleNames: ['advisor', 'iraq', 'jake', 'mohammed', 'shia', 'sudani', 'sullivan'] });
    const b = item('b', title(['barzani', 'iraq', 'kurdistan', 'masrour', 'region']), { parties: ['CHE', 'IRQ'], titleNames: ['advisor', 'barzani', 'iraq', 'jake', 'kurdistan', 'masrour', 'region', 'sullivan'] });
    expect(linkOf(a, b)).toBeNull();
  });

  it('links one site\'s items of a meeting whose titles name its parties in other words, and not a party named by different people', () => {
    const site = { ...base, source: 'kremlin.ru', principal: 'vladimir-putin', parties: ['ARM', 'AZE', 'RUS'], people: ['ARM:nikol-pashinyan', 'AZE:ilham-aliyev', 'RUS:vladimir-putin'] };
    // "Meeting with Ilham Aliyev and Nikol Pashinyan", "Statements by leaders of Russia, Azerbaijan and Armenia following trilateral talks"
    const meeting: StoryDoc = { ...site, document: 'm', input: 'm', hash: 'm', titleNames: ['aliyev', 'ilham', 'nikol', 'pashinyan'], titleParties: ['ARM', 'AZE'], titleActors: ['ARM:nikol-pashinyan', 'AZE:ilham-aliyev'] };
    const statements: StoryDoc = { ...site, document: 's', input: 's', hash: 's', titleNames: ['armenia', 'azerbaijan', 'russia', 'statements'], titleParties: ['ARM', 'AZE'] };
    expect(linkOf(meeting, statements)).toBe('event');
    expect(linkOf(meeting, { ...statements, titleParties: ['AZE'] })).toBeNull();
    expect(linkOf(meeting, { ...statements, titleActors: ['AZE:~bayramov'] })).toBeNull();
  });

  it('links a speech given at a named gathering with an item said there by the same speaker, and files them under one key', () => {
    const forum = item('f', { kind: 'forum', gathering: true, names: ['global', 'ispi', 'italy', 'milan', 'policy'] });
    const speech = item('s', { kind: 'speech', inTitle: true, names: ['global', 'ispi', 'policy'] });
    expect(linkOf(forum, speech)).toBe('event');
    expect(lookupKeys(speech).some((k) => ownKeys(forum).includes(k))).toBe(true);
    // Another speaker at the gathering, a meeting on its sidelines, a gathering sharing one name.
    const yermak = { ...speech, principal: 'volodymyr-zelensky', occasion: { ...speech.occasion!, speakers: ['andriy', 'yermak'] } };
    expect(linkOf({ ...forum, principal: 'volodymyr-zelensky', occasion: { ...forum.occasion!, speakers: ['olena'] } }, yermak)).toBeNull();
    expect(linkOf({ ...forum, occasion: { ...forum.occasion!, speakers: ['yermak'] } }, yermak)).toBe('event');
    expect(linkOf(forum, { ...speech, occasion: { ...speech.occasion!, kind: 'talks' } })).toBeNull();
    expect(linkOf(forum, { ...speech, occasion: { ...speech.occasion!, names: ['ispi'] } })).toBeNull();
  });

  it('links one speaker\'s occasions of any kinds at one named place, and files them under one key', () => {
    const site = { principal: 'volodymyr-zelensky' };
    const speech = item('s', { kind: 'speech', inTitle: true, names: ['andriy', 'chatham', 'house', 'office', 'yermak'], speakers: ['andriy', 'office', 'yermak'] }, site);
    const meeting = item('m', { kind: 'talks', names: ['affairs', 'chatham', 'house', 'institute', 'international', 'royal', 'uk'], speakers: ['andriy', 'office', 'yermak'] }, site);
    expect(linkOf(speech, meeting)).toBe('event');
    expect(lookupKeys(meeting).some((k) => ownKeys(speech).includes(k))).toBe(true);
    // Another speaker there, one shared name of a place, a speaker not read, a wire.
    expect(linkOf(speech, { ...meeting, occasion: { ...meeting.occasion!, speakers: ['olena', 'zelenska'] } })).toBeNull();
    expect(linkOf(speech, { ...meeting, occasion: { ...meeting.occasion!, names: ['chatham', 'london'] } })).toBeNull();
    expect(linkOf(speech, { ...meeting, occasion: { ...meeting.occasion!, speakers: undefined } })).toBeNull();
    expect(linkOf({ ...speech, principal: undefined }, { ...meeting, principal: undefined })).toBeNull();
  });

  it('links an item with the address its quotes are in, the next morning too, and not with another address of the day', () => {
    const said = 'It is important for us that the sanctions packages are effective and substantial enough. We still have to fight, we have to be patient';
    const site = { principal: 'volodymyr-zelensky' };
    const evening = item('e', { kind: 'address', inTitle: true }, { ...site, transcript: transcriptFilter(words(`Today we have good news. ${said}. Glory to Ukraine.`)) });
    const other = item('o', { kind: 'address', inTitle: true }, { ...site, transcript: transcriptFilter(words('The audacity of the aggressor is a clear signal that sanctions against Russia are not enough.')) });
    const quote = item('q', { kind: 'address' }, { ...site, quoted: [...shingles(words(said))] });
    expect(linkOf(quote, evening)).toBe('event');
    expect(linkOf(quote, other)).toBeNull();
    const nextMorning = { ...quote, date: '2021-12-11' };
    expect(linkOf(nextMorning, evening)).toBe('event');
    expect(lookupKeys(nextMorning).some((k) => ownKeys(evening).includes(k))).toBe(true);
    expect(lookupKeys(evening).some((k) => ownKeys(nextMorning).includes(k))).toBe(true);
    // Without the words, the next morning's item is of its own day's occasions.
    expect(linkOf({ ...nextMorning, quoted: undefined }, evening)).toBeNull();
  });

  it('keeps apart two speakers\' items of one day\'s briefings, and links one whose speaker is not read', () => {
    const site = { principal: 'volodymyr-zelensky' };
    const president = item('p', { kind: 'briefing', names: ['office'], speakers: ['volodymyr', 'zelenskyy'] }, site);
    const adviser = item('a', { kind: 'briefing', names: ['office'], speakers: ['mykhailo', 'podolyak'] }, site);
    expect(linkOf(president, adviser)).toBeNull();
    expect(linkOf(president, { ...adviser, occasion: { ...adviser.occasion!, speakers: undefined } })).toBe('event');
    // A wire's title names its source there ("WHITE HOUSE SAYS …", "PRESIDENT SAYS …"), not a speaker at the occasion.
    expect(linkOf({ ...president, principal: undefined }, { ...adviser, principal: undefined })).toBe('event');
  });

  it('files an item with an occasion where the site\'s items of that day and kind look, whatever its own kind', () => {
    const a = item('a', {}, { kind: 'announcement' });
    expect(lookupKeys(item('b', {})).filter((k) => ownKeys(a).includes(k))).toEqual(['o:president.gov.ua:2021-12-10:interview']);
    expect(lookupKeys(a).filter((k) => ownKeys(item('b', {})).includes(k))).toEqual(['o:president.gov.ua:2021-12-10:interview']);
  });
});

describe('linkOf: a titled visit and the words said there', () => {
  const doc = (id: string, more: Partial<StoryDoc>): StoryDoc => ({
    document: id, input: id, source: 'president.gov.ua', title: null, date: '2022-06-16', hash: id, signature: [], parties: [], people: [], titleNames: [], kind: null, occasion: null, principal: 'volodymyr-zelensky', titleTopics: [], ...more,
  });
  const said = (names: string[], parties: string[], more: Partial<StoryDoc> = {}) => doc('s', { occasion: { kind: 'conversation', inTitle: false, names, hosts: [], parties }, ...more });
  // "Volodymyr Zelenskyy met with the leaders of Germany, France, Romania and Italy in Kyiv"
  const met = doc('m', { titleTopics: ['france', 'germany', 'italy', 'kyiv', 'romania'], parties: ['DEU', 'FRA', 'ITA', 'ROU', 'UKR'] });
  const remarks = said(['france', 'germany', 'italy', 'kyiv', 'romania'], ['DEU', 'FRA', 'ITA', 'ROU'], { parties: ['DEU', 'FRA', 'ITA', 'UKR'] });

  it('links an item titled with the visit and an item said at an occasion naming all the title names, and files them under one key', () => {
    expect(linkOf(met, remarks)).toBe('event');
    expect(linkOf(remarks, met)).toBe('event');
    expect(lookupKeys(remarks).some((k) => ownKeys(met).includes(k))).toBe(true);
  });

  it.each([
    ['an occasion missing a title name', said(['france', 'germany', 'kyiv'], [])],
    ['another day', { ...remarks, date: '2022-06-17' }],
    ['another site', { ...remarks, source: 'kremlin.ru' }],
    ['a call', { ...remarks, kind: 'call' }],
    ['conflicting meeting parties', said(['france', 'germany', 'italy', 'kyiv', 'romania'], [], { parties: ['POL', 'UKR'] })],
    ['an occasion in the title', said(['france', 'germany', 'italy', 'kyiv', 'romania'], [], { occasion: { kind: 'talks', inTitle: true, names: ['france', 'germany', 'italy', 'kyiv', 'romania'], hosts: [], parties: [] } })],
  ])('keeps it apart from %s', (_, other) => {
    expect(linkOf(met, other)).toBeNull();
  });
});

describe('linkOf: one contact reported by each principal\'s site', () => {
  const doc = (id: string, source: string, date: string, principal: string, titlePeople: string[], more: Partial<StoryDoc> = {}): StoryDoc => ({
    document: id, input: id, source, title: null, date, hash: id, signature: [], parties: [], people: [], titleNames: [], kind: 'call', occasion: null, principal, titlePeople, ...more,
  });
  // The Kremlin's briefing on the call names Biden; the White House's background call names Putin and has no parties.
  const kremlin = doc('k', 'kremlin.ru', '2022-02-12', 'vladimir-putin', ['joe-biden', 'vladimir-putin', 'yury-ushakov'], { parties: ['RUS', 'USA'] });
  const wh = doc('w', 'whitehouse.gov', '2022-02-12', 'joe-biden', ['vladimir-putin']);

  it('links two sites\' items whose titles each name the other site\'s principal, a day apart at most, and files them under one key', () => {
    expect(linkOf(kremlin, wh)).toBe('event');
    expect(linkOf({ ...wh, date: '2022-02-11' }, kremlin)).toBe('event');
    expect(lookupKeys(kremlin).some((k) => ownKeys(wh).includes(k))).toBe(true);
    expect(lookupKeys(wh).some((k) => ownKeys(kremlin).includes(k))).toBe(true);
  });

  it('keeps apart the same leaders two days apart, another leader\'s call, a call and a meeting, one site, and conflicting parties', () => {
    expect(linkOf(kremlin, { ...wh, date: '2022-02-14' })).toBeNull();
    expect(linkOf({ ...kremlin, titlePeople: ['emmanuel-macron'], parties: ['FRA', 'RUS'] }, wh)).toBeNull();
    expect(linkOf(kremlin, { ...wh, kind: null })).toBeNull();
    expect(linkOf(kremlin, { ...wh, source: 'kremlin.ru', principal: 'vladimir-putin', titlePeople: ['joe-biden'] })).toBeNull();
    expect(linkOf(kremlin, { ...wh, parties: ['UKR', 'USA'] })).toBeNull();
    expect(linkOf(kremlin, { ...wh, kind: 'announcement' })).toBeNull();
  });
});

describe('linkOf: one summit reported by two principals\' sites', () => {
  const titled = (id: string, source: string, date: string, principal: string, kind: string, names: string[]): StoryDoc => ({
    document: id, input: id, source, title: null, date, hash: id, signature: [], parties: [], people: [], titleNames: [], kind: null, principal, titlePeople: [],
    occasion: { kind, inTitle: true, names, hosts: [], parties: [] },
  });
  const kremlin = titled('k', 'kremlin.ru', '2021-11-12', 'vladimir-putin', 'summit', ['apec']);
  const wh = titled('w', 'whitehouse.gov', '2021-11-12', 'joe-biden', 'talks', ['apec', 'virtual']);

  it('links a summit and the other site\'s meeting of the same name, a day apart at most, and files them under one key', () => {
    expect(linkOf(kremlin, wh)).toBe('event');
    expect(linkOf(wh, { ...kremlin, date: '2021-11-13' })).toBe('event');
    expect(lookupKeys(kremlin).some((k) => ownKeys(wh).includes(k))).toBe(true);
    expect(lookupKeys(wh).some((k) => ownKeys(kremlin).includes(k))).toBe(true);
  });

  it('keeps apart two meetings, another name, two days apart, and one site\'s items', () => {
    expect(linkOf({ ...kremlin, occasion: { ...kremlin.occasion!, kind: 'talks' } }, wh)).toBeNull();
    expect(linkOf({ ...kremlin, occasion: { ...kremlin.occasion!, names: ['g20'] } }, wh)).toBeNull();
    expect(linkOf({ ...kremlin, date: '2021-11-14' }, wh)).toBeNull();
    expect(linkOf({ ...kremlin, kind: 'announcement' }, wh)).toBeNull();
    expect(linkOf(kremlin, { ...wh, source: 'kremlin.ru', principal: 'vladimir-putin' })).toBeNull();
  });
});

describe('kinds.tsv', () => {
  it('rejects a malformed line with a coded error naming the file and line', () => {
    expect(() => parseKinds('# c\ntelephone\tcall\tlead\nphone call\n', 'kinds.tsv')).toThrow(DyadError);
    expect(() => parseKinds('phone\tcall\teverywhere\n', 'kinds.tsv')).toThrow(/E170.*kinds\.tsv.*line 1/);
  });
});
