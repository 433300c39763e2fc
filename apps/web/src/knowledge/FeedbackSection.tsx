// Feedback on an answer: any employee says what is wrong (klopt niet, onduidelijk, mist iets) with a
// note; editors and the owning team see what is still open and mark it as handled.
import { KNOWLEDGE_FEEDBACK_KINDS, KNOWLEDGE_FEEDBACK_LABELS, KNOWLEDGE_LIMITS, type KnowledgeFeedbackKind } from '@helder/domain';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { type FormEvent, useRef, useState } from 'react';
import { api, ApiError } from '../api/client';
import { Alert, ErrorSummary } from '../ui/feedback';
import { RadioGroup, TextArea } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { fieldErrors, useSubmit } from '../ui/hooks';
import { Section } from '../ui/page';
import type { KnowledgeFeedback } from './model';

export interface FeedbackSectionProps {
  articleId: string;
  feedback: KnowledgeFeedback[];
  canResolve: boolean;
  onChanged: () => void;
}

export function FeedbackSection({ articleId, feedback, canResolve, onChanged }: FeedbackSectionProps) {
  const [kind, setKind] = useState<KnowledgeFeedbackKind | ''>('');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const [resolved, setResolved] = useState<string | null>(null);
  const open = feedback.filter((f) => f.resolvedAt === null);
  const openHeading = useRef<HTMLHeadingElement>(null);

  const send = useSubmit(async () =>
    api(`/api/knowledge/articles/${articleId}/feedback`, { method: 'POST', body: { kind, ...(note.trim() ? { note } : {}) } }),
  );
  const resolve = useSubmit(async (item: KnowledgeFeedback) => {
    await api(`/api/knowledge/feedback/${item.id}/resolve`, { method: 'POST' });
    return item;
  });
  const errors = fieldErrors(send.error);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    if (!kind) {
      const message = 'Kies wat er mis is: klopt niet, onduidelijk of mist iets.';
      send.setError(new ApiError(400, 'validation_failed', message, [{ field: 'kind', message }]));
      return;
    }
    const result = await send.submit();
    if (result === undefined) return;
    setKind('');
    setNote('');
    setSent(true);
    onChanged();
  };

  return (
    <Section title="Feedback">
      <div className="helder-grid-2 helder-feedback">
        <div>
          <Heading level={3}>Klopt er iets niet?</Heading>
          <Paragraph>Laat het de redactie weten. Het team van dit antwoord ziet uw melding.</Paragraph>
          {sent ? <Alert type="ok">Bedankt. Wij hebben uw melding ontvangen.</Alert> : null}
          <ErrorSummary error={send.error} fieldIds={{ kind: 'feedback-kind-0', note: 'feedback-note' }} />
          <form noValidate onSubmit={onSubmit} aria-label="Feedback geven">
            <RadioGroup
              id="feedback-kind"
              name="feedback-kind"
              label="Wat is er mis?"
              required
              value={kind}
              onChange={(v) => setKind(v as KnowledgeFeedbackKind)}
              error={errors.kind}
              options={KNOWLEDGE_FEEDBACK_KINDS.map((k) => ({ value: k, label: KNOWLEDGE_FEEDBACK_LABELS[k] }))}
            />
            <TextArea
              id="feedback-note"
              label="Toelichting"
              description="Wat klopt er niet, of wat mist u? Noem geen gegevens van inwoners."
              value={note}
              onChange={setNote}
              maxLength={KNOWLEDGE_LIMITS.note}
              error={errors.note}
            />
            <Button appearance="secondary-action-button" type="submit" busy={send.busy} disabled={send.busy}>
              Melding sturen
            </Button>
          </form>
        </div>
        <div>
          <Heading level={3} ref={openHeading} tabIndex={-1} className="helder-focus-target">
            Open meldingen
          </Heading>
          {resolved ? <Alert type="ok">De melding is afgehandeld.</Alert> : null}
          {resolve.error ? <Alert type="error">{resolve.error.message}</Alert> : null}
          {open.length === 0 ? (
            <Paragraph>Er zijn geen open meldingen.</Paragraph>
          ) : (
            <ul className="helder-customer-list helder-feedback-list">
              {open.map((f) => (
                <li key={f.id} className="helder-customer-item">
                  <span className="helder-customer-item__head">
                    <span className="helder-tag helder-tag--attention">{KNOWLEDGE_FEEDBACK_LABELS[f.kind]}</span>
                  </span>
                  {f.note ? <p className="utrecht-paragraph helder-customer-item__text">{f.note}</p> : null}
                  <span className="helder-cell-sub">
                    {formatDateTime(f.createdAt)} door {f.createdByName ?? 'onbekend'}
                  </span>
                  {canResolve ? (
                    <Button
                      appearance="subtle-button"
                      type="button"
                      disabled={resolve.busy}
                      onClick={async () => {
                        setResolved(null);
                        const done = await resolve.submit(f);
                        if (!done) return;
                        setResolved(done.id);
                        onChanged();
                        // The button is gone: the keyboard goes to the list's heading.
                        openHeading.current?.focus();
                      }}
                    >
                      Afgehandeld
                      <span className="helder-visually-hidden">
                        : {KNOWLEDGE_FEEDBACK_LABELS[f.kind]} van {formatDateTime(f.createdAt)}
                      </span>
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Section>
  );
}
