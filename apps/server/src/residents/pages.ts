// The public pages residents meet: plain HTML forms that work without JavaScript, on the same NL
// Design System (Utrecht) style sheet as the web app. Pure functions of what they show: every
// text from a resident or the database is escaped, and a form shown again keeps what was typed.
import { REPORT_CATEGORIES, REPORT_CATEGORY_LABELS } from '@helder/domain';
import type { FieldError } from '../http/errors.js';
import { esc } from '../http/html.js';
import { page, type PageFrame } from '../http/public-page.js';
import type { StatusView } from './service.js';

/** A term in words a resident reads at a glance: "2 jaar", "6 maanden", "45 dagen". */
export function termInWords(days: number): string {
  if (days >= 365 && days % 365 === 0) return `${days / 365} jaar`;
  const months = Math.round(days / 30.4);
  if (days >= 60 && Math.abs(months * 30.4 - days) <= 2) return `${months} maanden`;
  return `${days} dagen`;
}

/** How long what a resident sends is kept: the same term the retention job applies (it starts with a number). */
export function retentionText(frame: PageFrame, what: 'melding' | 'antwoorden'): string {
  const term = termInWords(frame.retentionCaseDays);
  return what === 'melding'
    ? `Wij gebruiken uw gegevens alleen voor deze melding. ${term} nadat uw melding is afgehandeld, halen wij uw naam, e-mailadres, telefoonnummer en uw tekst weg.`
    : `Uw cijfers tellen mee in onze resultaten, zonder uw naam. ${term} na uw contact halen wij uw toelichting weg.`;
}

type Values = Record<string, string | undefined>;
type Errors = Map<string, string>;

export function errorMap(fields: FieldError[] | undefined): Errors {
  const map = new Map<string, string>();
  for (const f of fields ?? []) if (!map.has(f.field)) map.set(f.field, f.message);
  return map;
}

function errorSummary(errors: Errors, labels: Record<string, string>): string {
  if (errors.size === 0) return '';
  const items = [...errors].map(([field, message]) => `<li><a class="utrecht-link" href="#${esc(field)}">${esc(labels[field] ?? 'Formulier')}: ${esc(message)}</a></li>`);
  return `<div class="helder-error-summary" role="alert" tabindex="-1" id="fouten" autofocus>
<h2 class="utrecht-heading-2">Controleer wat u heeft ingevuld</h2>
<ul class="utrecht-unordered-list">${items.join('')}</ul>
</div>`;
}

function described(id: string, description: string | undefined, error: string | undefined): string {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ` aria-describedby="${ids.join(' ')}"` : '';
}

function extras(id: string, description: string | undefined, error: string | undefined): string {
  return (description ? `<div class="utrecht-form-field-description" id="${id}-description">${esc(description)}</div>` : '')
    + (error ? `<div class="utrecht-form-field-error-message" id="${id}-error">${esc(error)}</div>` : '');
}

interface FieldOptions {
  id: string;
  label: string;
  description?: string;
  required?: boolean;
  error?: string | undefined;
}

function label(o: FieldOptions): string {
  return `<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${o.id}">${esc(o.label)}${o.required ? '' : '<span class="helder-optional"> (niet verplicht)</span>'}</label></div>`;
}

function textField(o: FieldOptions & { value: string | undefined; type?: string; autocomplete?: string; maxlength?: number; inputmode?: string }): string {
  const invalid = o.error ? ' utrecht-textbox--invalid' : '';
  return `<div class="utrecht-form-field utrecht-form-field--text${o.error ? ' utrecht-form-field--invalid' : ''}">
${label(o)}${extras(o.id, o.description, o.error)}
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input${invalid}" id="${o.id}" name="${o.id}" type="${o.type ?? 'text'}" value="${esc(o.value ?? '')}"${o.autocomplete ? ` autocomplete="${o.autocomplete}"` : ''}${o.maxlength ? ` maxlength="${o.maxlength}"` : ''}${o.inputmode ? ` inputmode="${o.inputmode}"` : ''}${o.required ? ' aria-required="true"' : ''}${o.error ? ' aria-invalid="true"' : ''}${described(o.id, o.description, o.error)}></div>
</div>`;
}

