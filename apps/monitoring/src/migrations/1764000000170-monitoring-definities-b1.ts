import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** [code, the definition as first seeded, the same in plain Dutch]. */
const HERSCHREVEN: ReadonlyArray<readonly [string, string, string]> = [
  ['jeugdhulp-totaal', 'Percentage jongeren van 0 tot 18 jaar dat in de periode jeugdhulp kreeg (met of zonder verblijf), van alle jongeren van 0 tot 18 jaar in de gemeente.', 'Hoeveel procent van de jongeren tot 18 jaar in de periode jeugdhulp kreeg, met of zonder verblijf.'],
  ['jeugdhulp-met-verblijf', 'Percentage jongeren van 0 tot 18 jaar met jeugdhulp met verblijf buiten het eigen gezin (pleegzorg, gezinsgericht, gesloten plaatsing, overig verblijf), van alle jongeren van 0 tot 18 jaar.', 'Hoeveel procent van de jongeren tot 18 jaar jeugdhulp kreeg met verblijf buiten het eigen gezin. Bijvoorbeeld in een pleeggezin, een gezinshuis of een gesloten groep.'],
  ['jeugdhulp-zonder-verblijf', 'Percentage jongeren van 0 tot 18 jaar met jeugdhulp zonder verblijf (ambulant, in de wijk of bij de aanbieder), van alle jongeren van 0 tot 18 jaar.', 'Hoeveel procent van de jongeren tot 18 jaar jeugdhulp kreeg zonder verblijf. Bijvoorbeeld thuis, in de wijk of bij de aanbieder.'],
  ['jeugdbescherming', 'Percentage jongeren van 0 tot 18 jaar met een ondertoezichtstelling of voogdijmaatregel in de periode, van alle jongeren van 0 tot 18 jaar.', 'Hoeveel procent van de jongeren tot 18 jaar in de periode onder toezicht stond of een voogd had.'],
  ['jeugdreclassering', 'Percentage jongeren van 12 tot 23 jaar met een jeugdreclasseringstraject in de periode, van alle jongeren van 12 tot 23 jaar.', 'Hoeveel procent van de jongeren van 12 tot 23 jaar in de periode hulp kreeg van de jeugdreclassering.'],
  ['wachttijd-start-jeugdhulp', 'Mediaan van het aantal kalenderdagen tussen aanmelding (of verwijzing) en de start van de jeugdhulp, over de trajecten die in de periode startten.', 'Hoeveel dagen het duurt van aanmelding of verwijzing tot de start van de hulp. Het is het middelste getal (de mediaan) van de trajecten die in de periode begonnen.'],
  ['kosten-per-jongere', 'Gerealiseerde uitgaven aan jeugdhulp, jeugdbescherming en jeugdreclassering in de periode, gedeeld door het aantal inwoners van 0 tot 18 jaar.', 'Het geld dat de gemeente in de periode uitgaf aan jeugdhulp, aan jeugdbescherming en aan jeugdreclassering. Gedeeld door het aantal jongeren tot 18 jaar dat er woont.'],
  ['verwijzing-huisarts', 'Percentage van de in de periode gestarte jeugdhulptrajecten waarbij de huisarts, jeugdarts of medisch specialist verwees.', 'Hoeveel procent van de trajecten die in de periode begonnen, kwam via de huisarts, de jeugdarts of een specialist, zoals een kinderarts.'],
  ['verwijzing-gemeente', 'Percentage van de in de periode gestarte jeugdhulptrajecten waarbij de gemeentelijke toegang (wijk- of jeugdteam) verwees.', 'Hoeveel procent van de trajecten die in de periode begonnen, kwam via de gemeente, zoals het wijkteam of het jeugdteam.'],
  ['doelrealisatie', 'Percentage van de in de periode beëindigde jeugdhulptrajecten waarin de vooraf afgesproken hulpdoelen (grotendeels) zijn bereikt, volgens cliënt en professional.', 'Hoeveel procent van de trajecten die in de periode stopten de doelen haalde, of bijna. Zo zien de cliënt en de hulpverlener het.'],
  ['uitval', 'Percentage van de in de periode beëindigde jeugdhulptrajecten dat eenzijdig werd beëindigd (door cliënt of aanbieder) voordat de afgesproken hulp was afgerond.', 'Hoeveel procent van de trajecten die in de periode stopten, te vroeg stopte. De cliënt of de aanbieder stopte voordat de hulp klaar was.'],
  ['clienttevredenheid', 'Percentage cliënten (jongeren en ouders) dat bij afsluiting van het traject aangeeft tevreden te zijn over de geboden hulp (score 7 of hoger op een schaal van 1 tot 10).', 'Hoeveel procent van de cliënten (jongeren en ouders) aan het eind tevreden is over de hulp. Tevreden is een 7 of hoger, op een schaal van 1 tot 10.'],
  ['herhaald-beroep', 'Percentage jongeren van wie het jeugdhulptraject in de periode eindigde en die binnen twaalf maanden opnieuw jeugdhulp kregen.', 'Hoeveel procent van de jongeren van wie de hulp in de periode stopte, binnen een jaar weer jeugdhulp kreeg.'],
  ['duur-traject', 'Gemiddeld aantal dagen tussen start en einde van de jeugdhulptrajecten die in de periode eindigden.', 'Hoeveel dagen een traject gemiddeld duurde, van start tot einde. Over de trajecten die in de periode stopten.'],
];

