// Party search at scale: GET /api/parties?q=… as the contact centre types it, on PostgreSQL with
// 1,000,000 parties (issue 11: p95 under 20 ms). The benchmark creates its own database
// (helder_bench_parties), migrates it, loads Dutch parties with set-based SQL (names with a
// realistic skew, phone numbers, e-mail addresses, postcodes, KvK numbers), checks a sample of
// the derived search columns against the TypeScript functions that normally write them, and then
// searches through the whole application (buildApp + inject, logged in as the demo contact centre
// account: validation, access, the search, the page's addresses and identifiers, the audit event).
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/party-search.bench.ts
// DATABASE_URL names the server (its database is only used to create and drop the benchmark's own).
// Settings (environment): BENCH_PARTIES (1000000), BENCH_PER_KIND (200 searches per kind of query),
// BENCH_WARMUP (300), BENCH_DATABASE (helder_bench_parties; must start with helder_bench_),
// BENCH_KEEP=1 (keep the database afterwards, for EXPLAIN by hand), BENCH_REUSE=1 (use a kept
// database of the same size instead of loading again), BENCH_EXPLAIN=1 (print EXPLAIN (ANALYZE,
// BUFFERS) of the search statement for one query of every kind).
import { cpus, loadavg, totalmem } from 'node:os';
import { parsePartyQuery } from '@helder/domain';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { type Database, type Db, migrateDatabase } from '../apps/server/src/db/client.js';
import * as schema from '../apps/server/src/db/schema.js';
import { seedDemo } from '../apps/server/src/demo/seed.js';
import { cleanAddress, digitalAddressKey, displayName, partyAddressKey, partySearchText, type StoredAddress } from '../apps/server/src/parties/fields.js';
import { percentile } from './server.js';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_NAME = process.env.BENCH_DATABASE ?? 'helder_bench_parties';
const PARTIES = Number((process.env.BENCH_PARTIES ?? '1000000').replaceAll('_', ''));
const PER_KIND = Number(process.env.BENCH_PER_KIND ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
const KEEP = process.env.BENCH_KEEP === '1';
const REUSE = process.env.BENCH_REUSE === '1';
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
const BAR_MS = 20;

if (!/^helder_bench_[a-z0-9_]+$/.test(DB_NAME)) {
  console.error(`BENCH_DATABASE must start with helder_bench_ (it is dropped): ${DB_NAME}`);
  process.exit(2);
}
if (!Number.isInteger(PARTIES) || PARTIES < 1000) {
  console.error('BENCH_PARTIES must be a whole number of at least 1000');
  process.exit(2);
}

function urlFor(database: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}
const BENCH_URL = urlFor(DB_NAME);

// ---------------------------------------------------------------------------------------------
// Dutch names, streets and places. Surnames: the hundred most common (CBS, in order of frequency)
// carry 13% of the parties, skewed (de Jong about 0.5%, Jansen and de Vries 0.3-0.4%, rank 100
// about 0.08%, roughly as in the Netherlands); 40% get a name of a root and an ending (Hoekstra,
// Brinkman: a few thousand names, hundreds of bearers each), 44% one of two roots and an ending
// (Veenhorstsma: a long tail, most of them shared by a handful), 3% three syllables that nearly
// nobody else has.

const COMMON_SURNAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen',
  'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet',
  'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman',
  'Peeters', 'de Jonge', 'Kuipers', 'van Veen', 'Post', 'Kuiper', 'Veenstra', 'Kramer', 'van den Brink', 'Scholten',
  'van Wijk', 'Postma', 'Martens', 'Vink', 'de Ruiter', 'Timmermans', 'Groen', 'Gerritsen', 'Jonker', 'van Loon',
  'Boer', 'van der Velde', 'Willemsen', 'Smeets', 'de Lange', 'de Vos', 'Bosch', 'van Dongen', 'Schipper', 'de Koning',
  'van der Laan', 'Koning', 'van der Velden', 'Driessen', 'van Doorn', 'Hermans', 'Evers', 'van den Bosch', 'van der Meulen', 'Hofman',
  'Bosman', 'Wolters', 'Sanders', 'van der Horst', 'Mol', 'Kuijpers', 'Molenaar', 'Yılmaz', 'de Leeuw', 'Verbeek',
];
const TAIL_ROOTS = [
  'Hoek', 'Brink', 'Veen', 'Berg', 'Kamp', 'Molen', 'Wal', 'Dijk', 'Bosch', 'Haar', 'Horst', 'Steen', 'Velde', 'Heuvel', 'Laar',
  'Linde', 'Broek', 'Water', 'Land', 'Hout', 'Akker', 'Weide', 'Beek', 'Hof', 'Burg', 'Sloot', 'Hage', 'Dam', 'Kerk', 'Rijn',
  'Zand', 'Vliet', 'Wouden', 'Hamer', 'Kooi', 'Sluis', 'Polder', 'Dorp', 'Venne', 'Meer', 'Duin', 'Gras', 'Riet', 'Ploeg', 'Schaap',
  'Vogel', 'Visch', 'Zwaan', 'Appel', 'Peer', 'Eik', 'Wilg', 'Berk', 'Haan', 'Lam', 'Hert', 'Wolf', 'Bakker', 'Smid', 'Kuiper',
  'Wever', 'Visser', 'Mulder', 'Schilder', 'Brouwer', 'Snijder', 'Koopman', 'Boer', 'Herder', 'Jager', 'Timmer', 'Metsel', 'Klomp', 'Gerrit', 'Harm',
  'Jan', 'Klaas', 'Sijb', 'Wiebe', 'Tjeerd', 'Douwe', 'Sjoerd', 'Hidde', 'Atse', 'Folkert', 'Öz', 'Çel', 'Aydın', 'Şah', 'Bouz',
];
const TAIL_SUFFIXES = [
  '', 'stra', 'man', 'mans', 'sma', 'ema', 'ink', 'ing', 'er', 'ers', 'huis', 'kamp', 'boom', 'veld', 'stee', 'werf', 'hof', 'enga',
  'inga', 'sen', 's', 'ling', 'kes', 'horst', 'beek', 'emir', 'ik', 'oğlu',
];
const TAIL_PREFIXES = ['van', 'van de', 'van der', 'van den', 'de', 'ter', 'ten', "'t", 'op de', 'in het', 'van het', 'den'];
const SYLLABLES = [
  'ka', 'lo', 'mi', 'ru', 'te', 'so', 'na', 'vi', 'de', 'bo', 'ze', 'ha', 'ri', 'ul', 'ko', 'ma', 'fe', 'gu', 'ja', 'ni',
  'pe', 'sa', 'to', 'wi', 'xe', 'yo', 'ba', 'ce', 'di', 'fo', 'ge', 'hu', 'ki', 'le', 'mo', 'nu', 'po', 'qu', 're', 'su',
];
const FIRST_NAMES = [
  'Jan', 'Maria', 'Johannes', 'Anna', 'Peter', 'Cornelis', 'Johanna', 'Hendrik', 'Willem', 'Elisabeth', 'Daan', 'Emma', 'Sem', 'Julia',
  'Lucas', 'Sophie', 'Mark', 'Linda', 'Kees', 'Henk', 'Gerrit', 'Piet', 'Dirk', 'Klaas', 'Wilhelmina', 'Cornelia', 'Levi', 'Mila',
  'Finn', 'Tess', 'Milan', 'Zoë', 'Noah', 'Sara', 'Luuk', 'Eva', 'Bram', 'Lotte', 'Thijs', 'Fleur', 'Lieke', 'Sanne', 'Anouk',
  'Iris', 'Femke', 'Marieke', 'Sandra', 'Monique', 'Petra', 'Ingrid', 'Karin', 'Esther', 'Marloes', 'Dennis', 'Erik', 'Jeroen',
  'Martijn', 'Bas', 'Sander', 'Rob', 'Richard', 'Michel', 'Frank', 'Hans', 'Gert', 'Ruud', 'Wim', 'Ton', 'Ad', 'Joost', 'Niels',
  'Stijn', 'Ruben', 'Tim', 'Jesse', 'Kevin', 'Mohamed', 'Ahmed', 'Fatima', 'Yasmina', 'Mehmet', 'Ayşe', 'Zeynep', 'Emre', 'Anaïs',
  'Chloë', 'René', 'André', 'Jan-Willem', 'Marie-José', 'Geert', 'Harm', 'Jelle', 'Sjoerd', 'Wiebe', 'Tjitske', 'Hilde', 'Ilse',
  'Joke', 'Greetje', 'Aaltje', 'Trijntje', 'Berend', 'Arend', 'Lars', 'Nadia', 'Olaf', 'Priya', 'Umut', 'Vera', 'Yara', 'Oksana',
  'Rianne', 'Tamara', 'Chantal', 'Hanneke', 'Ibrahim', 'Jolanda', 'Nguyen', 'Wei', 'Dmitri', 'Agnieszka', 'Kübra', 'Gülşen', 'Éva',
];
const INITIAL_LETTERS = 'AJMPCHWEGKLSTRDBFNIYZO';
const BUSINESS_KINDS = [
  'Bakkerij', 'Autobedrijf', 'Installatiebedrijf', 'Hoveniersbedrijf', 'Schildersbedrijf', 'Kapsalon', 'Fysiotherapie',
  'Administratiekantoor', 'Bouwbedrijf', 'Loonbedrijf', 'Melkveebedrijf', 'Akkerbouwbedrijf', 'Transportbedrijf', 'Stichting',
  'Vereniging', 'Café', 'Restaurant', 'Garage', 'Timmerbedrijf', 'Tandartspraktijk', 'Loodgietersbedrijf', 'Rijschool',
  'Bloemenhandel', 'Slagerij', 'Dierenartsenpraktijk', 'Kinderopvang', 'Zorgboerderij', 'Uitzendbureau', 'Makelaardij', 'Fietsenmaker',
];
const BUSINESS_SUFFIXES = ['', '', ' B.V.', ' B.V.', ' V.O.F.', ' en Zn.', ' & Partners', ' Holding B.V.'];
const STREETS = [
  'De Rede', 'Het Ruim', 'De Schalm', 'Wisentweg', 'Educalaan', 'Fazantenweg', 'Reigerweg', 'Spoorstraat', 'Dorpsstraat',
  'Kerkstraat', 'Molenweg', 'Hoofdweg', 'Schoolstraat', 'Lindenlaan', 'Beukenlaan', 'Eikenlaan', 'Stationsweg', 'De Gilden',
  'De Noord', 'Het Zuid', 'Oostrand', 'Ketelmeerstraat', 'Swifterweg', 'Biddingweg', 'Elandweg', 'Edisonweg', 'Pascalweg',
  'De Zeis', 'De Kiel', 'Het Spoor', 'Sternweg', 'Kokkelstraat', 'Zuiderzeestraat', 'Meeuwenweg', 'Kievitlaan', 'Ibisweg',
  'Nieuwe Markt', 'Oude Haven', 'Prins Bernhardlaan', 'Julianastraat', 'Wilhelminastraat', 'Kanaalweg', 'Vaart Zuid', 'Vaart Noord',
];
/** Four-digit postcodes with their place; Dronten's own (8251-8256) most often. */
const AREAS: [string, string][] = [
  ['8251', 'Dronten'], ['8252', 'Dronten'], ['8253', 'Dronten'], ['8254', 'Dronten'], ['8255', 'Swifterbant'], ['8256', 'Biddinghuizen'],
  ['8251', 'Dronten'], ['8252', 'Dronten'], ['8253', 'Dronten'], ['8251', 'Dronten'],
  ['8211', 'Lelystad'], ['8212', 'Lelystad'], ['8219', 'Lelystad'], ['8223', 'Lelystad'], ['8224', 'Lelystad'], ['8225', 'Lelystad'],
  ['8231', 'Lelystad'], ['8232', 'Lelystad'], ['8233', 'Lelystad'], ['8241', 'Lelystad'], ['8242', 'Lelystad'], ['8243', 'Lelystad'],
  ['8261', 'Kampen'], ['8262', 'Kampen'], ['8263', 'Kampen'], ['8264', 'Kampen'], ['8265', 'Kampen'], ['8266', 'Kampen'],
  ['3891', 'Zeewolde'], ['3892', 'Zeewolde'], ['3893', 'Zeewolde'], ['3894', 'Zeewolde'], ['3895', 'Zeewolde'], ['3896', 'Zeewolde'],
  ['8301', 'Emmeloord'], ['8302', 'Emmeloord'], ['8303', 'Emmeloord'], ['8304', 'Emmeloord'], ['8305', 'Emmeloord'],
  ['3841', 'Harderwijk'], ['3842', 'Harderwijk'], ['3843', 'Harderwijk'], ['3844', 'Harderwijk'], ['3845', 'Harderwijk'],
  ['1311', 'Almere'], ['1312', 'Almere'], ['1313', 'Almere'], ['1314', 'Almere'], ['1315', 'Almere'], ['1316', 'Almere'],
  ['1321', 'Almere'], ['1323', 'Almere'], ['1325', 'Almere'], ['1333', 'Almere'], ['1335', 'Almere'], ['1343', 'Almere'],
  ['8071', 'Nunspeet'], ['8081', 'Elburg'], ['8091', 'Wezep'], ['8271', 'IJsselmuiden'], ['8281', 'Genemuiden'], ['8011', 'Zwolle'],
  ['8012', 'Zwolle'], ['8013', 'Zwolle'], ['8014', 'Zwolle'], ['8021', 'Zwolle'], ['8022', 'Zwolle'], ['8023', 'Zwolle'],
];
const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';
const MAIL_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com', 'hotmail.com', 'outlook.com', 'live.nl', 'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'home.nl', 'icloud.com', 'xs4all.nl', 'hetnet.nl'];

