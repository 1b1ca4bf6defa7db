import { Injectable, Logger } from '@nestjs/common';
import { KeycloakDirectory } from '@koers/auth';
import { CONSENSUS_PARTIJROLLEN, ConsensusPartij } from '@koers/contracts';
import { NietBeschikbaar } from '@koers/domain';

export class KeycloakOnbereikbaar extends NietBeschikbaar {
  constructor(
    reden = 'Koers kon niet nagaan welke organisaties in de regio werken; er is niets opgeslagen. Probeer het over een minuut opnieuw.',
    titel = 'Organisaties kunnen nu niet worden gecontroleerd',
  ) {
    super('organisaties-onbekend', titel, reden);
  }
}

/**
 * The provider and client-representative organisations of a region, as Keycloak knows them: an
 * organisation is known when at least one of its users has the role aanbieder or
 * clientvertegenwoordiger in that region. That role is also the one through which it answers.
 */
@Injectable()
export class OrganisatieRegister {
  private readonly logger = new Logger(OrganisatieRegister.name);

  constructor(private readonly directory: KeycloakDirectory) {}

  /** Every organisation of the region that can be a party in a consensus round, providers first, then by code. */
  async lijst(regio: string): Promise<ConsensusPartij[]> {
    return this.kandidaten(regio, new KeycloakOnbereikbaar('Koers kon niet opvragen welke organisaties in de regio werken. Probeer het over een minuut opnieuw.', 'Organisaties kunnen nu niet worden opgevraagd'));
  }

  async partijen(regio: string, organisaties: readonly string[]): Promise<{ bekend: ConsensusPartij[]; onbekend: string[] }> {
    const perCode = new Map((await this.kandidaten(regio, new KeycloakOnbereikbaar())).map((p) => [p.organisatie, p]));
    const bekend: ConsensusPartij[] = [];
    const onbekend: string[] = [];
    for (const organisatie of organisaties) {
      const partij = perCode.get(organisatie);
      if (partij) bekend.push(partij);
      else onbekend.push(organisatie);
    }
    return { bekend, onbekend };
  }

  private async kandidaten(regio: string, onbereikbaar: KeycloakOnbereikbaar): Promise<ConsensusPartij[]> {
    try {
      const organisaties = await this.directory.organisaties(regio, CONSENSUS_PARTIJROLLEN);
      return organisaties.map(({ code, rol }) => ({ organisatie: code, rol: rol as ConsensusPartij['rol'] }));
    } catch (error) {
      this.logger.error({ regio, error: String(error) }, 'Keycloak directory not available');
      throw onbereikbaar;
    }
  }
}
