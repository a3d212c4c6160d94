/** The publisher's principal on the article's day: who "the President" means on kremlin.ru. */
import { officeHoldersOn, type ActorKb } from '../actors/kb.js';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Publisher } from './types.js';
import { mentionOver, type View } from './view.js';

/** The holder of the publisher's office on `day`, as a mention over `tokens`. */
export function principalOf(kb: ActorKb, publisher: Publisher, day: string | undefined, view: View, tokens: readonly [number, number]): ActorMention | undefined {
  const [m] = officeHoldersOn(kb, publisher.code, day, publisher.office);
  const role = m?.onDate?.role;
  if (!m || !role) return undefined;
  return mentionOver(view, tokens[0], tokens[1], {
    actorId: m.actor.id, name: m.actor.name, code: role.code, ...(role.sector ? { sector: role.sector } : {}), kind: 'person', ...(role.title ? { role: role.title } : {}),
  }, reason('discourse/principal', { site: publisher.site, code: publisher.code, office: publisher.office, name: m.actor.name, day: day ?? 'no date' }));
}
