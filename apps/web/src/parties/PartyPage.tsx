// One party: its details, open requests and last contacts (the customer view), and the work on it:
// change the details, merge a duplicate, undo a merge.
import { CUSTOMER_KIND_LABELS } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/client';
import { useSession } from '../app/session';
import { Alert, Loading } from '../ui/feedback';
import { useApi } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';
import { BsnReveal } from './BsnReveal';
import { OpenRequests, RecentContacts, HiddenCount } from './CustomerHistory';
import { partyFormFrom, emptyPartyForm } from './form-state';
import { MergeHistory } from './MergeHistory';
import { MergeSection } from './MergeSection';
import { type PartyInput, partyPath, type PartyView } from './model';
import { PartyDetails } from './PartyDetails';
import { PartyForm } from './PartyForm';

const BACK = (
  <Paragraph>
    <Link className="utrecht-link" to="/klanten">← Klanten</Link>
  </Paragraph>
);

/** A message after a change, which takes the keyboard so it is heard. */
function Notice({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [children]);
  return (
    <div ref={ref} tabIndex={-1} className="helder-focus-target">
      <Alert type="ok">{children}</Alert>
    </div>
  );
}

export function PartyPage() {
  const { id } = useParams();
  const { hasRole } = useSession();
  const party = useApi<PartyView>(`/api/parties/${id}`);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<ReactNode>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // A new page starts without the message of the page before.
  useEffect(() => {
    setNotice(null);
    setEditing(false);
  }, [id]);

  if (party.loading && !party.data) return <Loading />;
  if (party.error || !party.data) {
    return (
      <>
        {BACK}
        <PageTitle title="Klant">Klant</PageTitle>
        <Alert type="error">{party.error?.message ?? 'Deze klant bestaat niet.'}</Alert>
      </>
    );
  }
  const p = party.data;
  const mayMerge = hasRole('kcc', 'team_lead', 'admin');

  if (p.mergedIntoId) {
    return (
      <>
        {BACK}
        <PageTitle title={p.name}>{p.name}</PageTitle>
        <Alert type="warning">
          <Paragraph>Deze klant is samengevoegd met een andere klant. Alle contacten, verzoeken en gegevens staan nu bij die klant.</Paragraph>
          <Paragraph>
            <Link className="utrecht-link" to={partyPath(p.mergedIntoId)}>Naar de klant waarmee deze klant is samengevoegd</Link>
          </Paragraph>
        </Alert>
      </>
    );
  }

  return (
    <>
      {BACK}
      <PageTitle title={p.name}>{p.name}</PageTitle>
      <Paragraph className="helder-hint">
        {CUSTOMER_KIND_LABELS[p.kind]} · klantnummer {p.number}
      </Paragraph>
      {notice ? <Notice>{notice}</Notice> : null}

      {editing ? (
        <Section title="Gegevens wijzigen">
          <PartyForm
            prefix="edit-party"
            title="Gegevens wijzigen"
            variant="full"
            initial={partyFormFrom(p)}
            bsnEnabled={p.bsnEnabled}
            bsnMasked={p.bsnMasked}
            submitLabel="Gegevens opslaan"
            send={(input: PartyInput) => api<PartyView>(`/api/parties/${p.id}`, { method: 'PUT', body: input })}
            onSaved={(saved) => {
              party.setData(saved);
              setEditing(false);
              setNotice('De gegevens zijn opgeslagen.');
            }}
            onCancel={() => {
              setEditing(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        </Section>
      ) : (
        <>
          <div className="helder-detail-grid">
            <div>
              <OpenRequests requests={p.openRequests} level={2} />
              <RecentContacts contacts={p.recentContacts} level={2} />
              <HiddenCount count={p.hiddenCount} />
            </div>
            <div>
              <Section
                title="Gegevens"
                actions={
                  <Button
                    ref={editButton}
                    appearance="secondary-action-button"
                    type="button"
                    onClick={() => {
                      setNotice(null);
                      setEditing(true);
                      requestAnimationFrame(() => (document.querySelector('.helder-party-form input') as HTMLInputElement | null)?.focus());
                    }}
                  >
                    Gegevens wijzigen
                  </Button>
                }
              >
                <PartyDetails party={p} bsn={<BsnReveal party={p} />} />
                {p.internalNote ? (
                  <Paragraph className="helder-customer-note">
                    <strong>Notitie:</strong> {p.internalNote}
                  </Paragraph>
                ) : null}
              </Section>
            </div>
          </div>
          {mayMerge ? (
            <MergeSection
              party={p}
              onMerged={(survivor, mergedName) => {
                party.setData(survivor);
                setNotice(`${mergedName} is samengevoegd met ${survivor.name}. U kunt dit 30 dagen lang ongedaan maken.`);
              }}
            />
          ) : null}
          <MergeHistory
            party={p}
            mayUndo={mayMerge}
            onUndone={(survivor, merge) => {
              party.setData(survivor);
              setNotice(
                <>
                  Het samenvoegen is ongedaan gemaakt.{' '}
                  <Link className="utrecht-link" to={partyPath(merge.mergedId)}>{merge.mergedName}</Link> is weer een aparte klant.
                </>,
              );
            }}
          />
        </>
      )}
    </>
  );
}

export function NewPartyPage() {
  const navigate = useNavigate();
  return (
    <>
      {BACK}
      <PageTitle title="Nieuwe klant">Nieuwe klant</PageTitle>
      <Paragraph className="helder-lead">Zoek eerst of de klant al bestaat. Zo komt niemand twee keer in Helder.</Paragraph>
      <PartyForm
        prefix="new-party"
        title="Nieuwe klant"
        variant="full"
        initial={emptyPartyForm()}
        bsnEnabled={false}
        submitLabel="Klant opslaan"
        send={(input: PartyInput) => api<PartyView>('/api/parties', { method: 'POST', body: input })}
        onSaved={(created) => navigate(partyPath(created.id))}
        onCancel={() => navigate('/klanten')}
      />
    </>
  );
}
