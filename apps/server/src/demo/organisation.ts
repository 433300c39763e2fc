// The demo municipality: Dronten's team structure (about 42,000 inhabitants) with the products and
// services each team answers for. Names follow the Uniforme Productnamenlijst where one exists.
import type { Role } from '@helder/domain';

export interface DemoTeam {
  name: string;
  description: string;
  deadlineWorkingDays: number;
  /** How much of the callback work lands here (relative). */
  weight: number;
  /** How far this team was behind at the start: 1 is the municipality's average. */
  lateness: number;
  products: string[];
}

export const DEMO_TEAMS: DemoTeam[] = [
  {
    name: 'Klantcontactcentrum',
    description: 'Eerste lijn: telefoon 14 0321, balie, e-mail, chat en social media.',
    deadlineWorkingDays: 2,
    weight: 0.4,
    lateness: 0.6,
    products: ['Algemene informatie', 'Afspraak maken', 'Klacht of compliment'],
  },
  {
    name: 'Burgerzaken',
    description: 'Reisdocumenten, rijbewijzen, verhuizingen en de Basisregistratie Personen.',
    deadlineWorkingDays: 2,
    weight: 1.2,
    lateness: 0.8,
    products: [
      'Paspoort',
      'Identiteitskaart',
      'Rijbewijs',
      'Verhuizing doorgeven',
      'Uittreksel Basisregistratie Personen',
      'Huwelijk of geregistreerd partnerschap',
      'Geboorteaangifte',
      'Verklaring Omtrent het Gedrag (VOG)',
    ],
  },
  {
    name: 'Belastingen',
    description: 'Gemeentelijke belastingen, WOZ-waarde en kwijtschelding.',
    deadlineWorkingDays: 2,
    weight: 1.0,
    lateness: 1.1,
    products: ['WOZ-waarde', 'Aanslag gemeentelijke belastingen', 'Kwijtschelding gemeentelijke belastingen', 'Hondenbelasting', 'Betalingsregeling'],
  },
  {
    name: 'Werk, Inkomen & Leerrecht',
    description: 'Bijstand, inkomensondersteuning, re-integratie en leerplicht.',
    deadlineWorkingDays: 2,
    weight: 1.0,
    lateness: 1.2,
    products: ['Bijstandsuitkering', 'Bijzondere bijstand', 'Individuele inkomenstoeslag', 'Leerplicht', 'Schuldhulpverlening'],
  },
  {
    name: 'Vergunningen',
    description: 'Omgevingsvergunningen, evenementen en andere vergunningen en ontheffingen.',
    deadlineWorkingDays: 3,
    weight: 0.9,
    lateness: 1.3,
    products: ['Omgevingsvergunning', 'Evenementenvergunning', 'Boom kappen', 'Ontheffing APV', 'Standplaatsvergunning'],
  },
  {
    name: 'Openbare Ruimte',
    description: 'Beheer van straten, groen, verlichting en afval.',
    deadlineWorkingDays: 2,
    weight: 1.1,
    lateness: 1.0,
    products: ['Melding openbare ruimte', 'Grofvuil ophalen', 'Afvalcontainer aanvragen of omruilen', 'Parkeervergunning', 'Straatverlichting'],
  },
  {
    name: 'Wmo',
    description: 'Ondersteuning thuis: huishoudelijke hulp, hulpmiddelen, vervoer en mantelzorg.',
    deadlineWorkingDays: 2,
    weight: 0.9,
    lateness: 1.15,
    products: ['Huishoudelijke hulp', 'Hulpmiddelen en woningaanpassing', 'Regiotaxi en vervoer', 'Mantelzorgwaardering', 'Gehandicaptenparkeerkaart'],
  },
  {
    name: 'Jeugd',
    description: 'Jeugdhulp en leerlingenvervoer.',
    deadlineWorkingDays: 2,
    weight: 0.5,
    lateness: 1.1,
    products: ['Jeugdhulp', 'Leerlingenvervoer'],
  },
  {
    name: 'Economie en Ondernemersloket',
    description: 'Vragen van ondernemers, bedrijfsvestiging en horeca.',
    deadlineWorkingDays: 2,
    weight: 0.4,
    lateness: 0.9,
    products: ['Ondernemersloket', 'Drank- en horecavergunning', 'Bedrijfskavel of vestiging'],
  },
  {
    name: 'Communicatie',
    description: 'Persvragen, website en social media van de gemeente.',
    deadlineWorkingDays: 2,
    weight: 0.15,
    lateness: 0.9,
    products: ['Persvraag', 'Website en social media'],
  },
];

export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
  team: string | null;
}

export const DEMO_PASSWORD = 'helder-demo';

/** The accounts the README documents, one per role. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'kcc@dronten.demo', name: 'Sanne de Boer', roles: ['kcc'], team: 'Klantcontactcentrum' },
  { email: 'tweedelijn@dronten.demo', name: 'Mehmet Yilmaz', roles: ['second_line'], team: 'Burgerzaken' },
  { email: 'teamleider@dronten.demo', name: 'Petra Visser', roles: ['team_lead', 'second_line'], team: 'Burgerzaken' },
  { email: 'beheer@dronten.demo', name: 'Jeroen Bakker', roles: ['admin'], team: null },
  { email: 'privacy@dronten.demo', name: 'Naima Haddou', roles: ['privacy_officer'], team: null },
  { email: 'redacteur@dronten.demo', name: 'Lisa Kramer', roles: ['editor'], team: 'Communicatie' },
  { email: 'communicatie@dronten.demo', name: 'Ilse Verbeek', roles: ['second_line'], team: 'Communicatie' },
];

export const FIRST_NAMES = [
  'Anna', 'Bas', 'Chantal', 'Daan', 'Emma', 'Fatima', 'Gerrit', 'Hanneke', 'Ibrahim', 'Jolanda', 'Kees', 'Lotte',
  'Mark', 'Nadia', 'Olaf', 'Priya', 'Ruben', 'Sophie', 'Thijs', 'Umut', 'Vera', 'Willem', 'Yara', 'Zeynep',
  'Henk', 'Ingrid', 'Joost', 'Karin', 'Lars', 'Marieke', 'Niels', 'Oksana', 'Pieter', 'Rianne', 'Stijn', 'Tamara',
];

export const LAST_NAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Groot', 'Mulder', 'de Wit', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'Kaya', 'El Amrani', 'Nguyen', 'Postma', 'Hoekstra', 'Koster', 'Prins', 'Huisman', 'Kuipers', 'Veenstra',
];

/**
 * Municipal closing days the demo calendar adds to the statutory ones (the bridge days after
 * Ascension Day are statutory since the Besluiten gelijkstelling: built in, not listed here).
 */
export const DEMO_CLOSING_DAYS = [
  { date: '2025-09-26', name: 'Personeelsdag' },
  { date: '2026-09-25', name: 'Personeelsdag' },
  { date: '2027-09-24', name: 'Personeelsdag' },
];
