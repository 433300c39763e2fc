// The demo register of outgoing communication: about 150 letters, bulk letters, e-mails, web texts
// and flyers over the 18 months before the demo's today, written by the teams' employees. The share
// written at B1 rises from about 55% to about 80% (each text is measured by the real analyser, so
// the figures are what @helder/b1 says of the texts); many texts were improved in a second
// version; bulk letters from 2026 went through the contact centre's review. Inserted directly with
// the dates they had: the history is generated, not done by anyone (no audit events).
import { eq, sql } from 'drizzle-orm';
import { b1SummaryOf } from '../b1/summary.js';
import type { Db } from '../db/client.js';
import { communicationReviews, communications, communicationVersions, employees, teams } from '../db/schema.js';
import { Random } from './random.js';

const DAY = 86_400_000;
const MONTHS = 18;

interface Subject {
  title: string;
  team: string;
  kind: 'letter' | 'bulk_letter' | 'email' | 'web_text' | 'flyer' | 'other';
  recipients: [number, number];
  /** What the text is about, in a few plain words, and the officialese way of saying it. */
  plain: string;
  official: string;
}

const SUBJECTS: Subject[] = [
  { title: 'Nieuwe afvalkalender', team: 'Openbare Ruimte', kind: 'bulk_letter', recipients: [8000, 19000], plain: 'De dagen waarop wij het afval ophalen veranderen.', official: 'de wijziging van de inzameldagen van huishoudelijk afval' },
  { title: 'Werkzaamheden aan uw straat', team: 'Openbare Ruimte', kind: 'bulk_letter', recipients: [40, 600], plain: 'Wij gaan uw straat opnieuw bestraten.', official: 'de uitvoering van herbestratingswerkzaamheden in de openbare ruimte' },
  { title: 'Aanslag gemeentelijke belastingen', team: 'Belastingen', kind: 'bulk_letter', recipients: [12000, 19000], plain: 'U krijgt de aanslag voor de gemeentelijke belastingen.', official: 'de oplegging van de aanslag gemeentelijke belastingen en heffingen' },
  { title: 'Uw paspoort verloopt', team: 'Burgerzaken', kind: 'letter', recipients: [1, 1], plain: 'Uw paspoort is bijna niet meer geldig.', official: 'het verstrijken van de geldigheidsduur van uw reisdocument' },
  { title: 'Bevestiging van uw verhuizing', team: 'Burgerzaken', kind: 'email', recipients: [1, 1], plain: 'Wij hebben uw nieuwe adres ingeschreven.', official: 'de verwerking van uw adreswijziging in de basisregistratie personen' },
  { title: 'Besluit over uw Wmo-aanvraag', team: 'Wmo', kind: 'letter', recipients: [1, 1], plain: 'U krijgt hulp bij het huishouden.', official: 'de toekenning van een maatwerkvoorziening huishoudelijke ondersteuning' },
  { title: 'Uitnodiging keukentafelgesprek', team: 'Wmo', kind: 'letter', recipients: [1, 1], plain: 'Wij willen graag met u praten over de hulp die u nodig heeft.', official: 'het voeren van een onderzoeksgesprek in het kader van uw melding' },
  { title: 'Aanvraag bijzondere bijstand', team: 'Werk, Inkomen & Leerrecht', kind: 'letter', recipients: [1, 1], plain: 'Wij betalen een deel van de kosten van uw wasmachine.', official: 'de verstrekking van bijzondere bijstand ter zake van duurzame gebruiksgoederen' },
  { title: 'Energietoeslag', team: 'Werk, Inkomen & Leerrecht', kind: 'bulk_letter', recipients: [900, 2400], plain: 'U krijgt geld voor de hoge energiekosten.', official: 'de uitkering van de eenmalige energietoeslag aan huishoudens met een laag inkomen' },
  { title: 'Omgevingsvergunning verleend', team: 'Vergunningen', kind: 'letter', recipients: [1, 3], plain: 'U mag uw aanbouw bouwen.', official: 'de verlening van de omgevingsvergunning voor het bouwen van een uitbreiding' },
  { title: 'Evenementenvergunning', team: 'Vergunningen', kind: 'email', recipients: [1, 2], plain: 'U mag het buurtfeest houden.', official: 'de verlening van de evenementenvergunning voor de activiteit' },
  { title: 'Parkeren in het centrum', team: 'Openbare Ruimte', kind: 'web_text', recipients: [0, 0], plain: 'In het centrum betaalt u voor parkeren.', official: 'de invoering van betaald parkeren in het centrumgebied' },
  { title: 'Grofvuil laten ophalen', team: 'Openbare Ruimte', kind: 'flyer', recipients: [0, 0], plain: 'Wij halen uw grofvuil gratis op.', official: 'de kosteloze inzameling van grof huishoudelijk afval op afroep' },
  { title: 'Jeugdhulp: wat kunt u verwachten', team: 'Jeugd', kind: 'flyer', recipients: [0, 0], plain: 'Wij helpen u en uw kind.', official: 'de ondersteuning van jeugdigen en hun ouders in het kader van de Jeugdwet' },
  { title: 'Ondernemersloket nieuwsbrief', team: 'Economie en Ondernemersloket', kind: 'email', recipients: [300, 900], plain: 'Dit is nieuws voor ondernemers in Dronten.', official: 'de informatievoorziening aan ondernemers omtrent relevante ontwikkelingen' },
  { title: 'Informatieavond nieuwe wijk', team: 'Communicatie', kind: 'bulk_letter', recipients: [150, 1200], plain: 'Kom naar de avond over de nieuwe wijk.', official: 'de organisatie van een informatiebijeenkomst inzake de ontwikkeling van het plangebied' },
  { title: 'Antwoord op uw vraag', team: 'Klantcontactcentrum', kind: 'email', recipients: [1, 1], plain: 'Hier is het antwoord op uw vraag.', official: 'de beantwoording van uw verzoek om informatie' },
];

