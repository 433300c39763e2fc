// The resident's rights under the AVG, for administrators and the privacy officer: find what Helder
// holds about one person, download it, correct it, or erase it. Every step is in the audit log.
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { FormField } from '@utrecht/form-field-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, query } from '../api/client';
import type { Page } from '../api/types';
import type { PrivacyErasure, PrivacySubject as Subject } from '@helder/domain';
import { Alert, EmptyState, ErrorSummary, Loading, LoadMore } from '../ui/feedback';
import { CheckboxField, TextArea, TextField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { fieldErrors, usePagedList, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

/** "1 e-mail", "3 e-mails". */
const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

/** What an erasure did, in short sentences an officer can pass on to the resident. */
function erasedText(r: PrivacyErasure): string {
  const sentences = [`De gegevens zijn verwijderd uit ${count(r.customers, 'dossier', 'dossiers')}.`];
  if (r.contacts + r.requests + r.events + r.surveyAnswers > 0) sentences.push('Ook alle tekst over deze inwoner is weg.');
  if (r.mails > 0) sentences.push(`Helder verwijderde ${count(r.mails, 'e-mail', 'e-mails')}.`);
  sentences.push('De aantallen in de resultaten blijven gelijk.');
  return sentences.join(' ');
}

interface Search {
  email: string;
  phone: string;
}

function held(s: Subject): string {
  const parts: string[] = [];
  const add = (n: number, one: string, more: string) => n > 0 && parts.push(count(n, one, more));
  add(s.counts.contacts, 'contact', 'contacten');
  add(s.counts.callbacks, 'terugbelverzoek', 'terugbelverzoeken');
  add(s.counts.reports, 'melding', 'meldingen');
  add(s.counts.followUps, 'nabelverzoek', 'nabelverzoeken');
  add(s.counts.surveyAnswers, 'enquête-antwoord', 'enquête-antwoorden');
  return parts.length ? parts.join(', ') : 'Alleen de gegevens zelf';
}

export function PrivacyPage() {
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [search, setSearch] = useState<Search | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // After an erasure the results are gone (and the button that was pressed with them): the
  // keyboard goes to the message that says what was done.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (!email.trim() && !phone.trim()) {
      setSearchError('Vul een e-mailadres of telefoonnummer in.');
      return;
    }
    setSearchError(null);
    setSearch({ email: email.trim(), phone: phone.trim() });
  };

  return (
    <>
      <PageTitle title="Privacy">Privacy: gegevens van een inwoner</PageTitle>
      <Paragraph className="helder-lead">
        Een inwoner mag weten welke gegevens de gemeente over hem of haar bewaart. Hij of zij mag ook vragen om gegevens te verbeteren of te verwijderen (AVG). Zoek de inwoner op e-mailadres of telefoonnummer. Alles wat u hier doet, staat in het logboek.
      </Paragraph>
      {notice ? (
        <div ref={noticeRef} tabIndex={-1}>
          <Alert type="ok">{notice}</Alert>
        </div>
      ) : null}
      <form className="helder-form" onSubmit={submitSearch} noValidate aria-label="Inwoner zoeken">
        <div className="helder-filters">
          <TextField label="E-mailadres" type="email" value={email} onChange={setEmail} autoComplete="off" inputMode="email" maxLength={254} error={searchError ?? undefined} description="Hoofdletters maken niet uit." />
          <TextField label="Telefoonnummer" type="tel" value={phone} onChange={setPhone} autoComplete="off" inputMode="tel" maxLength={30} description="Elke schrijfwijze werkt, ook met +31." />
        </div>
        <div className="helder-actions">
          <Button appearance="primary-action-button" type="submit">Zoeken</Button>
        </div>
      </form>
      {search ? <Results key={`${search.email}|${search.phone}`} search={search} onErased={(text) => { setNotice(text); setSearch(null); }} /> : null}
    </>
  );
}

