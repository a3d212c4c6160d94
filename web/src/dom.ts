/**
 * Building the page. Every piece of data enters the DOM as a text node or an attribute value,
 * never as markup, so article text and codes are shown, not interpreted.
 */
export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

function fill<E extends Element>(el: E, attrs: Attrs, children: Child[]): E {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attrs, children);
}

export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  return fill(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs, children);
}

/** A link inside the dashboard: `#/<route>?<params>`, with every value encoded. */
export function route(path: string, params: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const query = q.toString();
  return `#/${path.split('/').map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`;
}

export function link(path: string, params: Record<string, string | number | undefined>, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: route(path, params) }, ...children);
}

/** The text fields of a submitted form, by name (the dashboard's forms have no file inputs). */
export function formFields(ev: Event): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new FormData(ev.target as HTMLFormElement)) fields[name] = typeof value === 'string' ? value : '';
  return fields;
}