/** [a source as first seeded, the same in plain Dutch]. */
const BRONNEN: ReadonlyArray<readonly [string, string]> = [
  ['Outcome-indicatoren jeugd (VNG, NJi, Ministerie van VWS), aangeleverd door jeugdhulpaanbieders', 'Outcome-indicatoren jeugd (VNG, NJi en VWS), van de aanbieders'],
  ['Iv3-jaarrekening gemeenten en CBS bevolkingsstatistiek', 'Jaarrekening van de gemeente (Iv3) en CBS-bevolkingscijfers'],
  ['Wachttijdregistratie jeugdhulpaanbieders (regionaal)', 'Wachttijden die de aanbieders in de regio bijhouden'],
];

/**
 * The national definitions and sources in plain Dutch (B1), as the seed now has them, for
 * databases seeded before. Only an indicator whose definition is still as first seeded changes; its
 * version goes up, so a service that reads the register from monitoring takes the new text.
 */
export class MonitoringDefinitiesB11764000000170 implements MigrationInterface {
  name = 'MonitoringDefinitiesB11764000000170';

  async up(runner: QueryRunner): Promise<void> {
    await this.zet(runner, 'nieuw');
  }

  async down(runner: QueryRunner): Promise<void> {
    await this.zet(runner, 'oud');
  }

  private async zet(runner: QueryRunner, naar: 'nieuw' | 'oud'): Promise<void> {
    const [van, tot] = naar === 'nieuw' ? [1, 2] : [2, 1];
    const [bronVan, bronTot] = naar === 'nieuw' ? [0, 1] : [1, 0];
    const s = schemaOf(runner.connection);
    await runner.query(
      `UPDATE "${s}".indicator i
       SET definitie = h.naar,
           bron = COALESCE((SELECT b.naar FROM unnest($4::text[], $5::text[]) AS b(van, naar) WHERE b.van = i.bron), i.bron),
           versie = i.versie + 1
       FROM unnest($1::text[], $2::text[], $3::text[]) AS h(code, van, naar)
       WHERE i.regio IS NULL AND i.code = h.code AND i.definitie = h.van`,
      [HERSCHREVEN.map((h) => h[0]), HERSCHREVEN.map((h) => h[van]), HERSCHREVEN.map((h) => h[tot]), BRONNEN.map((b) => b[bronVan]), BRONNEN.map((b) => b[bronTot])],
    );
  }
}