function textArea(o: FieldOptions & { value: string | undefined; maxlength: number; rows?: number }): string {
  return `<div class="utrecht-form-field utrecht-form-field--text${o.error ? ' utrecht-form-field--invalid' : ''}">
${label(o)}${extras(o.id, o.description, o.error)}
<div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea${o.error ? ' utrecht-textarea--invalid' : ''}" id="${o.id}" name="${o.id}" rows="${o.rows ?? 6}" maxlength="${o.maxlength}"${o.required ? ' aria-required="true"' : ''}${o.error ? ' aria-invalid="true"' : ''}${described(o.id, o.description, o.error)}>${esc(o.value ?? '')}</textarea></div>
</div>`;
}

/**
 * A group of radio buttons; the fieldset's id is the field name, so the error summary can link to it.
 * No `required` on the fields (here or in the text fields): the forms are checked on the server
 * (novalidate), and a required field that is still empty matches :invalid, which the style sheet
 * shows as an error before the resident has done anything. Only the server marks a field invalid.
 */
function radioGroup(o: FieldOptions & { name: string; options: [value: string, text: string][]; value: string | undefined; inline?: boolean }): string {
  const radios = o.options
    .map(([value, text], i) => {
      const id = `${o.name}-${i + 1}`;
      return `<div class="utrecht-form-field utrecht-form-field--radio${o.inline ? ' helder-radio-inline' : ''}">
<div class="utrecht-form-field__input"><input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="${id}" name="${o.name}" value="${esc(value)}"${o.value === value ? ' checked' : ''}${o.error ? ' aria-invalid="true"' : ''}></div>
<div class="utrecht-form-field__label utrecht-form-field__label--radio"><label class="utrecht-form-label utrecht-form-label--radio" for="${id}">${esc(text)}</label></div>
</div>`;
    })
    .join('\n');
  return `<div class="utrecht-form-fieldset${o.error ? ' utrecht-form-fieldset--invalid' : ''}">
<fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" id="${o.id}"${o.error ? ' aria-invalid="true"' : ''}${described(o.id, o.description, o.error)}>
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${esc(o.label)}${o.required ? '' : '<span class="helder-optional"> (niet verplicht)</span>'}</legend>
${extras(o.id, o.description, o.error)}
<div class="${o.inline ? 'helder-radio-row' : ''}">${radios}</div>
</fieldset>
</div>`;
}

function checkbox(o: FieldOptions & { checked: boolean }): string {
  return `<div class="utrecht-form-field utrecht-form-field--checkbox${o.error ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__input"><input class="utrecht-checkbox utrecht-checkbox--html-input${o.error ? ' utrecht-checkbox--invalid' : ''}" type="checkbox" id="${o.id}" name="${o.id}" value="true"${o.checked ? ' checked' : ''}${o.error ? ' aria-invalid="true"' : ''}${described(o.id, o.description, o.error)}></div>
<div class="utrecht-form-field__label utrecht-form-field__label--checkbox"><label class="utrecht-form-label utrecht-form-label--checkbox" for="${o.id}">${esc(o.label)}</label></div>
${extras(o.id, o.description, o.error)}
</div>`;
}

const button = (text: string) => `<div class="utrecht-button-group"><button class="utrecht-button utrecht-button--primary-action" type="submit">${esc(text)}</button></div>`;

const REPORT_LABELS: Record<string, string> = {
  category: 'Wat ging er mis?',
  description: 'Wat gebeurde er?',
  occurredOn: 'Wanneer gebeurde het?',
  teamId: 'Over welk team of onderwerp gaat het?',
  name: 'Uw naam',
  email: 'Uw e-mailadres',
  phone: 'Uw telefoonnummer',
  consent: 'Toestemming',
  website: 'Niet invullen',
};

