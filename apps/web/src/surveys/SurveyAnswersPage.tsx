// What residents answered in the short survey after a contact (R1.4, R1.5): the average marks per
// team and product, and the answers themselves with the open answers. Reading those is logged.
import { addDays, CHANNEL_LABELS, formatKpiValue } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState } from 'react';
import { query } from '../api/client';
import type { SurveyResponse, SurveySummaryRow } from '../api/types';
import { useOrganisation, useSession } from '../app/session';
import { Alert, EmptyState, Loading, LoadMore } from '../ui/feedback';
import { CheckboxField, SelectField, TextField } from '../ui/fields';
import { formatDateTime, todayInAmsterdam } from '../ui/format';
import { useApi, usePagedList } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

interface Filter {
  from: string;
  to: string;
  teamId: string;
  productId: string;
}

const LINE_LABELS: Record<SurveyResponse['line'], string> = { first: 'eerste lijn', second: 'tweede lijn' };

/** An average mark with one decimal and a Dutch comma: 7,4. */
const formatMark = (value: number | null) => (value === null ? '–' : value.toFixed(1).replace('.', ','));
const formatShare = (value: number | null) => (value === null ? '–' : formatKpiValue({ unit: 'share' }, value));
const formatYesNo = (value: boolean | null) => (value === null ? '–' : value ? 'Ja' : 'Nee');

export function SurveyAnswersPage() {
  const { teams, products } = useOrganisation();
  const { me, hasRole } = useSession();
  const seesAll = hasRole('kcc', 'admin');
  const today = todayInAmsterdam();
  // The last 90 days, today included.
  const [from, setFrom] = useState(addDays(today, -89));
  const [to, setTo] = useState(today);
  const [teamId, setTeamId] = useState('');
  const [productId, setProductId] = useState('');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  // Second line and team leads read the answers about their own team only.
  const productOptions = products
    .filter((p) => seesAll || p.teamId === me?.teamId)
    .filter((p) => !teamId || p.teamId === teamId)
    .map((p) => ({ value: p.id, label: p.name, group: seesAll && !teamId ? (teams.find((t) => t.id === p.teamId)?.name ?? '') : '' }));

  return (
    <>
      <PageTitle title="Enquête-antwoorden">Enquête-antwoorden</PageTitle>
      <Paragraph className="helder-lead">
        Na een contact vragen we inwoners om een cijfer voor het contact en voor de snelheid, en of hun vraag is opgelost. Hier ziet u wat zij antwoordden.
      </Paragraph>
      <Alert type="info" live={false}>
        Inwoners kunnen in hun toelichting persoonlijke dingen schrijven. Daarom houden we in het logboek bij wie de toelichtingen leest.
      </Alert>
      <div className="helder-filters">
        <TextField label="Van" type="date" value={from} onChange={setFrom} size="medium" />
        <TextField label="Tot en met" type="date" value={to} onChange={setTo} size="medium" />
        {seesAll ? (
          <SelectField
            label="Team"
            value={teamId}
            onChange={(v) => {
              setTeamId(v);
              setProductId('');
            }}
            options={teams.map((t) => ({ value: t.id, label: t.name }))}
            placeholder="Alle teams"
          />
        ) : null}
        <SelectField label="Product of dienst" value={productId} onChange={setProductId} options={productOptions} placeholder="Alle producten en diensten" />
      </div>
      {!seesAll ? <Paragraph className="helder-hint">U ziet de antwoorden over uw eigen team.</Paragraph> : null}
      {valid ? (
        <>
          <Summary filter={{ from, to, teamId, productId }} />
          <Answers filter={{ from, to, teamId, productId }} />
        </>
      ) : (
        <Alert type="warning">Vul een begin- en einddatum in, zoals 2026-01-01.</Alert>
      )}
    </>
  );
}

