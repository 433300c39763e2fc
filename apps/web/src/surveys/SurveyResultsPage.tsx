// The yearly satisfaction survey (R4.4): administrators record the agency's result, everyone sees
// the results beside the continuous measurements on the results page.
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { api } from '../api/client';
import { useSession } from '../app/session';
import { Alert, EmptyState, ErrorSummary, Loading } from '../ui/feedback';
import { TextArea, TextField } from '../ui/fields';
import { formatLongDate } from '../ui/format';
import { fieldErrors, useApi, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

interface SurveyResult {
  id: string;
  question: string;
  measuredOn: string;
  score: number;
  sampleSize: number;
  source: string;
  note: string | null;
  createdBy: string | null;
}

/** Dutch input: "6,71" as well as "6.71". */
const toNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.replace(',', '.')));

export function SurveyResultsPage() {
  const { hasRole } = useSession();
  const admin = hasRole('admin');
  const list = useApi<SurveyResult[]>('/api/survey-results');
  const [measuredOn, setMeasuredOn] = useState('');
  const [score, setScore] = useState('');
  const [sampleSize, setSampleSize] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const add = useSubmit(async () => {
    const result = await api<SurveyResult>('/api/survey-results', {
      method: 'POST',
      body: { question: 'overall', measuredOn, score: toNumber(score), sampleSize: toNumber(sampleSize), source, ...(note.trim() ? { note } : {}) },
    });
    setNotice(`De uitkomst van ${formatLongDate(result.measuredOn)} is opgeslagen.`);
    setMeasuredOn('');
    setScore('');
    setSampleSize('');
    setSource('');
    setNote('');
    list.reload();
    return result;
  });
  const remove = useSubmit(async (result: SurveyResult) => {
    await api(`/api/survey-results/${result.id}`, { method: 'DELETE' });
    setNotice(`De uitkomst van ${formatLongDate(result.measuredOn)} is verwijderd.`);
    list.reload();
    return true;
  });
  const errors = fieldErrors(add.error);

  return (
    <>
      <PageTitle title="Tevredenheidsonderzoek">Tevredenheidsonderzoek</PageTitle>
      <Paragraph className="helder-lead">
        Het rapportcijfer uit het jaarlijkse onderzoek naar de tevredenheid over onze dienstverlening. Het staat bij Resultaten naast de cijfers die Helder elke dag meet.
      </Paragraph>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {remove.error ? <Alert type="error">{remove.error.message}</Alert> : null}
      {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && list.data.length === 0 ? <EmptyState>Er is nog geen uitkomst vastgelegd.</EmptyState> : null}
      {list.data && list.data.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption">Uitkomsten, de nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Gemeten op</th>
                <th className="utrecht-table__header-cell" scope="col">Cijfer</th>
                <th className="utrecht-table__header-cell" scope="col">Deelnemers</th>
                <th className="utrecht-table__header-cell" scope="col">Bron</th>
                {admin ? <th className="utrecht-table__header-cell" scope="col"><span className="helder-visually-hidden">Acties</span></th> : null}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.data.map((r) => (
                <tr key={r.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatLongDate(r.measuredOn)}</td>
                  <td className="utrecht-table__cell" data-score={r.id}>{r.score.toFixed(2).replace('.', ',')}</td>
                  <td className="utrecht-table__cell">{r.sampleSize}</td>
                  <td className="utrecht-table__cell">
                    {r.source}
                    {r.note ? <span className="helder-cell-sub">{r.note}</span> : null}
                  </td>
                  {admin ? (
                    <td className="utrecht-table__cell">
                      <Button appearance="subtle-button" onClick={() => remove.submit(r)} disabled={remove.busy}>
                        Verwijder<span className="helder-visually-hidden"> de uitkomst van {formatLongDate(r.measuredOn)}</span>
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {admin ? (
        <Section title="Uitkomst toevoegen">
          <ErrorSummary error={add.error} fieldIds={{ measuredOn: 'survey-date', score: 'survey-score', sampleSize: 'survey-sample', source: 'survey-source', note: 'survey-note' }} />
          <form
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              setNotice(null);
              await add.submit();
            }}
          >
            <TextField id="survey-date" label="Gemeten op" type="date" value={measuredOn} onChange={setMeasuredOn} required error={errors.measuredOn} size="medium" />
            <TextField id="survey-score" label="Rapportcijfer" description="Zoals in het rapport, bijvoorbeeld 6,71." inputMode="text" value={score} onChange={setScore} required error={errors.score} size="small" />
            <TextField id="survey-sample" label="Aantal deelnemers" inputMode="numeric" value={sampleSize} onChange={setSampleSize} required error={errors.sampleSize} size="small" />
            <TextField id="survey-source" label="Bron" description="Bijvoorbeeld het onderzoeksbureau en de naam van het rapport." value={source} onChange={setSource} required error={errors.source} maxLength={200} />
            <TextArea id="survey-note" label="Toelichting" value={note} onChange={setNote} error={errors.note} maxLength={1000} />
            <Button appearance="primary-action-button" type="submit" busy={add.busy} disabled={add.busy}>
              Opslaan
            </Button>
          </form>
        </Section>
      ) : null}
    </>
  );
}
