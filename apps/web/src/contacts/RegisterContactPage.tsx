import {
  CHANNEL_LABELS,
  CHANNELS,
  type Channel,
  CUSTOMER_KIND_LABELS,
  CUSTOMER_KINDS,
  type CustomerKind,
  LIMITS,
  REPLY_CHANNEL_LABELS,
  type ReplyChannel,
  type Resolution,
} from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../api/client';
import type { Contact, DueDate } from '../api/types';
import { useOrganisation, useSession } from '../app/session';
import { Alert, ErrorSummary } from '../ui/feedback';
import { CheckboxField, RadioGroup, SelectField, TextArea, TextField } from '../ui/fields';
import { fieldErrors, useApi, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';
import { CustomerPanel } from '../parties/CustomerPanel';
import { defaultAddress, partyPath, type PartyView } from '../parties/model';
import { PARTY_SEARCH_ID, PartyPicker } from '../parties/PartyPicker';
import { KnowledgePanel } from '../knowledge/KnowledgePanel';
import { focusSuggestions, KnowledgeSuggestions } from '../knowledge/KnowledgeSuggestions';
import { UsedArticles } from '../knowledge/UsedArticles';
import type { KnowledgeArticleRef, KnowledgeSearchHit } from '../knowledge/model';

const LAST_CHANNEL_KEY = 'helder.lastChannel';

interface FormState {
  channel: Channel;
  kind: CustomerKind;
  name: string;
  email: string;
  phone: string;
  productId: string;
  subject: string;
  summary: string;
  answer: string;
  resolution: Resolution;
  positiveSurprise: string;
  withCallback: boolean;
  teamId: string;
  assigneeId: string;
  question: string;
  replyBy: ReplyChannel;
}

function emptyForm(channel: Channel): FormState {
  return {
    channel,
    kind: 'resident',
    name: '',
    email: '',
    phone: '',
    productId: '',
    subject: '',
    summary: '',
    answer: '',
    resolution: 'first_line',
    positiveSurprise: '',
    withCallback: true,
    teamId: '',
    assigneeId: '',
    question: '',
    replyBy: 'phone',
  };
}

/** Field ids, so the error summary can link to the field to fix. */
const FIELD_IDS: Record<string, string> = {
  channel: 'contact-channel',
  subject: 'contact-subject',
  summary: 'contact-summary',
  answer: 'contact-answer',
  productId: 'contact-product',
  resolution: 'contact-resolution',
  'customer.name': 'contact-name',
  'customer.email': 'contact-email',
  'customer.phone': 'contact-phone',
  'callbackRequest.teamId': 'callback-team',
  'callbackRequest.assigneeId': 'callback-assignee',
  'callbackRequest.question': 'callback-question',
  'callbackRequest.replyBy': 'callback-reply-by',
  callbackRequest: 'callback-team',
  knowledgeArticleIds: 'contact-knowledge',
};

function storedChannel(): Channel {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(LAST_CHANNEL_KEY) : null;
  return (CHANNELS as readonly string[]).includes(stored ?? '') ? (stored as Channel) : 'phone';
}

export function RegisterContactPage() {
  const { teams, products, employees } = useOrganisation();
  const { me } = useSession();
  const [form, setForm] = useState<FormState>(() => emptyForm(storedChannel()));
  const [saved, setSaved] = useState<Contact | null>(null);
  // The customer in view: a party that was found or made, or a choice to stay anonymous.
  const [party, setParty] = useState<PartyView | null>(null);
  const [anonymous, setAnonymous] = useState(false);
  // Answers from the knowledge base: the one open beside the form, and those used for this contact.
  const [usedArticles, setUsedArticles] = useState<KnowledgeArticleRef[]>([]);
  const [openArticle, setOpenArticle] = useState<{ id: string; title: string } | null>(null);
  const panelOpener = useRef<HTMLElement | null>(null);
  const idempotencyKey = useRef(crypto.randomUUID());
  const formRef = useRef<HTMLFormElement>(null);
  const set = useCallback(<K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value })), []);

  const activeTeams = teams.filter((t) => t.active);
  const kccTeamId = me?.teamId;
  const product = products.find((p) => p.id === form.productId);
  const handingOver = form.resolution === 'handed_over' && form.withCallback;
  // An anonymous contact needs no customer fields, unless someone must call back.
  const showCustomerFields = !anonymous || handingOver;

  const chooseParty = (chosen: PartyView) => {
    setParty(chosen);
    setAnonymous(false);
    setForm((f) => ({
      ...f,
      kind: chosen.kind,
      name: chosen.name,
      phone: defaultAddress(chosen, 'phone') ?? '',
      email: defaultAddress(chosen, 'email') ?? '',
    }));
  };
  const clearCustomer = (next: { anonymous: boolean }) => {
    setParty(null);
    setAnonymous(next.anonymous);
    setForm((f) => ({ ...f, kind: 'resident', name: '', phone: '', email: '' }));
  };

  // The product's team is the usual place for the question; the employee can still choose another.
  useEffect(() => {
    if (product && product.teamId !== kccTeamId) setForm((f) => ({ ...f, teamId: f.teamId || product.teamId }));
  }, [product, kccTeamId]);

  const due = useApi<DueDate>(handingOver && form.teamId ? `/api/calendar/due-date?teamId=${form.teamId}` : null);

  const productOptions = useMemo(
    () =>
      products
        .filter((p) => p.active)
        .map((p) => ({ value: p.id, label: p.name, group: teams.find((t) => t.id === p.teamId)?.name ?? '' }))
        .sort((a, b) => a.group.localeCompare(b.group, 'nl') || a.label.localeCompare(b.label, 'nl')),
    [products, teams],
  );
  const colleagues = employees.filter((e) => e.active && (!form.teamId || e.teamId === form.teamId));

  const { submit, busy, error, setError } = useSubmit(async () => {
    const customer = {
      kind: form.kind,
      ...(form.name.trim() ? { name: form.name } : {}),
      ...(form.email.trim() ? { email: form.email } : {}),
      ...(form.phone.trim() ? { phone: form.phone } : {}),
    };
    const hasCustomer = form.name.trim() || form.email.trim() || form.phone.trim();
    const question = form.question.trim() || [form.subject.trim(), form.summary.trim()].filter(Boolean).join(': ');
    const body = {
      channel: form.channel,
      subject: form.subject,
      ...(form.summary.trim() ? { summary: form.summary } : {}),
      ...(form.answer.trim() ? { answer: form.answer } : {}),
      ...(party ? { partyId: party.id } : {}),
      ...(form.productId ? { productId: form.productId } : {}),
      resolution: form.resolution,
      ...(hasCustomer ? { customer } : {}),
      ...(form.positiveSurprise.trim() ? { positiveSurprise: form.positiveSurprise } : {}),
      ...(usedArticles.length ? { knowledgeArticleIds: usedArticles.map((a) => a.id) } : {}),
      ...(handingOver
        ? {
            callbackRequest: {
              teamId: form.teamId,
              ...(form.assigneeId ? { assigneeId: form.assigneeId } : {}),
              question,
              replyBy: form.replyBy,
            },
          }
        : {}),
    };
    return api<Contact>('/api/contacts', { method: 'POST', body, headers: { 'idempotency-key': idempotencyKey.current } });
  });

  const onSubmit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (handingOver && !form.teamId) {
      setError(
        new ApiError(400, 'validation_failed', 'Kies het team dat de klant terugbelt.', [
          { field: 'callbackRequest.teamId', message: 'Kies het team dat de klant terugbelt.' },
        ]),
      );
      return;
    }
    const contact = await submit();
    if (!contact) return;
    localStorage.setItem(LAST_CHANNEL_KEY, form.channel);
    idempotencyKey.current = crypto.randomUUID();
    setSaved(contact);
    setForm(emptyForm(form.channel));
    setParty(null);
    setAnonymous(false);
    setUsedArticles([]);
    setOpenArticle(null);
    window.scrollTo({ top: 0 });
    // The next resident starts with the search.
    requestAnimationFrame(() => document.getElementById(PARTY_SEARCH_ID)?.focus());
  };

  // Keyboard: Alt+1..8 chooses the channel, Ctrl+Enter saves.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && /^[1-8]$/.test(event.key)) {
        event.preventDefault();
        set('channel', CHANNELS[Number(event.key) - 1]!);
      } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        // In the new customer form it saves that form; anywhere else the contact.
        const inner = (event.target as HTMLElement | null)?.closest?.('.helder-party-form');
        (inner instanceof HTMLFormElement ? inner : formRef.current)?.requestSubmit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [set]);

  const errors = fieldErrors(error);

  const openPanel = (hit: KnowledgeSearchHit) => {
    // The keyboard returns here when the panel closes.
    panelOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpenArticle({ id: hit.id, title: hit.title });
  };
  const closePanel = () => {
    setOpenArticle(null);
    const back = panelOpener.current;
    requestAnimationFrame(() => (back?.isConnected ? back : document.getElementById('contact-subject'))?.focus());
  };
  const toggleUse = (article: KnowledgeArticleRef) =>
    setUsedArticles((list) => (list.some((a) => a.id === article.id) ? list.filter((a) => a.id !== article.id) : [...list, article]));
  const withSide = party !== null || openArticle !== null;

  return (
    <>
      <PageTitle title="Contact registreren">Contact registreren</PageTitle>
      <Paragraph className="helder-lead">
        Leg elk contact vast, via welk kanaal ook. Sneltoetsen: <kbd>Alt</kbd>+<kbd>1</kbd> tot en met <kbd>Alt</kbd>+<kbd>8</kbd> kiest het kanaal,{' '}
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> slaat op.
      </Paragraph>

      {saved ? (
        <Alert type="ok">
          <Paragraph>
            Contact {saved.reference} is opgeslagen.
            {saved.customer?.partyId ? (
              <>
                {' '}
                Het contact staat bij{' '}
                <Link className="utrecht-link" to={partyPath(saved.customer.partyId)}>
                  {saved.customer.name ?? 'de klant'}
                </Link>
                .
              </>
            ) : null}
            {saved.callbackRequest ? (
              <>
                {' '}
                Terugbelverzoek{' '}
                <Link className="utrecht-link" to={`/terugbelverzoeken/${saved.callbackRequest.id}`}>
                  {saved.callbackRequest.reference}
                </Link>{' '}
                staat bij {saved.callbackRequest.teamName}. {saved.callbackRequest.dueExplanation}
              </>
            ) : null}
          </Paragraph>
        </Alert>
      ) : null}
      <div className={`helder-register${withSide ? ' helder-register--with-party' : ''}`}>
        <div className="helder-register__picker">
          <PartyPicker
            party={party}
            anonymous={anonymous}
            typed={{ phone: form.phone, email: form.email }}
            onChoose={chooseParty}
            onAnonymous={() => clearCustomer({ anonymous: true })}
            onClear={() => clearCustomer({ anonymous: false })}
          />
        </div>
        {withSide ? (
          <div className="helder-register__view">
            {openArticle ? (
              <KnowledgePanel
                articleId={openArticle.id}
                title={openArticle.title}
                used={usedArticles.some((a) => a.id === openArticle.id)}
                onToggleUse={toggleUse}
                onClose={closePanel}
              />
            ) : null}
            {party ? <CustomerPanel party={party} /> : null}
          </div>
        ) : null}
        <div className="helder-register__form">
          <ErrorSummary error={error} fieldIds={FIELD_IDS} />

          <form ref={formRef} noValidate onSubmit={onSubmit} className="helder-form helder-form--contact">
            <RadioGroup
              id="contact-channel"
              name="channel"
              label="Kanaal"
              required
              inline
              value={form.channel}
              onChange={(v) => set('channel', v as Channel)}
              error={errors.channel}
              options={CHANNELS.map((c, i) => ({ value: c, label: CHANNEL_LABELS[c], hint: `Alt+${i + 1}` }))}
            />

            {showCustomerFields ? (
              <Section title="Klant">
                <Paragraph className="helder-hint">
                  {party
                    ? 'Ingevuld vanuit het klantbeeld. Wil de klant nu een ander nummer of adres gebruiken? Pas het dan aan.'
                    : anonymous
                      ? 'Voor een terugbelverzoek hebben we een naam nodig, en een telefoonnummer of e-mailadres.'
                      : 'Laat de velden leeg als de klant anoniem wil blijven.'}
                </Paragraph>
                <RadioGroup
                  name="kind"
                  label="Soort klant"
                  inline
                  required
                  value={form.kind}
                  onChange={(v) => set('kind', v as CustomerKind)}
                  options={CUSTOMER_KINDS.map((k) => ({ value: k, label: CUSTOMER_KIND_LABELS[k] }))}
                />
                <div className="helder-grid-3">
                  <TextField id="contact-name" label="Naam" value={form.name} onChange={(v) => set('name', v)} autoComplete="off" maxLength={LIMITS.name} error={errors['customer.name']} required={handingOver} />
                  <TextField id="contact-phone" label="Telefoonnummer" type="tel" value={form.phone} onChange={(v) => set('phone', v)} autoComplete="off" error={errors['customer.phone']} required={handingOver && form.replyBy === 'phone'} />
                  <TextField id="contact-email" label="E-mailadres" type="email" value={form.email} onChange={(v) => set('email', v)} autoComplete="off" error={errors['customer.email']} required={handingOver && form.replyBy === 'email'} />
                </div>
              </Section>
            ) : null}

            <Section title="Vraag">
              <SelectField
                id="contact-product"
                label="Product of dienst"
                value={form.productId}
                onChange={(v) => set('productId', v)}
                options={productOptions}
                placeholder="Geen product of dienst"
                error={errors.productId}
                description="Typ de eerste letters om snel te kiezen."
              />
              <TextField
                id="contact-subject"
                label="Onderwerp"
                required
                value={form.subject}
                onChange={(v) => set('subject', v)}
                maxLength={LIMITS.subject}
                error={errors.subject}
                description="Antwoorden uit de kennisbank verschijnen onder dit veld. Met pijl omlaag kiest u er een."
                onKeyDown={(event) => {
                  if (event.key === 'ArrowDown' && focusSuggestions()) event.preventDefault();
                }}
              />
              <KnowledgeSuggestions text={form.subject} fieldId="contact-subject" usedIds={usedArticles.map((a) => a.id)} openId={openArticle?.id ?? null} onOpen={openPanel} />
              <UsedArticles
                id="contact-knowledge"
                articles={usedArticles}
                error={errors.knowledgeArticleIds ?? Object.entries(errors).find(([k]) => k.startsWith('knowledgeArticleIds.'))?.[1]}
                onRemove={(id) => setUsedArticles((list) => list.filter((a) => a.id !== id))}
                fallbackFocusId="contact-subject"
              />
              <TextArea id="contact-summary" label="Korte samenvatting" value={form.summary} onChange={(v) => set('summary', v)} maxLength={LIMITS.summary} error={errors.summary} />
            </Section>

            <Section title="Uitkomst">
              <RadioGroup
                id="contact-resolution"
                name="resolution"
                label="Is de vraag opgelost?"
                required
                value={form.resolution}
                onChange={(v) => set('resolution', v as Resolution)}
                error={errors.resolution ?? errors.callbackRequest}
                options={[
                  { value: 'first_line', label: 'Ja, direct opgelost' },
                  { value: 'handed_over', label: 'Nee, doorgezet naar de tweede lijn' },
                ]}
              />
              {form.resolution === 'handed_over' ? (
                <div className="helder-subform">
                  <CheckboxField
                    label="Maak een terugbelverzoek of terugmailverzoek"
                    checked={form.withCallback}
                    onChange={(v) => set('withCallback', v)}
                    description="Zet dit uit als u de klant direct heeft doorverbonden."
                  />
                  {form.withCallback ? (
                    <>
                      <div className="helder-grid-2">
                        <SelectField
                          id="callback-team"
                          label="Team"
                          required
                          value={form.teamId}
                          onChange={(v) => setForm((f) => ({ ...f, teamId: v, assigneeId: '' }))}
                          options={activeTeams.map((t) => ({ value: t.id, label: t.name }))}
                          placeholder="Kies een team"
                          error={errors['callbackRequest.teamId']}
                        />
                        <SelectField
                          id="callback-assignee"
                          label="Collega"
                          value={form.assigneeId}
                          onChange={(v) => set('assigneeId', v)}
                          options={colleagues.map((e) => ({ value: e.id, label: e.name }))}
                          placeholder="Het team kiest zelf"
                          error={errors['callbackRequest.assigneeId']}
                        />
                      </div>
                      <TextArea
                        id="callback-question"
                        label="Vraag voor de tweede lijn"
                        description="Schrijf op wat de klant wil weten, zodat de collega het niet opnieuw hoeft te vragen. Leeg laten: we nemen het onderwerp en de samenvatting over."
                        value={form.question}
                        onChange={(v) => set('question', v)}
                        maxLength={LIMITS.question}
                        error={errors['callbackRequest.question']}
                      />
                      <RadioGroup
                        id="callback-reply-by"
                        name="replyBy"
                        label="Hoe wil de klant antwoord?"
                        required
                        inline
                        value={form.replyBy}
                        onChange={(v) => set('replyBy', v as ReplyChannel)}
                        error={errors['callbackRequest.replyBy']}
                        options={[
                          { value: 'phone', label: `${REPLY_CHANNEL_LABELS.phone} (telefoon)` },
                          { value: 'email', label: `${REPLY_CHANNEL_LABELS.email} (e-mail)` },
                        ]}
                      />
                      {due.data ? (
                        <div className="helder-deadline-preview" aria-live="polite">
                          <strong>Termijn:</strong> {due.data.explanation}
                        </div>
                      ) : null}
                    </>
                  ) : null}
                </div>
              ) : null}
              <TextArea
                id="contact-answer"
                label="Antwoord aan de klant"
                description="Wat heeft u de klant verteld? Een collega ziet dit de volgende keer in het klantbeeld."
                value={form.answer}
                onChange={(v) => set('answer', v)}
                maxLength={LIMITS.summary}
                error={errors.answer}
                rows={2}
              />
              <TextArea
                label="Positieve verrassing"
                description="Deed u iets extra voor de klant? Schrijf het op, dan kunnen we het laten zien."
                value={form.positiveSurprise}
                onChange={(v) => set('positiveSurprise', v)}
                maxLength={LIMITS.positiveSurprise}
                rows={2}
              />
            </Section>

            <div className="helder-actions">
              <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
                {handingOver ? 'Opslaan en doorzetten' : 'Contact opslaan'}
              </Button>
              <Button
                appearance="subtle-button"
                type="button"
                onClick={() => {
                  setForm(emptyForm(form.channel));
                  setParty(null);
                  setAnonymous(false);
                  setUsedArticles([]);
                  setOpenArticle(null);
                  setError(null);
                }}
              >
                Formulier leegmaken
              </Button>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