/** Short sentences, the reader addressed directly, one thing per sentence: B1. */
function plainText(s: Subject, detail: number): string {
  return [
    'Beste inwoner,',
    s.plain,
    `Dat is vanaf ${detail} ${detail === 1 ? 'week' : 'weken'} na deze brief.`,
    'Wat moet u doen? U hoeft niets te doen.',
    'Heeft u een vraag? Bel ons op 14 0321. Of kijk op onze website.',
    'Met vriendelijke groet,\nGemeente Dronten',
  ].join('\n\n');
}

/** Long sentences, passive voice and officialese: harder than B1. */
function officialText(s: Subject, detail: number): string {
  return [
    'Geachte heer, mevrouw,',
    `Middels dit schrijven delen wij u mede dat ten aanzien van ${s.official} door het college van burgemeester en wethouders een besluit is genomen, hetwelk met ingang van ${detail} weken na dagtekening van deze brief in werking zal treden, conform de geldende regelgeving.`,
    'Indien u zich niet met voornoemd besluit kunt verenigen, dient u binnen zes weken na dagtekening een gemotiveerd bezwaarschrift in te dienen bij het college, waarbij de gronden van het bezwaar dienen te worden vermeld teneinde een zorgvuldige afweging mogelijk te maken.',
    'Hoogachtend,\nHet college van burgemeester en wethouders van Dronten',
  ].join('\n\n');
}

