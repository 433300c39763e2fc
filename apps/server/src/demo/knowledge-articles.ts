// Demo content for the knowledge base (kennisbank): questions and answers about Dronten's most asked
// products and services, as the contact centre uses them while registering a contact, at the desk and
// on the municipal website. Public answers are written at language level B1; `internal` articles are
// work instructions (werkinstructies) for staff only. Amounts are plausible 2026 figures, not tariffs.
// DEMO_SYNONYMS holds the synonym list an editor would keep next to the articles.

export type DemoFeedbackKind = 'incorrect' | 'unclear' | 'missing';

export interface DemoArticle {
  /** Lower-case, a-z0-9 and hyphens, unique, Dutch. */
  slug: string;
  title: string;
  /** The question as a resident asks it. */
  question: string;
  /** Only h2, h3, p, ul, ol, li, a (href), strong, em. */
  answerHtml: string;
  /** 2-6 keywords, lower case. */
  keywords: string[];
  /** One of the demo product names, or null. */
  product: string | null;
  /** The owner team: the product's team. */
  team: string;
  /** internal = werkinstructie for staff only. */
  visibility: 'public' | 'internal';
  status: 'published' | 'draft';
  /** Review date relative to today: negative = overdue. */
  reviewInDays: number;
  /** Open feedback from contact-centre staff. */
  feedback?: { kind: DemoFeedbackKind; note: string }[];
}

