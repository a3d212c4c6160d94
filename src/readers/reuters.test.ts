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
