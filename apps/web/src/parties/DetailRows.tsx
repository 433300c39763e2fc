// Phone numbers or e-mail addresses of a party: one row each, with a description ("Mobiel",
// "Werk"), one default, and buttons to add and remove rows. Focus follows what was added or removed.
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { FormLabel } from '@utrecht/form-label-react';
import { RadioButton } from '@utrecht/radio-button-react';
import { Button } from '@utrecht/button-react';
import { useEffect, useRef, useState } from 'react';
import { TextField } from '../ui/fields';
import { type DetailRow, newRow, sentRows } from './form-state';

const WORDS = {
  phones: { one: 'Telefoonnummer', add: 'Telefoonnummer toevoegen', hint: 'Geef elk nummer een omschrijving, bijvoorbeeld Mobiel of Werk. Kies welk nummer we standaard gebruiken.', type: 'tel' as const, max: 30 },
  emails: { one: 'E-mailadres', add: 'E-mailadres toevoegen', hint: 'Geef elk adres een omschrijving, bijvoorbeeld Privé of Werk. Kies welk adres we standaard gebruiken.', type: 'email' as const, max: 254 },
};

export interface DetailRowsProps {
  kind: 'phones' | 'emails';
  prefix: string;
  rows: DetailRow[];
  onChange: (rows: DetailRow[]) => void;
  errors: Record<string, string>;
}

export function DetailRows({ kind, prefix, rows, onChange, errors }: DetailRowsProps) {
  const words = WORDS[kind];
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (!focusKey) return;
    (focusKey === 'add' ? addRef.current : document.getElementById(`${prefix}-${focusKey}-value`))?.focus();
    setFocusKey(null);
  }, [focusKey, prefix]);

  const update = (key: string, change: Partial<DetailRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const makeDefault = (key: string) => onChange(rows.map((r) => ({ ...r, isDefault: r.key === key })));
  const remove = (key: string) => {
    const rest = rows.filter((r) => r.key !== key);
    // One default stays: when the default goes, the first row takes its place.
    if (rest.length > 0 && !rest.some((r) => r.isDefault)) rest[0] = { ...rest[0]!, isDefault: true };
    onChange(rest);
    setFocusKey('add');
  };
  const add = () => {
    const row = newRow('', rows.length === 0);
    onChange([...rows, row]);
    setFocusKey(row.key);
  };
  const sent = sentRows(rows);
  const listError = errors[kind];

  return (
    <fieldset
      id={`${prefix}-${kind}`}
      className="utrecht-form-fieldset helder-detail-rows"
      aria-describedby={[`${prefix}-${kind}-hint`, listError ? `${prefix}-${kind}-error` : ''].filter(Boolean).join(' ')}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{kind === 'phones' ? 'Telefoonnummers' : 'E-mailadressen'}</legend>
      <p className="utrecht-paragraph helder-hint" id={`${prefix}-${kind}-hint`}>{words.hint}</p>
      {listError ? <FormFieldErrorMessage id={`${prefix}-${kind}-error`}>{listError}</FormFieldErrorMessage> : null}
      {rows.length === 0 ? <p className="utrecht-paragraph helder-hint">Nog geen {kind === 'phones' ? 'telefoonnummer' : 'e-mailadres'}.</p> : null}
      {rows.map((row, index) => {
        const sentIndex = sent.indexOf(row);
        const number = index + 1;
        const name = `${words.one} ${number}`;
        const defaultId = `${prefix}-${row.key}-default`;
        return (
          <div key={row.key} className="helder-detail-row">
            <TextField
              id={`${prefix}-${row.key}-value`}
              label={name}
              type={words.type}
              required
              value={row.value}
              onChange={(value) => update(row.key, { value })}
              maxLength={words.max}
              autoComplete="off"
              error={sentIndex >= 0 ? errors[`${kind}.${sentIndex}.value`] : undefined}
            />
            <TextField
              id={`${prefix}-${row.key}-label`}
              label={
                <>
                  Omschrijving<span className="helder-visually-hidden"> van {name.toLowerCase()}</span>
                </>
              }
              value={row.label}
              onChange={(label) => update(row.key, { label })}
              maxLength={60}
              autoComplete="off"
              error={sentIndex >= 0 ? errors[`${kind}.${sentIndex}.label`] : undefined}
            />
            <div className="utrecht-form-field utrecht-form-field--radio helder-radio helder-detail-row__default">
              <RadioButton id={defaultId} name={`${prefix}-${kind}-default`} checked={row.isDefault} onChange={() => makeDefault(row.key)} />
              <FormLabel htmlFor={defaultId} type="radio">
                Standaard<span className="helder-visually-hidden"> {name.toLowerCase()}</span>
              </FormLabel>
            </div>
            <Button appearance="subtle-button" type="button" className="helder-detail-row__remove" onClick={() => remove(row.key)}>
              Weghalen<span className="helder-visually-hidden"> {name.toLowerCase()}</span>
            </Button>
          </div>
        );
      })}
      <Button ref={addRef} appearance="secondary-action-button" type="button" onClick={add} disabled={rows.length >= 10}>
        {words.add}
      </Button>
    </fieldset>
  );
}
