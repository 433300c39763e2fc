// Klanten: every resident, business and institution the municipality knows, found with one search
// box, in a table by name.
import { CUSTOMER_KIND_LABELS } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { query } from '../api/client';
import { Alert, EmptyState, Loading, LoadMore } from '../ui/feedback';
import { TextField } from '../ui/fields';
import { usePagedList } from '../ui/hooks';
import { PageTitle } from '../ui/page';
import { countText, partyPath, type PartySummary } from './model';
import { SEARCH_HINT } from './PartySearch';

const PAGE_SIZE = 25;

const none = <span className="helder-muted">–</span>;

export function PartiesPage() {
  const [params, setParams] = useSearchParams();
  const applied = params.get('zoek') ?? '';
  const [text, setText] = useState(applied);

  // Search while typing; the search is in the address, so "back" returns to it.
  useEffect(() => {
    const timer = setTimeout(() => {
      const q = text.trim();
      if (q === applied) return;
      setParams(q ? { zoek: q } : {}, { replace: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [text, applied, setParams]);

  const list = usePagedList<PartySummary>(`/api/parties${query({ q: applied, limit: PAGE_SIZE })}`);
  const { items } = list;
  const ready = !list.loading && !list.error;
  let found = '';
  if (ready && applied) {
    found = items.length === 0
      ? 'Geen klant gevonden.'
      : list.hasMore
        ? `Meer dan ${countText(items.length, 'klant', 'klanten')} gevonden. Kies onderaan "Meer laden" om meer te zien.`
        : `${countText(items.length, 'klant', 'klanten')} gevonden.`;
  }

  return (
    <>
      <PageTitle title="Klanten">Klanten</PageTitle>
      <Paragraph className="helder-lead">
        Zoek een inwoner, ondernemer of instelling. Dan ziet u alle gegevens, open verzoeken en eerdere contacten bij elkaar.
      </Paragraph>
      <div className="helder-actions">
        <Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" to="/klanten/nieuw">
          Nieuwe klant
        </Link>
      </div>
      <div role="search" aria-label="Klanten zoeken" className="helder-party-search">
        <TextField id="parties-search" label="Zoek de klant" description={SEARCH_HINT} type="search" value={text} onChange={setText} autoComplete="off" maxLength={200} />
        <p className="utrecht-paragraph helder-hint helder-party-search__status" role="status">{found}</p>
      </div>

      {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
      {list.loading && items.length === 0 ? <Loading /> : null}
      {ready && items.length === 0 ? (
        <EmptyState>
          {applied
            ? 'Wij vonden geen klant. Kijk of u alles goed hebt getypt. Of voeg de klant toe met de knop "Nieuwe klant".'
            : 'Er zijn nog geen klanten. Voeg een klant toe met de knop "Nieuwe klant".'}
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">Klanten, op naam</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Naam</th>
                <th className="utrecht-table__header-cell" scope="col">Soort</th>
                <th className="utrecht-table__header-cell" scope="col">Telefoon</th>
                <th className="utrecht-table__header-cell" scope="col">E-mail</th>
                <th className="utrecht-table__header-cell" scope="col">Adres</th>
                <th className="utrecht-table__header-cell" scope="col">KvK-nummer</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((p) => (
                <tr key={p.id} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell helder-table__row-header" scope="row">
                    <Link className="utrecht-link" to={partyPath(p.id)}>{p.name}</Link>
                  </th>
                  <td className="utrecht-table__cell">{CUSTOMER_KIND_LABELS[p.kind]}</td>
                  <td className="utrecht-table__cell helder-nowrap">{p.phone ?? none}</td>
                  <td className="utrecht-table__cell helder-break">{p.email ?? none}</td>
                  <td className="utrecht-table__cell">{p.address ?? none}</td>
                  <td className="utrecht-table__cell">{p.kvkNumber ?? none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore list={list} label="Meer laden" />
    </>
  );
}
