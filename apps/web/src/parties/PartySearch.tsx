// One search box over name, phone number (any notation), e-mail, postcode with house number and KvK
// number. Results appear while typing, as a list of buttons: Tab or the arrow keys move through
// them, Escape goes back to the box. How many were found is said in a polite live region.
import { CUSTOMER_KIND_LABELS } from '@helder/domain';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { query } from '../api/client';
import type { Page } from '../api/types';
import { TextField } from '../ui/fields';
import { useApi } from '../ui/hooks';
import { countText, type PartySummary } from './model';

const DEBOUNCE_MS = 250;
const MAX_RESULTS = 8;

export const SEARCH_HINT = 'Naam, telefoonnummer, e-mailadres, postcode met huisnummer of KvK-nummer';

/** The search text after the employee stopped typing for a moment; empty below two characters. */
function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(() => (value.trim().length >= 2 ? value.trim() : ''));
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value.trim().length >= 2 ? value.trim() : ''), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
}

export interface PartySearchProps {
  id: string;
  label: string;
  description?: string;
  onChoose: (party: PartySummary) => void;
  /** A party that cannot be chosen here (the party itself, when looking for its duplicate). */
  excludeId?: string;
  /** Told what is typed, for a "new customer" form that takes it over. */
  onTextChange?: (text: string) => void;
  /** What the box holds when it appears again (after "Annuleren" in a new customer form). */
  initialText?: string;
  /** Shown under the results, e.g. "Nieuwe klant". */
  children?: ReactNode;
}

export function PartySearch({ id, label, description = SEARCH_HINT, onChoose, excludeId, onTextChange, initialText = '', children }: PartySearchProps) {
  const [text, setText] = useState(initialText);
  const q = useDebounced(text);
  const search = useApi<Page<PartySummary>>(q ? `/api/parties${query({ q, limit: MAX_RESULTS })}` : null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const current = q && search.data && !search.loading ? search.data : undefined;
  const items = (current?.items ?? []).filter((p) => p.id !== excludeId);

  let message = '';
  if (search.error && q) message = search.error.message;
  else if (current && items.length === 0) message = 'Geen klant gevonden. Kijk of u alles goed hebt getypt.';
  else if (current && current.nextCursor) message = `Meer dan ${items.length} klanten gevonden. Typ meer om beter te zoeken.`;
  else if (current) message = `${countText(items.length, 'klant', 'klanten')} gevonden.`;

  const buttons = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      buttons()[0]?.focus();
    } else if (event.key === 'Enter') {
      // Nothing to send: the results come while typing.
      event.preventDefault();
    }
  };
  const onResultKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const all = buttons();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(index + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (index === 0 ? inputRef.current : all[index - 1])?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      all[event.key === 'Home' ? 0 : all.length - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      inputRef.current?.focus();
    }
  };

  return (
    <div role="search" aria-label={label} className="helder-party-search">
      <TextField
        id={id}
        label={label}
        description={description}
        type="search"
        value={text}
        onChange={(value) => {
          setText(value);
          onTextChange?.(value);
        }}
        onKeyDown={onInputKey}
        inputRef={inputRef}
        autoComplete="off"
        maxLength={200}
      />
      <p className="utrecht-paragraph helder-hint helder-party-search__status" role="status">
        {message}
      </p>
      {items.length > 0 ? (
        <ul ref={listRef} className="helder-party-results" aria-label="Gevonden klanten">
          {items.map((party, index) => (
            <li key={party.id}>
              <button type="button" className="helder-party-result" onClick={() => onChoose(party)} onKeyDown={(e) => onResultKey(e, index)}>
                <span className="helder-party-result__name">{party.name}</span>
                <span className="helder-party-result__meta">
                  {[CUSTOMER_KIND_LABELS[party.kind], party.phone, party.email, party.address, party.kvkNumber ? `KvK ${party.kvkNumber}` : null]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