export const DEMO_ARTICLES: DemoArticle[] = [
  // ------------------------------------------------------------------ Burgerzaken
  {
    slug: 'paspoort-aanvragen',
    title: 'Paspoort aanvragen',
    question: 'Hoe vraag ik een paspoort aan?',
    answerHtml: `<p>U vraagt een paspoort aan bij de balie in het gemeentehuis. Maak daarvoor eerst een <a href="https://www.dronten.nl/afspraak">afspraak</a>. U moet zelf komen. Iemand anders kan dit niet voor u doen.</p>
<h2>Wat neemt u mee?</h2>
<ul>
<li>Eén goede pasfoto. De foto mag niet ouder zijn dan 6 maanden.</li>
<li>Uw oude paspoort of ID-kaart, als u die heeft.</li>
<li>Uw pinpas om te betalen.</li>
</ul>
<h2>Wat kost het?</h2>
<p>Bent u 18 jaar of ouder? Dan kost een paspoort in 2026 ongeveer € 85. Het paspoort is dan 10 jaar geldig. Voor kinderen is het goedkoper. Alle prijzen staan op de pagina <a href="https://www.dronten.nl/tarieven">tarieven</a>.</p>
<h2>Wanneer kunt u het ophalen?</h2>
<p>Meestal ligt uw paspoort na 5 werkdagen klaar. U krijgt dan een bericht van ons. U haalt het zelf op. Neem uw oude paspoort mee, dan maken wij het ongeldig. Haal het nieuwe paspoort binnen 3 maanden op.</p>
<p>Gaat u snel op reis? Vraag uw paspoort dan op tijd aan. Heeft u het heel snel nodig? Lees dan over de <a href="/vragen/spoedaanvraag-paspoort-of-id-kaart">spoedaanvraag</a>.</p>`,
    keywords: ['paspoort', 'reisdocument', 'pasfoto', 'verlopen'],
    product: 'Paspoort',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 140,
    feedback: [
      { kind: 'unclear', note: 'Bellers vragen vaak of ze bij de balie een pasfoto kunnen laten maken. Dat kan niet, maar dat staat er niet duidelijk.' },
    ],
  },
  {
    slug: 'identiteitskaart-aanvragen',
    title: 'ID-kaart aanvragen',
    question: 'Hoe vraag ik een identiteitskaart aan?',
    answerHtml: `<p>Met een ID-kaart kunt u laten zien wie u bent. U kunt er ook mee reizen in Europa en in een paar andere landen. Kijk voor uw reis op <a href="https://www.nederlandwereldwijd.nl">Nederland Wereldwijd</a> welk document u nodig heeft.</p>
<h2>Zo vraagt u de kaart aan</h2>
<ol>
<li>Maak een <a href="https://www.dronten.nl/afspraak">afspraak</a> bij Burgerzaken.</li>
<li>Kom zelf naar het gemeentehuis in Dronten.</li>
<li>Neem een pasfoto mee en uw oude ID-kaart of paspoort.</li>
<li>Aan de balie scannen wij twee vingerafdrukken. Bij kinderen onder de 12 jaar doen we dat niet.</li>
<li>U betaalt met uw pinpas.</li>
</ol>
<h2>Kosten en geldigheid</h2>
<p>Voor volwassenen kost een ID-kaart in 2026 ongeveer € 80. De kaart is dan 10 jaar geldig. Voor iemand onder de 18 jaar kost de kaart ongeveer € 45. Die kaart is 5 jaar geldig.</p>
<h2>Ophalen</h2>
<p>Na ongeveer 5 werkdagen ligt de kaart klaar. U krijgt daarover een bericht. U haalt de kaart zelf op.</p>`,
    keywords: ['id-kaart', 'identiteitsbewijs', 'legitimatie'],
    product: 'Identiteitskaart',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 160,
  },
  {
    slug: 'paspoort-of-id-kaart-voor-kind',
    title: 'Paspoort of ID-kaart voor uw kind',
    question: 'Wat heb ik nodig om een paspoort voor mijn kind aan te vragen?',
    answerHtml: `<p>Ook een baby heeft een eigen paspoort of ID-kaart nodig om te reizen. U vraagt het document aan bij de balie. Maak eerst een afspraak.</p>
<h2>Uw kind komt mee</h2>
<p>Uw kind moet altijd mee naar de afspraak. Dat geldt ook voor een baby. Wij moeten zien dat de foto bij uw kind past.</p>
<h2>Toestemming van beide ouders</h2>
<p>Is uw kind jonger dan 18 jaar? Dan moeten alle ouders met gezag toestemming geven. Komt de andere ouder niet mee? Neem dan mee:</p>
<ul>
<li>het <a href="https://www.dronten.nl/formulieren/toestemming-reisdocument">toestemmingsformulier</a>, ingevuld en getekend door de andere ouder;</li>
<li>een kopie van het paspoort of de ID-kaart van die ouder.</li>
</ul>
<h2>Wat neemt u verder mee?</h2>
<ul>
<li>Een pasfoto van uw kind.</li>
<li>Het oude paspoort of de oude ID-kaart van uw kind.</li>
<li>Uw eigen paspoort of ID-kaart.</li>
</ul>
<p>Een paspoort voor een kind kost in 2026 ongeveer € 65 en is 5 jaar geldig. Kinderen onder de 12 jaar geven geen vingerafdrukken.</p>`,
    keywords: ['kinderpaspoort', 'toestemming', 'minderjarig', 'baby'],
    product: 'Paspoort',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 95,
  },
  {
    slug: 'spoedaanvraag-paspoort-of-id-kaart',
    title: 'Spoedaanvraag paspoort of ID-kaart',
    question: 'Kan ik heel snel een nieuw paspoort krijgen?',
    answerHtml: `<p>Moet u snel op reis en is uw paspoort of ID-kaart verlopen? Dan kunt u een spoedaanvraag doen.</p>
<h2>Hoe werkt het?</h2>
<ul>
<li>Bel ons op 14 0321 voor een spoedafspraak.</li>
<li>Bent u op een werkdag vóór 14.00 uur aan de balie? Dan ligt uw document de volgende werkdag na 12.00 uur klaar.</li>
<li>Neem een pasfoto en uw oude document mee, net als bij een gewone aanvraag.</li>
</ul>
<h2>Wat kost het?</h2>
<p>U betaalt de gewone prijs. Daar komt in 2026 ongeveer € 60 bij voor de spoed. Op de pagina <a href="https://www.dronten.nl/tarieven">tarieven</a> staan de bedragen.</p>
<h2>Vertrekt u vandaag of morgen?</h2>
<p>Dan is een spoedaanvraag soms niet snel genoeg. U kunt dan een noodpaspoort aanvragen bij de Koninklijke Marechaussee op Schiphol. Daar betaalt u meer voor. Kijk op <a href="https://www.marechaussee.nl">marechaussee.nl</a> wat u mee moet nemen.</p>`,
    keywords: ['spoed', 'snel', 'noodpaspoort', 'haast'],
    product: 'Paspoort',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 60,
  },
  {
    slug: 'paspoort-of-id-kaart-kwijt-of-gestolen',
    title: 'Paspoort of ID-kaart kwijt of gestolen',
    question: 'Wat moet ik doen als mijn ID-kaart kwijt is?',
    answerHtml: `<p>Kunt u uw paspoort of ID-kaart niet meer vinden? Of heeft iemand het gestolen? Meld dat dan zo snel mogelijk. Zo kan niemand anders uw document gebruiken.</p>
<h2>In Nederland</h2>
<ol>
<li>Maak een <a href="https://www.dronten.nl/afspraak">afspraak</a> bij Burgerzaken.</li>
<li>Aan de balie vult u samen met ons een verklaring van vermissing in. Daarna is uw oude document niet meer geldig.</li>
<li>U kunt meteen een nieuw document aanvragen. Neem een pasfoto mee.</li>
</ol>
<p>Is het document gestolen? Doe dan ook aangifte bij de politie.</p>
<h2>In het buitenland</h2>
<p>Meld het verlies bij de politie daar. Ga daarna naar de Nederlandse ambassade of het consulaat. Zij helpen u verder.</p>
<h2>Goed om te weten</h2>
<ul>
<li>Soms doen wij eerst extra onderzoek. Uw nieuwe document is dan later klaar.</li>
<li>Vindt u het oude document terug? Gebruik het niet meer. Breng het naar het gemeentehuis.</li>
</ul>`,
    keywords: ['vermissing', 'verloren', 'diefstal', 'vermist'],
    product: 'Identiteitskaart',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 210,
  },
  {
    slug: 'rijbewijs-verlengen',
    title: 'Rijbewijs verlengen',
    question: 'Mijn rijbewijs verloopt binnenkort. Hoe verleng ik het?',
    answerHtml: `<p>Uw rijbewijs is 10 jaar geldig. Begin op tijd met verlengen, het liefst 2 maanden voor de einddatum.</p>
<h2>Online aanvragen</h2>
<p>U kunt uw rijbewijs online aanvragen met DigiD. Heeft u een digitale pasfoto nodig? Ga dan naar een fotograaf die foto's digitaal naar de RDW stuurt. Daarna vraagt u via onze website het rijbewijs aan.</p>
<h2>Aan de balie</h2>
<p>Liever aan de balie? Maak dan een <a href="https://www.dronten.nl/afspraak">afspraak</a>. Neem mee:</p>
<ul>
<li>een pasfoto;</li>
<li>uw oude rijbewijs;</li>
<li>uw pinpas.</li>
</ul>
<h2>Bent u 75 jaar of ouder?</h2>
<p>Dan heeft u eerst een goedkeuring van het CBR nodig. Vul daarvoor een gezondheidsverklaring in op <a href="https://www.cbr.nl">cbr.nl</a>. Doe dat ongeveer 6 maanden voor de einddatum, want het kan lang duren.</p>
<h2>Kosten en ophalen</h2>
<p>Een rijbewijs kost in 2026 ongeveer € 55. Na 5 werkdagen ligt het klaar. U haalt het zelf op in het gemeentehuis.</p>`,
    keywords: ['rijbewijs', 'verlengen', 'cbr', 'rdw'],
    product: 'Rijbewijs',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 75,
  },
  {
    slug: 'rijbewijs-kwijt-of-gestolen',
    title: 'Rijbewijs kwijt of gestolen',
    question: 'Ik ben mijn rijbewijs kwijt. Wat nu?',
    answerHtml: `<p>Bent u uw rijbewijs verloren? Of is het gestolen? Dan vraagt u een nieuw rijbewijs aan bij de gemeente.</p>
<h2>Wat doet u?</h2>
<ol>
<li>Is uw rijbewijs gestolen? Doe dan eerst aangifte bij de politie.</li>
<li>Maak een <a href="https://www.dronten.nl/afspraak">afspraak</a> bij Burgerzaken.</li>
<li>Aan de balie meldt u dat het rijbewijs weg is. Wij maken het oude rijbewijs dan ongeldig.</li>
<li>U vraagt meteen een nieuw rijbewijs aan.</li>
</ol>
<h2>Wat neemt u mee?</h2>
<ul>
<li>Uw paspoort of ID-kaart.</li>
<li>Een pasfoto.</li>
<li>Het bewijs van aangifte, als het rijbewijs gestolen is.</li>
</ul>
<h2>Hoe lang duurt het?</h2>
<p>Een nieuw rijbewijs ligt meestal na 5 werkdagen klaar. Heeft u het eerder nodig? Vraag dan naar de spoedprocedure. Die kost extra.</p>
<p>Tot u het nieuwe rijbewijs heeft, kunt u bij een controle geen rijbewijs laten zien. Rijd daarom zo min mogelijk.</p>`,
    keywords: ['rijbewijs', 'verloren', 'vermissing', 'diefstal'],
    product: 'Rijbewijs',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 240,
  },
  {
    slug: 'buitenlands-rijbewijs-omwisselen',
    title: 'Buitenlands rijbewijs omwisselen',
    question: 'Kan ik mijn buitenlandse rijbewijs omwisselen voor een Nederlands rijbewijs?',
    answerHtml: `<p>Woont u in Nederland en heeft u een rijbewijs uit een ander land? Soms moet u dat omwisselen voor een Nederlands rijbewijs.</p>
<h2>Rijbewijs uit een land van de EU</h2>
<p>Met dit rijbewijs mag u in Nederland blijven rijden tot het verloopt. Daarna wisselt u het om.</p>
<h2>Rijbewijs uit een ander land</h2>
<p>Dan mag u na uw inschrijving nog 185 dagen rijden. Kijk op <a href="https://www.rdw.nl">rdw.nl</a> of u het rijbewijs kunt omwisselen. Soms moet u opnieuw examen doen.</p>
<h2>Zo gaat het</h2>
<ul>
<li>Maak een afspraak bij Burgerzaken.</li>
<li>Neem uw buitenlandse rijbewijs, een pasfoto en uw verblijfsdocument mee.</li>
<li>De RDW beoordeelt uw aanvraag. Dat duurt ongeveer 5 weken.</li>
</ul>`,
    keywords: ['omwisselen', 'buitenlands rijbewijs', 'rdw'],
    product: 'Rijbewijs',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'draft',
    reviewInDays: 30,
  },
  {
    slug: 'uittreksel-brp-aanvragen',
    title: 'Uittreksel BRP aanvragen',
    question: 'Hoe krijg ik een uittreksel uit de Basisregistratie Personen?',
    answerHtml: `<p>In de Basisregistratie Personen (BRP) staan uw gegevens. Bijvoorbeeld uw naam, uw adres en uw geboortedatum. Met een uittreksel laat u zien welke gegevens er over u staan. Een verhuurder of werkgever vraagt daar soms om.</p>
<h2>Online aanvragen</h2>
<p>Met DigiD vraagt u het uittreksel aan via <a href="https://www.dronten.nl/uittreksel-brp">onze website</a>. U betaalt met iDEAL. Wij sturen het uittreksel binnen 3 werkdagen naar uw huisadres.</p>
<h2>Aan de balie</h2>
<p>Heeft u geen DigiD? Of heeft u het uittreksel meteen nodig? Maak dan een afspraak. Neem uw paspoort of ID-kaart mee. U krijgt het uittreksel direct mee naar huis.</p>
<h2>Soorten uittreksels</h2>
<ul>
<li>Een gewoon uittreksel met uw huidige gegevens.</li>
<li>Een uittreksel met uw oude adressen.</li>
<li>Een internationaal uittreksel, in meerdere talen.</li>
</ul>
<p>Een uittreksel kost in 2026 ongeveer € 15. Vraagt u het aan voor een ander? Dan heeft u een machtiging nodig.</p>`,
    keywords: ['uittreksel', 'bewijs van inschrijving', 'adres', 'gba'],
    product: 'Uittreksel Basisregistratie Personen',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 120,
  },
  {
    slug: 'vog-aanvragen',
    title: 'Verklaring Omtrent het Gedrag (VOG) aanvragen',
    question: 'Hoe vraag ik een VOG aan?',
    answerHtml: `<p>Een Verklaring Omtrent het Gedrag (VOG) is een bewijs van goed gedrag. U laat ermee zien dat u te vertrouwen bent in uw werk. Een werkgever of vrijwilligersclub vraagt soms om deze verklaring.</p>
<h2>Online aanvragen</h2>
<p>Meestal start uw werkgever de aanvraag. U krijgt dan een e-mail met een link. U logt in met DigiD en betaalt. Een VOG kost in 2026 ongeveer € 45. De dienst Justis beslist. Vaak heeft u de VOG binnen een week. Het kan ook 4 weken duren.</p>
<h2>Geen DigiD?</h2>
<p>Dan vraagt u de VOG aan bij de balie in het gemeentehuis. Neem mee:</p>
<ul>
<li>het aanvraagformulier, ingevuld door u en uw werkgever;</li>
<li>uw paspoort of ID-kaart.</li>
</ul>
<p>Aan de balie kost de VOG iets meer.</p>
<h2>Vrijwilligers</h2>
<p>Werkt u als vrijwilliger met kinderen of met mensen met een beperking? Dan is de VOG vaak gratis. Vraag uw club ernaar. Meer informatie staat op <a href="https://www.justis.nl">justis.nl</a>.</p>`,
    keywords: ['vog', 'justis', 'verklaring', 'werkgever'],
    product: 'Verklaring Omtrent het Gedrag (VOG)',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 120,
  },
  {
    slug: 'verhuizing-doorgeven',
    title: 'Verhuizing doorgeven',
    question: 'Hoe geef ik mijn verhuizing naar Dronten door?',
    answerHtml: `<p>Gaat u in de gemeente Dronten wonen? Dan geeft u uw nieuwe adres aan ons door. Dat kan vanaf 4 weken voor de verhuizing tot 5 dagen erna.</p>
<h2>Zo geeft u het door</h2>
<p>Log in met DigiD en vul het <a href="https://www.dronten.nl/verhuizen">verhuisformulier</a> in. U kunt ook een afspraak maken en het aan de balie doorgeven. Verhuist uw partner of kind mee? Dan geeft u hen ook op.</p>
<h2>Wat heeft u nodig?</h2>
<ul>
<li>Uw nieuwe adres en de datum van de verhuizing.</li>
<li>De namen van de mensen die met u mee verhuizen.</li>
<li>Gaat u inwonen bij iemand? Dan heeft u een verklaring van de hoofdbewoner nodig.</li>
</ul>
<h2>Wie krijgt uw nieuwe adres?</h2>
<p>Wij geven uw adres door aan andere overheden. Bijvoorbeeld de Belastingdienst en de RDW. Uw bank, uw verzekering en uw energiebedrijf krijgen het niet van ons. Die laat u zelf weten dat u verhuist.</p>
<p>Geeft u de verhuizing te laat door? Dan krijgt u soms een boete.</p>`,
    keywords: ['verhuizen', 'adreswijziging', 'nieuw adres', 'inschrijven'],
    product: 'Verhuizing doorgeven',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 200,
  },
  {
    slug: 'verhuizen-binnen-dronten',
    title: 'Verhuizen binnen de gemeente Dronten',
    question: 'Ik verhuis van Swifterbant naar Dronten. Moet ik dat doorgeven?',
    answerHtml: `<p>Ja. Ook als u binnen de gemeente verhuist, geeft u uw nieuwe adres door. Dat geldt voor een verhuizing tussen Dronten, Biddinghuizen en Swifterbant. Het geldt ook als u een paar straten verder gaat wonen.</p>
<h2>Wanneer en hoe?</h2>
<p>U geeft de verhuizing door vanaf 4 weken ervoor tot 5 dagen erna. Dat doet u online met DigiD via het <a href="https://www.dronten.nl/verhuizen">verhuisformulier</a>. Aan de balie kan ook. Maak dan eerst een afspraak.</p>
<h2>Waar moet u nog meer aan denken?</h2>
<ul>
<li>Uw afvalcontainers blijven bij het oude huis. Neem ze niet mee.</li>
<li>Heeft u een parkeervergunning? Pas die aan voor uw nieuwe adres.</li>
<li>Heeft u een hond? De hondenbelasting gaat gewoon door. U hoeft niets te doen.</li>
<li>Uw gemeentelijke belastingen passen wij zelf aan.</li>
</ul>`,
    keywords: ['verhuizen', 'adreswijziging', 'biddinghuizen', 'swifterbant'],
    product: 'Verhuizing doorgeven',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 180,
  },
  {
    slug: 'verhuizen-naar-het-buitenland',
    title: 'Verhuizen naar het buitenland',
    question: 'Ik ga in het buitenland wonen. Wat moet ik regelen bij de gemeente?',
    answerHtml: `<p>Gaat u in het buitenland wonen? Blijft u binnen een jaar minstens 8 maanden weg? Dan meldt u uw vertrek bij de gemeente. Wij schrijven u dan uit.</p>
<h2>Wanneer?</h2>
<p>U kunt het vertrek melden vanaf 5 dagen voor uw vertrek. Dat doet u zelf, aan de balie. Maak eerst een <a href="https://www.dronten.nl/afspraak">afspraak</a>. Neem uw paspoort of ID-kaart mee en het adres in het nieuwe land.</p>
<h2>Wat gebeurt er daarna?</h2>
<p>U staat daarna in de Registratie Niet-ingezetenen. Instanties zoals de Belastingdienst krijgen uw vertrek te horen.</p>
<h2>Denk ook aan</h2>
<ul>
<li>uw zorgverzekering;</li>
<li>uw pensioen en AOW bij de SVB;</li>
<li>uw studiefinanciering bij DUO;</li>
<li>uw bank en uw abonnementen.</li>
</ul>
<p>Op <a href="https://www.nederlandwereldwijd.nl">Nederland Wereldwijd</a> staat een handige lijst voor emigranten.</p>`,
    keywords: ['emigreren', 'vertrek', 'uitschrijven', 'rni'],
    product: 'Verhuizing doorgeven',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 90,
    feedback: [
      { kind: 'missing', note: 'Wat doet iemand die binnen 5 dagen vertrekt en geen afspraak meer kan krijgen? Mag dat per brief?' },
      { kind: 'unclear', note: 'Mensen denken dat "minstens 8 maanden" ook voor studenten met een tussenjaar geldt. Graag een voorbeeld.' },
    ],
  },
  {
    slug: 'geboorteaangifte-doen',
    title: 'Geboorteaangifte doen',
    question: 'Mijn kind is geboren. Hoe doe ik aangifte?',
    answerHtml: `<p>Gefeliciteerd met de geboorte van uw kind! U doet binnen 3 dagen aangifte. Valt de derde dag in het weekend of op een feestdag? Dan heeft u tot de eerste werkdag daarna.</p>
<h2>Waar doet u aangifte?</h2>
<p>U doet aangifte in de gemeente waar uw kind geboren is. Is uw kind thuis in Dronten, Biddinghuizen of Swifterbant geboren? Dan doet u het bij ons. Is uw kind in het ziekenhuis in Lelystad geboren? Dan doet u aangifte in Lelystad.</p>
<h2>Hoe doet u het?</h2>
<p>Met DigiD doet u de aangifte <a href="https://www.dronten.nl/geboorteaangifte">online</a>. Aan de balie kan ook. Maak dan eerst een afspraak.</p>
<h2>Wie doet de aangifte?</h2>
<p>Meestal doet een van de ouders de aangifte. Is dat niet mogelijk? Dan mag iemand anders het doen die bij de geboorte was.</p>
<h2>Wat neemt u mee?</h2>
<ul>
<li>Uw paspoort of ID-kaart.</li>
<li>De erkenningsakte, als de vader of duomoeder het kind voor de geboorte heeft erkend.</li>
</ul>
<p>De aangifte is gratis. Na de aangifte krijgt uw kind een BSN.</p>`,
    keywords: ['geboorte', 'baby', 'aangifte', 'bsn'],
    product: 'Geboorteaangifte',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 150,
  },
  {
    slug: 'kind-erkennen',
    title: 'Kind erkennen',
    question: 'Hoe erken ik mijn kind als we niet getrouwd zijn?',
    answerHtml: `<p>Bent u niet getrouwd en heeft u geen geregistreerd partnerschap? Dan is de vader of duomoeder niet vanzelf de ouder van het kind. Daarvoor moet u het kind erkennen.</p>
<h2>Voor de geboorte</h2>
<p>Het liefst erkent u het kind voor de geboorte. Dat kan in elke gemeente. Maak een afspraak bij Burgerzaken. De moeder komt mee. Of zij geeft op papier toestemming.</p>
<h2>Na de geboorte</h2>
<p>U kunt het kind ook erkennen bij de geboorteaangifte. Of later. Is het kind 12 jaar of ouder? Dan moet het kind zelf ook toestemming geven.</p>
<h2>Gezag</h2>
<p>Wilt u ook samen het gezag over uw kind? Kijk op <a href="https://www.rijksoverheid.nl">rijksoverheid.nl</a> wat u daarvoor moet doen.</p>`,
    keywords: ['erkenning', 'ongeboren kind', 'vaderschap'],
    product: 'Geboorteaangifte',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'draft',
    reviewInDays: 14,
  },
  {
    slug: 'trouwen-of-geregistreerd-partnerschap',
    title: 'Trouwen of geregistreerd partnerschap',
    question: 'Wat moet ik regelen als we willen trouwen?',
    answerHtml: `<p>Gaat u trouwen of een geregistreerd partnerschap aangaan? Gefeliciteerd! Hieronder leest u wat u moet regelen.</p>
<h2>1. Melding doen</h2>
<p>Eerst meldt u bij ons dat u wilt trouwen. Dat doet u samen, online met DigiD. Doe dit minstens 2 weken en hoogstens 1 jaar voor de trouwdatum.</p>
<h2>2. Datum en plek kiezen</h2>
<p>U kunt trouwen in het gemeentehuis in Dronten. U kunt ook een andere mooie plek kiezen, bijvoorbeeld in Biddinghuizen of Swifterbant. Op vaste momenten kunt u gratis trouwen in het gemeentehuis.</p>
<h2>3. Getuigen</h2>
<p>U heeft minstens 2 en hoogstens 4 getuigen nodig. Zij moeten 18 jaar of ouder zijn. U geeft hun namen door.</p>
<h2>4. Trouwambtenaar</h2>
<p>U kiest een trouwambtenaar van de gemeente. Wilt u dat een vriend of familielid u trouwt? Dat kan. Die persoon wordt dan voor één dag trouwambtenaar.</p>
<h2>Kosten</h2>
<p>De prijs hangt af van de dag, de tijd en de plek. Kijk op de pagina <a href="https://www.dronten.nl/tarieven">tarieven</a>.</p>`,
    keywords: ['trouwen', 'huwelijk', 'partnerschap', 'getuigen', 'trouwambtenaar'],
    product: 'Huwelijk of geregistreerd partnerschap',
    team: 'Burgerzaken',
    visibility: 'public',
    status: 'published',
    reviewInDays: 130,
  },
  {
    slug: 'werkinstructie-spoedaanvraag-paspoort',
    title: 'Werkinstructie: spoedaanvraag paspoort doorzetten naar Burgerzaken',
    question: 'Hoe zet ik een spoedaanvraag voor een paspoort of ID-kaart door?',
    answerHtml: `<p>Gebruik deze instructie als een inwoner binnen een paar dagen op reis gaat en geen geldig paspoort of geldige ID-kaart heeft.</p>
<h2>Stappen</h2>
<ol>
<li>Vraag naar de <strong>vertrekdatum</strong> en het land van bestemming.</li>
<li>Vertrekt de inwoner over meer dan 2 werkdagen? Plan een spoedafspraak in het blok <em>Spoed reisdocumenten</em> in de agenda.</li>
<li>Is er geen spoedplek vrij? Registreer het contact met product Paspoort en maak een terugbelverzoek voor Burgerzaken. Zet in de toelichting: SPOED, vertrekdatum en telefoonnummer.</li>
<li>Noem de kosten: gewone prijs plus ongeveer € 60 spoedtoeslag.</li>
<li>Zeg dat de inwoner vóór 14.00 uur aan de balie moet zijn. Het document ligt dan de volgende werkdag na 12.00 uur klaar.</li>
</ol>
<h2>Vertrek vandaag of morgen</h2>
<p>Verwijs naar de Koninklijke Marechaussee op Schiphol voor een noodpaspoort. Zeg er bij dat dit duurder is en dat de inwoner een ticket en een pasfoto mee moet nemen.</p>
<h2>Niet doen</h2>
<ul>
<li>Beloof niet dat het document op tijd klaar is.</li>
<li>Plan geen spoedafspraak in het gewone blok.</li>
</ul>`,
    keywords: ['spoed', 'paspoort', 'terugbelverzoek', 'noodpaspoort'],
    product: 'Paspoort',
    team: 'Burgerzaken',
    visibility: 'internal',
    status: 'published',
    reviewInDays: 45,
  },

  // ------------------------------------------------------------------ Klantcontactcentrum
  {
    slug: 'openingstijden-gemeentehuis',
    title: 'Openingstijden gemeentehuis',
    question: 'Wanneer is het gemeentehuis open?',
    answerHtml: `<p>Het gemeentehuis staat aan De Rede 1 in Dronten. Ook als u in Biddinghuizen of Swifterbant woont, komt u hier naartoe.</p>
<h2>Balie</h2>
<ul>
<li>Maandag tot en met vrijdag: 8.30 tot 17.00 uur.</li>
<li>Donderdagavond: 17.00 tot 20.00 uur, alleen op afspraak.</li>
</ul>
<p>Voor Burgerzaken komt u altijd op afspraak. Denk aan een paspoort, een rijbewijs of een uittreksel. <a href="https://www.dronten.nl/afspraak">Maak online een afspraak</a>. Dan hoeft u niet te wachten.</p>
<h2>Telefoon</h2>
<p>U belt ons op 14 0321. Wij zijn bereikbaar van maandag tot en met vrijdag van 8.30 tot 17.00 uur.</p>
<h2>Feestdagen</h2>
<p>Op officiële feestdagen is het gemeentehuis dicht. Op de dag voor Kerst en Oud en Nieuw sluiten wij om 16.00 uur. Kijk voor de actuele tijden op <a href="https://www.dronten.nl/contact">onze contactpagina</a>.</p>`,
    keywords: ['openingstijden', 'gemeentehuis', 'de rede', 'balie'],
    product: 'Algemene informatie',
    team: 'Klantcontactcentrum',
    visibility: 'public',
    status: 'published',
    reviewInDays: 25,
  },
  {
    slug: 'contact-met-de-gemeente',
    title: 'Contact met de gemeente',
    question: 'Wat is het telefoonnummer van de gemeente Dronten?',
    answerHtml: `<p>U kunt de gemeente Dronten op verschillende manieren bereiken.</p>
<h2>Bellen</h2>
<p>Bel <strong>14 0321</strong>. U belt zonder netnummer. Wij zijn bereikbaar op werkdagen van 8.30 tot 17.00 uur. Het is het drukst op maandagochtend. Belt u liever later in de week? Dan hoeft u vaak minder lang te wachten.</p>
<h2>Online</h2>
<ul>
<li>Stuur een bericht via het <a href="https://www.dronten.nl/contactformulier">contactformulier</a>. Wij reageren binnen 2 werkdagen.</li>
<li>Chat met ons op werkdagen via de website.</li>
<li>Stuur ons een bericht op Facebook of Instagram. Zet geen persoonlijke gegevens in een openbaar bericht.</li>
</ul>
<h2>Langskomen of schrijven</h2>
<p>Het gemeentehuis staat aan De Rede 1 in Dronten. Een brief stuurt u naar: Gemeente Dronten, Postbus 100, 8250 AC Dronten.</p>
<h2>Iets kapot in uw straat?</h2>
<p>Doe dan een <a href="/vragen/melding-openbare-ruimte">melding</a>. Dat gaat het snelst.</p>`,
    keywords: ['telefoonnummer', 'bellen', 'contact', 'postadres'],
    product: 'Algemene informatie',
    team: 'Klantcontactcentrum',
    visibility: 'public',
    status: 'published',
    reviewInDays: 300,
  },
  {
    slug: 'afspraak-maken',
    title: 'Afspraak maken',
    question: 'Hoe maak ik een afspraak bij de gemeente?',
    answerHtml: `<p>Voor veel zaken komt u op afspraak naar het gemeentehuis. Denk aan een paspoort, een rijbewijs of een uittreksel. Zo hoeft u niet te wachten.</p>
<h2>Zo maakt u een afspraak</h2>
<ul>
<li>Online via <a href="https://www.dronten.nl/afspraak">dronten.nl/afspraak</a>. Kies eerst wat u wilt regelen. Daarna kiest u een dag en een tijd.</li>
<li>Bellen kan ook, op 14 0321.</li>
</ul>
<p>U krijgt een bevestiging per e-mail. Daarin staat wat u mee moet nemen.</p>
<h2>Meerdere dingen regelen?</h2>
<p>Wilt u voor uzelf en uw kind een paspoort aanvragen? Kies dan 2 personen. Dan krijgt u genoeg tijd.</p>
<h2>Afspraak verzetten of afzeggen</h2>
<p>Kunt u niet komen? Zeg uw afspraak dan af via de link in de e-mail. Dan kan iemand anders uw plek gebruiken.</p>
<h2>Te laat?</h2>
<p>Bent u meer dan 10 minuten te laat? Dan kunnen wij u soms niet meer helpen. U maakt dan een nieuwe afspraak.</p>`,
    keywords: ['afspraak', 'balie', 'afzeggen', 'verzetten'],
    product: 'Afspraak maken',
    team: 'Klantcontactcentrum',
    visibility: 'public',
    status: 'published',
    reviewInDays: 220,
  },
  {
    slug: 'klacht-indienen',
    title: 'Klacht indienen',
    question: 'Ik ben niet tevreden over de gemeente. Hoe dien ik een klacht in?',
    answerHtml: `<p>Bent u niet tevreden over hoe een medewerker van de gemeente u heeft behandeld? Of heeft u te lang moeten wachten? Dan kunt u een klacht indienen.</p>
<h2>Eerst praten</h2>
<p>Vaak helpt het om eerst te praten met de medewerker of met de afdeling. Misschien lossen we het samen snel op.</p>
<h2>Zo meldt u een klacht</h2>
<ul>
<li>Vul het <a href="https://www.dronten.nl/klacht">klachtenformulier</a> in.</li>
<li>Of bel 14 0321.</li>
<li>Of stuur een brief naar Postbus 100, 8250 AC Dronten.</li>
</ul>
<p>Schrijf op wat er gebeurde, wanneer het was en wie erbij betrokken was.</p>
<h2>Wat gebeurt er daarna?</h2>
<p>Binnen een week laten wij weten dat we uw klacht hebben. Meestal bellen we u op. U krijgt binnen 6 weken een antwoord. Bent u het niet eens met ons antwoord? Dan kunt u naar de <a href="https://www.nationaleombudsman.nl">Nationale ombudsman</a>.</p>
<h2>Klacht of bezwaar?</h2>
<p>Bent u het niet eens met een besluit? Dan maakt u bezwaar. Dat staat in de brief met het besluit.</p>
<p>Wilt u juist iemand bedanken? Ook een compliment horen we graag.</p>`,
    keywords: ['klacht', 'ontevreden', 'compliment', 'ombudsman'],
    product: 'Klacht of compliment',
    team: 'Klantcontactcentrum',
    visibility: 'public',
    status: 'published',
    reviewInDays: 190,
  },
  {
    slug: 'werkinstructie-dreigende-beller',
    title: 'Werkinstructie: wat doe je bij een dreigende beller',
    question: 'Wat doe ik als een beller dreigt of agressief wordt?',
    answerHtml: `<p>Iedereen mag boos zijn. Maar schelden, discrimineren en dreigen accepteren we niet. Jouw veiligheid gaat voor.</p>
<h2>Scheldt of schreeuwt de beller?</h2>
<ol>
<li>Blijf rustig en laat de beller even uitpraten.</li>
<li>Benoem het gedrag: "Ik wil u graag helpen, maar niet als u zo tegen mij praat."</li>
<li>Gaat het door? Waarschuw één keer: "Als u zo doorgaat, beëindig ik het gesprek."</li>
<li>Beëindig het gesprek als het niet stopt.</li>
</ol>
<h2>Dreigt de beller met geweld?</h2>
<ol>
<li>Schrijf letterlijk op wat de beller zegt, met de tijd.</li>
<li>Noteer het nummer op je scherm en alles wat je weet over de beller.</li>
<li>Is er direct gevaar, bijvoorbeeld voor een medewerker of een gebouw? Bel <strong>112</strong>.</li>
<li>Meld het meteen bij de teamleider of de dienstdoende coördinator.</li>
</ol>
<h2>Zegt de beller iets over zelfdoding?</h2>
<p>Blijf in gesprek en verwijs naar 113 (0800-0113). Bij direct gevaar bel je 112.</p>
<h2>Daarna</h2>
<ul>
<li>Registreer het incident in het meldsysteem <em>Agressie en geweld</em> op intranet.</li>
<li>Neem even pauze. Praat erover met een collega of de teamleider.</li>
</ul>`,
    keywords: ['agressie', 'bedreiging', 'dreigen', 'veiligheid'],
    product: null,
    team: 'Klantcontactcentrum',
    visibility: 'internal',
    status: 'published',
    reviewInDays: 100,
    feedback: [
      { kind: 'unclear', note: 'Moet ik het gesprek ook als contact in Helder registreren, of alleen in het meldsysteem?' },
    ],
  },
  {
    slug: 'werkinstructie-terugbelverzoek-aanmaken',
    title: 'Werkinstructie: terugbelverzoek aanmaken',
    question: 'Wanneer en hoe maak ik een terugbelverzoek voor een vakteam?',
    answerHtml: `<p>Probeer de vraag eerst zelf te beantwoorden met de kennisbank. Maak alleen een terugbelverzoek als dat niet lukt.</p>
<h2>Stappen</h2>
<ol>
<li>Controleer het telefoonnummer. Lees het hardop terug.</li>
<li>Kies het juiste <strong>product</strong>. Het team volgt dan vanzelf.</li>
<li>Schrijf de vraag in de woorden van de inwoner. Zet erbij wat je al hebt verteld.</li>
<li>Vraag wanneer de inwoner goed bereikbaar is.</li>
<li>Noem de termijn die Helder toont. Beloof niet dat het sneller gaat.</li>
</ol>
<h2>Let op</h2>
<ul>
<li>Zet geen medische gegevens of BSN in de toelichting.</li>
<li>Heeft de inwoner al eerder gebeld over dezelfde vraag? Koppel het nieuwe contact aan het oude verzoek. Maak geen tweede verzoek.</li>
<li>Is het dringend? Vink <em>spoed</em> aan en bel het team ook even.</li>
</ul>`,
    keywords: ['terugbelverzoek', 'terugbellen', 'doorzetten', 'termijn'],
    product: 'Algemene informatie',
    team: 'Klantcontactcentrum',
    visibility: 'internal',
    status: 'published',
    reviewInDays: 40,
  },
  {
    slug: 'werkinstructie-klacht-registreren',
    title: 'Werkinstructie: klacht registreren',
    question: 'Hoe registreer ik een klacht van een inwoner?',
    answerHtml: `<p>Een klacht gaat over hoe de gemeente iemand heeft behandeld. Een bezwaar gaat over een besluit. Een melding gaat over iets in de buitenruimte. Stel eerst vast wat het is.</p>
<h2>Stappen</h2>
<ol>
<li>Luister en vat de klacht samen. Vraag of je het goed begrepen hebt.</li>
<li>Kun je het direct oplossen? Doe dat, en registreer het contact als <em>opgelost in eerste lijn</em>.</li>
<li>Zo niet: registreer het contact met product <strong>Klacht of compliment</strong>.</li>
<li>Noteer over welk team of welke medewerker het gaat, wanneer het gebeurde en wat de inwoner wil.</li>
<li>Zet de klacht door naar de klachtencoördinator.</li>
<li>Vertel de inwoner dat hij binnen een week een bevestiging krijgt en binnen 6 weken een antwoord.</li>
</ol>
<h2>Bezwaar?</h2>
<p>Verwijs naar de termijn in de brief met het besluit. Meestal is dat 6 weken.</p>`,
    keywords: ['klacht', 'klachtencoordinator', 'registreren', 'bezwaar'],
    product: 'Klacht of compliment',
    team: 'Klantcontactcentrum',
    visibility: 'internal',
    status: 'published',
    reviewInDays: 80,
  },

  // ------------------------------------------------------------------ Openbare Ruimte
  {
    slug: 'afvalkalender',
    title: 'Afvalkalender: wanneer halen we uw afval op?',
    question: 'Wanneer wordt mijn afval opgehaald?',
    answerHtml: `<p>Op welke dag wij uw afval ophalen, hangt af van uw adres. Dat ziet u in de afvalkalender.</p>
<h2>Zo vindt u uw ophaaldagen</h2>
<ul>
<li>Ga naar <a href="https://www.dronten.nl/afvalkalender">dronten.nl/afvalkalender</a> en vul uw postcode en huisnummer in.</li>
<li>Of download de afval-app. U kunt de app een herinnering laten sturen.</li>
<li>Wilt u de kalender op papier? U kunt hem printen.</li>
</ul>
<h2>Zet uw container op tijd buiten</h2>
<p>Zet de container op de ophaaldag vóór 7.30 uur aan de straat. Zet hem met het handvat naar de weg. Laat een halve meter ruimte tussen twee containers.</p>
<h2>Feestdagen</h2>
<p>Valt de ophaaldag op een feestdag? Dan halen wij het afval een dag eerder of later op. Dat staat in de kalender.</p>
<h2>Container niet geleegd?</h2>
<p>Stond uw container op tijd buiten en is hij toch vol? Meld het dan dezelfde dag of de volgende ochtend via 14 0321. Zit er een sticker op de container? Dan zat er ander afval in.</p>`,
    keywords: ['afvalkalender', 'ophaaldag', 'afval', 'app'],
    product: null,
    team: 'Openbare Ruimte',
    visibility: 'public',
    status: 'published',
    reviewInDays: -12,
  },
  {
    slug: 'grofvuil-laten-ophalen',
    title: 'Grofvuil laten ophalen',
    question: 'Hoe laat ik grofvuil ophalen?',
    answerHtml: `<p>Heeft u een oude bank, een matras of een kast die u kwijt wilt? Wij halen grof huishoudelijk afval bij u thuis op.</p>
<h2>Zo werkt het</h2>
<ol>
<li>Maak een afspraak via <a href="https://www.dronten.nl/grofvuil">dronten.nl/grofvuil</a> of bel 14 0321.</li>
<li>U krijgt een bevestiging met de datum.</li>
<li>Zet de spullen op die dag vóór 7.30 uur aan de straat.</li>
</ol>
<h2>Kosten</h2>
<p>U mag 4 keer per jaar gratis grofvuil laten ophalen. Per keer mag u hoogstens 2 kuub meegeven. Dat is ongeveer een volle aanhangwagen.</p>
<h2>Wat nemen wij mee?</h2>
<ul>
<li>Meubels, zoals banken, stoelen en kasten.</li>
<li>Matrassen en vloerkleden.</li>
<li>Grote elektrische apparaten, zoals een koelkast of wasmachine.</li>
</ul>
<h2>Wat nemen wij niet mee?</h2>
<ul>
<li>Puin en ander bouwafval.</li>
<li>Verf, olie en ander chemisch afval.</li>
<li>Asbest.</li>
</ul>
<p>Dit brengt u zelf naar het <a href="/vragen/afvalbrengpunt">afvalbrengpunt</a>.</p>`,
    keywords: ['grofvuil', 'grof afval', 'meubels', 'bank', 'matras'],
    product: 'Grofvuil ophalen',
    team: 'Openbare Ruimte',
    visibility: 'public',
    status: 'published',
    reviewInDays: 40,
    feedback: [
      { kind: 'incorrect', note: 'Sinds 1 januari zijn het nog 2 gratis ophaalbeurten per jaar, niet 4. Daarna kost het ongeveer € 30 per keer.' },
    ],
  },
  {
    slug: 'container-kapot-kwijt-of-extra',
    title: 'Container kapot, kwijt of een extra container',
    question: 'Mijn container is kapot. Wat moet ik doen?',
    answerHtml: `<p>Bij elk huis horen containers voor afval. De containers zijn van de gemeente en blijven bij het huis.</p>
<h2>Kapot</h2>
<p>Is het deksel of een wiel kapot? Of zit er een scheur in de bak? Meld het via <a href="https://www.dronten.nl/melding">dronten.nl/melding</a> of bel 14 0321. Wij repareren de container of ruilen hem om. Dat is gratis.</p>
<h2>Kwijt of gestolen</h2>
<p>Kijk eerst goed in uw buurt. Soms staat de container bij de buren. Vindt u hem niet? Meld het dan. U krijgt een nieuwe container. Daar betaalt u ongeveer € 40 voor.</p>
<h2>Extra of grotere container</h2>
<p>Heeft u een grote tuin? Dan kunt u een tweede groene container krijgen. Ook kunt u uw container ruilen voor een grotere of een kleinere. Vraag dit online aan. Voor een extra container betaalt u elk jaar iets meer afvalstoffenheffing.</p>
<h2>Hoe lang duurt het?</h2>
<p>Meestal brengen wij de container binnen 2 weken.</p>`,
    keywords: ['container', 'kapot', 'omruilen', 'gestolen'],
    product: 'Afvalcontainer aanvragen of omruilen',
    team: 'Openbare Ruimte',
    visibility: 'public',
    status: 'published',
    reviewInDays: 110,
  },
  {
    slug: 'gft-afval',
    title: 'Groente-, fruit- en tuinafval (GFT)',
    question: 'Wat mag er in de groene container?',
    answerHtml: `<p>In de groene container doet u groente-, fruit- en tuinafval. Wij maken er compost en groen gas van. Daarom is het belangrijk dat er niets anders in zit.</p>
<h2>Dit mag erin</h2>
<ul>
<li>Schillen en resten van groente en fruit.</li>
<li>Etensresten, ook vlees, vis en brood.</li>
<li>Koffiedik, theezakjes en eierschalen.</li>
<li>Gras, bladeren, kleine takken en onkruid.</li>
<li>Snijbloemen en kamerplanten zonder pot.</li>
</ul>
<h2>Dit mag er niet in</h2>
<ul>
<li>Plastic zakjes, ook niet als er "afbreekbaar" op staat.</li>
<li>Luiers en kattenbakkorrels.</li>
<li>Zand, aarde en stenen.</li>
<li>As uit de open haard of de barbecue.</li>
</ul>
<h2>Tips</h2>
<p>Leg wat krantenpapier op de bodem. Dan plakt er minder aan de bak. Zet de container in de zomer in de schaduw. Zo krijgt u minder last van vliegen en maden.</p>`,
    keywords: ['gft', 'groene container', 'tuinafval', 'etensresten'],
    product: null,
    team: 'Openbare Ruimte',
    visibility: 'public',
    status: 'published',
    reviewInDays: 260,
  },
  {
    slug: 'oud-papier-en-karton',
    title: 'Oud papier en karton',
    question: 'Waar laat ik mijn oud papier en karton?',
    answerHtml: `<p>Oud papier en karton doet u in de blauwe container. Wij legen die container elke 4 weken. De data staan in de <a href="https://www.dronten.nl/afvalkalender">afvalkalender</a>.</p>
<h2>Dit mag erin</h2>
<ul>
<li>Kranten, tijdschriften en folders.</li>
<li>Dozen en ander karton. Maak dozen plat.</li>
<li>Enveloppen, ook met een venster.</li>
<li>Eierdozen van karton.</li>
</ul>
<h2>Dit mag er niet in</h2>
<ul>
<li>Pizzadozen met vet of etensresten. Die gaan bij het restafval.</li>
<li>Drinkpakken. Die horen bij het PMD.</li>
<li>Behang en fotopapier.</li>
</ul>
<h2>Teveel karton?</h2>
<p>Past het niet in de container? Breng het dan gratis naar het <a href="/vragen/afvalbrengpunt">afvalbrengpunt</a>. Zet geen losse dozen naast de container.</p>
<p>In Biddinghuizen en Swifterbant halen ook verenigingen oud papier op. Met de opbrengst steunt u de club.</p>`,
    keywords: ['oud papier', 'karton', 'blauwe container'],
    product: null,
    team: 'Openbare Ruimte',
    visibility: 'public',
    status: 'published',
    reviewInDays: 170,
  },
  {
    slug: 'pmd-afval',
    title: 'Plastic, metalen verpakkingen en drinkpakken (PMD)',
    question: 'Wat mag er bij het PMD?',
    answerHtml: `<p>PMD staat voor plastic verpakkingen, metalen verpakkingen en drinkpakken. U doet dit afval in de container met het oranje deksel. Wij legen die container elke 2 weken.</p>
<h2>Dit mag erin</h2>
<ul>
<li>Flessen, bakjes en zakken van plastic.</li>
<li>Blikjes en conservenblikken.</li>
<li>Pakken van melk en sap.</li>
<li>Lege spuitbussen van bijvoorbeeld slagroom of deodorant.</li>
</ul>
<h2>Dit mag er niet in</h2>
<ul>
<li>Speelgoed, tuinstoelen en ander hard plastic. Dat is geen verpakking.</li>
<li>Verpakkingen van verf of olie.</li>
<li>Piepschuim.</li>
</ul>
<h2>Tips</h2>
<ul>
<li>Maak de verpakkingen leeg. Omspoelen hoeft niet.</li>
<li>Stop verpakkingen niet in elkaar. De machine kan ze dan niet goed scheiden.</li>
<li>Doe de dop weer op de fles.</li>
</ul>`,
    keywords: ['pmd', 'plastic', 'blik', 'drinkpakken', 'oranje container'],
    product: null,
    team: 'Openbare Ruimte',
    visibility: 'public',
    status: 'published',
    reviewInDays: 230,
  },
  {
    slug: 'afvalbrengpunt',
    title: 'Afvalbrengpunt',
    question: 'Waar kan ik mijn afval zelf wegbrengen?',
    answerHtml: `<p>Heeft u afval dat niet in uw containers past? Breng het dan naar het afvalbrengpunt in Dronten. Het adres staat op <a href="https://www.dronten.nl/afvalbrengpunt">dronten.nl/afvalbrengpunt</a>.</p>
<h2>Openingstijden</h2>
<ul>
<li>Dinsdag tot en met vrijdag: 9.00 tot 16.30 uur.</li>
<li>Zaterdag: 9.00 tot 15.00 uur.</li>
</ul>
<p>Neem uw afvalpas mee. Zonder pas kunt u niet naar binnen.</p>
<h2>Gratis</h2>
<ul>
<li>Groot tuinafval, zoals takken en snoeiafval.</li>
<li>Papier, glas, textiel en elektrische apparaten.</li>
<li>Klein chemisch afval, zoals batterijen, verf en spaarlampen.</li>
</ul>
<h2>Niet gratis</h2>
<ul>
<li>Puin, hout en ander afval van een verbouwing.</li>
<li>Dakleer en gips.</li>
</ul>
<h2>Asbest</h2>
<p>Kleine hoeveelheden asbest mag u brengen. Verpak het goed in dik plastic. Meld het eerst aan via de website.</p>`,
    keywords: ['milieustraat', 'brengen', 'chemisch afval', 'puin'],
    product: null,
    team: 'Openbare Ruimte',
    visibility: 'public',
    status: 'published',
    reviewInDays: 55,
  },
  {
    slug: 'melding-openbare-ruimte',
    title: 'Melding doen over de openbare ruimte',
    question: 'Hoe meld ik een losse stoeptegel of een kapotte bank in mijn straat?',
    answerHtml: `<p>Ziet u iets kapot of vies op straat, in het park of langs het water? Laat het ons weten. Wij lossen het dan op.</p>
<h2>Waarover kunt u een melding doen?</h2>
<ul>
<li>Een losse of scheve stoeptegel.</li>
<li>Een gat in de weg of het fietspad.</li>
<li>Struiken die over het pad groeien.</li>
<li>Een kapotte bank, speeltoestel of verkeersbord.</li>
<li>Een verstopte put of water dat blijft staan.</li>
</ul>
<h2>Zo doet u een melding</h2>
<p>Ga naar <a href="https://www.dronten.nl/melding">dronten.nl/melding</a>. Wijs op de kaart aan waar het is. Voeg een foto toe als dat kan. U kunt ook bellen met 14 0321.</p>
<p>Na uw melding krijgt u een e-mail met een nummer. Daarmee kunt u volgen wat wij doen.</p>
<h2>Is het gevaarlijk?</h2>
<p>Ligt er bijvoorbeeld een boom over de weg? Of hangen er stroomdraden los? Bel dan direct 14 0321. Buiten kantoortijd belt u het nummer voor spoed op <a href="https://www.dronten.nl/contact">onze contactpagina</a>.</p>`,
    keywords: ['melding', 'stoeptegel', 'kapot', 'straat', 'buitenruimte'],
    product: 'Melding openbare ruimte',
    team: 'Openbare Ruimte',
    visibility: 'public',
    status: 'published',
    reviewInDays: 150,
  },
  {
    slug: 'straatverlichting-kapot',
    title: 'Lantaarnpaal kapot melden',
    question: 'De lantaarnpaal in mijn straat doet het niet. Waar meld ik dat?',
    answerHtml: `<p>Brandt een lamp in uw straat niet? Of blijft hij overdag aan? Meld het ons. Dan kunnen wij hem repareren.</p>
<h2>Zo meldt u het</h2>
<ol>
<li>Kijk op de paal. Daar staat een nummer op een sticker of plaatje.</li>
<li>Ga naar <a href="https://www.dronten.nl/melding">dronten.nl/melding</a> en kies <em>verlichting</em>.</li>
<li>Vul het nummer van de paal in. Weet u het nummer niet? Wijs de plek dan aan op de kaart.</li>
</ol>
<p>U kunt het ook doorgeven via 14 0321.</p>
<h2>Hoe snel repareren wij het?</h2>
<p>Meestal doet de lamp het binnen 10 werkdagen weer. Zijn er meer lampen in een straat uit? Dan is er soms een storing in de kabel. Dat kan langer duren.</p>
<h2>Gevaarlijk?</h2>
<p>Is de paal omgereden? Of hangen er draden uit? Blijf er dan vanaf en bel direct 14 0321.</p>`,
    keywords: ['lantaarnpaal', 'lamp', 'verlichting', 'storing'],
    product: 'Straatverlichting',
    team: 'Openbare Ruimte',
    visibility: 'public',
    status: 'published',
    reviewInDays: 280,
  },
  {
    slug: 'zwerfvuil-of-afvaldumping-melden',
    title: 'Zwerfvuil of gedumpt afval melden',
    question: 'Iemand heeft afval gedumpt in de berm. Wat kan ik doen?',
    answerHtml: `<p>Ligt er veel zwerfvuil in uw buurt? Of heeft iemand vuilniszakken, meubels of ander afval neergezet? Meld het ons.</p>
<h2>Zo meldt u het</h2>
<p>Doe een <a href="https://www.dronten.nl/melding">melding op onze website</a>. Wijs de plek aan op de kaart en maak een foto. U kunt ook bellen met 14 0321.</p>
<h2>Wat doen wij?</h2>
<ul>
<li>Wij ruimen het afval op, meestal binnen 3 werkdagen.</li>
<li>Onze handhavers zoeken uit wie het afval heeft gedumpt. Die persoon krijgt een boete.</li>
</ul>
<h2>Let op</h2>
<ul>
<li>Maak zakken met afval niet zelf open.</li>
<li>Ziet u vaten, naalden of iets wat vreemd ruikt? Raak het niet aan. Bel 14 0321.</li>
</ul>
<h2>Zelf zwerfvuil opruimen?</h2>
<p>Wilt u met buren of een club zwerfvuil rapen? Wij lenen u grijpers, hesjes en zakken. Ook halen we het afval daarna op.</p>`,
    keywords: ['zwerfvuil', 'dumpen', 'afvaldumping', 'bijplaatsing'],
    product: 'Melding openbare ruimte',
    team: 'Openbare Ruimte',
    visibility: 'public',
    status: 'published',
    reviewInDays: 120,
  },
  {
    slug: 'parkeervergunning-aanvragen',
    title: 'Parkeervergunning aanvragen',
    question: 'Hoe vraag ik een parkeervergunning aan?',
    answerHtml: `<p>In een deel van het centrum van Dronten mag u alleen parkeren met een vergunning. Woont u in dat gebied? Dan kunt u een parkeervergunning aanvragen. Op de <a href="https://www.dronten.nl/parkeren">kaart</a> ziet u waar het geldt.</p>
<h2>Wie kan een vergunning krijgen?</h2>
<ul>
<li>U staat ingeschreven op een adres in het vergunninggebied.</li>
<li>De auto staat op uw naam. Of u rijdt in een auto van de zaak.</li>
</ul>
<h2>Aanvragen</h2>
<p>Vraag de vergunning online aan met DigiD. Vul het kenteken van uw auto in. De vergunning is digitaal. U krijgt geen kaart voor achter de voorruit.</p>
<h2>Kosten</h2>
<p>Een vergunning kost in 2026 ongeveer € 60 per jaar. Een tweede vergunning op hetzelfde adres is duurder.</p>
<h2>Bezoek</h2>
<p>Krijgt u bezoek? Dan meldt u het kenteken van uw bezoek aan in de parkeer-app. Elk adres krijgt een aantal uren per jaar.</p>
<h2>Nieuwe auto?</h2>
<p>Wijzig het kenteken online. Dat is gratis.</p>`,
    keywords: ['parkeren', 'vergunning', 'centrum', 'kenteken', 'bezoekers'],
    product: 'Parkeervergunning',
    team: 'Openbare Ruimte',
    visibility: 'public',
    status: 'published',
    reviewInDays: -15,
  },
  {
    slug: 'werkinstructie-melding-openbare-ruimte-registreren',
    title: 'Werkinstructie: melding openbare ruimte registreren',
    question: 'Hoe registreer ik een melding over de openbare ruimte?',
    answerHtml: `<p>Veel meldingen kan de inwoner zelf online doen. Belt iemand toch? Dan zet jij de melding in het meldingensysteem.</p>
<h2>Stappen</h2>
<ol>
<li>Vraag <strong>waar</strong> het is: straat en huisnummer, of het nummer van de lantaarnpaal. Buiten de bebouwde kom: wijs de plek aan op de kaart.</li>
<li>Vraag <strong>wat</strong> er aan de hand is en sinds wanneer.</li>
<li>Vraag of het gevaarlijk is.</li>
<li>Kies de juiste categorie, bijvoorbeeld <em>bestrating</em>, <em>groen</em>, <em>verlichting</em> of <em>afval</em>.</li>
<li>Vul het e-mailadres van de inwoner in. Dan krijgt hij updates.</li>
<li>Geef het meldingsnummer door.</li>
<li>Registreer het contact in Helder met product <strong>Melding openbare ruimte</strong> en zet het meldingsnummer erbij.</li>
</ol>
<h2>Gevaarlijke situatie</h2>
<p>Bijvoorbeeld een omgevallen boom op de weg, een groot gat of losse kabels. Bel direct de piketdienst van de buitendienst. Het nummer staat op intranet. Maak daarna pas de melding.</p>
<h2>Geen melding voor ons</h2>
<ul>
<li>Storing in gas of stroom: netbeheerder.</li>
<li>Kapotte ondergrondse kabel van telefoon of internet: de provider.</li>
<li>Provinciale weg: provincie Flevoland.</li>
</ul>`,
    keywords: ['melding', 'meldingensysteem', 'piket', 'registreren'],
    product: 'Melding openbare ruimte',
    team: 'Openbare Ruimte',
    visibility: 'internal',
    status: 'published',
    reviewInDays: 60,
  },
  {
    slug: 'werkinstructie-container-niet-geleegd',
    title: 'Werkinstructie: container niet geleegd',
    question: 'Wat doe ik als iemand belt dat de container niet is geleegd?',
    answerHtml: `<p>Controleer eerst of de wagen de route al heeft gereden. Dat zie je in het inzamelsysteem.</p>
<h2>Stappen</h2>
<ol>
<li>Zoek het adres op in het inzamelsysteem.</li>
<li>Staat de route nog open? Zeg dat de wagen later op de dag komt. Vraag de inwoner de container te laten staan tot 20.00 uur.</li>
<li>Is de route klaar en staat er een opmerking bij het adres? Bijvoorbeeld <em>niet aangeboden</em>, <em>verkeerd afval</em> of <em>te zwaar</em>? Leg uit wat er staat. We komen dan niet terug.</li>
<li>Is de route klaar zonder opmerking en stond de container op tijd buiten? Maak een melding <em>niet geleegd</em>. De ploeg komt binnen 2 werkdagen.</li>
<li>Registreer het contact met product <strong>Afvalcontainer aanvragen of omruilen</strong>.</li>
</ol>
<h2>Hele straat niet geleegd?</h2>
<p>Maak één melding voor de straat en laat de teamleider inzameling het weten. Meld het ook bij Communicatie als er veel bellers zijn.</p>`,
    keywords: ['niet geleegd', 'container', 'inzameling', 'route'],
    product: 'Afvalcontainer aanvragen of omruilen',
    team: 'Openbare Ruimte',
    visibility: 'internal',
    status: 'published',
    reviewInDays: 35,
  },

  // ------------------------------------------------------------------ Belastingen
  {
    slug: 'aanslag-gemeentelijke-belastingen',
    title: 'Aanslag gemeentelijke belastingen',
    question: 'Waarvoor betaal ik gemeentelijke belastingen?',
    answerHtml: `<p>Elk jaar eind februari krijgt u de aanslag gemeentelijke belastingen. U vindt de aanslag in de Berichtenbox van MijnOverheid. Heeft u die niet? Dan krijgt u hem per post.</p>
<h2>Wat staat erop?</h2>
<ul>
<li><strong>Onroerendezaakbelasting (OZB)</strong>. Die betaalt u als u eigenaar bent van een huis of een ander gebouw.</li>
<li><strong>Afvalstoffenheffing</strong>. Daarmee betaalt u het ophalen van afval.</li>
<li><strong>Rioolheffing</strong>. Daarmee betaalt u het riool.</li>
<li><strong>Hondenbelasting</strong>, als u een hond heeft.</li>
</ul>
<p>Op de aanslag staat ook de WOZ-waarde van uw woning.</p>
<h2>Betalen</h2>
<p>U kunt in één keer betalen. Makkelijker is het om in 10 termijnen te betalen met <a href="/vragen/automatische-incasso-belastingen">automatische incasso</a>.</p>
<h2>Klopt de aanslag niet?</h2>
<p>Dan kunt u bezwaar maken. Doe dat binnen 6 weken na de datum op de aanslag. Dat kan online met DigiD.</p>
<p>Kunt u de aanslag niet betalen? Misschien kunt u <a href="/vragen/kwijtschelding-aanvragen">kwijtschelding</a> krijgen.</p>`,
    keywords: ['aanslag', 'ozb', 'afvalstoffenheffing', 'rioolheffing', 'belastingen'],
    product: 'Aanslag gemeentelijke belastingen',
    team: 'Belastingen',
    visibility: 'public',
    status: 'published',
    reviewInDays: 65,
  },
  {
    slug: 'bezwaar-woz-waarde',
    title: 'Bezwaar maken tegen de WOZ-waarde',
    question: 'Ik vind de WOZ-waarde van mijn huis te hoog. Wat kan ik doen?',
    answerHtml: `<p>De WOZ-waarde is de waarde van uw huis volgens de gemeente. Wij kijken daarvoor naar huizen die in de buurt zijn verkocht. Voor 2026 gaat het om de waarde op 1 januari 2025.</p>
<h2>Eerst: bekijk het taxatieverslag</h2>
<p>In het taxatieverslag ziet u hoe wij de waarde hebben bepaald. U ziet ook met welke huizen wij uw huis vergelijken. U vindt het verslag gratis op <a href="https://www.dronten.nl/mijn-belastingen">Mijn Belastingen</a>. Heeft u een vraag? Bel dan 14 0321. Soms lossen we het samen op.</p>
<h2>Bezwaar maken</h2>
<p>Vindt u de waarde nog steeds te hoog? Maak dan bezwaar binnen 6 weken na de datum op de aanslag. Dat doet u online met DigiD. Schrijf erbij waarom u het er niet mee eens bent. Foto's of een taxatie helpen.</p>
<h2>Goed om te weten</h2>
<ul>
<li>Bezwaar maken is gratis. U kunt het zelf doen.</li>
<li>U moet de aanslag wel op tijd betalen. Krijgt u gelijk? Dan krijgt u geld terug.</li>
<li>Binnen 4 maanden krijgt u een besluit.</li>
</ul>`,
    keywords: ['woz', 'bezwaar', 'taxatieverslag', 'waarde woning'],
    product: 'WOZ-waarde',
    team: 'Belastingen',
    visibility: 'public',
    status: 'published',
    reviewInDays: 50,
  },
  {
    slug: 'kwijtschelding-aanvragen',
    title: 'Kwijtschelding aanvragen',
    question: 'Ik kan mijn gemeentelijke belastingen niet betalen. Kan ik kwijtschelding krijgen?',
    answerHtml: `<p>Heeft u een laag inkomen en weinig spaargeld? Dan hoeft u sommige gemeentelijke belastingen misschien niet te betalen. Dat heet kwijtschelding.</p>
<h2>Voor welke belastingen?</h2>
<ul>
<li>Afvalstoffenheffing.</li>
<li>Rioolheffing.</li>
<li>Hondenbelasting voor één hond.</li>
</ul>
<p>Voor de OZB, de belasting voor eigenaren van een huis, kunt u geen kwijtschelding krijgen.</p>
<h2>Misschien krijgt u het al vanzelf</h2>
<p>Kreeg u vorig jaar kwijtschelding? Dan kijken wij eerst of u het weer krijgt. Staat op uw aanslag dat u kwijtschelding heeft? Dan hoeft u niets te doen.</p>
<h2>Zo vraagt u het aan</h2>
<p>Vraag kwijtschelding aan binnen 3 maanden na de datum op de aanslag. Dat doet u met het <a href="https://www.dronten.nl/kwijtschelding">online formulier</a>. Stuur mee:</p>
<ul>
<li>uw loonstrook of uitkeringsspecificatie;</li>
<li>bankafschriften van de laatste 3 maanden;</li>
<li>bewijs van uw huur of hypotheek.</li>
</ul>
<p>Betaal nog niets zolang wij uw aanvraag bekijken. Binnen 8 weken krijgt u een besluit.</p>`,
    keywords: ['kwijtschelding', 'laag inkomen', 'niet betalen', 'afvalstoffenheffing'],
    product: 'Kwijtschelding gemeentelijke belastingen',
    team: 'Belastingen',
    visibility: 'public',
    status: 'published',
    reviewInDays: 85,
    feedback: [
      { kind: 'missing', note: 'Er staat niet dat ondernemers geen kwijtschelding kunnen krijgen voor belastingen van hun bedrijf. Krijgen we vaak vragen over.' },
    ],
  },
  {
    slug: 'betalingsregeling-belastingen',
    title: 'Betalingsregeling gemeentelijke belastingen',
    question: 'Mag ik mijn aanslag in delen betalen?',
    answerHtml: `<p>Ja, dat kan. Er zijn twee manieren.</p>
<h2>1. Automatische incasso in 10 termijnen</h2>
<p>Dit is de makkelijkste manier. U betaalt dan elke maand een deel, van maart tot en met december. Wij halen het bedrag zelf van uw rekening. Regel het via <a href="https://www.dronten.nl/mijn-belastingen">Mijn Belastingen</a>.</p>
<h2>2. Een betalingsregeling op maat</h2>
<p>Lukt het ook met 10 termijnen niet? Vraag dan een persoonlijke betalingsregeling aan. Doe dat voor de datum waarop u moet betalen. Bel 14 0321 of vul het online formulier in. Vertel hoeveel u per maand kunt betalen. Wij kijken samen met u wat kan.</p>
<h2>Heeft u een laag inkomen?</h2>
<p>Misschien hoeft u een deel niet te betalen. Lees meer over <a href="/vragen/kwijtschelding-aanvragen">kwijtschelding</a>.</p>
<h2>Meer schulden?</h2>
<p>Heeft u ook andere rekeningen die u niet kunt betalen? Vraag dan op tijd om hulp. De gemeente helpt u gratis. Lees meer over <a href="/vragen/hulp-bij-schulden">hulp bij schulden</a>.</p>`,
    keywords: ['betalingsregeling', 'termijnen', 'in delen betalen', 'uitstel'],
    product: 'Betalingsregeling',
    team: 'Belastingen',
    visibility: 'public',
    status: 'published',
    reviewInDays: 150,
  },
  {
    slug: 'hondenbelasting',
    title: 'Hondenbelasting',
    question: 'Moet ik belasting betalen voor mijn hond?',
    answerHtml: `<p>Heeft u een hond? Dan betaalt u hondenbelasting. U betaalt voor elke hond. Voor een tweede hond betaalt u meer dan voor de eerste. Het tarief voor 2026 staat op de pagina <a href="https://www.dronten.nl/tarieven">tarieven</a>.</p>
<h2>Hond aanmelden</h2>
<p>Meld uw hond aan binnen een maand nadat u hem heeft gekregen. Dat doet u online via <a href="https://www.dronten.nl/mijn-belastingen">Mijn Belastingen</a>. Een pup meldt u aan als hij 3 maanden oud is.</p>
<h2>Hond afmelden</h2>
<p>Is uw hond overleden? Of heeft u hem weggegeven? Meld hem dan af. U krijgt het teveel betaalde geld terug voor de rest van het jaar.</p>
<h2>Geen belasting</h2>
<p>Voor een blindengeleidehond of een andere hulphond betaalt u niets. Laat ons weten dat u zo'n hond heeft.</p>
<h2>Kennel</h2>
<p>Fokt u honden? Dan kunt u een kenneltarief aanvragen.</p>`,
    keywords: ['hond', 'hondenbelasting', 'aanmelden', 'afmelden'],
    product: 'Hondenbelasting',
    team: 'Belastingen',
    visibility: 'public',
    status: 'published',
    reviewInDays: -45,
  },
  {
    slug: 'automatische-incasso-belastingen',
    title: 'Automatische incasso gemeentelijke belastingen',
    question: 'Hoe betaal ik mijn gemeentelijke belastingen met automatische incasso?',
    answerHtml: `<p>Met automatische incasso betaalt u uw aanslag in 10 maandelijkse termijnen. Wij schrijven het bedrag zelf af van uw rekening. U hoeft er niet meer aan te denken.</p>
<h2>Aanmelden</h2>
<p>Log in met DigiD op <a href="https://www.dronten.nl/mijn-belastingen">Mijn Belastingen</a>. Vul uw rekeningnummer in en geef toestemming. Doe dit voor de eerste betaaldatum op uw aanslag. Later aanmelden kan ook. U heeft dan minder termijnen.</p>
<p>Heeft u zich vorig jaar al aangemeld? Dan loopt de incasso gewoon door.</p>
<h2>Wijzigen of stoppen</h2>
<ul>
<li>Nieuw rekeningnummer? Pas het aan in Mijn Belastingen.</li>
<li>Wilt u stoppen? Zet de incasso daar stop. U betaalt de rest dan in één keer.</li>
</ul>
<h2>Bedrag teruggeboekt?</h2>
<p>Lukt een betaling twee keer niet? Dan stoppen wij de incasso. U moet de rest van het bedrag dan in één keer betalen.</p>`,
    keywords: ['incasso', 'machtiging', 'termijnen', 'afschrijven'],
    product: 'Aanslag gemeentelijke belastingen',
    team: 'Belastingen',
    visibility: 'public',
    status: 'published',
    reviewInDays: 200,
  },
  {
    slug: 'werkinstructie-vragen-over-woz-waarde',
    title: 'Werkinstructie: vragen over de WOZ-waarde',
    question: 'Hoe help ik een inwoner met een vraag over de WOZ-waarde?',
    answerHtml: `<p>In maart bellen veel inwoners over hun WOZ-waarde. Veel vragen kun je zelf beantwoorden.</p>
<h2>Stappen</h2>
<ol>
<li>Leg uit dat de waarde geldt op de <strong>waardepeildatum</strong>: 1 januari van het jaar ervoor.</li>
<li>Wijs op het taxatieverslag in Mijn Belastingen. Heeft de inwoner geen DigiD? Stuur het verslag per post via een taak aan Belastingen.</li>
<li>Zeg niet of de waarde goed of fout is. Dat beoordeelt de taxateur.</li>
<li>Wil de inwoner een toelichting van een taxateur? Maak een terugbelverzoek met product <strong>WOZ-waarde</strong>. Zet het adres in de toelichting.</li>
<li>Wil de inwoner bezwaar maken? Verwijs naar het online formulier en noem de termijn van 6 weken.</li>
</ol>
<h2>Veelgestelde vragen</h2>
<ul>
<li><em>WOZ-waarde van een ander huis?</em> Die staat op het WOZ-waardeloket.</li>
<li><em>Bezwaarbureau heeft al bezwaar gemaakt?</em> De inwoner hoeft dan zelf niets te doen.</li>
<li><em>Huurder?</em> De WOZ-waarde telt mee voor de huurprijs. Een huurder kan ook bezwaar maken.</li>
</ul>`,
    keywords: ['woz', 'taxateur', 'waardepeildatum', 'bezwaar'],
    product: 'WOZ-waarde',
    team: 'Belastingen',
    visibility: 'internal',
    status: 'published',
    reviewInDays: 20,
  },

  // ------------------------------------------------------------------ Wmo
  {
    slug: 'huishoudelijke-hulp-aanvragen',
    title: 'Huishoudelijke hulp aanvragen',
    question: 'Ik kan mijn huis niet meer zelf schoonmaken. Kan ik hulp krijgen?',
    answerHtml: `<p>Lukt het door ziekte, ouderdom of een beperking niet meer om uw huis schoon te houden? Dan kunt u de gemeente om hulp vragen.</p>
<h2>Eerst zelf kijken</h2>
<p>Kan iemand in uw omgeving helpen? Bijvoorbeeld een huisgenoot, familie of buren? Of kunt u zelf een schoonmaker betalen? Dan heeft dat de voorkeur.</p>
<h2>Hulp vragen bij de gemeente</h2>
<ol>
<li>Vul het <a href="https://www.dronten.nl/wmo-melding">meldingsformulier</a> in of bel 14 0321.</li>
<li>Een consulent maakt een afspraak met u. Meestal komt die bij u thuis. Samen kijkt u wat u nodig heeft.</li>
<li>Daarna kunt u een aanvraag doen. Binnen 2 weken krijgt u een besluit.</li>
</ol>
<h2>Hulp bij het gesprek</h2>
<p>U mag iemand meenemen naar het gesprek. Bijvoorbeeld een familielid. U kunt ook gratis hulp krijgen van een onafhankelijke cliëntondersteuner.</p>
<h2>Wie komt er helpen?</h2>
<p>Krijgt u hulp? Dan komt er een vaste hulp van een zorgaanbieder. U kunt kiezen uit een paar aanbieders.</p>`,
    keywords: ['huishoudelijke hulp', 'schoonmaken', 'wmo', 'thuishulp'],
    product: 'Huishoudelijke hulp',
    team: 'Wmo',
    visibility: 'public',
    status: 'published',
    reviewInDays: 70,
    feedback: [
      { kind: 'missing', note: 'De eigen bijdrage via het CAK staat er niet in. Bijna elke beller vraagt wat het kost.' },
    ],
  },
  {
    slug: 'hulpmiddelen-aanvragen',
    title: 'Rolstoel, scootmobiel of ander hulpmiddel aanvragen',
    question: 'Hoe kom ik aan een scootmobiel of rolstoel?',
    answerHtml: `<p>Kunt u niet meer goed lopen? Dan kan een hulpmiddel helpen, zoals een rolstoel of een scootmobiel. Via de gemeente kunt u zo'n hulpmiddel krijgen.</p>
<h2>Kort nodig?</h2>
<p>Heeft u een rolstoel of krukken maar een paar weken nodig? Bijvoorbeeld na een operatie? Dan leent u die bij een uitleenpunt voor zorg. Vraag het na bij uw zorgverzekeraar.</p>
<h2>Lang nodig?</h2>
<ol>
<li>Vul het <a href="https://www.dronten.nl/wmo-melding">meldingsformulier</a> in of bel 14 0321.</li>
<li>Een consulent praat met u over wat u nodig heeft. Soms komt er ook een ergotherapeut langs.</li>
<li>U krijgt een besluit.</li>
<li>De leverancier brengt het hulpmiddel bij u thuis. U krijgt uitleg over het gebruik.</li>
</ol>
<h2>Goed om te weten</h2>
<ul>
<li>U krijgt het hulpmiddel te leen. Het blijft van de gemeente.</li>
<li>Onderhoud en reparatie zijn gratis. Het nummer van de leverancier staat op het hulpmiddel.</li>
<li>Koop niet eerst zelf iets. Dat geld krijgt u niet terug.</li>
</ul>`,
    keywords: ['scootmobiel', 'rolstoel', 'hulpmiddel', 'wmo'],
    product: 'Hulpmiddelen en woningaanpassing',
    team: 'Wmo',
    visibility: 'public',
    status: 'published',
    reviewInDays: 240,
  },
  {
    slug: 'woning-aanpassen',
    title: 'Woning aanpassen',
    question: 'Kan de gemeente helpen met een traplift of een aangepaste badkamer?',
    answerHtml: `<p>Wilt u in uw huis blijven wonen, maar gaat dat niet goed meer? Soms helpt een aanpassing. Denk aan een traplift, een douche zonder drempel of een beugel bij het toilet.</p>
<h2>Kleine aanpassingen</h2>
<p>Beugels en kleine drempels betaalt u meestal zelf. Een klusjesdienst kan ze goedkoop plaatsen.</p>
<h2>Grote aanpassingen</h2>
<ol>
<li>Doe een melding via het <a href="https://www.dronten.nl/wmo-melding">formulier</a> of bel 14 0321.</li>
<li>Een consulent bespreekt met u wat nodig is. Soms is verhuizen naar een beter huis een betere oplossing.</li>
<li>Een ergotherapeut adviseert over de aanpassing.</li>
<li>U krijgt een besluit. Daarna komt de aannemer.</li>
</ol>
<h2>Huurt u uw huis?</h2>
<p>Vraag dan eerst toestemming aan uw verhuurder. Sommige verhuurders doen kleine aanpassingen zelf.</p>
<h2>Let op</h2>
<p>Begin niet met de verbouwing voor u een besluit heeft. Anders betaalt u alles zelf.</p>`,
    keywords: ['woningaanpassing', 'traplift', 'drempels', 'badkamer'],
    product: 'Hulpmiddelen en woningaanpassing',
    team: 'Wmo',
    visibility: 'public',
    status: 'published',
    reviewInDays: 115,
  },
  {
    slug: 'regiotaxi',
    title: 'Regiotaxi',
    question: 'Hoe kan ik gebruikmaken van de Regiotaxi?',
    answerHtml: `<p>De Regiotaxi brengt u van deur tot deur in de regio. U reist samen met andere mensen. Iedereen mag met de Regiotaxi mee. Met een Wmo-pas betaalt u minder.</p>
<h2>Een Wmo-pas aanvragen</h2>
<p>Kunt u door een beperking niet met de bus? Vraag dan een Wmo-pas aan. Doe een melding via het <a href="https://www.dronten.nl/wmo-melding">formulier</a> of bel 14 0321. Een consulent kijkt met u naar uw situatie.</p>
<h2>Een rit bestellen</h2>
<ul>
<li>Bel de centrale minstens een uur voor vertrek. Het nummer staat op uw pas.</li>
<li>Zeg waar u wilt instappen en waar u heen wilt.</li>
<li>De taxi kan 15 minuten eerder of later komen.</li>
</ul>
<h2>Wanneer rijdt de taxi?</h2>
<p>Elke dag van 6.00 tot 0.30 uur. Op zondag vanaf 9.00 uur.</p>
<h2>Wat kost het?</h2>
<p>Met een Wmo-pas betaalt u per rit ongeveer evenveel als in de bus. U betaalt in de taxi met uw pinpas.</p>`,
    keywords: ['regiotaxi', 'vervoer', 'taxi', 'wmo-pas'],
    product: 'Regiotaxi en vervoer',
    team: 'Wmo',
    visibility: 'public',
    status: 'published',
    reviewInDays: -60,
    feedback: [
      { kind: 'incorrect', note: 'De Regiotaxi rijdt op zondag al vanaf 8.00 uur, niet 9.00 uur.' },
      { kind: 'unclear', note: 'Niet duidelijk of een begeleider gratis mee mag. Bellers vragen daar vaak naar.' },
    ],
  },
  {
    slug: 'mantelzorgwaardering',
    title: 'Mantelzorgwaardering',
    question: 'Ik zorg voor mijn moeder. Krijg ik iets van de gemeente?',
    answerHtml: `<p>Zorgt u lang en veel voor iemand uit uw omgeving? Dan bent u mantelzorger. De gemeente wil u daarvoor bedanken. Daarom is er elk jaar de mantelzorgwaardering.</p>
<h2>Wie kan het krijgen?</h2>
<ul>
<li>U zorgt minstens 3 maanden voor iemand.</li>
<li>U zorgt minstens 8 uur per week.</li>
<li>De persoon voor wie u zorgt, woont in de gemeente Dronten.</li>
</ul>
<p>U hoeft zelf niet in Dronten te wonen.</p>
<h2>Wat krijgt u?</h2>
<p>U krijgt een cadeaubon van ongeveer € 100. Die kunt u uitgeven bij winkels in Dronten, Biddinghuizen en Swifterbant.</p>
<h2>Aanvragen</h2>
<p>Vraag de waardering aan van 1 september tot en met 31 december. Dat doet u online via <a href="https://www.dronten.nl/mantelzorg">dronten.nl/mantelzorg</a>. U vult het formulier in met de persoon voor wie u zorgt.</p>
<h2>Zorgen is zwaar</h2>
<p>Heeft u zelf ook hulp nodig? Of wilt u even rust? Bel het steunpunt mantelzorg. Zij denken met u mee. Dat is gratis.</p>`,
    keywords: ['mantelzorg', 'mantelzorger', 'waardering', 'cadeaubon'],
    product: 'Mantelzorgwaardering',
    team: 'Wmo',
    visibility: 'public',
    status: 'published',
    reviewInDays: 190,
  },
  {
    slug: 'gehandicaptenparkeerkaart',
    title: 'Gehandicaptenparkeerkaart aanvragen',
    question: 'Hoe vraag ik een parkeerkaart voor gehandicapten aan?',
    answerHtml: `<p>Kunt u niet ver lopen door ziekte of een beperking? Dan kunt u een gehandicaptenparkeerkaart aanvragen. Met die kaart mag u op een parkeerplek voor gehandicapten staan.</p>
<h2>Twee soorten kaarten</h2>
<ul>
<li><strong>Bestuurderskaart</strong>: u rijdt zelf.</li>
<li><strong>Passagierskaart</strong>: iemand anders rijdt u.</li>
</ul>
<h2>Zo vraagt u de kaart aan</h2>
<ol>
<li>Vul het <a href="https://www.dronten.nl/parkeerkaart">aanvraagformulier</a> in en stuur een pasfoto mee.</li>
<li>Een onafhankelijke arts onderzoekt hoe ver u kunt lopen. Die arts maakt een afspraak met u.</li>
<li>Binnen 8 weken krijgt u een besluit.</li>
</ol>
<h2>Kosten</h2>
<p>De kaart kost in 2026 ongeveer € 150, met het medisch onderzoek erbij. De kaart is meestal 5 jaar geldig.</p>
<h2>Eigen parkeerplek bij uw huis?</h2>
<p>Heeft u een kaart, maar is er vaak geen plek bij uw huis? Dan kunt u een parkeerplaats op uw kenteken aanvragen.</p>`,
    keywords: ['parkeerkaart', 'invalidenparkeerkaart', 'gehandicapt', 'parkeerplaats'],
    product: 'Gehandicaptenparkeerkaart',
    team: 'Wmo',
    visibility: 'public',
    status: 'published',
    reviewInDays: 135,
  },
  {
    slug: 'werkinstructie-wmo-melding-aannemen',
    title: 'Werkinstructie: Wmo-melding aannemen',
    question: 'Hoe neem ik een hulpvraag voor de Wmo aan?',
    answerHtml: `<p>Een inwoner belt met een hulpvraag voor thuis. Bijvoorbeeld over huishoudelijke hulp, een hulpmiddel of vervoer. Jij neemt de melding aan. De consulent doet de rest.</p>
<h2>Stappen</h2>
<ol>
<li>Controleer naam, adres en geboortedatum.</li>
<li>Vraag in het kort wat er aan de hand is. Geen medische details opschrijven.</li>
<li>Vraag wie nu al helpt: partner, kinderen, buren, thuiszorg.</li>
<li>Vraag of de inwoner een vertegenwoordiger of contactpersoon heeft.</li>
<li>Vul het meldingsformulier Wmo in en registreer het contact in Helder.</li>
<li>Zeg dat een consulent binnen 5 werkdagen belt voor een afspraak.</li>
<li>Vertel dat de inwoner gratis een onafhankelijke cliëntondersteuner kan krijgen.</li>
</ol>
<h2>Spoed</h2>
<p>Is er vandaag of morgen geen zorg, terwijl dat wel nodig is? Bijvoorbeeld omdat de mantelzorger in het ziekenhuis ligt? Bel dan direct de dienstdoende consulent. Wacht niet op het terugbelverzoek.</p>`,
    keywords: ['wmo', 'melding', 'consulent', 'keukentafelgesprek'],
    product: null,
    team: 'Wmo',
    visibility: 'internal',
    status: 'published',
    reviewInDays: -30,
  },

  // ------------------------------------------------------------------ Vergunningen
  {
    slug: 'omgevingsvergunning-aanvragen',
    title: 'Omgevingsvergunning aanvragen',
    question: 'Heb ik een vergunning nodig om te verbouwen?',
    answerHtml: `<p>Gaat u bouwen of verbouwen? Bijvoorbeeld een aanbouw, een schuur of een nieuwe uitrit? Soms heeft u dan een omgevingsvergunning nodig.</p>
<h2>Stap 1: doe de check</h2>
<p>Ga naar het <a href="https://omgevingswet.overheid.nl">Omgevingsloket</a>. Doe daar de vergunningcheck. U ziet dan of u een vergunning nodig heeft. Veel kleine bouwwerken mag u zonder vergunning bouwen.</p>
<h2>Stap 2: vraag de vergunning aan</h2>
<p>Heeft u wel een vergunning nodig? Vraag die dan aan in hetzelfde loket. U logt in met DigiD. Voeg tekeningen toe van de situatie nu en straks.</p>
<h2>Hoe lang duurt het?</h2>
<p>Meestal krijgt u binnen 8 weken een besluit. Soms hebben wij 6 weken extra nodig. Dat laten wij u dan weten.</p>
<h2>Wat kost het?</h2>
<p>De kosten hangen af van de bouwkosten. Kijk op de pagina <a href="https://www.dronten.nl/tarieven">tarieven</a>.</p>
<h2>Twijfelt u?</h2>
<p>Heeft u een groot plan? Of twijfelt u of het mag? Vraag dan eerst een gesprek aan met een vergunningverlener. Dat kan via het Omgevingsloket.</p>
<p>Tip: vertel uw buren op tijd over uw plannen.</p>`,
    keywords: ['bouwvergunning', 'verbouwen', 'omgevingsloket', 'aanbouw'],
    product: 'Omgevingsvergunning',
    team: 'Vergunningen',
    visibility: 'public',
    status: 'published',
    reviewInDays: 90,
    feedback: [
      { kind: 'unclear', note: 'Inwoners snappen het verschil tussen de vergunningcheck en de aanvraag niet. Ze denken dat de check al de aanvraag is.' },
    ],
  },
  {
    slug: 'dakkapel-plaatsen',
    title: 'Dakkapel plaatsen',
    question: 'Heb ik een vergunning nodig voor een dakkapel?',
    answerHtml: `<p>Een dakkapel geeft meer licht en ruimte op zolder. Of u een vergunning nodig heeft, hangt vooral af van de kant van het huis.</p>
<h2>Aan de achterkant</h2>
<p>Meestal heeft u geen vergunning nodig. De dakkapel moet dan wel aan een paar regels voldoen. Bijvoorbeeld:</p>
<ul>
<li>Hij is niet hoger dan 1,75 meter.</li>
<li>Onder en boven de dakkapel blijft een stuk dak over.</li>
<li>Aan de zijkanten blijft minstens een halve meter dak over.</li>
</ul>
<h2>Aan de voorkant of zijkant</h2>
<p>Hier heeft u vaak wel een vergunning nodig. Dit deel van het huis ziet iedereen vanaf de straat.</p>
<h2>Wat moet u doen?</h2>
<ol>
<li>Doe de vergunningcheck in het <a href="https://omgevingswet.overheid.nl">Omgevingsloket</a>.</li>
<li>Heeft u een vergunning nodig? Vraag die dan daar aan.</li>
</ol>
<p>Woont u in een monument? Dan heeft u altijd een vergunning nodig.</p>`,
    keywords: ['dakkapel', 'zolder', 'vergunningvrij'],
    product: 'Omgevingsvergunning',
    team: 'Vergunningen',
    visibility: 'public',
    status: 'published',
    reviewInDays: 210,
  },
  {
    slug: 'schutting-plaatsen',
    title: 'Schutting plaatsen',
    question: 'Hoe hoog mag mijn schutting zijn zonder vergunning?',
    answerHtml: `<p>Wilt u een schutting of hek om uw tuin zetten? Vaak mag dat zonder vergunning. Maar er zijn regels voor de hoogte.</p>
<h2>Achter het huis</h2>
<p>Een schutting in uw achtertuin mag meestal 2 meter hoog zijn. Daarvoor heeft u geen vergunning nodig.</p>
<h2>Voor het huis</h2>
<p>In de voortuin mag een schutting of hek meestal niet hoger zijn dan 1 meter. Zo blijft de straat open en veilig.</p>
<h2>Hoger bouwen?</h2>
<p>Wilt u een hogere schutting? Dan heeft u een vergunning nodig. Doe eerst de vergunningcheck in het <a href="https://omgevingswet.overheid.nl">Omgevingsloket</a>.</p>
<h2>Overleg met de buren</h2>
<p>Staat de schutting op de grens met de buren? Overleg dan met hen. Spreek samen af wie wat betaalt. Woont u in een huurhuis? Vraag dan eerst de verhuurder.</p>
<p>Grenst uw tuin aan grond van de gemeente? Zet de schutting dan niet op onze grond.</p>`,
    keywords: ['schutting', 'erfafscheiding', 'hek', 'tuin'],
    product: 'Omgevingsvergunning',
    team: 'Vergunningen',
    visibility: 'public',
    status: 'published',
    reviewInDays: -22,
    feedback: [
      { kind: 'missing', note: 'Bij een hoekhuis gelden andere regels voor de zijkant. Dat ontbreekt en daar komen veel vragen over.' },
    ],
  },
  {
    slug: 'boom-kappen',
    title: 'Boom kappen',
    question: 'Mag ik een boom in mijn tuin kappen?',
    answerHtml: `<p>Bomen zijn belangrijk voor de natuur en voor een gezonde buurt. Daarom heeft u voor sommige bomen een vergunning nodig voordat u ze kapt.</p>
<h2>Wanneer heeft u een vergunning nodig?</h2>
<p>Dat hangt af van de dikte van de stam en van de plek. Voor dunne bomen en fruitbomen in uw tuin is vaak geen vergunning nodig. Kijk op de <a href="https://www.dronten.nl/kapvergunning">kaart met bijzondere bomen</a>. Of doe de check in het <a href="https://omgevingswet.overheid.nl">Omgevingsloket</a>.</p>
<h2>Vergunning aanvragen</h2>
<p>Vraag de vergunning aan in het Omgevingsloket. Stuur foto's van de boom mee en schrijf waarom u hem wilt kappen. Binnen 8 weken krijgt u een besluit. Soms moet u een nieuwe boom planten.</p>
<h2>Let op vogels</h2>
<p>Tussen half maart en half juli broeden veel vogels. Kijk goed of er een nest in de boom zit. Is dat zo? Dan mag u de boom niet kappen.</p>
<h2>Boom van de gemeente</h2>
<p>Heeft u last van een boom van de gemeente? Bijvoorbeeld van schaduw of takken? Doe dan een <a href="/vragen/melding-openbare-ruimte">melding</a>.</p>`,
    keywords: ['kapvergunning', 'boom', 'kappen', 'bomen'],
    product: 'Boom kappen',
    team: 'Vergunningen',
    visibility: 'public',
    status: 'published',
    reviewInDays: 160,
  },
  {
    slug: 'evenement-organiseren',
    title: 'Evenement organiseren',
    question: 'Ik wil een buurtfeest organiseren. Heb ik een vergunning nodig?',
    answerHtml: `<p>Organiseert u een feest, markt, optocht of concert? Dan heeft u soms een vergunning nodig. Dat hangt af van de grootte van het evenement.</p>
<h2>Klein evenement: melding</h2>
<p>Een klein feest, zoals een buurtbarbecue, hoeft u vaak alleen te melden. Bijvoorbeeld als:</p>
<ul>
<li>er minder dan 200 mensen komen;</li>
<li>het overdag is en om 23.00 uur klaar is;</li>
<li>u de weg niet afsluit voor ander verkeer.</li>
</ul>
<p>Meld het minstens 4 weken van tevoren via het <a href="https://www.dronten.nl/evenementen">formulier</a>.</p>
<h2>Groter evenement: vergunning</h2>
<p>Voor grotere evenementen vraagt u een vergunning aan. Doe dat minstens 10 weken van tevoren. Voor een groot festival heeft u nog meer tijd nodig. Vraag dan een half jaar van tevoren een gesprek aan.</p>
<h2>Denk ook aan</h2>
<ul>
<li>Schenkt u alcohol? Dan heeft u een ontheffing nodig.</li>
<li>Zet u een tent of podium neer? Beschrijf hoe u het veilig maakt.</li>
<li>Laat omwonenden op tijd weten wat er gaat gebeuren.</li>
</ul>`,
    keywords: ['evenementenvergunning', 'buurtfeest', 'festival', 'melding'],
    product: 'Evenementenvergunning',
    team: 'Vergunningen',
    visibility: 'public',
    status: 'published',
    reviewInDays: 75,
  },
  {
    slug: 'standplaatsvergunning',
    title: 'Standplaatsvergunning',
    question: 'Ik wil vanuit een foodtruck eten verkopen. Hoe krijg ik een standplaats?',
    answerHtml: `<p>Wilt u vanuit een kraam, wagen of foodtruck iets verkopen op een vaste plek? Dan heeft u een standplaatsvergunning nodig.</p>
<h2>Waar en wanneer?</h2>
<p>Er zijn vaste standplaatsen in Dronten, Biddinghuizen en Swifterbant. Op de <a href="https://www.dronten.nl/standplaatsen">kaart</a> ziet u waar ze zijn en welke dagen vrij zijn. Is er geen plek vrij? Dan komt u op een wachtlijst.</p>
<h2>Wat heeft u nodig?</h2>
<ul>
<li>Een inschrijving bij de Kamer van Koophandel.</li>
<li>Een foto van uw kraam of wagen.</li>
<li>Een beschrijving van wat u verkoopt.</li>
<li>Verkoopt u eten? Dan houdt u zich aan de regels voor hygiëne.</li>
</ul>
<h2>Aanvragen</h2>
<p>Vraag de vergunning aan met het <a href="https://www.dronten.nl/standplaats">online formulier</a>. Binnen 8 weken krijgt u een besluit. U betaalt per dag of per jaar. De bedragen staan op de pagina tarieven.</p>
<h2>Eén keer staan?</h2>
<p>Wilt u maar één dag staan? Bijvoorbeeld bij een evenement? Dan regelt de organisator van het evenement de vergunning.</p>`,
    keywords: ['standplaats', 'foodtruck', 'kraam', 'markt'],
    product: 'Standplaatsvergunning',
    team: 'Vergunningen',
    visibility: 'public',
    status: 'published',
    reviewInDays: 150,
  },
  {
    slug: 'ontheffing-apv',
    title: 'Ontheffing van de APV aanvragen',
    question: 'Ik wil later dan toegestaan muziek maken op mijn feest. Kan dat?',
    answerHtml: `<p>In de Algemene Plaatselijke Verordening (APV) staan regels voor de openbare orde. Bijvoorbeeld over geluid, collectes en het plaatsen van spullen op straat. Soms kunt u een uitzondering op die regels krijgen. Dat heet een ontheffing.</p>
<h2>Voorbeelden</h2>
<ul>
<li>Muziek buiten na 23.00 uur, bijvoorbeeld bij een bruiloft.</li>
<li>Een container of steiger op de stoep.</li>
<li>Een collecte langs de deuren.</li>
</ul>
<h2>Aanvragen</h2>
<p>Vraag de ontheffing minstens 4 weken van tevoren aan met het <a href="https://www.dronten.nl/ontheffing">online formulier</a>. Vertel wat u wilt doen, waar en wanneer. Bij geluid vragen wij ook hoe lang en hoe hard.</p>
<h2>Buren</h2>
<p>Laat uw buren op tijd weten wat u van plan bent.</p>`,
    keywords: ['ontheffing', 'apv', 'geluid', 'container op straat'],
    product: 'Ontheffing APV',
    team: 'Vergunningen',
    visibility: 'public',
    status: 'draft',
    reviewInDays: 10,
  },
  {
    slug: 'werkinstructie-vragen-over-bouwplannen',
    title: 'Werkinstructie: vragen over bouwplannen en vergunningen',
    question: 'Wat zeg ik als iemand vraagt of hij een vergunning nodig heeft voor een bouwplan?',
    answerHtml: `<p>Het KCC (klantcontactcentrum) beoordeelt niet of een bouwplan mag. Dat doet een vergunningverlener. Jij helpt de inwoner op weg.</p>
<h2>Stappen</h2>
<ol>
<li>Vraag wat de inwoner wil bouwen en waar: adres, voorkant of achterkant.</li>
<li>Kijk of er een artikel in de kennisbank is, bijvoorbeeld over een dakkapel of schutting. Lees de hoofdregel voor, met het woord <em>meestal</em>.</li>
<li>Verwijs naar de vergunningcheck in het Omgevingsloket.</li>
<li>Heeft de inwoner na de check nog een vraag? Maak een terugbelverzoek met product <strong>Omgevingsvergunning</strong>. Zet het adres en de korte omschrijving van het plan in de toelichting.</li>
</ol>
<h2>Vraag over een lopende aanvraag</h2>
<p>Vraag naar het <strong>zaaknummer</strong> uit het Omgevingsloket. Zoek de zaak op en geef de status. Staat er geen status? Maak een terugbelverzoek.</p>
<h2>Klacht over een bouwwerk van de buren</h2>
<p>Noteer adres en omschrijving en zet het door naar Vergunningen met het label <em>handhavingsverzoek</em>. Geef geen informatie over de vergunning van de buren.</p>`,
    keywords: ['bouwplan', 'vergunningcheck', 'zaaknummer', 'handhaving'],
    product: 'Omgevingsvergunning',
    team: 'Vergunningen',
    visibility: 'internal',
    status: 'published',
    reviewInDays: 130,
  },

  // ------------------------------------------------------------------ Werk, Inkomen & Leerrecht
  {
    slug: 'bijstandsuitkering-aanvragen',
    title: 'Bijstandsuitkering aanvragen',
    question: 'Ik heb geen inkomen. Kan ik een uitkering krijgen?',
    answerHtml: `<p>Heeft u niet genoeg geld om van te leven? En heeft u geen recht op een andere uitkering? Dan kunt u misschien een bijstandsuitkering krijgen.</p>
<h2>Voorwaarden</h2>
<ul>
<li>U woont in de gemeente Dronten.</li>
<li>U bent 18 jaar of ouder.</li>
<li>U heeft weinig geld op de bank. Wij kijken ook naar uw auto en uw huis.</li>
<li>U gaat op zoek naar werk.</li>
</ul>
<h2>Jonger dan 27 jaar?</h2>
<p>Dan zoekt u eerst 4 weken zelf naar werk of een opleiding. Pas daarna kunt u de uitkering aanvragen.</p>
<h2>Zo vraagt u het aan</h2>
<ol>
<li>Schrijf u in als werkzoekende op <a href="https://www.werk.nl">werk.nl</a>.</li>
<li>Vraag de uitkering online aan bij de gemeente met DigiD.</li>
<li>Wij maken een afspraak met u. Neem de papieren mee die in de brief staan.</li>
</ol>
<p>Binnen 8 weken krijgt u een besluit. Heeft u nu geen geld voor eten of huur? Vraag dan een voorschot.</p>`,
    keywords: ['bijstand', 'uitkering', 'participatiewet', 'geen inkomen'],
    product: 'Bijstandsuitkering',
    team: 'Werk, Inkomen & Leerrecht',
    visibility: 'public',
    status: 'published',
    reviewInDays: 100,
  },
  {
    slug: 'bijzondere-bijstand',
    title: 'Bijzondere bijstand',
    question: 'Ik heb onverwachte kosten die ik niet kan betalen. Kan de gemeente helpen?',
    answerHtml: `<p>Soms heeft u kosten die u niet kunt betalen. Bijvoorbeeld omdat uw koelkast kapot is of omdat u een bril nodig heeft. Heeft u een laag inkomen? Dan kunt u misschien bijzondere bijstand krijgen.</p>
<h2>Voorbeelden</h2>
<ul>
<li>Kosten van een bewindvoerder.</li>
<li>Een nieuw apparaat dat u echt nodig heeft.</li>
<li>Reiskosten naar een ziekenhuis ver weg.</li>
<li>Het eigen risico van de zorgverzekering.</li>
</ul>
<h2>Voorwaarden</h2>
<ul>
<li>De kosten zijn echt nodig.</li>
<li>U kunt ze niet zelf betalen.</li>
<li>Een andere regeling of uw zorgverzekering betaalt niet.</li>
</ul>
<h2>Aanvragen</h2>
<p>Vraag het aan <strong>voordat</strong> u de kosten maakt. Dat doet u online via <a href="https://www.dronten.nl/bijzondere-bijstand">dronten.nl/bijzondere-bijstand</a>. Stuur een offerte of rekening mee en uw bankafschriften. Binnen 8 weken krijgt u een besluit.</p>
<p>Soms krijgt u het geld als lening. U betaalt het dan in kleine bedragen terug.</p>`,
    keywords: ['bijzondere bijstand', 'onverwachte kosten', 'laag inkomen', 'bewindvoering'],
    product: 'Bijzondere bijstand',
    team: 'Werk, Inkomen & Leerrecht',
    visibility: 'public',
    status: 'published',
    reviewInDays: 60,
  },
  {
    slug: 'individuele-inkomenstoeslag',
    title: 'Individuele inkomenstoeslag',
    question: 'Ik heb al jaren een laag inkomen. Kan ik een extra bedrag krijgen?',
    answerHtml: `<p>Leeft u al lang van een laag inkomen? En is er weinig kans dat dat verandert? Dan kunt u misschien een individuele inkomenstoeslag krijgen. Dat is een extra bedrag voor bijvoorbeeld een nieuwe jas of een kapotte fiets.</p>
<h2>Voorwaarden</h2>
<ul>
<li>U bent 21 jaar of ouder. U heeft de AOW-leeftijd nog niet.</li>
<li>U heeft minstens 3 jaar een laag inkomen.</li>
<li>U heeft weinig spaargeld.</li>
<li>U heeft geprobeerd om meer te verdienen.</li>
</ul>
<h2>Hoeveel krijgt u?</h2>
<p>In 2026 is dat ongeveer € 450 voor een alleenstaande. Voor een gezin is het meer. U kunt de toeslag één keer per jaar krijgen.</p>
<h2>Aanvragen</h2>
<p>Vraag de toeslag online aan via <a href="https://www.dronten.nl/inkomenstoeslag">dronten.nl/inkomenstoeslag</a>. Stuur uw bankafschriften en inkomensgegevens mee. Binnen 8 weken krijgt u een besluit.</p>`,
    keywords: ['inkomenstoeslag', 'laag inkomen', 'toeslag', 'minima'],
    product: 'Individuele inkomenstoeslag',
    team: 'Werk, Inkomen & Leerrecht',
    visibility: 'public',
    status: 'published',
    reviewInDays: -33,
  },
  {
    slug: 'hulp-bij-schulden',
    title: 'Hulp bij schulden',
    question: 'Ik heb schulden. Waar kan ik hulp krijgen?',
    answerHtml: `<p>Heeft u rekeningen die u niet kunt betalen? Of ligt u 's nachts wakker van geldzorgen? U bent niet de enige. Vraag op tijd om hulp. Hoe eerder, hoe makkelijker het op te lossen is.</p>
<h2>Gratis hulp van de gemeente</h2>
<p>De gemeente helpt u gratis. U hoeft zich niet te schamen. Wij oordelen niet.</p>
<ol>
<li>Bel 14 0321 of vul het <a href="https://www.dronten.nl/schulden">formulier</a> in.</li>
<li>Binnen 3 werkdagen bellen wij u voor een eerste gesprek.</li>
<li>Samen zetten we uw inkomsten, uitgaven en schulden op een rij.</li>
<li>Daarna maken we een plan. Soms regelen we een afspraak met de mensen aan wie u geld moet betalen.</li>
</ol>
<h2>Dreigt u uit huis gezet te worden?</h2>
<p>Of dreigt het energiebedrijf u af te sluiten? Bel dan meteen. Wij helpen u dan nog dezelfde week.</p>
<h2>Liever eerst anoniem?</h2>
<p>Kijk op <a href="https://www.geldfit.nl">geldfit.nl</a>. Daar doet u een korte test. Een vrijwilliger van SchuldHulpMaatje kan ook met u meekijken.</p>`,
    keywords: ['schulden', 'schuldhulp', 'geldzorgen', 'budget'],
    product: 'Schuldhulpverlening',
    team: 'Werk, Inkomen & Leerrecht',
    visibility: 'public',
    status: 'published',
    reviewInDays: 140,
  },
  {
    slug: 'verlof-buiten-schoolvakanties',
    title: 'Verlof buiten de schoolvakanties',
    question: 'Mag mijn kind buiten de schoolvakantie vrij krijgen?',
    answerHtml: `<p>Kinderen van 5 tot 16 jaar moeten naar school. Dat heet leerplicht. Soms mag uw kind toch een dag of een paar dagen vrij krijgen.</p>
<h2>Wanneer mag het?</h2>
<ul>
<li>Bij een bruiloft of begrafenis in de familie.</li>
<li>Bij een verhuizing.</li>
<li>Als u door uw werk nooit in de schoolvakantie weg kunt. Bijvoorbeeld als u boer bent of in de horeca werkt.</li>
</ul>
<p>Een goedkopere vakantie of vroeg vertrekken om de file te missen is geen reden.</p>
<h2>Zo vraagt u het aan</h2>
<p>Vraag verlof aan bij de directeur van de school. Doe dat minstens 8 weken van tevoren. Neem bewijs mee, zoals een verklaring van uw werkgever.</p>
<h2>Meer dan 10 dagen?</h2>
<p>Dan beslist de leerplichtambtenaar van de gemeente. Dat aanvraagformulier krijgt u ook van de school.</p>
<h2>Zonder verlof weg?</h2>
<p>Dan kan de leerplichtambtenaar u een boete geven.</p>`,
    keywords: ['leerplicht', 'verlof', 'schoolvakantie', 'vrij vragen'],
    product: 'Leerplicht',
    team: 'Werk, Inkomen & Leerrecht',
    visibility: 'public',
    status: 'published',
    reviewInDays: 175,
  },
  {
    slug: 'werkinstructie-dreigende-huisuitzetting-of-afsluiting',
    title: 'Werkinstructie: beller met dreigende huisuitzetting of afsluiting',
    question: 'Wat doe ik als iemand belt die uit huis gezet wordt of afgesloten wordt van energie of water?',
    answerHtml: `<p>Dit is altijd spoed. Laat de beller niet wachten op een gewoon terugbelverzoek.</p>
<h2>Stappen</h2>
<ol>
<li>Vraag naar de <strong>datum</strong> van de ontruiming of afsluiting en naar de brief die de inwoner heeft gekregen.</li>
<li>Verbind warm door met het team Schuldhulpverlening. Leg de situatie eerst kort uit aan de collega.</li>
<li>Lukt doorverbinden niet? Maak een terugbelverzoek met product <strong>Schuldhulpverlening</strong>, vink <em>spoed</em> aan en bel de teamleider van Werk, Inkomen &amp; Leerrecht.</li>
<li>Vertel de inwoner dat een medewerker nog dezelfde dag belt.</li>
<li>Registreer het contact in Helder.</li>
</ol>
<h2>Geen geld voor eten</h2>
<p>Een medewerker schuldhulp kan een verwijzing naar de voedselbank geven. Zeg dat erbij.</p>
<h2>Zorgen over de veiligheid van de beller</h2>
<p>Hoor je dat de beller niet meer wil leven? Blijf in gesprek en verwijs naar 113 (0800-0113). Bij direct gevaar bel je 112.</p>`,
    keywords: ['huisuitzetting', 'afsluiting', 'spoed', 'schuldhulp'],
    product: 'Schuldhulpverlening',
    team: 'Werk, Inkomen & Leerrecht',
    visibility: 'internal',
    status: 'published',
    reviewInDays: 55,
  },

  // ------------------------------------------------------------------ Jeugd
  {
    slug: 'jeugdhulp',
    title: 'Hulp voor uw kind of gezin',
    question: 'Ik maak me zorgen over mijn kind. Waar kan ik terecht?',
    answerHtml: `<p>Opvoeden gaat niet altijd vanzelf. Heeft uw kind het moeilijk? Bijvoorbeeld op school, thuis of met vrienden? Of heeft u vragen over de opvoeding? U kunt bij ons terecht.</p>
<h2>Het jeugdteam</h2>
<p>Het jeugdteam van de gemeente luistert naar u en denkt met u mee. Vaak is een paar gesprekken al genoeg. Heeft uw kind meer hulp nodig? Dan zoeken wij samen de juiste hulp. De hulp is gratis.</p>
<h2>Zo neemt u contact op</h2>
<ul>
<li>Bel 14 0321 en vraag naar het jeugdteam.</li>
<li>Of stuur een bericht via het <a href="https://www.dronten.nl/jeugdteam">contactformulier</a>.</li>
<li>Jongeren kunnen ook zelf contact opnemen.</li>
</ul>
<h2>Via de huisarts</h2>
<p>Uw huisarts kan u ook doorverwijzen naar hulp. Bijvoorbeeld naar een psycholoog.</p>
<h2>Direct hulp nodig?</h2>
<p>Is er thuis geweld, of voelt uw kind zich niet veilig? Bel dan <a href="https://www.veiligthuis.nl">Veilig Thuis</a>: 0800-2000. Dat is gratis en kan dag en nacht. Bij direct gevaar belt u 112.</p>`,
    keywords: ['jeugdhulp', 'jeugdteam', 'opvoeding', 'kind'],
    product: 'Jeugdhulp',
    team: 'Jeugd',
    visibility: 'public',
    status: 'published',
    reviewInDays: 100,
  },
  {
    slug: 'leerlingenvervoer',
    title: 'Leerlingenvervoer',
    question: 'Mijn kind gaat naar een school ver weg. Kan de gemeente het vervoer regelen?',
    answerHtml: `<p>Moet uw kind ver reizen naar school? Of kan uw kind door een beperking niet zelf naar school? Dan kunt u misschien hulp krijgen bij het vervoer.</p>
<h2>Wanneer kunt u het krijgen?</h2>
<ul>
<li>De dichtstbijzijnde passende school is meer dan 6 kilometer van uw huis.</li>
<li>Of uw kind kan door een beperking niet zelf reizen.</li>
</ul>
<h2>Wat krijgt u?</h2>
<p>Wij kijken eerst wat uw kind zelf kan. Bijvoorbeeld fietsen of met de bus reizen. U krijgt dan een vergoeding. Lukt dat niet? Dan rijdt uw kind mee met een taxi of busje.</p>
<h2>Aanvragen</h2>
<p>Vraag het vervoer aan voor 1 mei. Dan is het geregeld bij de start van het nieuwe schooljaar. Dat doet u online via <a href="https://www.dronten.nl/leerlingenvervoer">dronten.nl/leerlingenvervoer</a>. Stuur een verklaring van de school mee.</p>
<h2>Eigen bijdrage</h2>
<p>Gaat uw kind naar een gewone basisschool? Dan betaalt u soms een eigen bijdrage. Dat hangt af van uw inkomen.</p>`,
    keywords: ['leerlingenvervoer', 'schoolvervoer', 'taxi', 'speciaal onderwijs'],
    product: 'Leerlingenvervoer',
    team: 'Jeugd',
    visibility: 'public',
    status: 'published',
    reviewInDays: -90,
  },
  {
    slug: 'werkinstructie-zorgen-over-kind',
    title: 'Werkinstructie: beller maakt zich zorgen over een kind',
    question: 'Wat doe ik als een beller zich zorgen maakt over de veiligheid van een kind?',
    answerHtml: `<p>Soms belt iemand omdat hij zich zorgen maakt over een kind. Bijvoorbeeld een buurman of een familielid. Neem het altijd serieus.</p>
<h2>Stappen</h2>
<ol>
<li>Is het kind nu in gevaar? Zeg dat de beller <strong>112</strong> moet bellen. Of bel zelf 112 als de beller dat niet kan.</li>
<li>Geen direct gevaar? Verwijs naar <strong>Veilig Thuis: 0800-2000</strong>. Zij zijn er dag en nacht. De beller mag anoniem blijven.</li>
<li>Wil de beller liever met de gemeente praten? Maak een terugbelverzoek met product <strong>Jeugdhulp</strong> en vink <em>spoed</em> aan. Het jeugdteam belt dezelfde dag.</li>
<li>Noteer alleen wat je nodig hebt: naam van het kind, adres en de zorg in het kort.</li>
</ol>
<h2>Let op</h2>
<ul>
<li>Beloof niet dat alles geheim blijft.</li>
<li>Ga niet zelf onderzoeken of bellen met het gezin.</li>
<li>Zo'n gesprek kan zwaar zijn. Praat erover met je teamleider.</li>
</ul>`,
    keywords: ['veilig thuis', 'kindermishandeling', 'zorgen', 'spoed'],
    product: 'Jeugdhulp',
    team: 'Jeugd',
    visibility: 'internal',
    status: 'published',
    reviewInDays: 70,
  },

  // ------------------------------------------------------------------ Economie en Ondernemersloket
  {
    slug: 'ondernemersloket',
    title: 'Ondernemersloket',
    question: 'Ik wil een bedrijf beginnen in Dronten. Waar kan ik terecht?',
    answerHtml: `<p>Wilt u een bedrijf starten? Of heeft u al een bedrijf in Dronten, Biddinghuizen of Swifterbant? Het Ondernemersloket helpt u graag. Wij zijn uw vaste aanspreekpunt bij de gemeente.</p>
<h2>Waarmee helpen wij?</h2>
<ul>
<li>Vragen over vergunningen, zoals voor een terras of een reclamebord.</li>
<li>Een geschikte plek of pand voor uw bedrijf.</li>
<li>Regels voor een bedrijf aan huis.</li>
<li>Contact met andere ondernemers en de ondernemersverenigingen.</li>
</ul>
<h2>Starten</h2>
<p>Schrijf uw bedrijf in bij de <a href="https://www.kvk.nl">Kamer van Koophandel</a>. Daar vindt u ook veel informatie over belasting en verzekeringen. Wilt u vanuit huis werken? Vraag ons dan eerst of dat mag op uw adres.</p>
<h2>Contact</h2>
<p>Bel 14 0321 en vraag naar het Ondernemersloket. Of stuur een e-mail via het <a href="https://www.dronten.nl/ondernemers">contactformulier voor ondernemers</a>. Wij reageren binnen 2 werkdagen.</p>`,
    keywords: ['ondernemer', 'bedrijf starten', 'ondernemersloket', 'kvk'],
    product: 'Ondernemersloket',
    team: 'Economie en Ondernemersloket',
    visibility: 'public',
    status: 'published',
    reviewInDays: 210,
  },
  {
    slug: 'drank-en-horecavergunning',
    title: 'Alcoholvergunning (drank- en horecavergunning)',
    question: 'Heb ik een vergunning nodig om alcohol te schenken in mijn café?',
    answerHtml: `<p>Schenkt of verkoopt u alcohol in uw café, restaurant of sportkantine? Dan heeft u een alcoholvergunning nodig. Vroeger heette dit de drank- en horecavergunning.</p>
<h2>Voorwaarden</h2>
<ul>
<li>Elke leidinggevende is minstens 21 jaar oud.</li>
<li>Elke leidinggevende heeft een Verklaring Sociale Hygiëne.</li>
<li>Uw pand voldoet aan de eisen, bijvoorbeeld voor ventilatie en toiletten.</li>
</ul>
<h2>Aanvragen</h2>
<p>Vraag de vergunning aan met het <a href="https://www.dronten.nl/alcoholvergunning">online formulier</a>. Vul ook een vragenlijst in over uw bedrijf en de geldstromen. Dat heet het Bibob-onderzoek. Binnen 8 weken krijgt u een besluit.</p>
<h2>Verandert er iets?</h2>
<p>Komt er een nieuwe leidinggevende? Meld dat dan bij ons. U hoeft geen nieuwe vergunning aan te vragen.</p>
<h2>Alcohol bij een evenement</h2>
<p>Wilt u bier of wijn schenken op een feest of evenement? Dan vraagt u een ontheffing aan. Doe dat minstens 4 weken van tevoren.</p>`,
    keywords: ['alcoholvergunning', 'horeca', 'alcohol', 'sociale hygiene'],
    product: 'Drank- en horecavergunning',
    team: 'Economie en Ondernemersloket',
    visibility: 'public',
    status: 'published',
    reviewInDays: 95,
  },
  {
    slug: 'bedrijfskavel-kopen',
    title: 'Bedrijfskavel kopen',
    question: 'Heeft de gemeente nog bedrijfskavels te koop?',
    answerHtml: `<p>Zoekt u grond om een bedrijfspand te bouwen? De gemeente verkoopt kavels op bedrijventerreinen in Dronten, Biddinghuizen en Swifterbant.</p>
<h2>Welke kavels zijn er?</h2>
<p>Op de <a href="https://www.dronten.nl/bedrijfskavels">kaart met bedrijfskavels</a> ziet u welke kavels te koop zijn. U ziet ook hoe groot ze zijn en wat ze kosten per vierkante meter.</p>
<h2>Zo gaat het</h2>
<ol>
<li>U neemt contact op met het Ondernemersloket.</li>
<li>Wij bespreken uw plannen en kijken welke kavel past.</li>
<li>U kunt een kavel een tijd in optie nemen.</li>
<li>Daarna tekent u de koopovereenkomst.</li>
</ol>
<h2>Goed om te weten</h2>
<p>Op elk terrein gelden regels voor wat u mag bouwen. Bijvoorbeeld hoe hoog het pand mag zijn. Wij vertellen u dat in het eerste gesprek.</p>`,
    keywords: ['bedrijfskavel', 'bedrijventerrein', 'grond kopen'],
    product: 'Bedrijfskavel of vestiging',
    team: 'Economie en Ondernemersloket',
    visibility: 'public',
    status: 'draft',
    reviewInDays: 21,
  },

  // ------------------------------------------------------------------ Communicatie
  {
    slug: 'werkinstructie-persvraag',
    title: 'Werkinstructie: een journalist belt',
    question: 'Wat doe ik als een journalist belt met een vraag?',
    answerHtml: `<p>Journalisten krijgen antwoord van de afdeling Communicatie. Geef zelf geen reactie namens de gemeente, ook niet "off the record".</p>
<h2>Stappen</h2>
<ol>
<li>Vraag naar de naam, het medium en het telefoonnummer van de journalist.</li>
<li>Vraag waar de vraag over gaat en wanneer de journalist een antwoord nodig heeft (deadline).</li>
<li>Verbind door met de persvoorlichter van dienst. Het nummer staat op intranet.</li>
<li>Geen gehoor? Maak een terugbelverzoek met product <strong>Persvraag</strong> en zet de deadline in de toelichting.</li>
</ol>
<h2>Let op</h2>
<ul>
<li>Vraagt een inwoner iets en zegt hij dat hij journalist is? Behandel de vraag dan ook als persvraag.</li>
<li>Geef nooit informatie over inwoners of medewerkers.</li>
<li>Bij een crisis of calamiteit verwijs je altijd naar de persvoorlichter.</li>
</ul>`,
    keywords: ['pers', 'journalist', 'media', 'woordvoerder'],
    product: 'Persvraag',
    team: 'Communicatie',
    visibility: 'internal',
    status: 'published',
    reviewInDays: 160,
  },
  {
    slug: 'werkinstructie-reageren-op-social-media',
    title: 'Werkinstructie: reageren op berichten via social media',
    question: 'Hoe reageer ik op een vraag of klacht via Facebook of Instagram?',
    answerHtml: `<p>Webcare beantwoordt berichten op Facebook, Instagram en LinkedIn op werkdagen van 8.30 tot 17.00 uur.</p>
<h2>Stappen</h2>
<ol>
<li>Reageer binnen 4 uur, ook als je nog geen antwoord hebt.</li>
<li>Gaat de vraag over persoonlijke gegevens? Vraag de inwoner om een privébericht te sturen. Geef geen persoonsgegevens in een openbare reactie.</li>
<li>Zoek het antwoord in de kennisbank. Kopieer de tekst niet helemaal, maar schrijf kort en persoonlijk.</li>
<li>Registreer het contact in Helder met kanaal <em>social media</em> en het juiste product.</li>
</ol>
<h2>Negatieve berichten</h2>
<ul>
<li>Reageer feitelijk en vriendelijk. Ga niet in discussie.</li>
<li>Verwijder alleen berichten met schelden, discriminatie of bedreiging. Maak eerst een schermafbeelding.</li>
<li>Veel reacties op één onderwerp? Meld het bij de persvoorlichter.</li>
</ul>`,
    keywords: ['webcare', 'facebook', 'instagram', 'social media'],
    product: 'Website en social media',
    team: 'Communicatie',
    visibility: 'internal',
    status: 'draft',
    reviewInDays: 30,
  },
];

