import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// senses.tsv "challenge" rows (#12): challenging someone to do something is a demand (REQUEST, as the training gold
// codes "challenged Mr Brown to deny reports", "challenged the Tories to publish the full report"); challenging a
// rival or a ruling keeps CAMEO's isolated 110 (ACCUSE). Real parses, the rules' events before the learned filter.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const types = (text: string): string[] => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2005-02-01' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => e.event);

describe('a challenge to act is a demand', () => {
  it.each([
    ['Britain\'s Labour Party challenged the Conservatives to publish the report.'],
    ['A British Labour peer challenged Chancellor Gordon Brown to deny the reports.'],
    ['The Japanese opposition challenged Mr Okuda to stand down as governor.'],
  ])('issue-12: "%s" is a REQUEST, not an ACCUSE', (text) => {
    const coded = types(text);
    expect(coded).toContain('REQUEST');
    expect(coded).not.toContain('ACCUSE');
  });

  it('keeps a challenge to a policy as ACCUSE: "The British opposition challenged the government\'s economic policies"', () => {
    expect(types('The British opposition challenged the government\'s economic policies.')).toEqual(['ACCUSE']);
  });
});

// senses.tsv "impose foreign-goods-on" (#12): a measure put on another country's goods, told in a relative clause
// whose head is the measure, is an embargo (SANCTION), no bare COERCE.
describe('a measure imposed on a country\'s goods is an embargo', () => {
  it('issue-12: "The tough trade sanctions President Reagan imposed on Japanese exports …" is a SANCTION', () => {
    const coded = types('The tough trade sanctions President Reagan imposed on Japanese exports are a shot across Japan\'s bow.');
    expect(coded).toContain('SANCTION');
    expect(coded).not.toContain('COERCE');
  });

  it('keeps a curb on no country\'s goods: "The government imposed curbs on public spending" is no SANCTION', () => {
    expect(types('The French government imposed curbs on public spending.')).not.toContain('SANCTION');
  });
});

// senses.tsv "inflict thing-object" (#12): inflicting damage or losses is force (ASSAULT), not coercion (COERCE).
describe('damage inflicted is an assault', () => {
  it('issue-12: "Iranian troops inflicted severe losses on Iraqi troops" is an ASSAULT, no COERCE', () => {
    const coded = types('Iranian troops inflicted severe losses on Iraqi troops east of Basra.');
    expect(coded).toContain('ASSAULT');
    expect(coded).not.toContain('COERCE');
  });
});
