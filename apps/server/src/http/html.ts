// Escaping for every server-rendered HTML (reports, mails, public pages): names and texts come from
// the database or from residents, so no text is ever inserted as-is.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
