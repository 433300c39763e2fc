// The first step of a registration: find the customer, add a new one, or go on anonymously.
import { parsePartyQuery } from '@helder/domain';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { Alert } from '../ui/feedback';
import { emptyPartyForm } from './form-state';
import type { PartyInput, PartySummary, PartyView } from './model';
import { PartyForm } from './PartyForm';
import { PartySearch } from './PartySearch';

export const PARTY_SEARCH_ID = 'party-search';

/** A new party starts with what the employee already typed in the search box or the form. */
function startFrom(text: string, typed: { phone: string; email: string }) {
  const query = parsePartyQuery(text);
  const start: Parameters<typeof emptyPartyForm>[0] = {};
  if (typed.phone.trim()) start.phone = typed.phone.trim();
  if (typed.email.trim()) start.email = typed.email.trim();
  if (query?.kind === 'phone') start.phone = text.trim();
  if (query?.kind === 'email') start.email = text.trim();
  if (query?.kind === 'name' && query.words.length === 1) start.surname = text.trim();
  if (query?.kind === 'address') {
    const [postcode, houseNumber] = query.key.split(' ');
    start.postcode = postcode!;
    if (houseNumber) start.houseNumber = houseNumber;
  }
  return emptyPartyForm(start);
}

export interface PartyPickerProps {
  party: PartyView | null;
  anonymous: boolean;
  /** What was typed in the registration's customer fields. */
  typed: { phone: string; email: string };
  onChoose: (party: PartyView) => void;
  onAnonymous: () => void;
  onClear: () => void;
}

export function PartyPicker({ party, anonymous, typed, onChoose, onAnonymous, onClear }: PartyPickerProps) {
  const [creating, setCreating] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const text = useRef('');
  const chosenRef = useRef<HTMLDivElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const decided = party !== null || anonymous;
  const previous = useRef(decided);

  // After a choice the keyboard goes to the sentence that says it; after "another customer" back
  // to the search box.
  useEffect(() => {
    if (decided && !previous.current) {
      chosenRef.current?.focus();
      text.current = '';
    }
    if (!decided && previous.current) document.getElementById(PARTY_SEARCH_ID)?.focus();
    previous.current = decided;
  }, [decided]);

  const choose = async (summary: PartySummary) => {
    setLoading(true);
    setLoadError(null);
    try {
      onChoose(await api<PartyView>(`/api/parties/${summary.id}`));
    } catch (e) {
      setLoadError((e as Error).message);
    } finally {
      setLoading(false);
    }
  };

  if (party || anonymous) {
    return (
      <div className="helder-party-picker helder-party-picker--chosen">
        <div ref={chosenRef} tabIndex={-1} className="helder-party-picker__chosen" role="status">
          {party ? (
            <Paragraph>
              Klant: <strong>{party.name}</strong>. We hebben de gegevens van de klant hieronder ingevuld.
            </Paragraph>
          ) : (
            <Paragraph>U legt dit contact vast zonder klant. Het contact is anoniem.</Paragraph>
          )}
        </div>
        <Button appearance="secondary-action-button" type="button" onClick={onClear}>
          {party ? 'Andere klant kiezen' : 'Toch een klant kiezen'}
        </Button>
      </div>
    );
  }

  return (
    <section className="helder-party-picker" aria-labelledby="party-picker-heading">
      <Heading level={2} id="party-picker-heading">Wie is de klant?</Heading>
      {creating ? (
        <div className="helder-panel">
          <Heading level={3}>Nieuwe klant</Heading>
          <PartyForm
            prefix="new-party"
            title="Nieuwe klant"
            variant="quick"
            initial={startFrom(text.current, typed)}
            bsnEnabled={false}
            submitLabel="Klant opslaan en kiezen"
            send={(input: PartyInput) => api<PartyView>('/api/parties', { method: 'POST', body: input })}
            onSaved={(created) => {
              setCreating(false);
              onChoose(created);
            }}
            onCancel={() => {
              setCreating(false);
              requestAnimationFrame(() => newButtonRef.current?.focus());
            }}
          />
        </div>
      ) : (
        <PartySearch id={PARTY_SEARCH_ID} label="Zoek de klant" initialText={text.current} onChoose={(p) => void choose(p)} onTextChange={(value) => (text.current = value)}>
          {loading ? <Paragraph className="helder-hint">Even geduld, we halen de klant op.</Paragraph> : null}
          {loadError ? <Alert type="error">{loadError}</Alert> : null}
          <div className="helder-actions">
            <Button
              ref={newButtonRef}
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                setCreating(true);
                requestAnimationFrame(() => (document.querySelector('.helder-party-form input') as HTMLInputElement | null)?.focus());
              }}
            >
              Nieuwe klant
            </Button>
            <Button appearance="subtle-button" type="button" onClick={onAnonymous}>
              Anoniem verder
            </Button>
          </div>
        </PartySearch>
      )}
    </section>
  );
}
