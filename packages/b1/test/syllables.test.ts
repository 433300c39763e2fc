import { describe, expect, test } from 'vitest';
import { countSyllables } from '../src/index.js';

// Hand-checked syllable counts (word:count). Hyphenated splits were checked by
// hand, e.g. o-ver, e-ten, i-de-aal, ge-ïn-te-res-seerd, mu-se-um.
const WORDS = `
over:2 eten:2 ideaal:3 gemeente:3 aanvraag:2 vergunning:3 bezwaar:2 afval:2 paspoort:2 uitkering:3
belasting:3 inwoners:3 wethouder:3 formulier:3 betalen:3 afspraak:2 rijbewijs:3 huis:1 huizen:2 boom:1
bomen:2 straat:1 straten:2 kind:1 kinderen:3 fiets:1 fietsen:2 auto:2 auto's:2 radio:3
video:3 januari:4 februari:4 theater:3 creatief:3 patiënt:3 ideeën:3 zee:1 zeeën:2 geïnteresseerd:5
beïnvloeden:4 coördinatie:5 ruïne:3 reünie:3 museum:3 bureau:2 cadeau:2 niveau:2 leeuw:1 nieuw:1
nieuwe:2 mooi:1 mooie:2 koeien:2 haaien:2 lawaai:2 ruim:1 vrouw:1 vrouwen:2 oud:1
oude:2 eerlijk:2 vrijdag:2 zondag:2 maandag:2 woensdag:2 donderdag:3 zaterdag:3 dinsdag:2 ja:1
nee:1 een:1 de:1 het:1 en:1 is:1 zijn:1 wij:1 u:1 uw:1
je:1 jij:1 hij:1 zij:1 ze:1 wat:1 waar:1 wanneer:2 waarom:2 omdat:2
als:1 dan:1 maar:1 ook:1 niet:1 geen:1 veel:1 vele:2 gemaakt:2 gestuurd:2
gevraagd:2 betaald:2 verstuurd:2 ontvangen:3 behandeld:3 besloten:3 aangevraagd:3 opgesteld:3 vastgesteld:3 gebruikt:2
geworden:3 geweest:2 gedaan:2 gegeven:3 genomen:3 geschreven:3 gezonden:3 gezien:2 academie:4 familie:3
politie:3 informatie:4 organisatie:5 situatie:4 locatie:3 relatie:3 vakantie:3 administratie:5 generatie:4 natie:2
registratie:4 participatie:5 communicatie:5 dienstverlening:4 maatschappelijk:4 maatschappelijke:5 verantwoordelijkheid:6 inwonerstevredenheidsonderzoek:10 gemeenteraad:4 burgemeester:4
college:3 wethouders:3 raadslid:2 ambtenaar:3 gemeentehuis:4 klantcontactcentrum:5 telefoon:3 telefoonnummer:5 e-mail:2 website:2
websites:2 team:1 online:2 service:2 mail:1 app:1 herinnering:4 aanmaning:3 beschikking:3 uitnodiging:4
bijeenkomst:3 inloopavond:4 werkzaamheden:4 reconstructie:4 parkeervergunning:5 hondenbelasting:5 kwijtschelding:3 bijstand:2 toeslag:2 energietoeslag:5
leuk:1 goed:1 goede:2 beuken:2 reuze:2 heuvel:2 deur:1 deuren:2 buiten:2 uien:2
twee:1 drie:1 vier:1 vijf:1 zes:1 zeven:2 acht:1 negen:2 tien:1 elf:1
twaalf:1 twintig:2 honderd:2 duizend:2 miljoen:2 baby:2 hobby:2 sorry:2 foto:2 foto's:2
menu:2 piano:3 kano:2 geluk:2 ongeluk:3 onmogelijk:4 moeilijk:2 makkelijk:3 belangrijk:3 natuurlijk:3
eigenlijk:3 verandering:4 verhuizing:3 verlenging:3 betaling:3 ijs:1 ijzer:2 vrijwilliger:4 lineaal:3 oceaan:3
materiaal:4 sociaal:3 speciaal:3 financieel:4 officieel:4 geëvalueerd:5 reactie:3 creëren:3 project:2 programma:3
subsidie:3 vereniging:4 geachte:3 hoogachtend:3 vriendelijke:4 groet:1 gezondheid:3 zorg:1 zorgen:2 woning:2
woningen:3 huur:1 huren:2 kopen:2 café:2 cafeetje:3 kwaliteit:3 kwantiteit:3 universiteit:5 zekerheid:3
mogelijkheid:4 verantwoording:4 ontwikkeling:4 samenwerking:4 gebied:2 gebieden:3 Dronten:2 Nederland:3 Nederlands:3 Lelystad:3
Flevoland:3 oorlog:2 ouders:2 ouderen:3 eeuwig:2 kiezen:2 verkiezingen:4 stempas:2 stembureau:3 eet:1
gegeten:3 apen:2 apart:2 hotel:2 jaren:2 muziek:2 fabriek:2 politiek:3 aai:1 kooien:2
gooien:2 draaien:2 saai:1 groeien:2 bloei:1 leeuwen:2 sneeuw:1 schreeuwen:2 reus:1 reuzen:2
jezelf:2 zichzelf:2 iedereen:3 iemand:2 niets:1 niemand:2 geïsoleerd:4 naïef:3 zeventien:3 geaccepteerd:4
premie:2 genieten:3 koloniaal:4 traditioneel:5 regio:3 regionaal:4 huiselijk:3 bewoners:3 aandeel:2 oplossing:3
persoon:2 personen:3 persoonlijk:3 gezin:2 gezinnen:3 medewerker:4 klant:1 klanten:2 cliënt:2 cliënten:3
roman:2 agenda:3 tuin:1 tuinen:2 fruit:1 beschuit:2 koffie:2 thee:1 theetje:2 bibliotheek:4
verzekering:4 geldig:2 ongeldig:3 identiteitskaart:5 pasfoto:3 handtekening:4 nota:2 centrum:2 centra:2 rivier:2
kanaal:2 gebouw:2 gebouwen:3 euro:2 euro's:2 Europa:3 kamer:2 kamers:2 moment:2 momenten:3
duidelijk:3 duidelijkheid:4 transparant:3 efficiëntie:5 definitie:4 concrete:3 gemeten:3 type:2 systeem:2 gym:1
yoga:2 derhalve:3 indien:2 teneinde:3 middels:2 conform:2 inzake:3 alsmede:3 voornoemde:3 betreffende:4
`;

const entries = WORDS.trim()
  .split(/\s+/)
  .map((e) => {
    const i = e.lastIndexOf(':');
    return [e.slice(0, i), Number(e.slice(i + 1))] as const;
  });

describe('countSyllables', () => {
  test('the list has at least 200 hand-checked words', () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
  });
  test.each(entries)('%s has %i syllables', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });
  test('the rule gets the classic cases right that hyphenation patterns miss', () => {
    expect(countSyllables('over')).toBe(2);
    expect(countSyllables('eten')).toBe(2);
    expect(countSyllables('ideaal')).toBe(3);
  });
  test('upper case and the ĳ ligature give the same count', () => {
    expect(countSyllables('VRIJDAG')).toBe(2);
    expect(countSyllables('vrĳdag')).toBe(2);
  });
});
