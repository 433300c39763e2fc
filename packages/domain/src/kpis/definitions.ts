// The measurement plan (R4.1): every KPI of the council's framework, defined once. A definition
// never changes in place: a change adds a version with the date it takes effect, and a period is
// always computed with the version in force at its start, so 2024 and 2027 stay comparable.
import type { LocalDate } from '../calendar/local-date.js';

/** The three strategic ambitions of the council's definition of excellent service (R0.1). */
export const AMBITIONS = ['verbinding', 'vakmanschap', 'vertrouwen'] as const;
export type Ambition = (typeof AMBITIONS)[number];
export const AMBITION_LABELS: Record<Ambition, string> = {
  verbinding: 'Verbinding: we volgen de logica van de inwoner',
  vakmanschap: 'Vakmanschap: we zijn duidelijk over wat wel en niet kan',
  vertrouwen: 'Vertrouwen: we houden het algemeen belang in het oog',
};

/** `share`: a fraction from 0 to 1; `score`: an average mark from 1 to 10. */
export type KpiUnit = 'share' | 'score';
export type KpiDirection = 'lower_is_better' | 'higher_is_better';

/**
 * Where the figures come from. Each source has one computation on the server; a definition
 * version names the source and the parameters it uses, so the computation itself stays general.
 */
export type KpiSource =
  | { kind: 'callbacks_late'; requestKind: 'callback' | 'report' }
  | { kind: 'requests_on_time'; requestKind: 'callback' | 'report' }
  | { kind: 'contacts_first_line'; channels: readonly string[] }
  /** Contacts for which at least one knowledge base answer was used (knowledge_article_uses). */
  | { kind: 'contacts_knowledge_base' }
  /** Texts of the register sent or published in the period: at B1 then (b1), or bulk letters approved in the version sent (bulk). */
  | { kind: 'communications_sent'; measure: 'b1' | 'bulk' }
  | { kind: 'survey_score'; field: 'score' | 'timeliness_score'; line?: 'first' | 'second' }
  | { kind: 'survey_top_products'; perTeam: number }
  | { kind: 'survey_result'; question: string }
  /** Press questions by month of arrival, answered or given an interim reply by their deadline. */
  | { kind: 'press_answered_in_time' }
  /** Active teams with at least one service goal at the end of each month. */
  | { kind: 'team_goals' }
  | { kind: 'not_yet_measured'; arrivesWith: string };

export interface KpiVersion {
  version: number;
  /** Periods that start on or after this date use this version. */
  validFrom: LocalDate;
  numerator: string;
  denominator: string;
  excluded: string;
  source: KpiSource;
}

export interface KpiTarget {
  value: number;
  /** The date by which the value must be reached; null: from the start, always. */
  by: LocalDate | null;
}

export interface KpiDefinition {
  id: string;
  name: string;
  explanation: string;
  ambition: Ambition;
  requirement: string;
  unit: KpiUnit;
  direction: KpiDirection;
  baseline: { value: number; note: string } | null;
  targets: readonly KpiTarget[];
  /** Whether the KPI can be shown per team. */
  perTeam: boolean;
  versions: readonly KpiVersion[];
}

