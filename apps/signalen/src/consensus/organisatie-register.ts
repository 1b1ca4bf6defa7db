import { Injectable, Logger } from '@nestjs/common';
import { KeycloakDirectory } from '@koers/auth';
import { CONSENSUS_PARTIJROLLEN, ConsensusPartij } from '@koers/contracts';
import { NietBeschikbaar } from '@koers/domain';

export class KeycloakOnbereikbaar extends NietBeschikbaar {
  constructor() {
    super(
      'organisaties-onbekend',
      'Organisaties kunnen nu niet worden gecontroleerd',
      'Koers kon niet nagaan welke organisaties in de regio werken; er is niets opgeslagen. Probeer het over een minuut opnieuw.',
    );
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

  async partijen(regio: string, organisaties: readonly string[]): Promise<{ bekend: ConsensusPartij[]; onbekend: string[] }> {
    let perRol: Array<{ rol: ConsensusPartij['rol']; organisaties: Set<string> }>;
    try {
      perRol = await Promise.all(
        CONSENSUS_PARTIJROLLEN.map(async (rol) => ({
          rol,
          organisaties: new Set((await this.directory.findUsers({ regio, rol })).flatMap((g) => (g.organisatie ? [g.organisatie] : []))),
        })),
      );
    } catch (error) {
      this.logger.error({ regio, error: String(error) }, 'Keycloak directory not available');
      throw new KeycloakOnbereikbaar();
    }
    const bekend: ConsensusPartij[] = [];
    const onbekend: string[] = [];
    for (const organisatie of organisaties) {
      const rol = perRol.find((r) => r.organisaties.has(organisatie))?.rol;
      if (rol) bekend.push({ organisatie, rol });
      else onbekend.push(organisatie);
    }
    return { bekend, onbekend };
  }
}
