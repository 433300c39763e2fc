// The municipality's service figures for everyone, without logging in (R0.1, Vertrouwen):
// organisation-wide, per quarter, and no figure built on fewer than five cases.
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { PublicKpis } from '../api/types';
import { Alert, Loading } from '../ui/feedback';
import { useApi } from '../ui/hooks';
import { PageTitle } from '../ui/page';
import { formatTarget, formatValue, STATUS_SYMBOL } from './format';

const quarterLabel = (quarter: string, complete: boolean) => `${quarter.slice(5)} ${quarter.slice(0, 4)}${complete ? '' : ' (tot nu)'}`;

export function PublicFiguresPage() {
  const { data, error, loading } = useApi<PublicKpis>('/api/public/kpis');
  const municipality = data?.municipality ?? 'Dronten';
  const current = data?.quarters[data.quarters.length - 1];
  return (
    <div className="helder-public">
      <header className="helder-header">
        <div className="helder-header__brand">
          <span className="helder-logo" aria-hidden="true">H</span>
          <span>
            <span className="helder-header__product">Gemeente {municipality}</span>
            <span className="helder-header__org">Onze dienstverlening in cijfers</span>
          </span>
        </div>
      </header>
      <main id="inhoud" className="helder-main">
        <PageTitle title="Dienstverlening in cijfers">Onze dienstverlening in cijfers</PageTitle>
        <Paragraph className="helder-lead">
          De gemeenteraad heeft doelen gesteld voor onze dienstverlening. Hier ziet u per kwartaal hoe we ervoor staan. Er staan geen persoonsgegevens in. Een cijfer over minder dan 5 gevallen laten we weg, zodat niemand te herkennen is.
        </Paragraph>
        {error ? <Alert type="error">{error.message}</Alert> : null}
        {loading && !data ? <Loading /> : null}
        {data && current ? (
          <div className="utrecht-table-container helder-table-container">
            <table className="utrecht-table utrecht-table--html-table helder-table">
              <caption className="utrecht-table__caption">Cijfers per kwartaal, voor de hele gemeente</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Wat we meten</th>
                  {data.quarters.map((q) => (
                    <th key={q.quarter} className="utrecht-table__header-cell" scope="col">{quarterLabel(q.quarter, q.complete)}</th>
                  ))}
                  <th className="utrecht-table__header-cell" scope="col">Doel</th>
                  <th className="utrecht-table__header-cell" scope="col">Hoe staan we ervoor?</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {current.figures.map((figure, row) => (
                  <tr key={figure.id} className="utrecht-table__row">
                    <th className="utrecht-table__cell" scope="row">
                      {figure.name}
                      <span className="helder-cell-sub">{figure.explanation}</span>
                    </th>
                    {data.quarters.map((q) => {
                      const f = q.figures[row]!;
                      return (
                        <td key={q.quarter} className="utrecht-table__cell helder-nowrap" data-kpi={`${f.id}:${q.quarter}`}>
                          {f.suppressed ? 'Te weinig gevallen' : f.value === null ? '–' : formatValue(f.unit, f.value)}
                        </td>
                      );
                    })}
                    <td className="utrecht-table__cell">{figure.targets.map((t) => formatTarget(figure.unit, figure.direction, t)).join('; ') || '–'}</td>
                    <td className="utrecht-table__cell">
                      <span className={`helder-kpi-status helder-kpi-status--${figure.status}`}>
                        <span aria-hidden="true">{STATUS_SYMBOL[figure.status]}</span> {figure.statusLabel}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <Paragraph>
          Ging er iets mis in uw contact met ons? Werd u niet teruggebeld, of begreep u een brief niet?{' '}
          <a className="utrecht-link" href="/melding">Meld het ons</a>.
        </Paragraph>
        <Paragraph>
          Werkt u bij de gemeente? <a className="utrecht-link" href="/inloggen">Log in</a> voor meer cijfers.
        </Paragraph>
      </main>
    </div>
  );
}
