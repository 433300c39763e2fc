// Plain Dutch messages (B1) for every validation problem, for residents and staff alike.
// zod's own Dutch locale speaks like a programmer ("verwacht string, ontving number").
import { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

function tooBig(issue: Issue & { code: 'too_big' }): string {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return `Dit is te lang. Gebruik maximaal ${max} tekens.`;
  if (issue.origin === 'array' || issue.origin === 'set') return `Kies maximaal ${max}.`;
  if (issue.origin === 'date') return 'Deze datum is te laat.';
  return `Dit getal is te groot. Het mag maximaal ${max} zijn.`;
}

function tooSmall(issue: Issue & { code: 'too_small' }): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'string') return min <= 1 ? 'Vul dit veld in.' : `Dit is te kort. Gebruik minimaal ${min} tekens.`;
  if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? 'Kies er minimaal één.' : `Kies er minimaal ${min}.`;
  if (issue.origin === 'date') return 'Deze datum is te vroeg.';
  return `Dit getal is te klein. Het moet minimaal ${min} zijn.`;
}

export function dutchError(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Vul dit veld in.';
      if (issue.expected === 'number' || issue.expected === 'int') return 'Vul een getal in.';
      if (issue.expected === 'boolean') return 'Kies ja of nee.';
      if (issue.expected === 'object') return 'Deze gegevens hebben niet de goede vorm.';
      if (issue.expected === 'array') return 'Dit moet een lijst zijn.';
      return 'Vul hier tekst in.';
    case 'invalid_value':
      return 'Kies een van de mogelijkheden.';
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      if (issue.format === 'email') return 'Dit is geen geldig e-mailadres. Een goed voorbeeld: naam@voorbeeld.nl.';
      if (issue.format === 'uuid' || issue.format === 'guid') return 'Dit kenmerk klopt niet.';
      if (issue.format === 'date') return 'Dit is geen geldige datum. Schrijf de datum zo: 2026-12-24.';
      if (issue.format === 'datetime') return 'Dit is geen geldig tijdstip.';
      return 'Dit heeft niet de goede vorm.';
    case 'not_multiple_of':
      return 'Vul een heel getal in.';
    case 'unrecognized_keys':
      return 'Hier staan gegevens die we niet kennen.';
    case 'invalid_union':
      return 'Dit klopt niet. Controleer wat u heeft ingevuld.';
    default:
      return 'Dit klopt niet. Controleer wat u heeft ingevuld.';
  }
}

let configured = false;

/** Make zod speak plain Dutch everywhere in this process or page. */
export function useDutchErrors(): void {
  if (configured) return;
  configured = true;
  z.config({ customError: (issue) => dutchError(issue as Issue) });
}