const lit = (value: string) => `'${value.replaceAll("'", "''")}'`;
const arr = (list: readonly string[]) => `array[${list.map(lit).join(', ')}]::text[]`;
/** Element 1 + floor(n · r^power) of an array: power 1 uniform, higher skews towards the start. */
const pick = (list: readonly string[], r: string, power = 1) => `(${arr(list)})[1 + floor(${list.length} * power(${r}, ${power}))::int]`;

/** Lower case, the accents of the names above taken off, words only: what searchWords does for these names. */
const UNACCENT_FROM = 'ÁÀÂÄÃÅÇÉÈÊËÍÌÎÏİÑÓÒÔÖÕÚÙÛÜÝŞĞáàâäãåçéèêëíìîïıñóòôöõúùûüýÿşğ';
const UNACCENT_TO = 'AAAAAACEEEEIIIIINOOOOOUUUUYSGaaaaaaceeeeiiiiinooooouuuuyysg';

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Loading.

async function load(client: pg.Client): Promise<void> {
  const started = performance.now();
  const step = async (label: string, text: string) => {
    const t = performance.now();
    const result = await client.query(text);
    console.log(`  ${label}: ${result.rowCount ?? ''} (${seconds(t)})`);
  };
  await client.query('set maintenance_work_mem = \'1GB\'');
  await client.query('set work_mem = \'256MB\'');
  // The loader writes consistent rows itself: foreign keys are not checked row by row (superuser only).
  await client.query('set session_replication_role = replica').catch(() => console.log('  (foreign keys checked during the load: not a superuser)'));
  // The search indexes are built once, after the load, from their own definitions.
  const { rows: indexes } = await client.query<{ name: string; def: string }>(`
    select indexname as name, indexdef as def from pg_indexes
    where schemaname = 'public' and tablename in ('parties', 'digital_addresses', 'party_identifiers')
      and indexname not in (select conname from pg_constraint)`);
  for (const index of indexes) await client.query(`drop index "${index.name}"`);

  await client.query(`
    create function pg_temp.bench_words(t text) returns text language sql immutable as $$
      select coalesce(string_agg(w, ' ' order by first), '') from (
        select w, min(ord) as first
        from regexp_split_to_table(lower(translate(t, ${lit(UNACCENT_FROM)}, ${lit(UNACCENT_TO)})), '[^a-z0-9]+') with ordinality as x(w, ord)
        where w <> '' group by w
      ) y
    $$`);

  await client.query('select setseed(0.1111)');
  // One row of dice per party.
  await step('random numbers', `
    create unlogged table bench_dice as
    select n, ${Array.from({ length: 27 }, (_, i) => `random() as r${i}`).join(', ')}
    from generate_series(1, ${PARTIES}) n`);

  // Surname (with prefix) per party, and the name parts.
  const commonPrefix = COMMON_SURNAMES.map((s) => /^(.*?)\s*([^ ]+)$/.exec(s)![1]!);
  const commonSurname = COMMON_SURNAMES.map((s) => /^(.*?)\s*([^ ]+)$/.exec(s)![2]!);
  const capitalise = (e: string) => `upper(left(${e}, 1)) || substr(${e}, 2)`;
  await step('name parts', `
    create unlogged table bench_names as
    select n,
      r0 < 0.10 as business,
      case
        when r1 < 0.13 then nullif((${arr(commonPrefix)})[c], '')
        when r1 < 0.97 then case when r4 < 0.22 then ${pick(TAIL_PREFIXES, 'r5', 1.6)} end
      end as prefix,
      case
        when r1 < 0.13 then (${arr(commonSurname)})[c]
        when r1 < 0.53 then ${pick(TAIL_ROOTS, 'r2', 1.3)} || ${pick(TAIL_SUFFIXES, 'r3', 1.2)}
        when r1 < 0.97 then ${pick(TAIL_ROOTS, 'r2', 1.3)} || lower(${pick(TAIL_ROOTS, 'r26', 1.3)}) || ${pick(TAIL_SUFFIXES, 'r3', 1.2)}
        else ${capitalise(`${pick(SYLLABLES, 'r2')} || ${pick(SYLLABLES, 'r3')} || ${pick(SYLLABLES, 'r5')}`)}
      end as surname,
      ${pick(FIRST_NAMES, 'r6', 1.3)} as first,
      r7 < 0.7 as with_first,
      case when r8 < 0.4 then ${pick(INITIAL_LETTERS.split(''), 'r9', 1.5)} || '.' end as second_initial,
      r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22, r23, r24, r25
    from (select *, 1 + floor(${COMMON_SURNAMES.length} * power(r2, 1.45))::int as c from bench_dice) d`);

  await step('parties (staged)', `
    create unlogged table bench_parties as
    select n, gen_random_uuid() as id, business,
      case when business then null else upper(left(translate(first, ${lit(UNACCENT_FROM)}, ${lit(UNACCENT_TO)}), 1)) || '.' || coalesce(second_initial, '') end as initials,
      case when not business and with_first then first end as first_name,
      case when not business then prefix end as surname_prefix,
      case when not business then surname end as surname,
      case when business then ${pick(BUSINESS_KINDS, 'r10', 1.3)} || ' ' || concat_ws(' ', ${capitalise('prefix')}, surname) || ${pick(BUSINESS_SUFFIXES, 'r11')} end as business_name,
      case when r12 < 0.95 then ${pick(AREAS.map((a) => a[0]), 'r13', 1.4)} end as pc4,
      case when r12 < 0.95 then ${pick(AREAS.map((a) => a[1]), 'r13', 1.4)} end as city,
      ${pick(POSTCODE_LETTERS.split(''), 'r14')} || ${pick(POSTCODE_LETTERS.split(''), 'r15')} as letters,
      ${pick(STREETS, 'r16', 1.2)} as street,
      1 + floor(180 * power(r17, 2))::int as house,
      case when r18 < 0.06 then ${pick(['a', 'b', 'c', 'A', 'B', '-1', '-2', 'bis'], 'r19')} end as house_suffix,
      r20, r21, r22, r23, r24, r25
    from bench_names`);

  await step('parties', `
    insert into parties (id, kind, name, initials, first_name, surname_prefix, surname, visit_address, address_key, search_text, created_at, updated_at)
    select id,
      case when business then 'business' else 'resident' end,
      case when business then business_name else concat_ws(' ', coalesce(first_name, initials), surname_prefix, surname) end,
      initials, first_name, surname_prefix, surname,
      case when pc4 is not null then jsonb_strip_nulls(jsonb_build_object('street', street, 'houseNumber', house, 'houseNumberSuffix', house_suffix,
        'postcode', pc4 || ' ' || letters, 'city', city)) end,
      case when pc4 is not null then pc4 || letters || ' ' || house end,
      case when business then pg_temp.bench_words(business_name) else pg_temp.bench_words(concat_ws(' ', initials, first_name, surname_prefix, surname)) end,
      now() - (r20 * interval '3 years'), now() - (r20 * interval '1 year')
    from bench_parties`);

  // Phone numbers: every party a mobile or a landline, 45% a second one, in the notations people write.
  const mobile = (r: string) => `lpad(floor((${r}) * 100000000)::bigint::text, 8, '0')`;
  const landline = (r: string) => `lpad(floor((${r}) * 1000000)::bigint::text, 6, '0')`;
  await step('phone numbers', `
    insert into digital_addresses (party_id, kind, value, key, is_default, created_at, updated_at)
    select id, 'phone',
      case
        when landline then case when r23 < 0.6 then area || '-' || substr(digits, 1, 3) || ' ' || substr(digits, 4) else area || digits end
        when r23 < 0.5 then '06-' || digits
        when r23 < 0.75 then '06' || digits
        when r23 < 0.85 then '06 ' || substr(digits, 1, 2) || ' ' || substr(digits, 3, 2) || ' ' || substr(digits, 5, 2) || ' ' || substr(digits, 7)
        when r23 < 0.95 then '+31 6 ' || digits
        else '+316' || digits
      end,
      case when landline then '31' || substr(area, 2) || digits else '316' || digits end,
      second = 0, now() - (r20 * interval '3 years'), now()
    from (
      select p.id, s.second, p.r20, p.r23 + s.second * 0.37 - floor(p.r23 + s.second * 0.37) as r23,
        (case when s.second = 0 then p.r21 else p.r22 end) < (case when p.business then 0.6 else 0.12 end) as landline,
        ${pick(['0321', '0321', '0321', '0320', '0525'], 'p.r24')} as area,
        case when (case when s.second = 0 then p.r21 else p.r22 end) < (case when p.business then 0.6 else 0.12 end)
          then ${landline('p.r25 * (1 + s.second * 7) - floor(p.r25 * (1 + s.second * 7))')}
          else ${mobile('p.r25 * (1 + s.second * 7) - floor(p.r25 * (1 + s.second * 7))')} end as digits
      from bench_parties p cross join generate_series(0, 1) s(second)
      where s.second = 0 or p.r24 < 0.45
    ) x`);

  // E-mail addresses: 60% of the residents, 85% of the businesses; the key is the lower-case address.
  const plain = (e: string) => `regexp_replace(lower(translate(${e}, ${lit(UNACCENT_FROM)}, ${lit(UNACCENT_TO)})), '[^a-z0-9]', '', 'g')`;
  await step('e-mail addresses', `
    insert into digital_addresses (party_id, kind, value, key, is_default, created_at, updated_at)
    select id, 'email', value, lower(value), true, now() - (r20 * interval '3 years'), now()
    from (
      select id, r20,
        case
          when business then 'info@' || ${plain('business_name')} || '.nl'
          else case when r21 < 0.5 then ${plain('coalesce(first_name, left(initials, 1))')} || '.' else ${plain('left(initials, 1)')} end
            || ${plain('concat_ws(\' \', surname_prefix, surname)')}
            || case when r22 < 0.3 then (1 + floor(r25 * 99))::int::text else '' end
            || '@' || ${pick(MAIL_DOMAINS, 'r24')}
        end as value
      from bench_parties
      where (business and r23 < 0.85) or (not business and r23 < 0.6)
    ) x`);
  // Some people write their address with capitals; the key stays lower case.
  await step('e-mail addresses with capitals', `
    update digital_addresses set value = initcap(split_part(value, '@', 1)) || '@' || split_part(value, '@', 2)
    where kind = 'email' and right(id::text, 1) in ('0', '1')`);

  await step('KvK numbers', `
    insert into party_identifiers (party_id, object_type, id_kind, register, value)
    select id, 'niet_natuurlijk_persoon', 'kvk_nummer', 'hr', (10000000 + floor(r25 * 89999999))::bigint::text
    from bench_parties where business`);

  // Half a percent of the residents were merged into another party (left out of every search).
  await step('merged duplicates', `
    update parties p set merged_into_id = t.id, updated_at = now()
    from bench_parties b join bench_parties t on t.n = b.n + 1
    where p.id = b.id and b.r22 < 0.005 and not b.business`);

  await client.query('reset session_replication_role');
  for (const index of indexes) {
    const t = performance.now();
    await client.query(index.def);
    console.log(`  index ${index.name} (${seconds(t)})`);
  }
  await client.query('drop table bench_dice, bench_names, bench_parties');
  const t = performance.now();
  await client.query('vacuum (analyze) parties, digital_addresses, party_identifiers');
  await client.query('analyze');
  console.log(`  vacuum and analyze (${seconds(t)})`);
  console.log(`loaded in ${seconds(started)}`);
}