function Results({ search, onErased }: { search: Search; onErased: (text: string) => void }) {
  const list = usePagedList<Subject, Page<Subject>>(`/api/privacy/subjects${query({ email: search.email, phone: search.phone, limit: 25 })}`);
  const [correcting, setCorrecting] = useState<Subject | null>(null);
  const [corrected, setCorrected] = useState<string | null>(null);
  /** After the correction form closes, focus goes back to the button that opened it. */
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  const exportQuery = (format: string) => `/api/privacy/export${query({ email: search.email, phone: search.phone, format })}`;
  const { items } = list;
  const active = items.filter((s) => !s.anonymisedAt);
  const found = list.hasMore
    ? `Wij vonden meer dan ${items.length} dossiers. Kies onderaan "Meer laden" om ze allemaal te zien.`
    : `Wij vonden ${count(items.length, 'dossier', 'dossiers')} bij dit e-mailadres of telefoonnummer.`;

  useEffect(() => {
    if (!returnFocus || correcting) return;
    document.getElementById(returnFocus)?.focus();
    setReturnFocus(null);
  }, [returnFocus, correcting, items]);

  const closeCorrection = (text: string | null) => {
    setReturnFocus(correcting ? `verbeter-${correcting.id}` : null);
    setCorrecting(null);
    if (text) {
      setCorrected(text);
      list.reload();
    }
  };

  return (
    <>
      {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
      {list.loading && items.length === 0 ? <Loading /> : null}
      {!list.loading && items.length === 0 && !list.error ? (
        <div role="status">
          <EmptyState>Wij vonden geen gegevens bij dit e-mailadres of telefoonnummer. Kijk of u alles goed hebt ingevuld. Of zoek met het andere gegeven.</EmptyState>
        </div>
      ) : null}
      {corrected ? <Alert type="ok">{corrected}</Alert> : null}
      {items.length > 0 ? (
        <Section title="Wat Helder bewaart">
          <Paragraph role="status">{found}</Paragraph>
          <div className="utrecht-table-container helder-table-container">
            <table className="utrecht-table utrecht-table--html-table helder-table">
              <caption className="utrecht-table__caption helder-visually-hidden">Gevonden gegevens, het nieuwste eerst</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Vastgelegd</th>
                  <th className="utrecht-table__header-cell" scope="col">Naam</th>
                  <th className="utrecht-table__header-cell" scope="col">E-mailadres</th>
                  <th className="utrecht-table__header-cell" scope="col">Telefoon</th>
                  <th className="utrecht-table__header-cell" scope="col">Hoort bij</th>
                  <th className="utrecht-table__header-cell" scope="col"><span className="helder-visually-hidden">Acties</span></th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {items.map((s) => (
                  <tr key={s.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell helder-nowrap">{formatDateTime(s.createdAt)}</td>
                    <td className="utrecht-table__cell">{s.name ?? <span className="helder-muted">Geen</span>}</td>
                    <td className="utrecht-table__cell">{s.email ?? <span className="helder-muted">Geen</span>}</td>
                    <td className="utrecht-table__cell">{s.phone ?? <span className="helder-muted">Geen</span>}</td>
                    <td className="utrecht-table__cell">{held(s)}</td>
                    <td className="utrecht-table__cell">
                      {s.anonymisedAt ? (
                        <span className="helder-muted">Verwijderd op {formatDateTime(s.anonymisedAt)}</span>
                      ) : (
                        <Button
                          id={`verbeter-${s.id}`}
                          appearance="secondary-action-button"
                          onClick={() => {
                            setCorrected(null);
                            setCorrecting(s);
                          }}
                        >
                          Verbeteren<span className="helder-visually-hidden"> het dossier van {formatDateTime(s.createdAt)}</span>
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore list={list} label="Meer laden" />
        </Section>
      ) : null}
      {correcting ? (
        <Correction key={correcting.id} subject={correcting} onDone={(text) => closeCorrection(text)} onCancel={() => closeCorrection(null)} />
      ) : null}
      {items.length > 0 ? (
        <Section title="Gegevens downloaden (inzage)">
          <Paragraph>Geef de inwoner een overzicht van alles wat Helder over hem of haar bewaart. Kies een bestand om te downloaden.</Paragraph>
          <ul className="utrecht-unordered-list">
            <li><a className="utrecht-link" href={exportQuery('pdf')} download>Overzicht als PDF</a></li>
            <li><a className="utrecht-link" href={exportQuery('html')} download>Overzicht als webpagina (HTML)</a></li>
            <li><a className="utrecht-link" href={exportQuery('json')} download>Alle gegevens als JSON (voor een computer)</a></li>
          </ul>
        </Section>
      ) : null}
      {active.length > 0 ? <Erasure search={search} count={list.hasMore ? null : active.length} onErased={onErased} /> : null}
    </>
  );
}

function Correction({ subject, onDone, onCancel }: { subject: Subject; onDone: (text: string) => void; onCancel: () => void }) {
  const [name, setName] = useState(subject.name ?? '');
  const [email, setEmail] = useState(subject.email ?? '');
  const [phone, setPhone] = useState(subject.phone ?? '');
  const [reason, setReason] = useState('');
  const send = useSubmit(async () => {
    const body: Record<string, string> = { customerId: subject.id, reason };
    if (name !== (subject.name ?? '')) body.name = name;
    if (email !== (subject.email ?? '')) body.email = email;
    if (phone !== (subject.phone ?? '')) body.phone = phone;
    await api('/api/privacy/corrections', { method: 'POST', body });
    onDone('De gegevens zijn verbeterd.');
    return true;
  });
  const errors = fieldErrors(send.error);
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens below the table: take the keyboard there at once.
  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);
  return (
    <Section title="Gegevens verbeteren">
      <form
        ref={formRef}
        aria-label="Gegevens verbeteren"
        className="helder-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send.submit();
        }}
      >
        <ErrorSummary error={send.error} />
        <Paragraph>
          U verbetert het dossier van {formatDateTime(subject.createdAt)}. Verander wat niet klopt. Maak een veld leeg om het weg te halen.
        </Paragraph>
        <TextField label="Naam" value={name} onChange={setName} maxLength={200} error={errors.name} autoComplete="off" />
        <TextField label="E-mailadres" type="email" value={email} onChange={setEmail} maxLength={254} error={errors.email} autoComplete="off" />
        <TextField label="Telefoonnummer" type="tel" value={phone} onChange={setPhone} maxLength={30} error={errors.phone} autoComplete="off" />
        <TextArea label="Reden" required rows={3} maxLength={1000} value={reason} onChange={setReason} error={errors.reason} description="Bijvoorbeeld: verzoek van de inwoner per e-mail van 3 maart. Dit komt in het logboek." />
        <div className="helder-actions">
          <Button appearance="primary-action-button" type="submit" busy={send.busy}>Verbetering opslaan</Button>
          <Button appearance="subtle-button" type="button" onClick={onCancel}>Annuleren</Button>
        </div>
      </form>
    </Section>
  );
}

function Erasure({ search, count: records, onErased }: { search: Search; count: number | null; onErased: (text: string) => void }) {
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const [notSure, setNotSure] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const erase = useSubmit(async () => {
    const result = await api<PrivacyErasure>('/api/privacy/erasures', { method: 'POST', body: { email: search.email || undefined, phone: search.phone || undefined, reason } });
    onErased(erasedText(result));
    return true;
  });
  const errors = fieldErrors(erase.error);
  return (
    <Section title="Gegevens verwijderen">
      <Paragraph>
        Helder haalt de naam, het e-mailadres en het telefoonnummer weg uit{' '}
        {records === null ? 'alle dossiers met dit e-mailadres of telefoonnummer' : records === 1 ? 'het dossier hierboven' : `alle ${records} dossiers hierboven`}. Ook alle tekst
        over deze inwoner gaat weg, en alle e-mails aan deze inwoner. De aantallen blijven bestaan, zonder naam. Let op: u kunt dit niet terugdraaien.
      </Paragraph>
      <form
        className="helder-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!sure) {
            setNotSure(true);
            confirmRef.current?.querySelector('input')?.focus();
            return;
          }
          void erase.submit();
        }}
      >
        <ErrorSummary error={erase.error} />
        <TextArea label="Reden" required rows={3} maxLength={1000} value={reason} onChange={setReason} error={errors.reason} description="Bijvoorbeeld: verzoek van de inwoner per brief van 3 maart. Noem geen persoonsgegevens. Dit komt in het logboek." />
        <div ref={confirmRef}>
          <CheckboxField label="Ik weet dat ik dit niet kan terugdraaien." checked={sure} onChange={(value) => { setSure(value); setNotSure(false); }} />
          {notSure ? <p className="utrecht-form-field-error-message" role="alert">Vink eerst aan dat u weet dat u dit niet kunt terugdraaien.</p> : null}
        </div>
        <div className="helder-actions">
          <Button appearance="primary-action-button" type="submit" busy={erase.busy}>Gegevens verwijderen</Button>
        </div>
      </form>
    </Section>
  );
}
