// Two records of one resident become one: find the duplicate, see both side by side, confirm.
// The duplicate's contacts, requests, phone numbers, e-mail addresses and identifiers move to this
// party. It can be undone for 30 days (MergeHistory).
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { Alert } from '../ui/feedback';
import { useSubmit } from '../ui/hooks';
import { Section } from '../ui/page';
import { countText, type PartySummary, type PartyView } from './model';
import { PartyDetails } from './PartyDetails';
import { PartySearch } from './PartySearch';

function Side({ title, party }: { title: string; party: PartyView }) {
  return (
    <section aria-label={`${title}: ${party.name}`}>
      <Heading level={3}>
        <span className="helder-customer-panel__label">{title}</span> {party.name}
      </Heading>
      <PartyDetails party={party} compact />
      <Paragraph className="helder-hint">
        {countText(party.openRequests.length, 'open verzoek', 'open verzoeken')}, {countText(party.recentContacts.length, 'recent contact', 'recente contacten')}.
      </Paragraph>
    </section>
  );
}

export function MergeSection({ party, onMerged }: { party: PartyView; onMerged: (survivor: PartyView, mergedName: string) => void }) {
  const [open, setOpen] = useState(false);
  const [duplicate, setDuplicate] = useState<PartyView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const compareRef = useRef<HTMLDivElement>(null);
  const merge = useSubmit(async (dup: PartyView) => {
    const survivor = await api<PartyView>(`/api/parties/${party.id}/merge`, { method: 'POST', body: { duplicateId: dup.id } });
    onMerged(survivor, dup.name);
    return survivor;
  });

  useEffect(() => {
    if (duplicate) compareRef.current?.focus();
  }, [duplicate]);
  useEffect(() => {
    if (open && !duplicate) document.getElementById('merge-search')?.focus();
  }, [open, duplicate]);

  const close = () => {
    setOpen(false);
    setDuplicate(null);
    merge.setError(null);
    requestAnimationFrame(() => openButton.current?.focus());
  };
  const choose = async (summary: PartySummary) => {
    setLoadError(null);
    try {
      setDuplicate(await api<PartyView>(`/api/parties/${summary.id}`));
    } catch (e) {
      setLoadError((e as Error).message);
    }
  };

  return (
    <Section title="Dubbele klant samenvoegen">
      {!open ? (
        <>
          <Paragraph>Staat deze klant twee keer in Helder? Voeg de twee dan samen. U kunt dit 30 dagen lang ongedaan maken.</Paragraph>
          <Button ref={openButton} appearance="secondary-action-button" type="button" onClick={() => setOpen(true)}>
            Dubbele klant samenvoegen
          </Button>
        </>
      ) : !duplicate ? (
        <div className="helder-panel">
          <PartySearch id="merge-search" label="Zoek de dubbele klant" excludeId={party.id} onChoose={(p) => void choose(p)}>
            {loadError ? <Alert type="error">{loadError}</Alert> : null}
            <div className="helder-actions">
              <Button appearance="subtle-button" type="button" onClick={close}>
                Annuleren
              </Button>
            </div>
          </PartySearch>
        </div>
      ) : (
        <div className="helder-panel">
          <div ref={compareRef} tabIndex={-1} className="helder-party-picker__chosen">
            <Paragraph>
              <strong>Controleer of dit dezelfde klant is.</strong> Alles van {duplicate.name} gaat naar {party.name}: contacten, verzoeken, telefoonnummers,
              e-mailadressen en kenmerken zoals het KvK-nummer. Daarna is er nog één klant. U kunt dit 30 dagen lang ongedaan maken.
            </Paragraph>
          </div>
          <div className="helder-compare">
            <Side title="Deze klant blijft" party={party} />
            <Side title="Deze klant gaat op in de andere" party={duplicate} />
          </div>
          {merge.error ? <Alert type="error">{merge.error.message}</Alert> : null}
          <div className="helder-actions">
            <Button appearance="primary-action-button" type="button" busy={merge.busy} disabled={merge.busy} onClick={() => void merge.submit(duplicate)}>
              Ja, voeg samen
            </Button>
            <Button appearance="secondary-action-button" type="button" onClick={() => setDuplicate(null)}>
              Andere klant kiezen
            </Button>
            <Button appearance="subtle-button" type="button" onClick={close}>
              Annuleren
            </Button>
          </div>
        </div>
      )}
    </Section>
  );
}