export function reportFormPage(frame: PageFrame, o: { teams: { id: string; name: string }[]; values: Values; errors: Errors; formToken: string; today: string }): string {
  const v = o.values;
  const e = o.errors;
  const teamOptions = [['', 'Weet ik niet'] as [string, string], ...o.teams.map((t) => [t.id, t.name] as [string, string])]
    .map(([id, name]) => `<option value="${esc(id)}"${(v.teamId ?? '') === id ? ' selected' : ''}>${esc(name)}</option>`)
    .join('');
  const body = `<h1 class="utrecht-heading-1">Meld wat er misging in ons contact met u</h1>
<p class="utrecht-paragraph helder-lead">Wij willen duidelijk zijn en doen wat wij beloven. Lukte dat niet? Vertel het ons. Dan kunnen wij het goedmaken en ervan leren. U hoeft niet in te loggen.</p>
${errorSummary(e, REPORT_LABELS)}
<form method="post" action="/api/public/reports" class="helder-form" novalidate>
<input type="hidden" name="formToken" value="${esc(o.formToken)}">
${radioGroup({ id: 'category', name: 'category', label: REPORT_LABELS.category!, required: true, error: e.get('category'), value: v.category, options: REPORT_CATEGORIES.map((c) => [c, REPORT_CATEGORY_LABELS[c]]) })}
${textArea({ id: 'description', label: REPORT_LABELS.description!, description: 'Schrijf in uw eigen woorden wat er gebeurde. Noem geen gegevens van anderen.', required: true, error: e.get('description'), value: v.description, maxlength: 4000 })}
${textField({ id: 'occurredOn', label: REPORT_LABELS.occurredOn!, description: 'Weet u de dag nog? Bijvoorbeeld 20-11-2026.', type: 'date', error: e.get('occurredOn'), value: v.occurredOn })}
<div class="utrecht-form-field utrecht-form-field--select${e.get('teamId') ? ' utrecht-form-field--invalid' : ''}">
${label({ id: 'teamId', label: REPORT_LABELS.teamId! })}${extras('teamId', undefined, e.get('teamId'))}
<div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="teamId" name="teamId"${described('teamId', undefined, e.get('teamId'))}>${teamOptions}</select></div>
</div>
<h2 class="utrecht-heading-2">Wilt u een antwoord?</h2>
<p class="utrecht-paragraph">Laat dan uw naam en uw e-mailadres of telefoonnummer achter. Dat hoeft niet: u mag ook melden zonder uw gegevens. Met een e-mailadres krijgt u een bevestiging en een link om te zien hoe het ervoor staat.</p>
${textField({ id: 'name', label: REPORT_LABELS.name!, autocomplete: 'name', maxlength: 200, error: e.get('name'), value: v.name })}
${textField({ id: 'email', label: REPORT_LABELS.email!, type: 'email', autocomplete: 'email', inputmode: 'email', maxlength: 254, description: 'Bijvoorbeeld naam@voorbeeld.nl.', error: e.get('email'), value: v.email })}
${textField({ id: 'phone', label: REPORT_LABELS.phone!, type: 'tel', autocomplete: 'tel', inputmode: 'tel', maxlength: 30, description: 'Bijvoorbeeld 06 12345678.', error: e.get('phone'), value: v.phone })}
${checkbox({ id: 'consent', label: 'Ik geef toestemming dat de gemeente mijn gegevens gebruikt om mij te antwoorden over deze melding.', description: retentionText(frame, 'melding'), error: e.get('consent'), checked: v.consent === 'true' || v.consent === 'on' })}
<div class="helder-honeypot" aria-hidden="true">
<label for="website">Niet invullen</label>
<input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value="${esc(v.website ?? '')}">
</div>
${button('Verstuur melding')}
</form>`;
  return page(frame, e.size ? 'Fout in formulier: melding' : 'Melding miscommunicatie', body);
}

