// Answers from the knowledge base while the employee types the subject of a contact: no extra
// click, a moment after the last key, the best five. Typing is never interrupted: the list takes no
// focus, an answer that arrives late for an older text is dropped, and a polite status says how
// many were found. Arrow down from the subject (or Tab) goes into the list, which is one Tab stop;
// the arrow keys move within it and Escape goes back to the subject.
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { api, query } from '../api/client';
import type { KnowledgeSearchHit, KnowledgeSearchResult } from './model';

const DEBOUNCE_MS = 250;
const MIN_LENGTH = 3;
const LIMIT = 5;

export const SUGGESTIONS_ID = 'knowledge-suggestions';

/** Moves the keyboard into the list of suggestions (from the subject field); false when it is empty. */
export function focusSuggestions(): boolean {
  const first = document.querySelector<HTMLButtonElement>(`#${SUGGESTIONS_ID} button[tabindex="0"]`);
  first?.focus();
  return !!first;
}

interface Found {
  q: string;
  items: KnowledgeSearchHit[];
}

export interface KnowledgeSuggestionsProps {
  /** The subject as typed. */
  text: string;
  /** The field to go back to with Escape. */
  fieldId: string;
  usedIds: readonly string[];
  openId: string | null;
  onOpen: (hit: KnowledgeSearchHit) => void;
}

export function KnowledgeSuggestions({ text, fieldId, usedIds, openId, onOpen }: KnowledgeSuggestionsProps) {
  const [found, setFound] = useState<Found | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const q = text.trim();

  useEffect(() => {
    if (q.length < MIN_LENGTH) {
      setFound(null);
      setFailed(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api<KnowledgeSearchResult>(`/api/knowledge/search${query({ q, limit: LIMIT })}`, { signal: controller.signal })
        .then((result) => {
          // Only the answer for the text as it is now counts; an older one was aborted.
          if (controller.signal.aborted) return;
          setFound({ q, items: result.items });
          setFailed(null);
          setActive(0);
        })
        .catch((e: unknown) => {
          if ((e as Error).name === 'AbortError' || controller.signal.aborted) return;
          setFailed((e as Error).message || 'De kennisbank geeft nu geen antwoord.');
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  const items = found && q.length >= MIN_LENGTH ? found.items : [];
  let status = '';
  if (failed) status = `Zoeken in de kennisbank lukt nu niet. ${failed}`;
  else if (found && q.length >= MIN_LENGTH) {
    status =
      items.length === 0
        ? 'Geen antwoord gevonden in de kennisbank.'
        : `${items.length} ${items.length === 1 ? 'antwoord' : 'antwoorden'} gevonden in de kennisbank.`;
  }

  const buttons = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const move = (index: number) => {
    const all = buttons();
    const next = Math.max(0, Math.min(index, all.length - 1));
    setActive(next);
    all[next]?.focus();
  };
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index === 0) document.getElementById(fieldId)?.focus();
      else move(index - 1);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      move(event.key === 'Home' ? 0 : items.length - 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      document.getElementById(fieldId)?.focus();
    }
  };

  return (
    <div id={SUGGESTIONS_ID} className="helder-suggestions">
      <p className="utrecht-paragraph helder-hint helder-suggestions__status" role="status">
        {status}
      </p>
      {items.length > 0 ? (
        <>
          <Paragraph className="helder-suggestions__title" id={`${SUGGESTIONS_ID}-title`}>
            Antwoorden uit de kennisbank
          </Paragraph>
          <ul ref={listRef} className="helder-suggestions__list" aria-labelledby={`${SUGGESTIONS_ID}-title`}>
            {items.map((hit, index) => {
              const used = usedIds.includes(hit.id);
              return (
                <li key={hit.id}>
                  <button
                    type="button"
                    className={`helder-suggestion${openId === hit.id ? ' helder-suggestion--open' : ''}`}
                    tabIndex={index === Math.min(active, items.length - 1) ? 0 : -1}
                    aria-labelledby={`${SUGGESTIONS_ID}-${hit.id}-title ${SUGGESTIONS_ID}-${hit.id}-meta`}
                    aria-describedby={`${SUGGESTIONS_ID}-${hit.id}-snippet`}
                    onFocus={() => setActive(index)}
                    onKeyDown={(e) => onKey(e, index)}
                    onClick={() => onOpen(hit)}
                  >
                    <span id={`${SUGGESTIONS_ID}-${hit.id}-title`} className="helder-suggestion__title">
                      {hit.title}
                    </span>
                    <span id={`${SUGGESTIONS_ID}-${hit.id}-meta`} className="helder-suggestion__meta">
                      {[hit.productName, hit.visibility === 'internal' ? 'Intern' : null, used ? '✓ Gebruikt' : null].filter(Boolean).join(' · ')}
                    </span>
                    <span id={`${SUGGESTIONS_ID}-${hit.id}-snippet`} className="helder-suggestion__snippet">
                      {hit.snippet}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
