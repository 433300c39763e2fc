// Escaping for everything the report renderers put into HTML or SVG: team and municipality names
// come from the database, so no text is ever inserted as-is.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A number for SVG coordinates: one decimal, so the output is the same on every run and platform. */
export function coord(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