function Summary({ filter }: { filter: Filter }) {
  const { data, error, loading } = useApi<SurveySummaryRow[]>(`/api/survey-responses/summary${query({ ...filter })}`);
  return (
    <Section title="Gemiddelde cijfers per team en product">
      {error ? <Alert type="error">{error.message}</Alert> : null}
      {loading && !data ? <Loading /> : null}
      {data && data.length === 0 ? <EmptyState>Er zijn geen antwoorden in deze periode.</EmptyState> : null}
      {data && data.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table" aria-busy={loading}>
            <caption className="utrecht-table__caption helder-visually-hidden">Gemiddelde cijfers (1 tot en met 10) per team en product of dienst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Team</th>
                <th className="utrecht-table__header-cell" scope="col">Product of dienst</th>
                <th className="utrecht-table__header-cell" scope="col">Antwoorden</th>
                <th className="utrecht-table__header-cell" scope="col">Cijfer contact</th>
                <th className="utrecht-table__header-cell" scope="col">Cijfer snelheid</th>
                <th className="utrecht-table__header-cell" scope="col">Vraag opgelost</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.map((r) => (
                <tr key={`${r.teamId}-${r.productId}`} className="utrecht-table__row">
                  <th className="utrecht-table__cell" scope="row">{r.teamName ?? 'Geen team'}</th>
                  <td className="utrecht-table__cell">{r.productName ?? <span className="helder-muted">Geen product</span>}</td>
                  <td className="utrecht-table__cell">{r.answers}</td>
                  <td className="utrecht-table__cell">{formatMark(r.score)}</td>
                  <td className="utrecht-table__cell">{formatMark(r.timelinessScore)}</td>
                  <td className="utrecht-table__cell">{formatShare(r.resolvedShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}

function Answers({ filter }: { filter: Filter }) {
  const [withComment, setWithComment] = useState(false);
  const list = usePagedList<SurveyResponse>(`/api/survey-responses${query({ ...filter, withComment: withComment || undefined, limit: 50 })}`);
  const { items } = list;
  return (
    <Section title="Antwoorden">
      <CheckboxField label="Alleen met toelichting" checked={withComment} onChange={setWithComment} />
      {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
      {list.loading && items.length === 0 ? <Loading /> : null}
      {!list.loading && !list.error && items.length === 0 ? (
        <EmptyState>{withComment ? 'Er zijn geen antwoorden met een toelichting in deze periode.' : 'Er zijn geen antwoorden in deze periode.'}</EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">Antwoorden, de nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Beantwoord</th>
                <th className="utrecht-table__header-cell" scope="col">Contact</th>
                <th className="utrecht-table__header-cell" scope="col">Cijfer contact</th>
                <th className="utrecht-table__header-cell" scope="col">Cijfer snelheid</th>
                <th className="utrecht-table__header-cell" scope="col">Vraag opgelost</th>
                <th className="utrecht-table__header-cell" scope="col">Toelichting</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((r) => (
                <tr key={r.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell helder-nowrap">{formatDateTime(r.answeredAt)}</td>
                  <td className="utrecht-table__cell">
                    {r.teamName ?? 'Geen team'}
                    <span className="helder-cell-sub">
                      {[r.productName, `${CHANNEL_LABELS[r.channel] ?? r.channel}, ${LINE_LABELS[r.line] ?? r.line}`].filter(Boolean).join(' · ')}
                    </span>
                  </td>
                  <td className="utrecht-table__cell">{r.score}</td>
                  <td className="utrecht-table__cell">{r.timelinessScore ?? '–'}</td>
                  <td className="utrecht-table__cell">{formatYesNo(r.resolved)}</td>
                  <td className="utrecht-table__cell">
                    {r.comment ? <span className="helder-prewrap">{r.comment}</span> : <span className="helder-muted">Geen toelichting</span>}
                    {r.mayContact ? <span className="helder-cell-sub">De inwoner wil dat wij contact opnemen.</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore list={list} label="Meer antwoorden laden" />
    </Section>
  );
}
