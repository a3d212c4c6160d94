import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';
import { makeDoc } from '../../core/document.js';
import type { Entity } from '../entities/types.js';
import type { PosTag } from '../pos/types.js';
import { tokenize } from '../tokens/tokenize.js';
import { actors } from './index.js';
import type { ActorMention } from './types.js';

function find(result: { text: string; mentions: ActorMention[] }, words: string): ActorMention | undefined {
  return result.mentions.find((m) => result.text.slice(m.start, m.end).includes(words));
}

describe('actors stage', () => {
  it.each([
    ['Putin spoke by phone.', '2020-06-26', 'Putin', 'RUS', 'GOV'],
    ['Merkel arrived in Paris.', '2019-03-01', 'Merkel', 'DEU', 'GOV'],
    ['Chancellor Olaf Scholz spoke.', '2023-03-01', 'Olaf Scholz', 'DEU', 'GOV'],
    ['Gorbachev said the talks went well.', '1987-05-01', 'Gorbachev', 'SUN', 'GOV'],
    ['Moscow said the talks went well.', '1987-05-01', 'Moscow', 'SUN', 'GOV'],
    ['Moscow said the talks went well.', '2020-06-26', 'Moscow', 'RUS', 'GOV'],
    ['The Kremlin said nothing.', '2020-06-26', 'Kremlin', 'RUS', 'GOV'],
    ['The Kremlin said nothing.', '1987-06-19', 'Kremlin', 'SUN', 'GOV'],
    ['Bonn said nothing.', '1987-03-17', 'Bonn', 'DEU', 'GOV'],
    ['The Bundesbank urged Bonn to cut taxes.', '1987-04-13', 'Bundesbank', 'DEU', 'GOV'],
    ['Foreign Minister Hans-Dietrich Genscher arrived.', '1987-03-17', 'Genscher', 'DEU', 'GOV'],
    ['Eduard Shevardnadze arrived.', '1987-04-13', 'Shevardnadze', 'SUN', 'GOV'],
    ['The White House said nothing.', '2022-01-10', 'White House', 'USA', 'GOV'],
    ['Syrian rebels attacked the town.', '2015-01-01', 'Syrian rebels', 'SYR', 'REB'],
    ['The U.S. Senate voted.', '2015-01-01', 'Senate', 'USA', 'LEG'],
    ['The United Nations Security Council met.', '2020-01-01', 'Security Council', 'IGO', 'UNO'],
    ['NATO warned Russia.', '2020-01-01', 'NATO', 'IGO', 'NATO'],
    ['The G-7 urged Japan to cut rates.', '1987-04-08', 'G-7', 'IGO', 'G7'],
    ['The Group of 77 met.', '1987-04-08', 'Group of 77', 'IGO', 'G77'],
    ['Egyptian police arrested him.', '2015-01-01', 'police', 'EGY', 'COP'],
    ['The Soviet Union protested.', '1987-06-19', 'Soviet Union', 'SUN', undefined],
    ['Biden met Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar. The President thanked the Amir.', '2023-12-01', 'the Amir', 'QAT', 'GOV'],
    ['Biden spoke with Emir Nawaf of Kuwait.', '2022-06-01', 'Emir Nawaf of Kuwait', 'KWT', 'GOV'],
    ['Biden called President-elect Claudia Sheinbaum of Mexico today.', '2024-06-03', 'Claudia Sheinbaum', 'MEX', 'GOV'],
    ['Mr. Sullivan and the Crown Prince-Prime Minister pledged to stay in contact.', '2023-09-13', 'Crown Prince', undefined, 'GOV'],
    ['Rafael Mariano Grossi arrived in Kyiv.', '2022-06-01', 'Rafael Mariano Grossi', 'IGO', 'UNO'],
    ['Moussa Faki Mahamat arrived.', '2022-06-01', 'Moussa Faki Mahamat', 'IGO', 'AFU'],
    ['Secretaries Walsh and Buttigieg discussed the plan.', '2022-01-10', 'Walsh', 'USA', 'GOV'],
    ['Tamil civilian refugees fled.', '2000-01-01', 'refugees', 'LKA', 'REF'],
    ['Biden reaffirmed the ties between the United States and Oman and thanked Sultan Haitham for the truce in Yemen.', '2023-05-01', 'Sultan Haitham', 'OMN', 'GOV'],
    ['The army handed power to Haiti’s civilian government.', '1987-06-01', 'civilian government', 'HTI', 'GOV'],
    ['The committee met finance minister Jaime Ongpin in New York.', '1987-03-09', 'Ongpin', 'PHL', 'GOV'],
    ['Agriculture Minister Michael Jopling said so.', '1987-03-09', 'Jopling', 'GBR', 'GOV'],
    ['Prime Minister Albin Kurti of Kosovo spoke.', '2023-06-02', 'Kurti', 'XKX', 'GOV'],
    ['Kosovar police left.', '2023-06-02', 'police', 'XKX', 'COP'],
    ['He raised concerns over the PRC’s support for Russia.', '2024-04-02', 'PRC', 'CHN', 'GOV'],
    ['Iraqi jets attacked Kharg Island.', '1987-05-01', 'Island', undefined, undefined],
    ['Iceland agreed.', '2022-01-01', 'Iceland', 'ISL', undefined],
    ['All four leaders - Mr. Draghi, Mr. Iohannis, Mr. Macron and Mr. Scholz - support it.', '2022-06-16', 'Iohannis', 'ROU', 'GOV'],
  ])('%s (%s): "%s" is %s %s', (text, date, words, code, sector) => {
    const m = find(run(text, date), words);
    expect([m?.code, m?.sector]).toEqual([code, sector]);
  });

  it('reads one word of a name given before as that person, not a namesake out of office ("President Hassan")', () => {
    const result = run('Sullivan hosted President Hassan Sheikh Mohamud. President Hassan thanked him.', '2022-09-15');
    const later = result.mentions.filter((m) => result.text.slice(m.start, m.end).startsWith('President Hassan'));
    expect(later.map((m) => [m.code, m.sector])).toEqual([['SOM', 'GOV'], ['SOM', 'GOV']]);
  });

  it('reads "Amir-Abdollahian" as a name, not the title "Amir"', () => {
    const result = run('Hossein Amir-Abdollahian met Amir-Abdollahian’s deputy.', '2023-12-01');
    expect(result.mentions.some((m) => result.text.slice(m.start, m.end) === 'Amir' && m.sector === 'GOV')).toBe(false);
  });

  it('reads a titled name the knowledge base lacks after "of <country>" as one person of that country', () => {
    const result = run('Federal Chancellor of Austria Karl Nehammer said so.', '2022-04-09');
    expect(find(result, 'Nehammer')).toMatchObject({ code: 'AUT', kind: 'person' });
    expect(result.text.slice(find(result, 'Nehammer')?.start, find(result, 'Nehammer')?.end)).toBe('Chancellor of Austria Karl Nehammer');
  });

  it('gives a person named by the NER stage the country after "of"', () => {
    const result = run('Biden welcomed Edmundo Gonzalez Urrutia of Venezuela.', '2025-01-06', ['Edmundo Gonzalez Urrutia']);
    expect(find(result, 'Urrutia')).toMatchObject({ code: 'VEN', kind: 'person' });
  });

  it('finds a person again by any part of the name under a title, and ends a phrase at a full stop', () => {
    const result = run('Biden spoke with Abiy Ahmed. Biden commended Prime Minister Abiy. The Russian invasion. Volodymyr Zelenskyy spoke.', '2022-01-10');
    expect(find(result, 'Minister Abiy')).toMatchObject({ code: 'ETH', actorId: find(result, 'Abiy Ahmed')?.actorId });
    expect(find(result, 'Zelenskyy')?.start).toBe(result.text.indexOf('Volodymyr'));
  });

  it('reads "the West" as a region, not a town', () => {
    expect(find(run('The collective West ignores it.', '2022-03-04'), 'West')).toBeUndefined();
  });

  it('codes a person out of office on the day as a former official (ELI)', () => {
    expect(find(run('Biden met reporters.', '2026-01-01'), 'Biden')?.sector).toBe('ELI');
  });

  it.each([
    ['The Russian leader spoke.', '2020-06-26', 'vladimir-putin'],
    ['The Russian leader spoke.', '2010-06-26', 'dmitry-medvedev'],
    ['The French foreign minister spoke.', '2021-03-01', 'jean-yves-le-drian'],
    ['The German chancellor spoke.', '2025-06-01', 'friedrich-merz'],
  ])('%s (%s) is the office holder %s', (text, date, id) => {
    expect(run(text, date).mentions[0]?.actorId).toBe(id);
  });

  it('resolves "his French counterpart" to the holder of the same office in France', () => {
    const result = run('Blinken called his French counterpart.', '2021-03-01');
    expect(find(result, 'counterpart')?.actorId).toBe('jean-yves-le-drian');
  });

  it('links a surname to the person named in full before', () => {
    const result = run('Emmanuel Macron arrived. Macron then left.', '2020-06-26');
    expect(result.mentions.map((m) => m.actorId)).toEqual(['emmanuel-macron', 'emmanuel-macron']);
  });

  it.each(['the two leaders', 'Both sides', 'The presidents'])('"%s" names both participants', (group) => {
    const result = run(`Putin and Macron talked. ${group[0]?.toUpperCase()}${group.slice(1)} agreed.`, '2020-06-26');
    expect(find(result, group.split(' ').at(-1) ?? '')?.members).toEqual(['vladimir-putin', 'emmanuel-macron']);
  });

  it('"His Majesty" alone is the ruler named before; before a title it is no part of the mention', () => {
    const result = run('President Biden met His Majesty King Abdullah II of Jordan. His Majesty thanked the President.', '2023-05-01');
    expect(result.mentions.map((m) => [result.text.slice(m.start, m.end), m.code])).toEqual([
      ['President Biden', 'USA'], ['King Abdullah II of Jordan', 'JOR'], ['His Majesty', 'JOR'], ['the President', 'USA'],
    ]);
  });

  it('"President Sheikh Mohamed bin Zayed": the honorific stands between the title and the known name', () => {
    expect(find(run('Sullivan spoke with President Sheikh Mohamed bin Zayed.', '2023-10-02'), 'Zayed')?.code).toBe('ARE');
  });

  it.each([
    ['African National Congress president Oliver Tambo arrived. Tambo spoke.', 'Tambo spoke', 'ZAF', 'REB'],
    ['White House spokesman Marlin Fitzwater said so. Fitzwater left.', 'Fitzwater left', 'USA', 'GOV'],
  ])('a body\'s title before a name the knowledge base lacks makes the body\'s official: %s', (text, later, code, sector) => {
    const result = run(text, '1987-03-23');
    const m = result.mentions.find((x) => x.start === text.indexOf(later));
    expect([m?.code, m?.sector, m?.kind]).toEqual([code, sector, 'person']);
  });

  it.each([
    ['Sen Bob Packwood urged Japan to act.', 'Bob Packwood', 'LEG'],
    ['Rep Jerry Huckaby told growers to halt increases.', 'Jerry Huckaby', 'LEG'],
    ['Gov Mario Cuomo criticised the plan.', 'Mario Cuomo', 'GOV'],
  ])('an abbreviated title gives the name after it its sector: %s', (text, name, sector) => {
    const m = run(text, '1987-03-23', [name]).mentions.find((x) => x.end === text.indexOf(name) + name.length);
    expect(m?.sector).toBe(sector);
  });

  it('a legislator\'s title and a surname name no executive office holder: "Rep Gallagher" is not the Holy See\'s Paul Gallagher', () => {
    const text = 'Sullivan met Rep Gallagher on Thursday.';
    const m = run(text, '2021-06-24').mentions.find((x) => x.end === text.indexOf('Gallagher') + 'Gallagher'.length);
    expect([m?.code, m?.sector]).toEqual([undefined, 'LEG']);
  });

  it.each(['The White House underscored President Biden\'s commitment.', 'The European Union Member States agreed.'])('"%s" makes no official of the body', (text) => {
    expect(run(text, '2022-03-23').mentions.filter((m) => m.actorId.startsWith('local:'))).toEqual([]);
  });

  it.each([
    ['Thatcher said the talks failed.', 'GBR'],
    ['Reagan vetoed the bill.', 'USA'],
  ])('issue-12: "%s" in 1987 is the one known person whose dated government term covers the day', (text, code) => {
    expect(run(text, '1987-06-01').mentions[0]?.code).toBe(code);
  });

  it('a surname after a capitalised word inside its sentence ends a longer name ("Puerto Colon")', () => {
    const result = run('The pipeline runs to Puerto Colon in Colombia.', '1987-03-13');
    expect(result.mentions.filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('"Leaders" opening a sentence names both participants', () => {
    const result = run('Putin and Macron talked. Leaders discussed the situation.', '2020-06-26');
    expect(find(result, 'Leaders')?.members).toEqual(['vladimir-putin', 'emmanuel-macron']);
  });

  it('"leaders" after a comma and before a tagged verb names both participants, not "leaders" elsewhere', () => {
    const text = 'Putin and Macron talked. In the talks, leaders reiterated their views. They met leaders.';
    const upos = ['PROPN', 'CCONJ', 'PROPN', 'VERB', 'PUNCT', 'ADP', 'DET', 'NOUN', 'PUNCT', 'NOUN', 'VERB', 'PRON', 'NOUN', 'PUNCT', 'PRON', 'VERB', 'NOUN', 'PUNCT'];
    const result = run(text, '2020-06-26', [], upos);
    const groups = result.mentions.filter((m) => m.members);
    expect(groups.map((m) => text.slice(m.start, m.end))).toEqual(['leaders']);
    expect(groups[0]?.start).toBe(text.indexOf('leaders'));
  });

  it('"Leaders" with no parties named before stays a mention of government officials', () => {
    const m = find(run('Leaders praised the administration.', '2021-01-01'), 'Leaders');
    expect([m?.members, m?.sector]).toEqual([undefined, 'GOV']);
  });

  it('"The Vice Presidents" are the vice presidents named before', () => {
    const result = run('Vice President Harris met Vice President Osinbajo of Nigeria. The Vice Presidents discussed trade.', '2022-09-02');
    expect(find(result, 'Vice Presidents')?.members?.length).toBe(2);
  });

  it('links "the Russian side" to the Russian participant named before', () => {
    const result = run('Putin and Macron talked. The Russian side stressed the point.', '2020-06-26');
    expect(find(result, 'Russian side')?.actorId).toBe('vladimir-putin');
  });

  it('links "the press service" back to "the Kremlin press service"', () => {
    const result = run('The Kremlin press service said so. The press service added more.', '2020-06-26');
    expect(result.mentions.map((m) => m.actorId)).toEqual(['kremlin', 'kremlin']);
  });

  it('gives an unknown titled person a document-local id with the country and sector the text tells', () => {
    const m = find(run('Foreign Minister Jan Wiśniewskowicz of Poland arrived.', '2020-01-01'), 'Wiśniewskowicz');
    expect([m?.actorId, m?.code, m?.sector]).toEqual(['local:1', 'POL', 'GOV']);
  });

  it('reads a surname particle inside a titled unknown name and finds the person again by the surname alone', () => {
    const result = run('Finance Minister Gerrit du Toit of South Africa spoke. Du Toit left, and du Toit returned.', '1987-03-03');
    const m = find(result, 'Gerrit du Toit');
    expect([m?.actorId, m?.code, result.text.slice(m?.start ?? 0, m?.end ?? 0).endsWith('Gerrit du Toit of South Africa')]).toEqual(['local:1', 'ZAF', true]);
    expect(result.mentions.filter((x) => x.actorId === 'local:1')).toHaveLength(3);
  });

  it('reads a Portuguese double surname joined by "e" as one unknown name, not a known person\'s surname', () => {
    const result = run('Prime Minister Ulisses Correia e Silva of Cabo Verde met President Lula.', '2024-12-02');
    const m = find(result, 'Ulisses Correia e Silva');
    expect([m?.actorId, m?.code, m?.sector]).toEqual(['local:1', 'CPV', 'GOV']);
    expect(result.mentions.filter((x) => x.code === 'BRA')).toHaveLength(1);
  });

  it('finds "President Sheikh Mohamed" again as the Sheikh Mohamed bin Zayed named before, the honorific no part of the name', () => {
    const result = run('Jake Sullivan spoke with President Sheikh Mohamed bin Zayed of the United Arab Emirates. President Sheikh Mohamed thanked him.', '2024-10-03');
    expect(result.mentions.filter((m) => m.role?.startsWith('President')).map((m) => m.code)).toEqual(['ARE', 'ARE']);
  });

  it('reads "artificial intelligence" as a technology, while "intelligence" alone stays the intelligence services', () => {
    expect(run('They discussed cooperation in artificial intelligence.', '2024-10-03').mentions).toEqual([]);
    expect(run('Russian intelligence reported the move.', '2024-10-03').mentions.map((m) => m.sector)).toContain('SPY');
  });

  it('keeps the local id for the surname of an unknown person found by NER', () => {
    const result = run('Jan Wiśniewskowicz arrived. Wiśniewskowicz left.', '2020-01-01', ['Jan Wiśniewskowicz']);
    expect(result.mentions.map((m) => m.actorId)).toEqual(['local:1', 'local:1']);
  });

  it('does not code a capital after "in" as an actor', () => {
    expect(run('Talks were held in Paris.', '2020-01-01').mentions).toEqual([]);
  });

  it.each([
    ['Talks were held in the states of Sao Paulo and Parana.'],
    ['Gas is stored in Austria and Germany.'],
    ['He lived in the West Bank city of Hebron.'],
  ])('does not code places that locate, nor the places listed with them: %s', (text) => {
    expect(run(text, '2022-01-10').mentions).toEqual([]);
  });

  it('still codes a country after a located place and a comma ("In Ukraine, Russia …")', () => {
    expect(find(run('In Ukraine, Russia launched an attack.', '2022-03-01'), 'Russia')?.code).toBe('RUS');
  });

  it('reads a titled name that starts with a town\'s name as a person ("Finance Minister Lawrence Wong")', () => {
    const result = run('Finance Minister Lawrence Wong of Singapore arrived. Then Wong spoke.', '2022-04-21');
    expect(find(result, 'Lawrence Wong')).toMatchObject({ code: 'SGP', sector: 'GOV', kind: 'person' });
    expect(result.mentions.at(-1)).toMatchObject({ name: 'Lawrence Wong', code: 'SGP' });
    // A lone given name after a title is no town either when an office holder bears it as surname.
    expect(find(run('Defense Secretary Austin spoke.', '2022-04-21'), 'Austin')).toMatchObject({ code: 'USA', kind: 'person' });
  });

  it('does not read a capitalised noun before a known surname as a given name ("Veterans Day")', () => {
    expect(find(run('They met on Veterans Day to honour them.', '2023-11-09'), 'Day')).toBeUndefined();
    // Another spelling of the given name, or a title, still stands before the surname.
    expect(find(run('Alexander Bortnikov took part.', '2021-10-29'), 'Bortnikov')).toMatchObject({ code: 'RUS' });
    expect(find(run('They met Secretary Blinken today.', '2023-09-17'), 'Blinken')).toMatchObject({ code: 'USA' });
  });

  it.each([['They met Mr Gonzalez today.'], ['They met Dr Gonzalez today.'], ['They met Madame Gonzalez today.']])(
    'reads an honorific before a surname as no given name (data/not-given-names.txt): "%s"', (text) => {
      expect(find(run(text, '2010-09-17'), 'Gonzalez')).toMatchObject({ code: 'ESP' });
    });

  it('finds a known person named without the middle initial the knowledge base has ("Paul Volcker")', () => {
    const result = run('Paul Volcker and Clayton Yeutter spoke.', '1987-04-08', ['Paul Volcker', 'Clayton Yeutter']);
    expect(result.mentions.map((m) => m.code)).toEqual(['USA', 'USA']);
    // A name inside a longer one is not enough without a title.
    expect(find(run('David Jones, an economist, said so.', '1987-06-01', ['David Jones']), 'Jones')?.code).toBeUndefined();
  });

  it('reads a surname alone, even one NER marks, as the holder of a listed office that day ("Stoltenberg" in 1987)', () => {
    expect(find(run('Stoltenberg said rates would fall.', '1987-04-08', ['Stoltenberg']), 'Stoltenberg')).toMatchObject({ code: 'DEU', sector: 'GOV' });
    expect(find(run('Lawson said rates would fall.', '1987-04-08'), 'Lawson')).toMatchObject({ code: 'GBR', sector: 'GOV' });
  });

  it('reads the peoples of one state as that state, not a people split between states', () => {
    expect(find(run('Tamil rebels attacked the base.', '1995-01-01'), 'rebels')).toMatchObject({ code: 'LKA', sector: 'REB' });
    expect(find(run('Kurdish rebels attacked the base.', '1995-01-01'), 'rebels')?.code).toBeUndefined();
  });

  it('leaves the country of an ethnic group to the story ("ethnic Albanians")', () => {
    const m = find(run('Police clashed with ethnic Albanians in the province.', '1998-03-01'), 'Albanians');
    expect([m?.code, m?.sector]).toEqual([undefined, 'CVL']);
  });

  it('reads "Deputy" before a title as an official, "deputies" as legislators', () => {
    expect(find(run('Deputy NEC Director Fazili convened the meeting.', '2022-10-24'), 'Fazili')?.sector).toBe('GOV');
  });

  it('does not take a city after "the" for an actor ("the Minsk agreements")', () => {
    expect(run('They discussed the Minsk agreements.', '2020-01-01').mentions).toEqual([]);
  });

  it('does not take a town inside a longer unknown name for an actor ("the London Club"), but a country keeps it ("Canada Post")', () => {
    expect(find(run('Debtors met the London Club in March.', '1987-05-01'), 'London')).toBeUndefined();
    // The Paris Club is known (organisations.tsv): its creditor governments, not France.
    expect(find(run('Debtors met the Paris Club in March.', '1987-05-01'), 'Paris')?.code).toBe('IGO');
    expect(find(run('He told the Tokyo Shimbun on Friday.', '1987-05-01'), 'Tokyo')).toBeUndefined();
    expect(find(run('On Friday Canada Post asked the union to return.', '1987-06-19'), 'Canada')?.code).toBe('CAN');
  });

  it.each([
    ['Russia shelled Kharkiv Oblast.', 'Kharkiv', 'UKR'],
    ['New York City officials met.', 'New York', 'USA'],
    ['Talks of South Korea Japan and China began.', 'Japan', 'JPN'],
    ['Officials of the Hong Kong Special Administrative Region met.', 'Hong Kong', 'HKG'],
    ['Ukraine Says Russia Attacked Kharkiv', 'Russia', 'RUS'],
    ['JAPAN TO CUT TARIFFS', 'JAPAN', 'JPN'],
    // GeoNames says "Amur Oblast"; news writes "Amur Region", and Amur alone is also a town in India.
    ['The President met Amur Region Governor Vasily Orlov.', 'Orlov', 'RUS'],
    ['Governor of Perm Territory Dmitry Makhonin spoke.', 'Makhonin', 'RUS'],
  ])('keeps a place named with a place noun, after another name or in a headline: %s', (text, words, code) => {
    expect(find(run(text, '2022-05-01'), words)?.code).toBe(code);
  });

  it('does not read a capitalised word after a plural noun as a titled name', () => {
    expect(find(run('The Leaders Summit opened.', '2021-10-25'), 'Summit')).toBeUndefined();
  });

  it('does not take an adjective that modifies a plain noun for an actor', () => {
    expect(run('They discussed Russian-French dialogue.', '2020-01-01').mentions).toEqual([]);
  });

  it('takes the day from the dateline layer when the reader gave none', () => {
    const text = 'Gorbachev spoke.';
    const tokens = tokenize(text, [{ start: 0, end: text.length }]);
    const doc = makeDoc({ text, layers: { tokens, entities: [], dateline: { published: '1987-05-01', sections: [], body: { start: 0, end: text.length } } } });
    expect(actors().run(doc, { report: () => undefined })[0]?.code).toBe('SUN');
  });

  it('leaves a possessive ending outside the mention', () => {
    const result = run("Russia's initiative was discussed.", '2020-06-26');
    expect(result.mentions.map((m) => result.text.slice(m.start, m.end))).toEqual(['Russia']);
  });

  it('reads labour nouns as labour actors whose country the text may leave to the story', () => {
    expect(find(run('The unions rejected the offer.', '1987-06-19'), 'unions')).toMatchObject({ sector: 'LAB' });
    expect(find(run('Letter carriers walked out.', '1987-06-19'), 'carriers')).toMatchObject({ sector: 'LAB' });
    expect(find(run('Iraqi planes intercepted a jet.', '1987-04-24'), 'planes')).toMatchObject({ code: 'IRQ', sector: 'MIL' });
  });

  it('reads the employers\' side of a labour dispute as business actors, and not every business noun', () => {
    expect(find(run('Employers offered the union a raise.', '1987-03-11'), 'Employers')).toMatchObject({ sector: 'BUS' });
    expect(find(run('Shipowners have offered a raise.', '1987-03-09'), 'Shipowners')).toMatchObject({ sector: 'BUS' });
    expect(find(run('South Korean firms fear the move.', '1987-06-02'), 'firms')).toMatchObject({ code: 'KOR', sector: 'BUS' });
    expect(find(run('Many companies prefer to borrow.', '1987-06-02'), 'companies')).toBeUndefined();
  });

  it('reads banks and makers named by a nationality as that country\'s business, and bare banks as no one', () => {
    expect(find(run('All the British banks had promised their participation.', '1987-03-20'), 'banks')).toMatchObject({ code: 'GBR', sector: 'BUS' });
    expect(find(run('Japanese securities houses have asked the Finance Ministry.', '1987-04-08'), 'securities houses')).toMatchObject({ code: 'JPN', sector: 'BUS' });
    expect(find(run('Japanese car makers will curb their exports.', '1987-04-08'), 'car makers')).toMatchObject({ code: 'JPN', sector: 'BUS' });
    expect(find(run('The banks agreed to the plan.', '1987-04-08'), 'banks')).toBeUndefined();
  });

  it('reads makers named by a nationality alone as that country\'s business, and bare makers as no one (#12)', () => {
    expect(find(run('All four Japanese makers of large trucks will stop exports.', '1987-04-08'), 'makers')).toMatchObject({ code: 'JPN', sector: 'BUS' });
    expect(find(run('Italian makers are cutting prices.', '1987-04-08'), 'makers')).toMatchObject({ code: 'ITA', sector: 'BUS' });
    expect(find(run('Makers are cutting prices.', '1987-04-08'), 'Makers')).toBeUndefined();
  });

  it.each([
    ['Japanese policy makers agreed to cut interest rates.', 'policy makers', 'JPN', 'GOV'],
    ['German decision makers rejected the plan.', 'decision makers', 'DEU', 'GOV'],
    ['U.S. law makers criticised the Japanese trade surplus.', 'law makers', 'USA', 'LEG'],
  ])('reads the makers of policy, decisions and laws as the state, not business (review of session 46): "%s"', (text, phrase, code, sector) => {
    expect(find(run(text, '1987-04-08'), phrase)).toMatchObject({ code, sector });
  });

  it.each([
    ['About 2,000 sugar cane planters marched to the capital.', ['ADV', 'NUM', 'NOUN', 'NOUN', 'NOUN', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT']],
    ['Planters protested against the closure.', ['NOUN', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT']],
  ])('reads planters as the farm side, for context to locate (#12): "%s"', (text, upos) => {
    expect(run(text, '1987-04-08', [], upos).mentions.find((m) => /planters/i.test(text.slice(m.start, m.end)))).toMatchObject({ sector: 'AGR' });
  });

  it('reads Republicans and chamber Democrats as US party members, not other countries\' parties', () => {
    expect(find(run('Republicans protested they had not seen the plan.', '1987-04-01'), 'Republicans')).toMatchObject({ code: 'USA', sector: 'PTY' });
    expect(find(run('House Democrats rejected the budget.', '1987-04-01'), 'House Democrats')).toMatchObject({ code: 'USA' });
    expect(find(run("Sweden's Social Democrats won.", '1987-04-01'), 'Democrats')?.code).not.toBe('USA');
    expect(find(run('The Italian Republican Party rejected the plan.', '1987-04-01'), 'Republican')?.code).not.toBe('USA');
  });

  it('takes a singular agent noun before a verb for a mention, before a noun or "of" for a modifier', () => {
    // Police fired tear gas . | Police station closed . | President of the council spoke .
    expect(find(run('Police fired tear gas.', '1987-03-21', [], ['NOUN', 'VERB', 'NOUN', 'NOUN', 'PUNCT']), 'Police')).toMatchObject({ sector: 'COP' });
    expect(find(run('Police station closed.', '1987-03-21', [], ['NOUN', 'NOUN', 'VERB', 'PUNCT']), 'Police')).toBeUndefined();
    expect(find(run('The government sent troops.', '1987-03-21', [], ['DET', 'NOUN', 'VERB', 'NOUN', 'PUNCT']), 'government')).toMatchObject({ sector: 'GOV' });
    // Untagged, only a noun before punctuation counts.
    expect(find(run('Police fired tear gas.', '1987-03-21'), 'Police')).toBeUndefined();
  });

  it('reads a full name with the given name of a known office holder and a surname one letter off as that person', () => {
    const result = run('Olaf Scholtz expressed concern.', '2022-02-26', ['Olaf Scholtz']);
    expect(find(result, 'Scholtz')).toMatchObject({ actorId: expect.stringContaining('scholz'), code: 'DEU', sector: 'GOV' });
    expect(find(run('Rolf Scholtz expressed concern.', '2022-02-26', ['Rolf Scholtz']), 'Scholtz')?.code).toBeUndefined();
  });

  it('reads an official Phoenix lists among bodies as a person when NER does, and finds the surname again', () => {
    const result = run('EC President Jacques Delors arrived. Kohl wrote to Delors.', '1987-03-17', ['Jacques Delors']);
    expect(result.mentions.filter((m) => result.text.slice(m.start, m.end).includes('Delors')).map((m) => [m.actorId, m.kind])).toEqual([['jacques-delors', 'person'], ['jacques-delors', 'person']]);
  });

  it('gives an official coded by function (IGO AGR) the body of that function named before in the sentence', () => {
    const result = run('The Director-General of the Food and Agriculture Organization (FAO), Edouard Saouma, signed. Saouma left.', '1987-03-17', ['Edouard Saouma']);
    expect(find(result, 'Edouard Saouma')).toMatchObject({ code: 'IGO', sector: 'FAO' });
    expect(result.mentions.at(-1)).toMatchObject({ actorId: 'edouard-saouma', sector: 'FAO' });
    // Without the body in the sentence, the function stays.
    expect(find(run('Edouard Saouma signed.', '1987-03-17', ['Edouard Saouma']), 'Saouma')?.sector).not.toBe('FAO');
  });

  it('reads a month before a day as a date, not a surname ("before May 7")', () => {
    expect(find(run('The strikes could resume before May 7.', '1987-03-13'), 'May')).toBeUndefined();
  });

  it('does not read a noun after a hyphenated count as a title ("17-man Commission")', () => {
    const result = run("Kohl invited the European Community's 17-man Commission.", '1987-03-17');
    expect(result.mentions.map((m) => result.text.slice(m.start, m.end))).toEqual(['Kohl', 'the European Community']);
    // A spaced dash after a day ends a dateline: the noun after it heads the sentence.
    expect(find(run('April 17 - Soldiers killed one man.', '1987-04-17'), 'Soldiers')).toMatchObject({ sector: 'MIL' });
  });

  it('keeps the country and title of an unknown person named again in full', () => {
    const result = run('Federal Chancellor of Austria Karl Nehammer arrived. Zelenskyy thanked Karl Nehammer.', '2022-04-09', ['Karl Nehammer']);
    expect(result.mentions.filter((m) => result.text.slice(m.start, m.end).includes('Nehammer')).map((m) => m.code)).toEqual(['AUT', 'AUT']);
  });

  it('reads "P.M." after a clock time as the time of day, not a prime minister', () => {
    expect(find(run('Talks began at 5 P.M. and ended at 10:30 pm.', '1987-03-24'), 'P.M.')).toBeUndefined();
    expect(find(run('Talks began at 5 P.M. and ended at 10:30 pm.', '1987-03-24'), 'pm')).toBeUndefined();
    expect(find(run('Talks went on without the PM.', '2020-03-24'), 'PM')).toMatchObject({ sector: 'GOV' });
  });

  it('reads a capitalised verb of saying after a country as no given name ("The U.S. Said Iranians")', () => {
    const result = run('The U.S. Said Iranians used the platforms.', '1987-10-19', ['Said Iranians']);
    expect(result.mentions.map((m) => [result.text.slice(m.start, m.end), m.code])).toEqual([['The U.S.', 'USA'], ['Iranians', 'IRN']]);
    // Without an actor just before, Said stays a given name.
    expect(find(run('Minister Said Jalili arrived.', '2010-10-19', ['Said Jalili']), 'Said')).toBeDefined();
  });

  it('falls back, outside an office holder\'s term, to the other known person of that full name', () => {
    expect(find(run('President Ali Khamenei spoke.', '1987-10-19'), 'Khamenei')).toMatchObject({ code: 'IRN', sector: 'GOV' });
    expect(find(run('Ali Khamenei spoke.', '2020-10-19'), 'Khamenei')).toMatchObject({ actorId: 'ali-khamenei', code: 'IRN' });
  });

  it('groups "the Presidents" from the presidents named before, not whoever was named last', () => {
    const result = run('President Trump spoke with President Zelenskyy. Secretary of State Marco Rubio joined. The Presidents agreed.', '2025-03-19');
    expect(find(result, 'The Presidents')?.members).toEqual(['donald-trump', 'volodymyr-zelensky']);
  });

  it('reads a definite capitalised noun alone as the body named earlier ("the Commission", "the Senate")', () => {
    const ec = run('Kohl met the European Community. Members of the Commission disagreed.', '1987-03-17');
    expect(find(ec, 'the Commission')).toMatchObject({ actorId: 'european-commission', code: 'IGO', sector: 'EU' });
    const senate = run('The Philippine Senate met. The Senate voted.', '1987-06-19');
    expect(senate.mentions.filter((m) => senate.text.slice(m.start, m.end).endsWith('Senate')).map((m) => m.code)).toEqual(['PHL', 'PHL']);
  });

  it.each([
    ["The People's Republic of China objected.", 'People', 'CHN'],
    ['The People’s Republic of China objected.', 'People', 'CHN'],
    ["The Democratic People's Republic of Korea fired.", 'Democratic', 'PRK'],
  ])('issue-12: joins a split "\'s" inside a name: %s', (text, words, code) => {
    expect(find(run(text, '2025-01-12'), words)?.code).toBe(code);
  });

  it('issue-12: never takes a titled full name for a namesake one letter off with another given name', () => {
    const result = run('Biden spoke with President Ferdinand Marcos, Jr. of the Philippines.', '2025-01-12');
    expect(find(result, 'Marcos')).toMatchObject({ actorId: 'ferdinand-marcos-jr', code: 'PHL' });
    expect(result.text.slice(find(result, 'Marcos')?.start, find(result, 'Marcos')?.end)).toBe('President Ferdinand Marcos, Jr. of the Philippines');
    // Unknown given name, near surname: a stranger, not Gill Marcus of South Africa.
    expect(find(run('President Rolf Marcos spoke.', '2025-01-12'), 'Marcos')?.code).toBeUndefined();
  });

  it('issue-12: finds a titled name written family name first', () => {
    expect(find(run('Biden spoke with Prime Minister Ishiba Shigeru of Japan.', '2025-01-12'), 'Ishiba')).toMatchObject({ actorId: 'shigeru-ishiba', code: 'JPN' });
  });

  it('issue-12: finds the person the document named before under a title with the surname alone', () => {
    const result = run('Trump held a call with President Nayib Bukele of the Republic of El Salvador. Trump praised President Bukele.', '2025-01-23');
    expect(result.mentions.filter((m) => result.text.slice(m.start, m.end).includes('Bukele')).map((m) => [m.actorId, m.code])).toEqual([['local:1', 'SLV'], ['local:1', 'SLV']]);
  });

  it.each([
    ['Deputy Finance Minister Francisco Suarez spoke.', 'Suarez', 'GOV', 'Deputy Finance Minister'],
    ['Deputy Assistant Defense Secretary Stephen Bryen spoke.', 'Bryen', 'GOV', 'Deputy Assistant Defense Secretary'],
  ])('issue-12: reads a capitalised title to its last noun: %s', (text, words, sector, role) => {
    expect(find(run(text, '1987-10-19'), words)).toMatchObject({ sector, role });
  });

  it('issue-12: reads "Vice President" as its own office, never the President', () => {
    const result = run('Vice President Kamala Harris spoke with President William Ruto of Kenya. The Vice President welcomed it.', '2025-01-08');
    expect(find(result, 'The Vice President')).toMatchObject({ actorId: 'kamala-harris', code: 'USA' });
    expect(find(run('The U.S. Vice President arrived.', '2023-05-01'), 'Vice President')?.actorId).toBe('kamala-harris');
  });

  it('issue-12: keeps the noun after a named body in its phrase ("the Kremlin press service" again)', () => {
    const result = run('The Kremlin said so. According to the Kremlin press service, Macron agreed.', '2020-06-26');
    const last = result.mentions.filter((m) => result.text.slice(m.start, m.end).includes('press service')).at(-1);
    expect([last && result.text.slice(last.start, last.end), last?.code]).toEqual(['the Kremlin press service', 'RUS']);
  });

  it('issue-12: never lets a country swallow the place after it ("Ukraine from the United States")', () => {
    const result = run('They welcomed support for Ukraine from the United States.', '2022-04-01');
    expect(result.mentions.map((m) => [result.text.slice(m.start, m.end), m.code])).toEqual([['Ukraine', 'UKR'], ['the United States', 'USA']]);
  });

  it('issue-12: reads compass adjectives as no region ("Western diplomats" were Fiji) and capitals-only names as no town', () => {
    expect(find(run('Western diplomats said so.', '1987-03-17'), 'diplomats')?.code).toBeUndefined();
    expect(find(run('The Iraqi news agency INA said so.', '1987-03-17'), 'INA')).toBeUndefined();
  });

  it('issue-12: reads "the King" and "the Kingdom" after a king named with his title', () => {
    const result = run('Trump met King Abdullah II of Jordan. Trump thanked the King for the Kingdom’s commitment.', '2025-02-12');
    expect(result.mentions.find((m) => result.text.slice(m.start, m.end) === 'the King')).toMatchObject({ actorId: 'abdullah-ii', code: 'JOR' });
    expect(find(result, 'Kingdom')).toMatchObject({ code: 'JOR', actorId: 'JOR' });
    // No ruler named before: the Kingdom stays a government of unknown country.
    expect(find(run('The Kingdom agreed.', '2025-02-12'), 'Kingdom')?.code).toBeUndefined();
  });

  it('issue-12: reads the Donbas republics as Ukraine and takes a national body\'s country after a noun', () => {
    const result = run('Today the leaders of the DPR and the LPR requested it.', '2022-02-21');
    expect(result.mentions.map((m) => [result.text.slice(m.start, m.end), m.code])).toEqual([['the leaders of the DPR', 'UKR'], ['the LPR', 'UKR']]);
    expect(find(run('The Secretary General of NATO spoke.', '2022-02-21'), 'NATO')).toMatchObject({ code: 'IGO', sector: 'NATO' });
  });

  it('issue-12: reads news media as sources, not actors, in text; a lookup still codes them', () => {
    const result = run("Iranian troops attacked, Tehran's IRNA news agency said. The newspaper said so.", '1987-02-20');
    expect(result.mentions.map((m) => result.text.slice(m.start, m.end))).toEqual(['Iranian troops']);
  });

  it('issue-12: reads "Mr. Reagan" as the one person of that surname with a role that day', () => {
    // (The test splits sentences after every ". ": the British spelling keeps each name in one.)
    const result = run('Mr Reagan said so and Mrs Thatcher agreed.', '1987-10-19', ['Mr Reagan', 'Mrs Thatcher']);
    expect(result.mentions.map((m) => [result.text.slice(m.start, m.end), m.code])).toEqual([['Mr Reagan', 'USA'], ['Mrs Thatcher', 'GBR']]);
  });

  it('issue-12: an international body\'s name "of <country>" is that country\'s own body; the CSTO has its own council', () => {
    expect(find(run('The meeting of the Security Council of the Russian Federation was held.', '2022-02-21'), 'Security Council')).toMatchObject({ code: 'RUS', sector: 'GOV' });
    expect(find(run('He called a meeting of the CSTO Collective Security Council.', '2022-01-08'), 'Collective')).toMatchObject({ code: 'IGO', sector: 'CSTO' });
    expect(find(run('The Security Council of the United Nations met.', '2022-01-08'), 'Security Council')).toMatchObject({ code: 'IGO', sector: 'UNO' });
  });

  it('issue-12: reads "a settlement" as an agreement or a place, not its people', () => {
    const result = run('Both sides worked towards a settlement in Syria.', '2021-11-16');
    expect(result.mentions.map((m) => result.text.slice(m.start, m.end))).not.toContain('settlement in Syria');
  });

  it('issue-12: reads groups of people without a country as mentions, but not institutions or a population owned by a pronoun', () => {
    expect(find(run('The attack killed civilians.', '1987-10-19'), 'civilians')).toMatchObject({ sector: 'CVL' });
    expect(find(run('Farmers held rallies.', '1987-03-11'), 'Farmers')).toMatchObject({ sector: 'AGR' });
    const places = run('He was taken to the hospital.', '1987-06-19');
    expect(places.mentions).toEqual([]);
    const owned = run('Zelenskyy asked for air defense systems to protect his civilians.', '2025-03-19');
    expect(owned.mentions.map((m) => owned.text.slice(m.start, m.end))).not.toContain('civilians');
  });

  it('issue-12: reads a country\'s possessive before a named place as the place\'s location, not an actor', () => {
    const result = run("A tanker was hit south of Iran's Kharg island terminal. Iran's army attacked.", '1987-03-18');
    expect(result.mentions.map((m) => result.text.slice(m.start, m.end))).toEqual(["Iran's army"]);
  });

  it('issue-12: reads a month alone as a date, never the office holder of that surname, even where NER marks a person', () => {
    expect(find(run('Talks may start on April 1 instead of the usual May starting time.', '1987-03-02'), 'May')).toBeUndefined();
    expect(find(run('The channel reopens by the end of May.', '2024-05-10', ['May']), 'May')).toBeUndefined();
    // Named before in full, the surname is still the person.
    expect(run('Theresa May spoke. May said no.', '2018-06-01').mentions.map((m) => m.actorId)).toEqual(['theresa-may', 'theresa-may']);
  });

  it('issue-12: reads a titled surname as the holder of the title\'s office that day over a namesake with an open Phoenix role', () => {
    expect(find(run('Biden spoke with Prime Minister Bennett.', '2021-06-20'), 'Bennett')).toMatchObject({ actorId: 'naftali-bennett', code: 'ISR' });
  });

  it('issue-12: reads a city before a tagged common noun as its modifier, not the government ("Paris dealers")', () => {
    // Most Paris dealers expressed disappointment .
    const tags = ['ADJ', 'PROPN', 'NOUN', 'VERB', 'NOUN', 'PUNCT'];
    expect(find(run('Most Paris dealers expressed disappointment.', '1987-04-09', [], tags), 'Paris')).toBeUndefined();
    // Paris expressed disappointment .
    expect(find(run('Paris expressed disappointment.', '1987-04-09', [], ['PROPN', 'VERB', 'NOUN', 'PUNCT']), 'Paris')?.code).toBe('FRA');
    // An agent noun after it still makes an actor: Tokyo officials objected .
    expect(find(run('Tokyo officials objected.', '1987-04-09', [], ['PROPN', 'NOUN', 'VERB', 'PUNCT']), 'Tokyo')).toMatchObject({ code: 'JPN', sector: 'GOV' });
  });

  it('issue-12: never reads a surname alone as a listed office holder whose roles all start after the day', () => {
    expect(find(run('Zhovkva said so.', '1987-04-01'), 'Zhovkva')).toBeUndefined();
    expect(find(run('Zhovkva said so.', '2022-04-01'), 'Zhovkva')).toMatchObject({ code: 'UKR', sector: 'GOV' });
  });

  it.each([
    ['Sprinkel said the deficit would fall.', '1987-03-13', 'USA'],
    ['Funaro said Brazil would pay.', '1987-03-05', 'BRA'],
    ['Siluanov reported on the budget.', '2022-04-01', 'RUS'],
    ['Mykhailo Podoliak said no.', '2022-04-01', 'UKR'],
  ])('issue-12: knows officials the wire and the readouts name without a title: %s', (text, date, code) => {
    expect(run(text, date).mentions[0]?.code).toBe(code);
  });

  it('issue-12: reads a known name at the end of a longer NER person, and no person in a word a possessive owns', () => {
    const titled = run("This was stated by Head of the President's Office Andriy Yermak.", '2022-04-20', ['Office Andriy Yermak']);
    expect(titled.mentions.map((m) => titled.text.slice(m.start, m.end))).toContain('Andriy Yermak');
    expect(find(titled, 'Andriy Yermak')).toMatchObject({ actorId: 'andriy-yermak', code: 'UKR' });
    expect(find(titled, 'Office')).toBeUndefined();
    expect(find(run("The Head of the President's Office noted progress.", '2022-04-20', ['Office']), 'Office')).toBeUndefined();
  });

  it.each([
    ['Zelenskyy thanked the government and people of Finland.', 'government', 'FIN'],
    ['He thanked the Parliament and the people of Estonia.', 'Parliament', 'EST'],
  ])('issue-12: a title without a country shares the "of <country>" of the title coordinated after it: %s', (text, words, code) => {
    expect(find(run(text, '2022-05-26'), words)?.code).toBe(code);
  });

  it.each([
    ['European Community finance ministers discussed the outlook.', 'European Community finance ministers'],
    ['European Community (EC) industry ministers agreed on a plan.', 'European Community (EC) industry ministers'],
    ['OPEC oil ministers met in Vienna.', 'OPEC oil ministers'],
    // A hyphenated acronym is three tokens, "(", "G", "-", "7", ")": the bracket still ends at its ")".
    ['Group of Seven (G-7) finance ministers had agreed a new process.', 'Group of Seven (G-7) finance ministers'],
  ])('issue-12: reads a body\'s name, a lower-case word or two and an agent noun as the body: %s', (text, words) => {
    const result = run(text, '1987-03-09');
    expect(result.mentions.map((m) => result.text.slice(m.start, m.end))[0]).toBe(words);
    expect(result.mentions[0]?.code).toBe('IGO');
  });

  it('issue-12: never runs a body\'s name over a preposition into a title, and keeps its short form', () => {
    const result = run('The White House with chief of staff Howard Baker said so. European Community farm ministers met. The Community said no.', '1987-03-09');
    expect(find(result, 'White House')?.end).toBe(result.text.indexOf(' with'));
    expect(find(result, 'The Community')).toMatchObject({ code: 'IGO', sector: 'EU' });
  });

  it('issue-12: reads a noun after a bloc adjective as no mention ("a Western diplomat warned"), a nationality still as one', () => {
    expect(run('But a Western diplomat warned that buyers would not come.', '1987-03-11').mentions).toEqual([]);
    expect(run('Western governments imposed sanctions.', '2022-06-03').mentions).toEqual([]);
    expect(find(run('Iranian diplomats said so.', '1987-03-11'), 'diplomats')).toMatchObject({ code: 'IRN', sector: 'GOV' });
  });

  it.each([
    ['Taiwan slowed exports to the U.S.\n\nThe government has denied the reports.', 'government'],
    ['It would divert exports from the U.S.\n\nThe diplomats were meeting in Brussels.', 'diplomats'],
  ])('issue-12: takes no nationality across a paragraph end: %j', (text, words) => {
    const result = run(text, '1987-03-12');
    expect(result.mentions.some((m) => m.code === 'USA' && result.text.slice(m.start, m.end).includes(words))).toBe(false);
  });

  it('explains each resolution', () => {
    expect(find(run('Putin spoke.', '2020-06-26'), 'Putin')?.why).toMatch(/President of Russia.*2020-06-26/);
  });
});

/** The actors stage over one-sentence-per-". " text whose `orgs` the entity tagger calls organisations and whose `verbs` are VERB, the rest NOUN. */
function runTagged(text: string, orgs: readonly string[], verbs: readonly string[]): { text: string; mentions: ActorMention[] } {
  const sentences = [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index + (m[0].startsWith(' ') ? 1 : 0), end: m.index + m[0].length }));
  const tokens = tokenize(text, sentences);
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const pos: PosTag[] = words.map((w) => ({ upos: verbs.includes(w) ? 'VERB' : w === 'The' || w === 'the' ? 'DET' : 'NOUN', xpos: '', lemma: '' }));
  const entities: Entity[] = words.flatMap((w, i) => (orgs.includes(w) ? [{ start: tokens[i].start, end: tokens[i].end, type: 'ORG' as const, tokens: [i, i + 1] as [number, number], confidence: 1 }] : []));
  const doc = makeDoc({ text, layers: { sentences, tokens, entities, pos } });
  return { text, mentions: actors().run(doc, { report: () => undefined }) };
}

describe('actors stage: acronyms used as bodies', () => {
  it('issue-12: keeps the government and makes the RAC a body in both sentences ("The government accused the RAC … The RAC rejected")', () => {
    const result = runTagged('The government accused the RAC of lying. The RAC rejected the charge.', ['RAC'], ['accused', 'rejected']);
    expect(find(result, 'government')?.sector).toBe('GOV');
    expect(result.mentions.filter((m) => m.name === 'RAC').map((m) => [m.actorId, m.code])).toEqual([['local:body:rac', undefined], ['local:body:rac', undefined]]);
  });

  it('issue-12: makes no actor of a news agency\'s letters ("KCNA accused South Korea"), which the press only reports', () => {
    const result = runTagged('KCNA accused South Korea of provoking a war.', ['KCNA'], ['accused']);
    expect(find(result, 'KCNA')).toBeUndefined();
    expect(find(result, 'South Korea')?.code).toBe('KOR');
  });
});

describe('actors stage: the mention record (#13)', () => {
  // `mentionOf` builds the record in a loop: the layer's JSON must keep the span first, the reason last, and none of
  // the resolver's own fields (a person's office, flag and surname key), as the object rest and spread made it.
  it.each([
    ['Putin spoke by phone.', '2020-06-26'],
    ['Foreign Minister Hans-Dietrich Genscher arrived.', '1987-03-17'],
    ['The White House said nothing.', '2022-01-10'],
  ])('%s: span first, reasons last, no resolver fields', (text, date) => {
    const [m] = run(text, date).mentions;
    const keys = Object.keys(m ?? {});
    expect(keys.slice(0, 5)).toEqual(['start', 'end', 'tokens', 'actorId', 'name']);
    expect(keys.slice(-2)).toEqual(['reasons', 'why']);
    expect(keys.filter((k) => ['office', 'person', 'surnameKey', 'reason'].includes(k))).toEqual([]);
  });
});
