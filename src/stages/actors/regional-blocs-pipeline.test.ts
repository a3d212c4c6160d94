import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// Regional blocs carry the organisation codes of the CAMEO/Phoenix dictionaries, which the training gold uses too
// (IGOAFU 9 times for the African Union and the OAU, IGOASN 25 times for ASEAN; organisations.tsv), through the real
// tagger and parser: "AU" and "ASEAN" matched no gold participant.
const pipeline = defaultPipeline({ layers: ['actors'] });
const mentions = (text: string, date: string) =>
  (pipeline.run(makeDoc({ text, meta: { date } })).layers.actors ?? [])
    .map((m) => `${text.slice(m.start, m.end)}=${m.code ?? ''}${m.sector ?? ''}`);

describe('regional blocs', () => {
  it.each([
    ['The African Union condemned the coup in Niger.', '2023-08-01', 'The African Union=IGOAFU'],
    ['The Organisation of African Unity called for sanctions.', '1987-06-16', 'The Organisation of African Unity=IGOAFU'],
    ['ASEAN urged Myanmar to end the violence.', '2021-04-24', 'ASEAN=IGOASN'],
    ['The Arab League criticised Israel.', '2023-10-20', 'The Arab League=IGOARL'],
    ['The Gulf Cooperation Council welcomed the agreement.', '1987-03-01', 'The Gulf Cooperation Council=IGOGCC'],
  ])('%s', (text, date, expected) => {
    expect(mentions(text, date)).toContain(expected);
  });
});