const sorted = (a: object | null) => JSON.stringify(a === null ? null : Object.entries(a).sort());

/** The derived columns as the TypeScript functions would write them, for a sample. Throws on the first difference. */
async function check(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{
    kind: string; name: string; initials: string | null; first_name: string | null; surname_prefix: string | null; surname: string | null;
    visit_address: StoredAddress | null; address_key: string | null; search_text: string;
  }>(`
    (select kind, name, initials, first_name, surname_prefix, surname, visit_address, address_key, search_text from parties tablesample bernoulli (0.5) repeatable (7) limit 5000)
    union all
    (select kind, name, initials, first_name, surname_prefix, surname, visit_address, address_key, search_text from parties where name ~ '[^ -~]' limit 3000)`);
  const differences: string[] = [];
  for (const r of rows) {
    const given = { kind: r.kind, name: r.kind === 'resident' ? null : r.name, initials: r.initials, firstName: r.first_name, surnamePrefix: r.surname_prefix, surname: r.surname };
    if (partySearchText(given) !== r.search_text) differences.push(`search_text of "${r.name}": SQL "${r.search_text}", partySearchText "${partySearchText(given)}"`);
    if (displayName(given) !== r.name) differences.push(`name: SQL "${r.name}", displayName "${displayName(given)}"`);
    if (partyAddressKey(r.visit_address as StoredAddress) !== r.address_key) differences.push(`address_key: SQL "${r.address_key}", partyAddressKey "${partyAddressKey(r.visit_address)}"`);
    if (sorted(cleanAddress(r.visit_address)) !== sorted(r.visit_address)) {
      differences.push(`visit_address is not what cleanAddress keeps: ${JSON.stringify(r.visit_address)}`);
    }
  }
  const { rows: addresses } = await client.query<{ kind: 'email' | 'phone'; value: string; key: string }>(`
    (select kind, value, key from digital_addresses tablesample bernoulli (0.5) repeatable (7) limit 5000)
    union all (select kind, value, key from digital_addresses where kind = 'email' and value <> key limit 500)
    union all (select kind, value, key from digital_addresses where kind = 'phone' and value like '+%' limit 500)`);
  for (const a of addresses) {
    if (digitalAddressKey(a.kind, a.value) !== a.key) differences.push(`key of ${a.kind} "${a.value}": SQL "${a.key}", digitalAddressKey "${digitalAddressKey(a.kind, a.value)}"`);
  }
  if (differences.length) {
    console.error(`The loaded search columns differ from what the application writes (${differences.length} of ${rows.length + addresses.length}):`);
    for (const d of differences.slice(0, 20)) console.error(`  ${d}`);
    throw new Error('search columns differ');
  }
  return rows.length + addresses.length;
}