export function statusPage(frame: PageFrame, s: StatusView, justCreated: boolean): string {
  const received = justCreated
    ? `<div class="helder-notice helder-notice--success" role="status"><h1 class="utrecht-heading-1">Bedankt, wij hebben uw ${s.kind === 'report' ? 'melding' : 'vraag'} ontvangen</h1>
<p class="utrecht-paragraph">Uw nummer is <strong>${esc(s.reference)}</strong>. Bewaar deze pagina of het nummer. ${s.answerChannel === 'email' ? 'U krijgt ook een e-mail met deze link.' : 'Met deze pagina kunt u zien hoe het ervoor staat.'}</p></div>`
    : '';
  const rows: [string, string][] = [
    ['Nummer', s.reference],
    ['Soort', s.category ? `${s.kindLabel}: ${s.category}` : s.kindLabel],
    ['Ontvangen op', s.createdOn],
    ['Stand van zaken', s.statusLabel],
    ['Wie behandelt het', `Team ${s.teamName}`],
    [s.status === 'done' ? 'Afgehandeld op' : 'Uiterlijk antwoord', s.status === 'done' ? (s.completedOn ?? '') : s.dueDateText],
    ['Antwoord via', s.answerChannelLabel],
  ];
  const interim = s.interimReply
    ? `<h2 class="utrecht-heading-2">Tussenbericht</h2>
${s.interimReply.message ? `<p class="utrecht-paragraph helder-quote">${esc(s.interimReply.message)}</p>` : ''}
${s.interimReply.expectedByText ? `<p class="utrecht-paragraph">U krijgt uiterlijk ${esc(s.interimReply.expectedByText)} antwoord.</p>` : ''}`
    : '';
  const late = s.late && (s.status === 'open' || s.status === 'in_progress')
    ? `<p class="utrecht-paragraph"><strong>Het duurt langer dan wij beloofden. Dat spijt ons.</strong> Bel ons gerust en noem uw nummer.</p>`
    : '';
  const body = `${received}
${justCreated ? '<h2 class="utrecht-heading-2">' : '<h1 class="utrecht-heading-1">'}Hoe staat het met uw ${s.kind === 'report' ? 'melding' : 'vraag'}?${justCreated ? '</h2>' : '</h1>'}
<dl class="helder-facts">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
${late}
${s.description ? `<h2 class="utrecht-heading-2">Uw melding</h2><p class="utrecht-paragraph helder-quote">${esc(s.description)}</p>` : ''}
${interim}
${s.linkValidUntil ? `<p class="utrecht-paragraph helder-muted">Deze pagina werkt tot en met ${esc(s.linkValidUntil)}.</p>` : ''}`;
  return page(frame, justCreated ? 'Melding ontvangen' : 'Stand van zaken', body);
}

const SURVEY_LABELS: Record<string, string> = {
  score: 'Welk cijfer geeft u het contact?',
  timelinessScore: 'Welk cijfer geeft u de snelheid van ons antwoord?',
  resolved: 'Is uw vraag opgelost?',
  comment: 'Wilt u nog iets zeggen?',
  mayContact: 'Contact',
};

const marks = (): [string, string][] => Array.from({ length: 10 }, (_, i) => [String(i + 1), String(i + 1)]);

export function surveyFormPage(frame: PageFrame, o: { token: string; values: Values; errors: Errors; expiresOn: string }): string {
  const v = o.values;
  const e = o.errors;
  const body = `<h1 class="utrecht-heading-1">Hoe was uw contact met de gemeente?</h1>
<p class="utrecht-paragraph helder-lead">Vier korte vragen. Het kost minder dan een minuut. Geef een cijfer van 1 tot en met 10. Een 1 is heel slecht, een 10 is uitstekend.</p>
${errorSummary(e, SURVEY_LABELS)}
<form method="post" action="/api/public/surveys/${esc(o.token)}" class="helder-form" novalidate>
${radioGroup({ id: 'score', name: 'score', label: SURVEY_LABELS.score!, required: true, inline: true, error: e.get('score'), value: v.score, options: marks() })}
${radioGroup({ id: 'timelinessScore', name: 'timelinessScore', label: SURVEY_LABELS.timelinessScore!, description: 'Kreeg u snel genoeg antwoord?', required: true, inline: true, error: e.get('timelinessScore'), value: v.timelinessScore, options: marks() })}
${radioGroup({ id: 'resolved', name: 'resolved', label: SURVEY_LABELS.resolved!, required: true, error: e.get('resolved'), value: v.resolved, options: [['true', 'Ja'], ['false', 'Nee']] })}
${textArea({ id: 'comment', label: SURVEY_LABELS.comment!, description: 'Wat ging goed? Wat kan beter? Noem geen gegevens van anderen.', error: e.get('comment'), value: v.comment, maxlength: 2000, rows: 4 })}
${checkbox({ id: 'mayContact', label: 'U mag mij bellen of mailen over mijn antwoord.', error: e.get('mayContact'), checked: v.mayContact === 'true' || v.mayContact === 'on' })}
${button('Verstuur mijn antwoorden')}
</form>
<p class="utrecht-paragraph helder-muted">U kunt de vragen één keer beantwoorden, tot en met ${esc(o.expiresOn)}.</p>
<p class="utrecht-paragraph helder-muted">${esc(retentionText(frame, 'antwoorden'))}</p>`;
  return page(frame, e.size ? 'Fout in formulier: enquête' : 'Enquête', body);
}