export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    id: 'callbacks.late_share',
    name: 'Terugbelverzoeken buiten de termijn',
    explanation: 'Welk deel van de terugbel- en terugmailverzoeken niet op tijd is afgehandeld.',
    ambition: 'vakmanschap',
    requirement: 'R1.2',
    unit: 'share',
    direction: 'lower_is_better',
    baseline: { value: 0.58, note: '0-meting 2023' },
    targets: [
      { value: 0.3, by: '2024-12-31' },
      { value: 0.15, by: '2025-12-31' },
    ],
    perTeam: true,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'Verzoeken die na hun termijn zijn afgehandeld, of na hun termijn nog openstaan.',
        denominator: 'Verzoeken waarvan de termijn in de periode valt.',
        excluded: 'Ingetrokken verzoeken. Een verzoek dat precies op het einde van de termijn is afgehandeld, is op tijd.',
        // Only callback requests: residents' reports and survey follow-ups have their own figures.
        source: { kind: 'callbacks_late', requestKind: 'callback' },
      },
    ],
  },
  {
    id: 'reports.on_time_share',
    name: 'Meldingen miscommunicatie op tijd beantwoord',
    explanation: 'Welk deel van de meldingen van inwoners over miscommunicatie binnen de termijn is beantwoord.',
    ambition: 'vertrouwen',
    requirement: 'R1.1',
    unit: 'share',
    direction: 'higher_is_better',
    baseline: null,
    targets: [],
    perTeam: true,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'Meldingen die binnen hun termijn zijn afgehandeld, of waarvan de termijn nog loopt.',
        denominator: 'Meldingen waarvan de termijn in de periode valt.',
        excluded: 'Ingetrokken meldingen.',
        source: { kind: 'requests_on_time', requestKind: 'report' },
      },
    ],
  },
  {
    id: 'contacts.first_line_share',
    name: 'Direct beantwoord door het KCC',
    explanation: 'Welk deel van de telefoontjes en contactformulieren het KCC meteen zelf beantwoordt.',
    ambition: 'verbinding',
    requirement: 'R1.3',
    unit: 'share',
    direction: 'higher_is_better',
    baseline: null,
    targets: [{ value: 0.9, by: '2027-12-31' }],
    perTeam: true,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'Contacten via telefoon of contactformulier die in de eerste lijn zijn opgelost.',
        denominator: 'Alle contacten via telefoon of contactformulier in de periode.',
        excluded: 'Contacten via andere kanalen.',
        source: { kind: 'contacts_first_line', channels: ['phone', 'contact_form'] },
      },
    ],
  },
  {
    id: 'contacts.knowledge_base_share',
    name: 'Contacten beantwoord met de kennisbank',
    explanation: 'Welk deel van de contacten is beantwoord met een antwoord uit de kennisbank. Dan krijgt de inwoner hetzelfde antwoord, aan de telefoon, aan de balie en op de website.',
    ambition: 'vakmanschap',
    requirement: 'R1.3, R3.3',
    unit: 'share',
    direction: 'higher_is_better',
    baseline: null,
    targets: [],
    perTeam: true,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'Contacten waarbij de medewerker minstens één antwoord uit de kennisbank heeft gebruikt ("Dit antwoord gebruikt"). Een contact met meer antwoorden telt één keer.',
        denominator: 'Alle contacten die in de periode zijn geregistreerd, via elk kanaal.',
        excluded: 'Niets. Ook contacten die zijn doorgezet naar de tweede lijn tellen mee.',
        source: { kind: 'contacts_knowledge_base' },
      },
    ],
  },
  {
    id: 'experience.contact_score',
    name: 'Waardering van het contact',
    explanation: 'Het gemiddelde cijfer dat inwoners na een contact geven, voor de eerste en de tweede lijn samen.',
    ambition: 'verbinding',
    requirement: 'R1.4',
    unit: 'score',
    direction: 'higher_is_better',
    baseline: null,
    targets: [{ value: 8, by: '2025-12-31' }],
    perTeam: true,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'De som van de cijfers (1 tot en met 10) van de beantwoorde enquêtes.',
        denominator: 'Het aantal beantwoorde enquêtes in de periode.',
        excluded: 'Enquêtes zonder cijfer.',
        source: { kind: 'survey_score', field: 'score' },
      },
    ],
  },
  {
    id: 'experience.timeliness_score',
    name: 'Tijdigheid van de communicatie',
    explanation: 'Het gemiddelde cijfer dat inwoners geven voor hoe snel zij antwoord kregen.',
    ambition: 'vakmanschap',
    requirement: 'R1.5',
    unit: 'score',
    direction: 'higher_is_better',
    baseline: { value: 5.8, note: '0-meting inwonerstevredenheid' },
    targets: [],
    perTeam: true,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'De som van de cijfers voor tijdigheid (1 tot en met 10).',
        denominator: 'Het aantal enquêtes met een cijfer voor tijdigheid in de periode.',
        excluded: 'Enquêtes zonder cijfer voor tijdigheid.',
        source: { kind: 'survey_score', field: 'timeliness_score' },
      },
    ],
  },
  {
    id: 'satisfaction.overall',
    name: 'Algemene tevredenheid',
    explanation: 'Het rapportcijfer voor de dienstverlening uit het jaarlijkse tevredenheidsonderzoek. Een 7 is goed; landelijk was het 6,72.',
    ambition: 'vertrouwen',
    requirement: 'R0.2',
    unit: 'score',
    direction: 'higher_is_better',
    baseline: { value: 6.71, note: '0-meting; landelijk 6,72' },
    targets: [{ value: 8, by: '2027-12-31' }],
    perTeam: false,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'Het gemiddelde rapportcijfer uit het onderzoek.',
        denominator: 'De steekproef van het onderzoek.',
        excluded: 'Niets: het cijfer komt uit het rapport van het onderzoeksbureau.',
        source: { kind: 'survey_result', question: 'overall' },
      },
    ],
  },
  {
    id: 'experience.top_products_score',
    name: 'Meest gebruikte producten per team',
    explanation: 'Het gemiddelde cijfer voor de drie meest gebruikte producten of diensten van elk team.',
    ambition: 'verbinding',
    requirement: 'R4.2',
    unit: 'score',
    direction: 'higher_is_better',
    baseline: null,
    targets: [{ value: 7.3, by: '2024-12-31' }],
    perTeam: true,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'De som van de cijfers voor de drie producten met de meeste contacten van elk team in de periode.',
        denominator: 'Het aantal beantwoorde enquêtes over die producten.',
        excluded: 'Enquêtes zonder product.',
        source: { kind: 'survey_top_products', perTeam: 3 },
      },
    ],
  },
  {
    id: 'communication.b1_share',
    name: 'Communicatie op B1-niveau',
    explanation: 'Welk deel van de brieven, folders en webteksten op taalniveau B1 is geschreven.',
    ambition: 'vertrouwen',
    requirement: 'R2.2',
    unit: 'share',
    direction: 'higher_is_better',
    baseline: null,
    targets: [{ value: 0.8, by: '2024-12-31' }],
    perTeam: true,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'Teksten uit het register die in de periode zijn verstuurd of gepubliceerd en op dat moment op niveau B1 of eenvoudiger waren.',
        denominator: 'Alle teksten uit het register die in de periode zijn verstuurd of gepubliceerd.',
        excluded: 'Concepten die niet zijn verstuurd of gepubliceerd.',
        source: { kind: 'communications_sent', measure: 'b1' },
      },
    ],
  },
  {
    id: 'communication.bulk_letters_checked',
    name: 'Bulkbrieven gecontroleerd door het KCC',
    explanation: 'Welk deel van de brieven aan 20 of meer ontvangers het KCC vooraf heeft gecontroleerd.',
    ambition: 'vakmanschap',
    requirement: 'R2.3',
    unit: 'share',
    direction: 'higher_is_better',
    baseline: null,
    targets: [{ value: 1, by: '2026-01-01' }],
    perTeam: true,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'Bulkbrieven die in de periode zijn verstuurd, met een goedkeuring van het KCC voor de versie die is verstuurd.',
        denominator: 'Alle bulkbrieven die in de periode zijn verstuurd.',
        excluded: 'Brieven aan minder dan 20 ontvangers (het aantal is in te stellen), tenzij ze als bulkbrief zijn vastgelegd.',
        source: { kind: 'communications_sent', measure: 'bulk' },
      },
    ],
  },
  {
    id: 'press.answered_in_time_share',
    name: 'Persvragen binnen twee werkdagen beantwoord',
    explanation: 'Welk deel van de vragen in de persmailbox binnen twee werkdagen een antwoord kreeg.',
    ambition: 'vertrouwen',
    requirement: 'R5.3',
    unit: 'share',
    direction: 'higher_is_better',
    baseline: null,
    targets: [{ value: 1, by: null }],
    perTeam: false,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'Persvragen met een antwoord of procesantwoord binnen twee werkdagen.',
        denominator: 'Alle persvragen die in de periode binnenkwamen.',
        excluded: 'Berichten in de persmailbox die geen vraag zijn.',
        source: { kind: 'press_answered_in_time' },
      },
    ],
  },
  {
    id: 'teams.service_goal_share',
    name: 'Teams met een SMART-doel voor dienstverlening',
    explanation: 'Welk deel van de teams een SMART-doel voor dienstverlening in het teamplan heeft.',
    ambition: 'vakmanschap',
    requirement: 'R5.1',
    unit: 'share',
    direction: 'higher_is_better',
    baseline: null,
    targets: [{ value: 1, by: '2023-09-30' }],
    perTeam: false,
    versions: [
      {
        version: 1,
        validFrom: '2023-01-01',
        numerator: 'Actieve teams met ten minste één vastgesteld SMART-doel.',
        denominator: 'Alle actieve teams.',
        excluded: 'Teams die niet meer actief zijn.',
        source: { kind: 'team_goals' },
      },
    ],
  },
];

export function kpiDefinition(id: string): KpiDefinition | undefined {
  return KPI_DEFINITIONS.find((d) => d.id === id);
}

/** The version in force for a period that starts on `periodStart`. */
export function versionFor(definition: KpiDefinition, periodStart: LocalDate): KpiVersion {
  let chosen = definition.versions[0]!;
  for (const version of definition.versions) {
    if (version.validFrom <= periodStart && version.validFrom >= chosen.validFrom) chosen = version;
  }
  return chosen;
}
