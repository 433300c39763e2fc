// Administrators bring in history from the previous system as CSV; every problem is listed per
// line and column, and nothing is imported until the whole file is right.
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useId, useState } from 'react';
import { api, ApiError } from '../api/client';
import { Alert, ErrorSummary } from '../ui/feedback';
import { RadioGroup } from '../ui/fields';
import { useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

type Kind = 'contacts' | 'callback-requests' | 'survey-responses';
const KINDS: Array<{ value: Kind; label: string; columns: string }> = [
  { value: 'contacts', label: 'Contacten', columns: 'reference, occurred_at, channel, team, product, resolution' },
  { value: 'callback-requests', label: 'Terugbelverzoeken', columns: 'reference, created_at, team, due_at, completed_at, status' },
  { value: 'survey-responses', label: 'Enquêtes na een contact', columns: 'reference, answered_at, channel, team, product, line, score, timeliness_score' },
];

interface ImportResult {
  rows: number;
  imported: number;
  alreadyThere: number;
}

export function ImportPage() {
  const [kind, setKind] = useState<Kind>('contacts');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const fileId = useId();
  const send = useSubmit(async () => {
    setResult(null);
    if (!file) throw new ApiError(0, 'no_file', 'Kies eerst een bestand.');
    const outcome = await api<ImportResult>(`/api/import/${kind}`, { method: 'POST', text: { content: await file.text(), type: 'text/csv' } });
    setResult(
      `${outcome.rows} regels gelezen. ${outcome.imported} nieuw geïmporteerd` +
        (outcome.alreadyThere ? `, ${outcome.alreadyThere} waren er al (hetzelfde kenmerk).` : '.'),
    );
    return outcome;
  });
  const chosen = KINDS.find((k) => k.value === kind)!;

  return (
    <>
      <PageTitle title="Gegevens importeren">Gegevens importeren</PageTitle>
      <Paragraph className="helder-lead">
        Breng gegevens uit het vorige systeem over, zodat de cijfers van vóór Helder meetellen. Helder controleert elke regel. Is er één fout, dan wordt niets geïmporteerd. Een regel die er al is (hetzelfde kenmerk), slaan we over.
      </Paragraph>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          await send.submit();
        }}
      >
        <RadioGroup label="Wat importeert u?" required name="kind" value={kind} onChange={(v) => setKind(v as Kind)} options={KINDS.map((k) => ({ value: k.value, label: k.label }))} />
        <div className="utrecht-form-field helder-field">
          <label className="utrecht-form-label" htmlFor={fileId}>CSV-bestand</label>
          <p className="utrecht-form-field-description" id={`${fileId}-hint`}>
            UTF-8, met komma's of puntkomma's, en op de eerste regel de kolommen: {chosen.columns}. Datums zoals 2024-03-18T10:15:00.
          </p>
          <input id={fileId} type="file" accept=".csv,text/csv" aria-describedby={`${fileId}-hint`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <Button appearance="primary-action-button" type="submit" busy={send.busy} disabled={send.busy || !file}>
          Importeren
        </Button>
      </form>
      {result ? <Alert type="ok">{result}</Alert> : null}
      {send.error ? <ErrorSummary error={send.error.fields.length ? null : send.error} /> : null}
      {send.error && send.error.fields.length ? (
        <Section title="Wat moet er beter?">
          <Alert type="error">{send.error.message}</Alert>
          <div className="utrecht-table-container helder-table-container">
            <table className="utrecht-table utrecht-table--html-table helder-table">
              <caption className="utrecht-table__caption">Fouten per regel en kolom</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Regel</th>
                  <th className="utrecht-table__header-cell" scope="col">Kolom</th>
                  <th className="utrecht-table__header-cell" scope="col">Wat er mis is</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {send.error.fields.map((f) => {
                  const [line, column] = f.field.split('.');
                  return (
                    <tr key={f.field} className="utrecht-table__row">
                      <td className="utrecht-table__cell">{line}</td>
                      <td className="utrecht-table__cell">{column}</td>
                      <td className="utrecht-table__cell">{f.message.replace(/^Regel \d+, kolom [^:]+: /, '')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Section>
      ) : null}
    </>
  );
}
