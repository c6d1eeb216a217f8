/** Escaping for the HTML report: every string that comes from the input passes through here. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values (double- or single-quoted) alike. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A link only for http(s) addresses; anything else (javascript:, data:, file:) stays plain text. */
export function externalLink(url: string, label = url): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return esc(label);
  return `<a href="${esc(parsed.href)}" rel="noopener noreferrer nofollow">${esc(label)}</a>`;
}
