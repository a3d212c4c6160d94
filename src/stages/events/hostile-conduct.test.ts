import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline up to the layers events read: the parser's attachments are what the rule
// must survive. The official site is given as the discourse stage finds it for kremlin.ru and president.gov.ua.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
const SITES = {
  kremlin: { site: 'kremlin.ru', code: 'RUS', office: 'president' },
  ukraine: { site: 'president.gov.ua', code: 'UKR', office: 'president' },
  whitehouse: { site: 'whitehouse.gov', code: 'USA', office: 'president' },
} as const;

/** The ACCUSE events coded in the text's last sentence, as "actor->recipient rule". */
const charges = (text: string, site?: keyof typeof SITES): string[] => {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '2022-03-20' } }));
  if (site) Object.assign(doc.layers, { discourse: { ...doc.layers.discourse, publisher: SITES[site] } });
  const events = codeEvents(doc as EventInput, lexicon).events;
  const last = Math.max(...events.map((e) => e.sent), 0);
  return events.filter((e) => e.event === 'ACCUSE' && e.sent === last)
    .map((e) => `${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')} ${e.reasons[0]?.rule}`);
};

describe('hostile conduct told as a description is the teller\'s charge (#12, hostile-conduct.ts)', () => {
  it.each([
    // A passive statement verb with no speaker named: the site tells it.
    ['Putin spoke with Macron. It was also noted that the Ukrainian authorities are purposefully aggravating the situation on the line of contact.', 'kremlin', 'RUS->UKR events/content-conduct'],
    // The site's own words.
    ['Zelensky spoke with Trudeau. Russia intimidates everyone in Europe.', 'ukraine', 'UKR->RUS events/content-conduct'],
    // A named speaker in a wire story; an adverb of intent on a verb the lexicon codes as no event.
    ['The Soviet Union said on Tuesday that the United States was exacerbating tension in the Gulf.', undefined, 'SUN->USA events/content-conduct'],
    ['Iran said on Tuesday that Iraq was deliberately stoking tension in the Gulf.', undefined, 'IRN->IRQ events/content-intent'],
    // The possessor of an act is its doer.
    ["Lavrov said Kiev's provocations had exacerbated tensions.", undefined, 'RUS->UKR events/content-conduct'],
  ] as const)('"%s"', (text, site, expected) => {
    expect(charges(text, site)).toEqual([expected]);
  });

  it.each([
    // Denied, and an infinitive (the aim, not the act).
    ['Zelensky spoke with Trudeau. Zelensky said that the Russian military did not aggravate the situation.', 'ukraine'],
    ['Zelensky spoke with Trudeau. Zelensky said Russia was trying to intimidate Europe.', 'ukraine'],
    // The teller's own side.
    ['Zelensky spoke with Trudeau. Ukraine is deliberately strengthening its defence.', 'ukraine'],
    // No teller: a wire story's own words, and a subject that is no side.
    ['The United States exacerbated tension in the Gulf.', undefined],
    ['Iran said on Tuesday that prices had deliberately fallen.', undefined],
    // A disaster or situation is no one's conduct: its possessor is charged with nothing (session 49 review a).
    ["GENEVA, March 3 (Reuters) - The UN envoy said Syria's earthquake had exacerbated the humanitarian crisis.", undefined],
    ["COLOMBO, March 3 (Reuters) - The World Bank said Sri Lanka's debt crisis aggravated shortages of fuel and medicine.", undefined],
    ["Biden spoke with Scholz. Syria's earthquake exacerbated the humanitarian crisis in the north.", 'whitehouse'],
    // Done on purpose to the doer's own thing.
    ['TOKYO, March 3 (Reuters) - The Japanese minister said South Korea had deliberately timed its rate cut to support exporters.', undefined],
    // Someone else's words in quotation marks: the site tells nothing.
    ['Biden spoke with Scholz. A banner at the rally read: "Germany ignores the Herero genocide."', 'whitehouse'],
    ['Biden spoke with Scholz. "The Chinese government persecutes the Uyghurs." Those words were written by a survivor in Geneva.', 'whitehouse'],
  ] as const)('"%s": no charge', (text, site) => {
    expect(charges(text, site)).toEqual([]);
  });
});

describe('ignoring told by an official site in its own words (#12, speech-content.ts wrongingOf)', () => {
  it.each([
    ['Zelensky spoke with Trudeau. Russia ignores the UN resolutions.', 'ukraine', ['UKR->RUS events/content-wrong']],
    ["Biden spoke with Scholz. Russia ignored Ukraine's request.", 'whitehouse', ['USA->RUS events/content-wrong']],
    // The site's own news: no norm, call or side ignored (session 49 review a).
    ["Biden spoke with Scholz. Germany's voters ignored the opinion polls and backed the Greens.", 'whitehouse', []],
    ['Biden spoke with Scholz. Chinese investors ignored the warnings and bought more bonds.', 'whitehouse', []],
    ["Putin spoke with Macron. Britain's farmers ignored the advice and planted early.", 'kremlin', []],
    // A named speaker's report of the same news is no charge either; of a side's proposals it is.
    ['BERLIN, March 3 (Reuters) - Scholz said Russia had ignored the opinion polls.', undefined, []],
    ["MOSCOW, March 3 (Reuters) - Lavrov said Washington had ignored Moscow's proposals.", undefined, ['RUS->USA events/content-wrong']],
  ] as const)('"%s"', (text, site, expected) => {
    expect(charges(text, site)).toEqual(expected);
  });
});
