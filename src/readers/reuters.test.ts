import { describe, expect, it } from 'vitest';
import { readReuters } from './reuters.js';
import { collect, sourceOf } from './test-source.js';

const story = (id: number, body: string) => `<REUTERS TOPICS="NO" NEWID="${id}">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT>&#2;
<TITLE>BAHIA COCOA &lt;REVIEW&gt;</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>${body}</BODY></TEXT>
</REUTERS>`;
const sgml = Buffer.from(
  `<!DOCTYPE lewis SYSTEM "lewis.dtd">\n${story(1, 'Showers continued throughout\nthe week in the caf\xe9 zone.\n    Arrivals were 155,221 bags.\n Reuter\n&#3;')}\n` +
    `<REUTERS NEWID="2"><DATE>garbage</DATE><TEXT><BODY>x</BODY></TEXT></REUTERS>\n${story(3, 'Second story.\n Reuter\n&#3;')}`,
  'latin1',
);

describe('readReuters', () => {
  it('reads Latin-1 stories with their dateline, joined lines and paragraphs, without the sign-off', async () => {
    const [first] = await collect(readReuters(sourceOf(sgml, 'reut2-000.sgm')));
    expect(first.ok && first.doc.text).toBe('SALVADOR, Feb 26 - Showers continued throughout the week in the café zone.\n\nArrivals were 155,221 bags.');
  });

  it('keeps the NEWID, the timestamp, the decoded title and the agency', async () => {
    const [first] = await collect(readReuters(sourceOf(sgml)));
    expect(first.ok && first.doc.meta).toMatchObject({ sourceId: 'reuters-1', date: '1987-02-26T15:01:01', title: 'BAHIA COCOA <REVIEW>', source: 'Reuters' });
  });

  it('rejects a story it cannot read by its NEWID and goes on', async () => {
    const results = await collect(readReuters(sourceOf(sgml, 'reut2-000.sgm')));
    expect(results.map((r) => (r.ok ? r.doc.meta.sourceId : r.error.message))).toEqual([
      'reuters-1',
      'E014: reut2-000.sgm: record 2: no readable <DATE>.',
      'reuters-3',
    ]);
  });
});

describe('issue-16: Reuters losses are reported', () => {
  it('reports a record cut off before </REUTERS> instead of dropping it', async () => {
    const cut = Buffer.from(`${story(1, 'Whole story.\n Reuter')}\n${story(2, 'Cut off in the mid').slice(0, 160)}`, 'latin1');
    const results = await collect(readReuters(sourceOf(cut, 'cut.sgm')));
    expect(results.map((r) => (r.ok ? r.doc.meta.sourceId : r.error.message))).toEqual(['reuters-1', 'E014: cut.sgm: record 2: the record is cut off (no </REUTERS>).']);
  });

  it('keeps the day of a story whose time is malformed, and says the time is unreadable', async () => {
    const odd = Buffer.from(story(4, 'Odd time.').replace('26-FEB-1987 15:01:01.79', '31-MAR-1987 605:12:19.12'), 'latin1');
    const [result] = await collect(readReuters(sourceOf(odd, 'odd.sgm')));
    expect(result.ok && result.doc.meta.date).toBe('1987-03-31');
    expect(result.ok && result.doc.diagnostics.map((d) => d.reason)).toEqual(['E026: odd.sgm: record 4: the time in "31-MAR-1987 605:12:19.12" is unreadable; only the day is kept.']);
  });

  it('rejects a day that does not exist', async () => {
    const bad = Buffer.from(story(5, 'Bad day.').replace('26-FEB-1987', '30-FEB-1987'), 'latin1');
    const [result] = await collect(readReuters(sourceOf(bad)));
    expect(!result.ok && result.error.code).toBe('E014');
  });
});
