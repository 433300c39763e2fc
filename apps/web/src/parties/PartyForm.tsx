// The details of a party: to make one (short, during a registration, or complete) or to change
// one. The server checks everything and answers with Dutch messages per field; what was typed stays.
import { CUSTOMER_KIND_LABELS, CUSTOMER_KINDS, type CustomerKind, PARTY_LIMITS } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { type FormEvent, useCallback, useState } from 'react';
import { ErrorSummary } from '../ui/feedback';
import { CheckboxField, RadioGroup, TextArea, TextField } from '../ui/fields';
import { fieldErrors, useSubmit } from '../ui/hooks';
import { DetailRows } from './DetailRows';
import { type DetailRow, type PartyFormState, partyFieldIds, partyInputFrom } from './form-state';
import type { PartyInput, PartyView } from './model';

export interface PartyFormProps {
  /** Prefix of every field id: two forms can be on one page. */
  prefix: string;
  /** The form's name for assistive technology. */
  title: string;
  initial: PartyFormState;
  /** 'quick': one phone number and e-mail address, for a registration; 'full': everything. */
  variant: 'quick' | 'full';
  bsnEnabled: boolean;
  /** The masked BSN there is now, when changing a party. */
  bsnMasked?: string | null;
  submitLabel: string;
  send: (input: PartyInput) => Promise<PartyView>;
  onSaved: (party: PartyView) => void;
  onCancel: () => void;
}

