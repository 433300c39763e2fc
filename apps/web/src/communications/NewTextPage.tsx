// A new text in the register: what it is, for whom and how many, and the text itself. The B1 result
// comes with the answer; a bulk letter (or a text for many recipients) needs the contact centre's
// review before it can be marked sent, which the form says before it is saved.
import { COMMUNICATION_KIND_LABELS, COMMUNICATION_KINDS } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useCallback, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import { useOrganisation, useSession } from '../app/session';
import { ErrorSummary } from '../ui/feedback';
import { CheckboxField, SelectField, TextArea, TextField } from '../ui/fields';
import { fieldErrors, useSubmit } from '../ui/hooks';
import { PageTitle } from '../ui/page';
import { type Communication, communicationPath } from './model';

/** The default threshold (BULK_LETTER_RECIPIENTS); the server decides with its own setting. */
const BULK_FROM = 20;

export function NewTextPage() {
  const { teams } = useOrganisation();
  const { me } = useSession();
  const navigate = useNavigate();
  // From the B1-check: the text checked there comes along.
  const carried = (useLocation().state as { text?: string } | null)?.text ?? '';
  const [kind, setKind] = useState('letter');
  const [title, setTitle] = useState('');
  const [teamId, setTeamId] = useState(me?.teamId ?? '');
  const [recipients, setRecipients] = useState('');
  const [template, setTemplate] = useState(false);
  const [text, setText] = useState(carried);
  const create = useSubmit(useCallback((body: unknown) => api<Communication>('/api/communications', { method: 'POST', body }), []));
  const fields = fieldErrors(create.error);
  const count = recipients.trim() === '' ? null : Number(recipients);
  const needsReview = kind === 'bulk_letter' || (count !== null && count >= BULK_FROM);

  return (
    <>
      <p>
        <Link className="utrecht-link" to="/communicatie">
          ← Communicatie
        </Link>
      </p>
      <PageTitle title="Nieuwe tekst">Nieuwe tekst</PageTitle>
      <Paragraph className="helder-lead">
        Zet de tekst in het register. U ziet meteen of hij op taalniveau B1 is. Wilt u de tekst eerst verbeteren? Gebruik dan de <Link className="utrecht-link" to="/b1-check">B1-check</Link>.
      </Paragraph>
      <form
        className="helder-form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const created = await create.submit({
            kind,
            title,
            teamId: teamId || null,
            recipients: count === null || Number.isNaN(count) ? (recipients.trim() === '' ? null : recipients) : count,
            template,
            text,
          });
          if (created) navigate(communicationPath(created.id));
        }}
      >
        <ErrorSummary error={create.error} fieldIds={{ kind: 'kind', title: 'title', recipients: 'recipients', text: 'text', teamId: 'team' }} />
        <SelectField id="kind" label="Soort tekst" required value={kind} onChange={setKind} options={COMMUNICATION_KINDS.map((k) => ({ value: k, label: COMMUNICATION_KIND_LABELS[k] }))} error={fields.kind} />
        <TextField id="title" label="Titel" required value={title} onChange={setTitle} maxLength={200} error={fields.title} />
        <SelectField id="team" label="Team" value={teamId} onChange={setTeamId} options={teams.map((t) => ({ value: t.id, label: t.name }))} placeholder="Geen team" error={fields.teamId} />
        <TextField
          id="recipients"
          label="Aantal ontvangers"
          description="Hoeveel mensen krijgen deze tekst? Vanaf 20 ontvangers controleert het KCC de tekst eerst."
          type="number"
          value={recipients}
          onChange={setRecipients}
          error={fields.recipients}
        />
        <CheckboxField label="Dit is een standaardbrief" description="Een brief die collega's vaak opnieuw gebruiken." checked={template} onChange={setTemplate} />
        <TextArea id="text" label="Tekst" required value={text} onChange={setText} rows={14} error={fields.text} />
        {needsReview ? <Paragraph>Deze tekst gaat naar veel mensen. Het KCC controleert hem voordat u hem verstuurt.</Paragraph> : null}
        <div className="helder-actions">
          <Button type="submit" appearance="primary-action-button" disabled={create.busy}>
            Opslaan in het register
          </Button>
        </div>
      </form>
    </>
  );
}
