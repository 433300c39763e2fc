// Form fields on NL Design System (Utrecht) components. Every field has a visible label, an
// optional description and error message linked with aria-describedby, and keeps what was typed.
import { Checkbox } from '@utrecht/checkbox-react';
import { FormField } from '@utrecht/form-field-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { FormLabel } from '@utrecht/form-label-react';
import { RadioButton } from '@utrecht/radio-button-react';
import { Textbox } from '@utrecht/textbox-react';
import { type KeyboardEvent, type ReactNode, type Ref, useId } from 'react';

interface BaseProps {
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  id?: string;
}

function describedBy(id: string, description: unknown, error: unknown): string | undefined {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Extras({ id, description, error }: { id: string; description?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
    </>
  );
}

function Label({ id, label, required }: { id: string; label: ReactNode; required?: boolean | undefined }) {
  return (
    <div className="utrecht-form-field__label">
      <FormLabel htmlFor={id}>
        {label}
        {required ? null : <span className="helder-optional"> (niet verplicht)</span>}
      </FormLabel>
    </div>
  );
}

export interface TextFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date' | 'number' | 'search';
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  maxLength?: number;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  size?: 'small' | 'medium' | 'large';
  min?: string | number;
  max?: string | number;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export function TextField(props: TextFieldProps) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <FormField invalid={!!props.error} type="text" className={`helder-field helder-field--${props.size ?? 'large'}`}>
      {/* A search box is neither required nor optional: it gets no "(niet verplicht)". */}
      <Label id={id} label={props.label} required={props.required || props.type === 'search'} />
      <Extras id={id} description={props.description} error={props.error} />
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          ref={props.inputRef}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          invalid={!!props.error}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(id, props.description, props.error)}
          required={props.required}
          autoComplete={props.autoComplete}
          maxLength={props.maxLength}
          inputMode={props.inputMode}
          min={props.min}
          max={props.max}
          onKeyDown={props.onKeyDown}
        />
      </div>
    </FormField>
  );
}

export interface TextAreaProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
}

export function TextArea(props: TextAreaProps) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <FormField invalid={!!props.error} type="text" className="helder-field helder-field--large">
      <Label id={id} label={props.label} required={props.required} />
      <Extras id={id} description={props.description} error={props.error} />
      <div className="utrecht-form-field__input">
        <textarea
          id={id}
          className={`utrecht-textarea utrecht-textarea--html-textarea${props.error ? ' utrecht-textarea--invalid' : ''}`}
          value={props.value}
          rows={props.rows ?? 3}
          maxLength={props.maxLength}
          onChange={(e) => props.onChange(e.target.value)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(id, props.description, props.error)}
          // Not the native attribute: the Utrecht style sheet paints an empty `:invalid` text area
          // red before anyone typed in it. Our forms check themselves (noValidate).
          aria-required={props.required || undefined}
        />
      </div>
    </FormField>
  );
}

export interface Option {
  value: string;
  label: string;
  group?: string;
}

export interface SelectFieldProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  placeholder?: string;
}

export function SelectField(props: SelectFieldProps) {
  const generated = useId();
  const id = props.id ?? generated;
  const groups = [...new Set(props.options.map((o) => o.group ?? ''))];
  const render = (options: Option[]) => options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>);
  return (
    <FormField invalid={!!props.error} type="text" className="helder-field helder-field--large">
      <Label id={id} label={props.label} required={props.required} />
      <Extras id={id} description={props.description} error={props.error} />
      <div className="utrecht-form-field__input">
        <select
          id={id}
          className={`utrecht-select utrecht-select--html-select${props.error ? ' utrecht-select--invalid' : ''}`}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(id, props.description, props.error)}
          required={props.required}
        >
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {groups.length > 1 || groups[0]
            ? groups.map((g) => (
                <optgroup key={g} label={g || 'Overig'}>
                  {render(props.options.filter((o) => (o.group ?? '') === g))}
                </optgroup>
              ))
            : render(props.options)}
        </select>
      </div>
    </FormField>
  );
}

export interface RadioGroupProps extends BaseProps {
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: (Option & { hint?: string })[];
  inline?: boolean;
}

export function RadioGroup(props: RadioGroupProps) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <fieldset
      className={`utrecht-form-fieldset helder-radio-group${props.inline ? ' helder-radio-group--inline' : ''}${props.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(id, props.description, props.error)}
      id={id}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {props.label}
        {props.required ? null : <span className="helder-optional"> (niet verplicht)</span>}
      </legend>
      <Extras id={id} description={props.description} error={props.error} />
      <div className="helder-radio-group__options">
        {props.options.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <div key={option.value} className="utrecht-form-field utrecht-form-field--radio helder-radio">
              <RadioButton
                id={optionId}
                name={props.name}
                value={option.value}
                checked={props.value === option.value}
                onChange={() => props.onChange(option.value)}
                invalid={!!props.error}
              />
              <FormLabel htmlFor={optionId} type="radio">
                {option.label}
                {option.hint ? <span className="helder-hint"> {option.hint}</span> : null}
              </FormLabel>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function CheckboxField(props: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; description?: ReactNode; id?: string }) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox helder-checkbox">
      <Checkbox
        id={id}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        aria-describedby={props.description ? `${id}-description` : undefined}
      />
      <FormLabel htmlFor={id} type="checkbox">
        {props.label}
      </FormLabel>
      {props.description ? <FormFieldDescription id={`${id}-description`}>{props.description}</FormFieldDescription> : null}
    </div>
  );
}