export function PartyForm(props: PartyFormProps) {
  const { prefix, variant } = props;
  const [form, setForm] = useState<PartyFormState>(props.initial);
  const set = useCallback(<K extends keyof PartyFormState>(key: K, value: PartyFormState[K]) => setForm((f) => ({ ...f, [key]: value })), []);
  const { submit, busy, error } = useSubmit(async () => props.send(partyInputFrom(form, { bsnEnabled: props.bsnEnabled })));
  const errors = fieldErrors(error);
  const id = (name: string) => `${prefix}-${name}`;
  const person = form.kind === 'resident';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // The registration form around this one must not be sent.
    event.stopPropagation();
    const party = await submit();
    if (party) props.onSaved(party);
  };

  /** In the short form the first row of each list is one plain field. */
  const singleRow = (kind: 'phones' | 'emails', label: string, type: 'tel' | 'email') => {
    const row: DetailRow | undefined = form[kind][0];
    return (
      <TextField
        id={row ? `${prefix}-${row.key}-value` : id(kind)}
        label={label}
        type={type}
        value={row?.value ?? ''}
        onChange={(value) => set(kind, row ? [{ ...row, value }, ...form[kind].slice(1)] : [])}
        autoComplete="off"
        maxLength={type === 'tel' ? 30 : 254}
        error={errors[`${kind}.0.value`] ?? errors[kind]}
      />
    );
  };

  return (
    <form className="helder-form helder-party-form" noValidate onSubmit={onSubmit} aria-label={props.title}>
      <ErrorSummary error={error} fieldIds={partyFieldIds(prefix, form)} />
      <RadioGroup
        id={id('kind')}
        name={`${prefix}-kind`}
        label="Soort klant"
        required
        inline
        value={form.kind}
        onChange={(v) => set('kind', v as CustomerKind)}
        error={errors.kind}
        options={CUSTOMER_KINDS.map((k) => ({ value: k, label: CUSTOMER_KIND_LABELS[k] }))}
      />
      {person ? (
        <div className={variant === 'quick' ? 'helder-grid-3' : 'helder-grid-4'}>
          <TextField id={id('initials')} label="Voorletters" size="small" value={form.initials} onChange={(v) => set('initials', v)} maxLength={20} autoComplete="off" error={errors.initials} />
          {variant === 'full' ? (
            <TextField id={id('first-name')} label="Voornaam" value={form.firstName} onChange={(v) => set('firstName', v)} maxLength={PARTY_LIMITS.namePart} autoComplete="off" error={errors.firstName} />
          ) : null}
          <TextField id={id('surname-prefix')} label="Tussenvoegsel" size="small" value={form.surnamePrefix} onChange={(v) => set('surnamePrefix', v)} maxLength={20} autoComplete="off" error={errors.surnamePrefix} />
          <TextField id={id('surname')} label="Achternaam" required value={form.surname} onChange={(v) => set('surname', v)} maxLength={PARTY_LIMITS.namePart} autoComplete="off" error={errors.surname ?? errors.name} />
        </div>
      ) : (
        <TextField id={id('name')} label="Naam van de organisatie" required value={form.name} onChange={(v) => set('name', v)} maxLength={PARTY_LIMITS.name} autoComplete="off" error={errors.name} />
      )}

      {variant === 'quick' ? (
        <div className="helder-grid-2">
          {singleRow('phones', 'Telefoonnummer', 'tel')}
          {singleRow('emails', 'E-mailadres', 'email')}
        </div>
      ) : (
        <>
          <DetailRows kind="phones" prefix={prefix} rows={form.phones} onChange={(rows) => set('phones', rows)} errors={errors} />
          <DetailRows kind="emails" prefix={prefix} rows={form.emails} onChange={(rows) => set('emails', rows)} errors={errors} />
        </>
      )}

      <fieldset className="utrecht-form-fieldset helder-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Adres</legend>
        {variant === 'full' ? (
          <div className="helder-grid-street">
            <TextField id={id('street')} label="Straat" value={form.street} onChange={(v) => set('street', v)} maxLength={PARTY_LIMITS.street} autoComplete="off" error={errors['address.street']} />
            <TextField id={id('house-number')} label="Huisnummer" size="small" inputMode="numeric" value={form.houseNumber} onChange={(v) => set('houseNumber', v)} maxLength={5} autoComplete="off" error={errors['address.houseNumber']} />
            <TextField id={id('house-number-suffix')} label="Toevoeging" size="small" value={form.houseNumberSuffix} onChange={(v) => set('houseNumberSuffix', v)} maxLength={20} autoComplete="off" error={errors['address.houseNumberSuffix']} />
          </div>
        ) : null}
        <div className="helder-grid-street">
          <TextField id={id('postcode')} label="Postcode" size="small" value={form.postcode} onChange={(v) => set('postcode', v)} maxLength={7} autoComplete="off" error={errors['address.postcode']} />
          {variant === 'quick' ? (
            <TextField id={id('house-number')} label="Huisnummer" size="small" inputMode="numeric" value={form.houseNumber} onChange={(v) => set('houseNumber', v)} maxLength={5} autoComplete="off" error={errors['address.houseNumber']} />
          ) : (
            <TextField id={id('city')} label="Plaats" value={form.city} onChange={(v) => set('city', v)} maxLength={PARTY_LIMITS.city} autoComplete="off" error={errors['address.city']} />
          )}
        </div>
      </fieldset>

      {variant === 'full' || !person ? (
        <div className="helder-grid-2">
          {!person ? (
            <TextField id={id('kvk')} label="KvK-nummer" description="8 cijfers" inputMode="numeric" value={form.kvkNumber} onChange={(v) => set('kvkNumber', v)} maxLength={8} autoComplete="off" error={errors.kvkNumber} />
          ) : null}
          {variant === 'full' ? (
            <TextField id={id('own-reference')} label="Eigen kenmerk" description="Een nummer uit een ander systeem van de gemeente" value={form.ownReference} onChange={(v) => set('ownReference', v)} maxLength={PARTY_LIMITS.reference} autoComplete="off" error={errors.ownReference} />
          ) : null}
        </div>
      ) : null}

      {props.bsnEnabled && person && variant === 'full' ? (
        <fieldset className="utrecht-form-fieldset helder-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Burgerservicenummer (BSN)</legend>
          {props.bsnMasked ? <Paragraph>Nu bekend: {props.bsnMasked}</Paragraph> : null}
          <TextField
            id={id('bsn')}
            label={props.bsnMasked ? 'Nieuw BSN' : 'BSN'}
            description={props.bsnMasked ? 'Laat dit veld leeg. Dan blijft het BSN hetzelfde.' : 'Vul het BSN alleen in als u het nodig hebt voor uw werk.'}
            inputMode="numeric"
            size="small"
            value={form.bsn}
            onChange={(v) => set('bsn', v)}
            maxLength={11}
            autoComplete="off"
            error={errors.bsn}
          />
          {props.bsnMasked ? <CheckboxField label="BSN weghalen" checked={form.removeBsn} onChange={(v) => set('removeBsn', v)} /> : null}
        </fieldset>
      ) : null}

      {variant === 'full' ? (
        <TextArea
          id={id('note')}
          label="Notitie voor collega's"
          description="Alleen voor medewerkers van de gemeente. Schrijf hier geen gevoelige gegevens."
          value={form.internalNote}
          onChange={(v) => set('internalNote', v)}
          maxLength={PARTY_LIMITS.note}
          rows={3}
          error={errors.internalNote}
        />
      ) : null}

      <div className="helder-actions">
        <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
          {props.submitLabel}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={props.onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