export async function seedCommunications(db: Db, options: { end: Date }): Promise<number> {
  const random = new Random(1302);
  const teamRows = await db.select({ id: teams.id, name: teams.name }).from(teams);
  const teamIds = new Map(teamRows.map((t) => [t.name, t.id]));
  const staff = await db.select({ id: employees.id, email: employees.email, teamId: employees.teamId, roles: employees.roles }).from(employees).where(eq(employees.active, true));
  const kcc = staff.filter((e) => e.roles.includes('kcc'));
  const writers = staff.filter((e) => !e.roles.includes('kcc') && !e.roles.includes('privacy_officer'));
  if (!kcc.length || !writers.length) return 0;
  const analysed = new Map<string, ReturnType<typeof b1SummaryOf>>();
  const b1 = (text: string) => {
    let found = analysed.get(text);
    if (!found) analysed.set(text, (found = b1SummaryOf(text, 'text')));
    return found;
  };
  const start = options.end.getTime() - MONTHS * 30 * DAY;
  const count = 150;
  let made = 0;
  for (let i = 0; i < count; i += 1) {
    // The newest six include bulk letters, so the contact centre's queue has work.
    const subject = i >= count - 6 && i % 2 === 0 ? SUBJECTS[i % 3]! : SUBJECTS[i % SUBJECTS.length]!;
    // Spread over the 18 months.
    const age = (i + random.next()) / count;
    const createdAt = new Date(start + age * MONTHS * 30 * DAY);
    const progress = Math.min(1, age);
    const plainChance = 0.55 + 0.25 * progress;
    const detail = random.int(1, 8);
    // A low-discrepancy sequence instead of a coin: the share rises smoothly, not by luck.
    const endsPlain = (i * 0.6180339887) % 1 < plainChance;
    // A third of the plain texts were first written the old way and improved in a second version.
    const improved = endsPlain && random.chance(0.35);
    const texts = improved ? [officialText(subject, detail), plainText(subject, detail)] : [endsPlain ? plainText(subject, detail) : officialText(subject, detail)];
    const recipients = subject.recipients[1] === 0 ? null : random.int(subject.recipients[0], subject.recipients[1]);
    const reviewRequired = subject.kind === 'bulk_letter' || (recipients ?? 0) >= 20;
    const teamId = teamIds.get(subject.team) ?? null;
    const owner = writers.find((w) => w.teamId === teamId) ?? random.pick(writers);
    const last = texts.length;
    const result = b1(texts[last - 1]!);
    // The newest six are still being written or reviewed.
    const notSentYet = i >= count - 6;
    const sentAt = new Date(Math.min(createdAt.getTime() + random.int(1, 9) * DAY, options.end.getTime() - DAY));
    // From 2026 every bulk letter is reviewed (R2.3); before that, now and then.
    const reviewed = reviewRequired && (sentAt.getUTCFullYear() >= 2026 || random.chance(0.3));
    const inReview = notSentYet && reviewRequired;
    const status = notSentYet ? (inReview ? 'review_requested' : 'draft') : 'sent';
    const updatedAt = notSentYet ? createdAt : sentAt;
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(communications)
        .values({
          kind: subject.kind,
          title: `${subject.title}${recipients === 1 ? '' : ` (${createdAt.toISOString().slice(0, 7)})`}`,
          teamId,
          recipients,
          template: recipients === 1 && i < SUBJECTS.length,
          ownerId: owner.id,
          status,
          version: last,
          reviewRequired,
          b1: result,
          isB1: result.isB1,
          level: result.level,
          approvedVersion: !notSentYet && reviewed ? last : null,
          reviewDueAt: inReview ? new Date(options.end.getTime() + 3 * DAY) : null,
          sentAt: notSentYet ? null : sentAt,
          sentVersion: notSentYet ? null : last,
          sentIsB1: notSentYet ? null : result.isB1,
          sentApproved: notSentYet || !reviewRequired ? null : reviewed,
          createdAt,
          updatedAt,
        })
        .returning({ id: communications.id });
      await tx.insert(communicationVersions).values(
        texts.map((text, v) => ({ communicationId: row!.id, version: v + 1, text, b1: b1(text), authorId: owner.id, createdAt: new Date(createdAt.getTime() + v * DAY) })),
      );
      const reviewer = random.pick(kcc);
      if (reviewed && !notSentYet) {
        const asked = new Date(sentAt.getTime() - 2 * DAY);
        if (improved) {
          await tx.insert(communicationReviews).values({
            communicationId: row!.id, version: 1, requestedBy: owner.id, requestedAt: new Date(createdAt.getTime() + 3600_000), dueAt: new Date(createdAt.getTime() + 3 * DAY),
            decision: 'changes_requested', decidedBy: reviewer.id, decidedAt: new Date(createdAt.getTime() + DAY / 2), comment: 'De zinnen zijn te lang. Schrijf korter en spreek de lezer aan met u.',
            comments: [{ passage: 'Middels dit schrijven', comment: 'Schrijf gewoon wat er gebeurt.' }, { passage: 'teneinde', comment: 'Schrijf: om.' }],
          });
        }
        await tx.insert(communicationReviews).values({
          communicationId: row!.id, version: last, requestedBy: owner.id, requestedAt: asked, dueAt: new Date(asked.getTime() + 3 * DAY),
          decision: 'approved', decidedBy: reviewer.id, decidedAt: new Date(asked.getTime() + DAY), comment: 'Duidelijk. Goedgekeurd.', comments: [],
        });
      } else if (inReview) {
        await tx.insert(communicationReviews).values({ communicationId: row!.id, version: last, requestedBy: owner.id, requestedAt: createdAt, dueAt: new Date(options.end.getTime() + 3 * DAY) });
      }
    });
    made += 1;
  }
  await db.execute(sql`analyze communications`);
  return made;
}
