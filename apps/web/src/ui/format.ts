// Dutch dates and times in the municipality's time zone, whatever the browser's zone.
const zone = 'Europe/Amsterdam';
const dateTime = new Intl.DateTimeFormat('nl-NL', { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const longDate = new Intl.DateTimeFormat('nl-NL', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat('nl-NL', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatLongDate = (iso: string) => longDate.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
export const formatShortDate = (iso: string) => shortDate.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));

/** Today's date in Amsterdam as YYYY-MM-DD (for date inputs). */
export function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
