// The merges into this party, with "Ongedaan maken" while that is still possible (30 days).
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { Alert } from '../ui/feedback';
import { formatDateTime, formatShortDate } from '../ui/format';
import { useSubmit } from '../ui/hooks';
import { Section } from '../ui/page';
import { type PartyMerge, partyPath, type PartyView } from './model';

export function MergeHistory({ party, mayUndo, onUndone }: { party: PartyView; mayUndo: boolean; onUndone: (survivor: PartyView, merge: PartyMerge) => void }) {
  const undo = useSubmit(async (merge: PartyMerge) => {
    const survivor = await api<PartyView>(`/api/party-merges/${merge.id}/undo`, { method: 'POST' });
    onUndone(survivor, merge);
    return survivor;
  });
  if (party.merges.length === 0) return null;
  const now = Date.now();

  return (
    <Section title="Samengevoegd met deze klant">
      {undo.error ? <Alert type="error">{undo.error.message}</Alert> : null}
      <div className="utrecht-table-container helder-table-container">
        <table className="utrecht-table utrecht-table--html-table helder-table">
          <caption className="utrecht-table__caption helder-visually-hidden">Klanten die met deze klant zijn samengevoegd</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Klant</th>
              <th className="utrecht-table__header-cell" scope="col">Samengevoegd</th>
              <th className="utrecht-table__header-cell" scope="col">Door</th>
              <th className="utrecht-table__header-cell" scope="col">Ongedaan maken</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {party.merges.map((m) => {
              const canUndo = !m.undoneAt && new Date(m.undoUntil).getTime() > now;
              return (
                <tr key={m.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    {m.undoneAt ? <Link className="utrecht-link" to={partyPath(m.mergedId)}>{m.mergedName}</Link> : m.mergedName}
                  </td>
                  <td className="utrecht-table__cell helder-nowrap">{formatDateTime(m.mergedAt)}</td>
                  <td className="utrecht-table__cell">{m.mergedByName ?? '–'}</td>
                  <td className="utrecht-table__cell">
                    {m.undoneAt ? (
                      <span>Ongedaan gemaakt op {formatDateTime(m.undoneAt)}</span>
                    ) : canUndo && mayUndo ? (
                      <>
                        <Button appearance="secondary-action-button" type="button" busy={undo.busy} disabled={undo.busy} onClick={() => void undo.submit(m)}>
                          Ongedaan maken<span className="helder-visually-hidden"> voor {m.mergedName}</span>
                        </Button>
                        <span className="helder-cell-sub">Kan tot en met {formatShortDate(m.undoUntil)}</span>
                      </>
                    ) : canUndo ? (
                      <span>Kan tot en met {formatShortDate(m.undoUntil)}</span>
                    ) : (
                      <span className="helder-muted">Kan niet meer</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Paragraph className="helder-hint">Samenvoegen kunt u 30 dagen lang ongedaan maken. Dan worden het weer twee klanten, met hun eigen contacten.</Paragraph>
    </Section>
  );
}
