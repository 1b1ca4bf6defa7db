import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import type { MonitoringSchemas } from '@koers/clients';
import { stuurBestand } from '../api/upload';
import { useKoers } from '../koers';
import { Aantallen, CsvUpload } from '../layout/csv-upload';
import { TekstVeld } from '../layout/formulier';

type Levering = MonitoringSchemas['LeveringResponse'];

/** Where the portal's proxy reaches monitoring's `POST /v1/metingen` (the same origin as every call). */
export function leveringsadres(origin: string, pad: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  return `${origin}/api/monitoring/v1${pad}${params.size ? `?${params.toString()}` : ''}`;
}

/** Monitoring names the column; this screen also has a field that gives every row without a source one. */
export const BRON_HULP = { bron: 'Staat er geen bron in het bestand? Vul dan bij "Bron van de cijfers" in waar de cijfers vandaan komen. Die bron geldt voor elke regel zonder eigen bron.' };

export function MetingenAanleveren() {
  const { regio, token } = useKoers();
  const [bron, setBron] = useState('');
  return (
    <>
      <Heading level={1}>Metingen aanleveren</Heading>
      <Paragraph>Stuur de cijfers van uw gemeente of organisatie als CSV-bestand. Koers controleert elke regel. Is één regel niet goed? Dan slaat Koers niets op en ziet u welke regels u moet verbeteren.</Paragraph>
      <Paragraph>Kolommen: indicator, gemeente (leeg voor de hele regio), periode, waarde, en als u wilt teller, noemer en bron. Sla het bestand op als CSV in UTF-8.</Paragraph>
      <CsvUpload<Levering>
        label="CSV-bestand met metingen"
        uitleg="Bijvoorbeeld uit Excel: Opslaan als, CSV UTF-8."
        extraVelden={<TekstVeld label="Bron van de cijfers" naam="bron" waarde={bron} wijzig={setBron} uitleg="Voor regels zonder eigen bron. Bijvoorbeeld: Vektis." />}
        hulpBijKolom={BRON_HULP}
        versturen={(bestand, voortgang) =>
          stuurBestand<Levering>({
            url: leveringsadres(window.location.origin, '/metingen', { regio, bron: bron.trim() || undefined }),
            token: token(),
            bestand,
            contentType: 'text/csv',
            voortgang,
          })
        }
        uitslag={(r) => (
          <>
            <Heading level={2}>Het bestand is opgeslagen</Heading>
            <Aantallen aantallen={[['Regels ontvangen', r.ontvangen], ['Nieuw', r.nieuw], ['Verbeterd', r.gecorrigeerd], ['Al bekend, niet veranderd', r.ongewijzigd]]} />
            {r.reeksenTeBeoordelen ? <Paragraph>Koers kijkt nu of {r.reeksenTeBeoordelen === 1 ? 'de veranderde reeks' : `de ${r.reeksenTeBeoordelen} veranderde reeksen`} nog op koers {r.reeksenTeBeoordelen === 1 ? 'ligt' : 'liggen'}.</Paragraph> : null}
          </>
        )}
      />
    </>
  );
}
