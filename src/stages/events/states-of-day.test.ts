import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

/**
 * Each event's parties as the states of the article's day, per event (`states-of-day.ts`), through the whole pipeline:
 * made-up dated sentences of review a of session 52 (findings 1, 2, 3, 4, 5), whose union recoding per mention erased the
 * dyad ("Slovenia criticised Serbia" in 1989 read YUG with no recipient), and the 1987 Yugoslav strikes that stay YUG.
 */
describe('an event\'s parties are the states of the article\'s day, decided per event', () => {
  const pipeline = defaultPipeline({ layers: ['events'] });
  const run = (text: string, date: string | undefined) => pipeline.run(makeDoc({ text, meta: date ? { date } : {} }));
  const side = (ps: readonly { code?: string; sector?: string }[]) => ps.map((p) => `${p.code ?? '-'}${p.sector ?? ''}`).sort().join('+');
  const coded = (text: string, date: string | undefined) => (run(text, date).layers.events?.events ?? []).map((e) => `${e.event} ${side(e.actors)}>${side(e.recipients)}`);

  it.each([
    // A member against the union itself (the federal capital, the union's forces, its leader): both keep their codes.
    ['Lithuania accused Moscow of aggression.', '1991-01-13', 'ACCUSE LTU>SUNGOV'],
    ['Soviet troops stormed Baku, killing dozens of Azerbaijani civilians.', '1990-01-20', 'ASSAULT SUNMIL>AZEGOV'],
    ['Gorbachev criticised the Lithuanian government.', '1990-06-01', 'ACCUSE SUNGOV>LTUGOV'],
    // Two members of one union, or a member and one that had declared its independence: the dyad stays.
    ['Slovenia criticised Serbia.', '1989-06-01', 'ACCUSE SVN>SRB'],
    ['Ukraine accused Russia of seizing Black Sea fleet ships.', '1991-12-20', 'ACCUSE UKR>RUS'],
    ['Slovenian leaders criticised Serbian leader Slobodan Milosevic.', '1989-06-01', 'ACCUSE SVNGOV>SRBGOV'],
    ['Armenian and Azerbaijani forces exchanged fire on the border.', '1990-01-20', 'ASSAULT ARMMIL+AZEMIL>'],
    ['Croatian and Serbian police clashed in Borovo Selo.', '1991-05-20', 'ASSAULT HRVCOP+SRBCOP>'],
    ['Armenians and Azerbaijanis clashed in Sumgait.', '1988-02-28', 'ASSAULT ARM+AZE>'],
    // A republic's government and legislature speak for the republic, not the union; Lithuania left on 1990-03-11.
    ['The Ukrainian government accused Poland of violating the border.', '1987-06-01', 'ACCUSE UKRGOV>POL'],
    ['Landsbergis and the Lithuanian parliament accused Moscow of aggression.', '1991-01-13', 'ACCUSE LTUGOV+LTULEG>SUNGOV'],
    ['Lithuania declared independence from the Soviet Union.', '1990-03-11', 'REQUEST LTU>SUN'],
    // A member's police with no other member in the event: the union's, as the training gold codes the 1987 strikes.
    ['Zagreb police detained 20 strikers.', '1987-03-15', 'COERCE YUGCOP>-LAB'],
    // The union's people are no party against a member: the Belgrade teachers stay Yugoslavia's (training reuters-5857).
    ['BELGRADE, March 17 - In the central republic of Bosnia and Hercegovina 1,700 workers struck, while many teachers in Belgrade refused to take their paychecks.', '1987-03-17', 'PROTEST YUGLAB>YUGEDU'],
  ])('%s (%s): %s', (text, date, expected) => {
    expect(coded(text, date)).toContain(expected);
  });

  it('says why a party took the union\'s code and why a dispute kept the members\'', () => {
    const why = (text: string, date: string) => run(text, date).layers.events?.events[0]?.why ?? '';
    expect(why('Zagreb police detained 20 strikers.', '1987-03-15')).toMatch(/Croatia lay in Yugoslavia on 1987-03-15/);
    expect(why('Slovenia criticised Serbia.', '1989-06-01')).toMatch(/sets members of Yugoslavia against each other/);
  });

  it('leaves today\'s codes with no date, and in the actors layer', () => {
    expect(coded('Zagreb police detained 20 strikers.', undefined)).toContain('COERCE HRVCOP>-LAB');
    const actors = run('Zagreb police detained 20 strikers.', '1987-03-15').layers.actors ?? [];
    expect(actors.map((m) => `${m.code} ${m.sector}`)).toContain('HRV COP');
  });
});
