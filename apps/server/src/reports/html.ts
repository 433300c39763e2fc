// Escaping lives with the other HTML helpers; coordinates are the report's own.
export { esc } from '../http/html.js';

/** A number for SVG coordinates: one decimal, so the output is the same on every run and platform. */
export function coord(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
