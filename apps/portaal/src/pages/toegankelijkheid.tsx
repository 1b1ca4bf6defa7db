import { Paragraph } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useKoers } from '../koers';

/**
 * The accessibility statement in the shape the Dutch government uses (toegankelijkheidsverklaring):
 * the status, what was tested and how, what is known not to work yet, and how to report a problem.
 */
export function Toegankelijkheid() {
  const { config } = useKoers();
  const { email, onderzochtOp } = config.toegankelijkheid;
  return (
    <>
      <Heading level={1}>Toegankelijkheidsverklaring</Heading>
      <Paragraph>
        {config.naam} wil dat iedereen dit portaal kan gebruiken. Ook mensen die slecht zien, niet met een muis werken of een
        voorleesprogramma gebruiken. Daarom houden we ons aan de eisen van WCAG 2.1, niveau A en AA.
      </Paragraph>

      <Heading level={2}>Status</Heading>
      <Paragraph>
        Dit portaal voldoet gedeeltelijk aan de eisen. Er is nog geen onderzoek gedaan door een onafhankelijke partij. Daarom staat
        de status op: <strong>B – voldoet gedeeltelijk</strong>.
      </Paragraph>

      <Heading level={2}>Wat we hebben getest</Heading>
      <Paragraph>
        Op {new Date(onderzochtOp).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })} hebben we alle
        pagina’s van dit portaal automatisch getest. Dat doen we bij elke wijziging opnieuw:
      </Paragraph>
      <ul className="koers-lijst">
        <li>met axe, op de regels van WCAG 2.1 niveau A en AA, in een echte browser (Chromium);</li>
        <li>met een test van de leesbaarheid van de teksten: we streven naar taalniveau B1;</li>
        <li>met het toetsenbord: u kunt elke pagina zonder muis gebruiken.</li>
      </ul>

      <Heading level={2}>Wat nog niet goed is</Heading>
      <Paragraph>
        Een automatische test vindt niet alle problemen. We hebben het portaal nog niet laten testen met een voorleesprogramma door
        mensen die daar elke dag mee werken. Dat gaan we nog doen.
      </Paragraph>

      <Heading level={2}>Een probleem melden</Heading>
      <Paragraph>
        Lukt iets niet? Of is een pagina niet goed te lezen? Laat het ons weten. Stuur een e-mail naar{' '}
        <a className="nl-link" href={`mailto:${email}`}>
          {email}
        </a>
        . Zeg welke pagina het is en wat er mis gaat. U krijgt binnen 5 werkdagen antwoord.
      </Paragraph>
      <Paragraph>
        Bent u niet tevreden met ons antwoord? Dan kunt u een klacht indienen bij de Nationale ombudsman.
      </Paragraph>
    </>
  );
}