export interface DemoSynonym {
  term: string;
  synonyms: string[];
}

export const DEMO_SYNONYMS: DemoSynonym[] = [
  { term: 'kliko', synonyms: ['container', 'minicontainer', 'afvalcontainer'] },
  { term: 'vuilnisbak', synonyms: ['container', 'afvalbak', 'vuilnisemmer'] },
  { term: 'id-kaart', synonyms: ['identiteitskaart', 'identiteitsbewijs'] },
  { term: 'paspoort', synonyms: ['reisdocument', 'reispas'] },
  { term: 'vog', synonyms: ['verklaring omtrent het gedrag', 'verklaring goed gedrag'] },
  { term: 'brp', synonyms: ['basisregistratie personen', 'gemeentelijke basisadministratie', 'gba'] },
  { term: 'uittreksel', synonyms: ['bewijs van inschrijving', 'afschrift'] },
  { term: 'ozb', synonyms: ['onroerendezaakbelasting', 'onroerende zaakbelasting'] },
  { term: 'woz', synonyms: ['woz-waarde', 'waarde onroerende zaken', 'huiswaarde'] },
  { term: 'aanslag', synonyms: ['belastingaanslag', 'aanslagbiljet', 'belastingbrief'] },
  { term: 'bijstand', synonyms: ['uitkering', 'bijstandsuitkering', 'participatiewet'] },
  { term: 'schuldhulp', synonyms: ['schuldhulpverlening', 'schuldsanering', 'geldzorgen'] },
  { term: 'wmo', synonyms: ['ondersteuning thuis', 'maatschappelijke ondersteuning'] },
  { term: 'regiotaxi', synonyms: ['deeltaxi', 'wmo-taxi', 'regio taxi'] },
  { term: 'scootmobiel', synonyms: ['scooter', 'elektrische rolstoel', 'invalidenwagen'] },
  { term: 'gehandicaptenparkeerkaart', synonyms: ['invalidenparkeerkaart', 'invalidenkaart', 'gpk'] },
  { term: 'grofvuil', synonyms: ['grof afval', 'grofafval', 'grof huishoudelijk afval'] },
  { term: 'afvalbrengpunt', synonyms: ['milieustraat', 'stortplaats', 'vuilstort'] },
  { term: 'pmd', synonyms: ['plastic afval', 'plastic', 'verpakkingen'] },
  { term: 'gft', synonyms: ['groenafval', 'groente- fruit- en tuinafval', 'groene container'] },
  { term: 'lantaarnpaal', synonyms: ['straatlantaarn', 'straatverlichting', 'lantaarn'] },
  { term: 'kapvergunning', synonyms: ['boom kappen', 'omgevingsvergunning kappen', 'bomen omzagen'] },
  { term: 'omgevingsvergunning', synonyms: ['bouwvergunning', 'vergunning verbouwen'] },
  { term: 'schutting', synonyms: ['erfafscheiding', 'hek', 'tuinscheiding'] },
  { term: 'alcoholvergunning', synonyms: ['drank- en horecavergunning', 'drankvergunning', 'horecavergunning'] },
];
