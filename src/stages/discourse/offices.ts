/**
 * Offices named without a name: "the President" on an official site is the site's principal on the
 * day; another office ("the Federal Chancellor" on president.gov.ua) or a bare title after the
 * meeting sentence ("The President and Prime Minister underscored …") is the one meeting party who
 * holds it. Part of reading references (`refer.ts`).
 */
import type { ActorKb } from '../actors/kb.js';
import type { ActorMention } from '../actors/types.js';
import { reason } from '../../lang/reason.js';
import { holdsAt } from './participants.js';
import { principalOf } from './principal.js';
import type { Participants, Publisher } from './types.js';
import { actorOf, mentionOver, type View } from './view.js';

/** What the office readers need of the article being read. */
export interface OfficeContext {
  readonly view: View;
  readonly kb: ActorKb;
  readonly day?: string;
  readonly publisher?: Publisher;
  readonly participants?: Participants;
}

/** Office nouns a bare "the …" uses for a site's principal, by office. */
const OFFICE_NOUNS: Readonly<Record<string, readonly string[]>> = {
  president: ['president', 'head of state'],
  'prime-minister': ['prime minister', 'premier', 'head of government'],
  chancellor: ['chancellor', 'federal chancellor'],
};

/**
 * "The President and Prime Minister underscored …" in a readout of Biden's meeting with Trudeau: a
 * title with no name and no country after the meeting sentence is the one party of the meeting who
 * holds that office on the day (its role opens with the title); none, or two, and it stays unresolved.
 */
export function participantOffice(ctx: OfficeContext, m: ActorMention, sent: number): ActorMention | undefined {
  const { view, participants } = ctx;
  if (!participants || sent <= participants.sent || !holdsAt(participants, sent) || m.members?.length) return undefined;
  const words = view.words.slice(m.tokens[0], m.tokens[1]).filter((w) => !view.pack.definiteArticles.has(w));
  // A name or a country would say who; a bare title is lower-cased words of an office only.
  if (!words.length || words.some((w) => !/^\p{L}+$/u.test(w)) || view.words[m.tokens[1]] === 'of') return undefined;
  const title = words.join(' ');
  const holders = participants.members.filter((p) => {
    const role = p.role?.toLowerCase() ?? '';
    return role === title || role.startsWith(`${title} of `);
  });
  if (holders.length !== 1) return undefined;
  const [holder] = holders;
  return mentionOver(view, m.tokens[0], m.tokens[1], actorOf(holder), reason('discourse/participant-office', { text: view.texts.slice(m.tokens[0], m.tokens[1]).join(' '), meeting: participants.reason, name: holder.name }));
}

/**
 * "the President" on an official site: the site's principal on the day. Another office ("The Federal
 * Chancellor also thanked …" on president.gov.ua) is the meeting's party who holds it on the day.
 */
export function bareOffice(ctx: OfficeContext, i: number): ActorMention | undefined {
  const { view, publisher } = ctx;
  if (!publisher || !view.pack.definiteArticles.has(view.words[i])) return undefined;
  return officeAfter(ctx, publisher, i);
}

/** The office holder "the <office noun>" at `i` names: apart from `bareOffice`'s test of every token, for its closures' context (#13). */
function officeAfter(ctx: OfficeContext, publisher: NonNullable<OfficeContext['publisher']>, i: number): ActorMention | undefined {
  const { view } = ctx;
  for (const [office, nouns] of Object.entries(OFFICE_NOUNS)) {
    for (const noun of nouns) {
      const words = noun.split(' ');
      const last = i + 1 + words.length;
      if (words.some((w, k) => view.words[i + 1 + k] !== w) || view.sents[last - 1] !== view.sents[i]) continue;
      // "the President of France", "the President Emmanuel Macron": the words after say who.
      const next = view.texts[last] ?? '';
      if (view.words[last] === 'of' || /^\p{Lu}/u.test(next)) return undefined;
      if (office === publisher.office) return principalOf(ctx.kb, publisher, ctx.day, view, [i, last]);
      const other = partyInOffice(ctx, office, [i, last]);
      if (other) return other;
    }
  }
  return undefined;
}

/** The one party of the article's meeting, of another country than the site's, who holds `office` on the day. */
function partyInOffice(ctx: OfficeContext, office: string, tokens: readonly [number, number]): ActorMention | undefined {
  const { publisher, participants } = ctx;
  if (!publisher || !participants || !holdsAt(participants, ctx.view.sents[tokens[0]] ?? 0)) return undefined;
  const holders = participants.members.filter((m) => m.code && m.code !== publisher.code).flatMap((m) => {
    const holder = principalOf(ctx.kb, { ...publisher, code: m.code!, office }, ctx.day, ctx.view, tokens);
    // The party is that holder, or the holder's country named as the party.
    return holder && (holder.actorId === m.actorId || m.kind === 'country') ? [holder] : [];
  });
  const [holder] = holders;
  if (holders.length !== 1 || !holder) return undefined;
  return mentionOver(ctx.view, tokens[0], tokens[1], actorOf(holder), reason('discourse/party-office', { office, name: holder.name, day: ctx.day ?? 'no date', meeting: participants.reason }));
}