// ---------------------------------------------------------------------------------------------
// The queries, as the contact centre types them, each drawn from a different party.

interface Kind {
  name: string;
  /** Query strings, one per search (cycled when fewer). */
  queries: string[];
}

function shuffle<T>(list: T[], seed: number): T[] {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

async function queries(client: pg.Client, count: number): Promise<Kind[]> {
  const sample = async <T extends pg.QueryResultRow>(text: string) => (await client.query<T>(text)).rows;
  const live = 'p.merged_into_id is null and p.anonymised_at is null';
  const mobiles = (await sample<{ key: string }>(`select a.key from digital_addresses a join parties p on p.id = a.party_id
      where a.kind = 'phone' and a.key like '316%' and ${live} order by md5(a.id::text) limit ${count * 4}`)).map((r) => r.key.slice(3));
  const mobileQueries = (offset: number, f: (d: string) => string) => mobiles.slice(offset * count, (offset + 1) * count).map(f);
  const emails = (await sample<{ value: string }>(`select a.value from digital_addresses a join parties p on p.id = a.party_id
      where a.kind = 'email' and ${live} order by md5(a.id::text) limit ${count}`)).map((r) => r.value);
  const addresses = await sample<{ address_key: string }>(`select address_key from parties p
      where address_key is not null and ${live} order by md5(id::text) limit ${count * 2}`);
  const withNumber = addresses.slice(0, count).map((r, i) => {
    const [pc, house] = r.address_key.split(' ');
    return i % 2 ? `${pc!.slice(0, 4)} ${pc!.slice(4)} ${house}` : `${pc}${house}`;
  });
  const postcodes = addresses.slice(count).map((r, i) => {
    const pc = r.address_key.split(' ')[0]!;
    return i % 2 ? `${pc.slice(0, 4)} ${pc.slice(4).toLowerCase()}` : pc;
  });
  const kvk = (await sample<{ value: string }>(`select i.value from party_identifiers i join parties p on p.id = i.party_id
      where i.id_kind = 'kvk_nummer' and ${live} order by md5(i.id::text) limit ${count}`)).map((r) => r.value);
  const common = ['jansen', 'de jong', 'de vries', 'bakker', 'visser', 'van den berg', 'smit', 'mulder', 'van dijk', 'janssen'];
  // Someone with a common surname, typed as "jan de vr" (first-name prefix, prefix, start of the
  // surname) or "de vries p" (surname and an initial).
  const people = await sample<{ first_name: string | null; initials: string; surname_prefix: string | null; surname: string }>(`
    select first_name, initials, surname_prefix, surname from parties p
    where kind = 'resident' and ${live} and surname in (${COMMON_SURNAMES.slice(0, 20).map((s) => lit(s.split(' ').pop()!)).join(', ')})
    order by md5(id::text) limit ${count}`);
  const namePlusInitial = people.map((p, i) => {
    const surname = [p.surname_prefix, p.surname].filter(Boolean).join(' ').toLowerCase();
    if (i % 2 === 0 && p.first_name) return `${p.first_name.slice(0, 3).toLowerCase()} ${p.surname_prefix ? `${p.surname_prefix.toLowerCase()} ` : ''}${p.surname.slice(0, 2).toLowerCase()}`;
    return `${surname} ${p.initials[0]!.toLowerCase()}`;
  });
  const rare = (await sample<{ surname: string }>(`select surname from parties p where kind = 'resident' and ${live}
      group by surname having count(*) <= 3 order by md5(surname) limit ${count}`)).map((r) => r.surname.toLowerCase());
  const prefixes = ['bak', 'vis', 'jan', 'mul', 'smi', 'hoe', 'ver', 'kui', 'dek', 'bro', 'pos', 'mol'];
  const nothing = ['qxzwv', 'zzyzx', 'xqjkw', 'wvxzq', 'kkqzx', 'jjxqv', 'vxqzk', 'qqzvx'];
  return [
    { name: 'phone 06-12345678', queries: mobileQueries(0, (d) => `06-${d}`) },
    { name: 'phone +31612345678', queries: mobileQueries(1, (d) => `+316${d}`) },
    { name: 'phone 0031612345678', queries: mobileQueries(2, (d) => `00316${d}`) },
    { name: 'phone, first 6 digits (061234)', queries: mobileQueries(3, (d) => `06${d.slice(0, 4)}`) },
    { name: 'e-mail address', queries: emails },
    { name: 'postcode + house number', queries: withNumber },
    { name: 'postcode only', queries: postcodes },
    { name: 'KvK number', queries: kvk },
    { name: 'common surname ("jansen")', queries: common },
    { name: 'surname + initial or first name ("jan de vr", "de vries p")', queries: namePlusInitial },
    { name: 'rare surname', queries: rare },
    { name: 'three letters ("bak")', queries: prefixes },
    { name: 'nothing found ("qxzwv")', queries: nothing },
  ];
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const machine = { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  let loaded = false;
  await withClient(SERVER_URL, async (admin) => {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [DB_NAME])).rowCount;
    if (exists && REUSE) {
      const count = await withClient(BENCH_URL, async (c) => Number((await c.query('select count(*) as n from parties').catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n));
      if (count === PARTIES) loaded = true;
    }
    if (!loaded) {
      await admin.query(`drop database if exists "${DB_NAME}" with (force)`);
      await admin.query(`create database "${DB_NAME}"`);
      console.log(`created database ${DB_NAME}`);
    }
  });

  const pool = new pg.Pool({ connectionString: BENCH_URL, max: 10 });
  pool.on('error', () => {});
  // The statements of one request, when asked for (BENCH_EXPLAIN): the search statement is explained.
  let capture: { text: string; values: unknown[] }[] | null = null;
  // And how long a request waits for PostgreSQL: the time during which at least one of its
  // statements is outstanding (round trips included).
  const waiting = { ms: 0, active: 0, since: 0 };
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    if (capture) {
      const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
      capture.push(typeof first === 'string' ? { text: first, values: second ?? [] } : { text: first.text, values: second ?? first.values ?? [] });
    }
    if (waiting.active++ === 0) waiting.since = performance.now();
    return query(...args).finally(() => {
      if (--waiting.active === 0) waiting.ms += performance.now() - waiting.since;
    });
  };
  const db = drizzle(pool, { schema }) as unknown as Db;
  const database: Database = { db, kind: 'postgres', close: () => pool.end() };

  try {
    if (!loaded) {
      await migrateDatabase(database);
      await seedDemo(db, { contacts: 0 });
      console.log(`loading ${PARTIES.toLocaleString('en')} parties`);
      await withClient(BENCH_URL, load);
    } else {
      console.log(`reusing ${DB_NAME} with ${PARTIES.toLocaleString('en')} parties`);
    }
    const info = await withClient(BENCH_URL, async (c) => {
      const checked = await check(c);
      console.log(`checked ${checked} rows against partySearchText, displayName, partyAddressKey, cleanAddress and digitalAddressKey: the same`);
      const one = async (text: string) => (await c.query(text)).rows[0];
      return {
        checked,
        version: (await one('show server_version')).server_version as string,
        sharedBuffers: (await one('show shared_buffers')).shared_buffers as string,
        counts: await one(`select (select count(*) from parties) as parties, (select count(*) from parties where kind = 'business') as businesses,
          (select count(*) from parties where merged_into_id is not null) as merged,
          (select count(*) from digital_addresses where kind = 'phone') as phones, (select count(*) from digital_addresses where kind = 'email') as emails,
          (select count(*) from party_identifiers) as identifiers, (select count(*) from parties where surname = 'Jansen') as jansen,
          pg_size_pretty(pg_total_relation_size('parties') + pg_total_relation_size('digital_addresses') + pg_total_relation_size('party_identifiers')) as size`),
        kinds: await queries(c, PER_KIND),
      };
    });
    console.log(JSON.stringify({ postgres: info.version, sharedBuffers: info.sharedBuffers, ...info.counts, ...machine }));

    const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', HELDER_DEMO: 'off', DATABASE_URL: BENCH_URL, RATE_LIMIT_PER_MINUTE: '1000000' });
    const { app } = await buildApp({ database, config, logger: false, webDist: '/nonexistent', throttle: { freeAttempts: 1_000_000, maxPerIp: 1_000_000 } });
    try {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'kcc@dronten.demo', password: 'helder-demo' } });
      if (login.statusCode !== 200) throw new Error(`login: ${login.statusCode} ${login.body}`);
      const cookie = `helder_session=${login.cookies.find((c) => c.name === 'helder_session')!.value}`;
      const search = async (q: string) => {
        waiting.ms = 0;
        const started = performance.now();
        const response = await app.inject({ method: 'GET', url: `/api/parties?q=${encodeURIComponent(q)}`, headers: { cookie } });
        const ms = performance.now() - started;
        if (response.statusCode !== 200) throw new Error(`search "${q}": ${response.statusCode} ${response.body}`);
        const body = response.json() as { items: unknown[]; nextCursor: string | null };
        return { ms, db: waiting.ms, found: body.items.length, more: body.nextCursor !== null };
      };

      // Every kind must be parsed as the kind it stands for.
      const expected: Record<string, string> = { phone: 'phone', 'e-mail': 'email', postcode: 'address', KvK: 'kvk' };
      for (const kind of info.kinds) {
        const want = Object.entries(expected).find(([prefix]) => kind.name.startsWith(prefix))?.[1] ?? 'name';
        for (const q of kind.queries) {
          const parsed = parsePartyQuery(q)?.kind;
          if (parsed !== want) throw new Error(`"${q}" (${kind.name}) is read as ${parsed}, not ${want}`);
        }
      }

      // The order of the searches: the kinds interleaved, each search a different party.
      const plan: { kind: string; q: string }[] = [];
      for (let i = 0; i < PER_KIND; i += 1) for (const kind of info.kinds) plan.push({ kind: kind.name, q: kind.queries[i % kind.queries.length]! });
      shuffle(plan, 42);
      const warmup = shuffle([...plan], 7).slice(0, WARMUP);
      const t = performance.now();
      for (const { q } of warmup) await search(q);
      console.log(`warm-up: ${warmup.length} searches (${seconds(t)})`);

      const results = new Map<string, { ms: number[]; db: number[]; found: number[]; more: number }>();
      const all: number[] = [];
      const allDb: number[] = [];
      const slowest: { kind: string; q: string; ms: number }[] = [];
      const loadBefore = loadavg()[0]!;
      const runStarted = performance.now();
      for (const { kind, q } of plan) {
        const r = await search(q);
        slowest.push({ kind, q, ms: r.ms });
        slowest.sort((a, b) => b.ms - a.ms).splice(5);
        const entry = results.get(kind) ?? { ms: [], db: [], found: [], more: 0 };
        entry.ms.push(r.ms);
        entry.db.push(r.db);
        allDb.push(r.db);
        entry.found.push(r.found);
        if (r.more) entry.more += 1;
        results.set(kind, entry);
        all.push(r.ms);
      }
      console.log(`measured: ${plan.length} searches, one at a time (${seconds(runStarted)}); load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`);
      console.log(`slowest: ${slowest.map((x) => `"${x.q}" (${x.kind}) ${x.ms.toFixed(0)} ms`).join('; ')}\n`);

      const row = (name: string, ms: number[], db: number[], extra: string) => {
        const sorted = [...ms].sort((a, b) => a - b);
        const dbSorted = [...db].sort((a, b) => a - b);
        const p95 = percentile(sorted, 95);
        return `| ${name} | ${sorted.length} | ${percentile(sorted, 50).toFixed(1)} | ${p95.toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} | ${sorted.at(-1)!.toFixed(1)} | ${percentile(dbSorted, 50).toFixed(1)} / ${percentile(dbSorted, 95).toFixed(1)} | ${extra} | ${p95 < BAR_MS ? 'yes' : '**no**'} |`;
      };
      console.log(`| query | n | p50 | p95 | p99 | max | waiting for PostgreSQL p50 / p95 | parties found (median; full pages) | p95 < ${BAR_MS} ms |`);
      console.log('|---|---|---|---|---|---|---|---|---|');
      for (const kind of info.kinds) {
        const r = results.get(kind.name)!;
        const found = [...r.found].sort((a, b) => a - b);
        console.log(row(kind.name, r.ms, r.db, `${percentile(found, 50)}; ${r.more} of ${found.length}`));
      }
      console.log(row('**all**', all, allDb, ''));

      if (EXPLAIN) {
        await withClient(BENCH_URL, async (c) => {
          for (const kind of info.kinds) {
            capture = [];
            await search(kind.queries[1 % kind.queries.length]!);
            const statements = capture;
            capture = null;
            // The search: every statement on parties that sorts (by name).
            for (const statement of statements.filter((s) => /\bfrom "?parties"?[\s)]/i.test(s.text) && /order by/i.test(s.text))) {
              const plan = await c.query(`explain (analyze, buffers) ${statement.text}`, statement.values);
              console.log(`\n${kind.name}: "${kind.queries[1 % kind.queries.length]}"\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
            }
          }
        });
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    if (!KEEP) {
      await withClient(SERVER_URL, (admin) => admin.query(`drop database if exists "${DB_NAME}" with (force)`));
      console.log(`dropped database ${DB_NAME}`);
    } else {
      console.log(`kept database ${DB_NAME} (BENCH_KEEP=1)`);
    }
  }
}

await main();
