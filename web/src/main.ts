/**
 * The dyad dashboard: a single page over the JSON API, routed by the URL hash
 * (`#/events?country=RUS`, `#/doc/<id>`, `#/actor/<id>`, `#/pair?a=RUS&b=FRA`, `#/map`, `#/network`,
 * `#/stories`, `#/story/<id>`).
 */
import { h, type Child } from './dom.js';
import { mapView, networkView } from './map.js';
import { storiesView, storyView } from './stories.js';
import { actorView, articleView, documentsView, eventsView, pairView } from './views.js';

async function render(): Promise<void> {
  const main = document.getElementById('main')!;
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, ...rest] = path.split('/').map(decodeURIComponent);
  const params = new URLSearchParams(query);
  const id = rest.join('/');
  let content: Child[];
  try {
    content =
      name === 'doc' ? await articleView(id)
      : name === 'actor' ? await actorView(id)
      : name === 'pair' ? await pairView(params)
      : name === 'map' ? await mapView(params)
      : name === 'network' ? await networkView()
      : name === 'documents' ? await documentsView(params)
      : name === 'stories' ? await storiesView(params)
      : name === 'story' ? await storyView(id)
      : await eventsView(params);
  } catch (error) {
    content = [h('p', { class: 'error' }, error instanceof Error ? error.message : String(error))];
  }
  main.replaceChildren(...content.filter((c): c is Node | string => c !== null && c !== undefined && c !== false).map((c) => (typeof c === 'number' ? String(c) : c)));
  main.setAttribute('data-ready', name || 'events');
}

window.addEventListener('hashchange', () => void render());
void render();
