import { Injectable, Logger } from '@nestjs/common';
import { Gebruiker, KeycloakDirectory } from '@koers/auth';
import type { Rol } from '@koers/contracts';
import { NietBeschikbaar } from '@koers/domain';
import { DEELNEMER_ROLLEN } from '../tafel/tafel.rules';

export class GebruikersOnbereikbaar extends NietBeschikbaar {
  constructor(reden = 'Koers kon niet nagaan wie in de regio werkt; er is niets opgeslagen. Probeer het over een minuut opnieuw.') {
    super('gebruikers-onbekend', 'Gebruikers kunnen nu niet worden gecontroleerd', reden);
  }
}

type TafelRol = (typeof DEELNEMER_ROLLEN)[number];

/** A user of the region who can be seated, with the role they would have at the table. */
export type TafelGebruiker = Gebruiker & { rol: TafelRol };

/** What the region's Keycloak users say about one person: their role at a table, or why they have none. */
export type Gevonden = { soort: 'deelnemer'; rol: TafelRol; organisatie: string | null } | { soort: 'zonder-tafelrol' } | { soort: 'onbekend' };

/** Roles a user of the region can have that do not seat them at a table. */
const ANDERE_ROLLEN: readonly Rol[] = ['beheerder'];

/** The users of a region as Keycloak knows them, through tafels's service account. */
@Injectable()
export class GebruikersRegister {
  private readonly logger = new Logger(GebruikersRegister.name);

  constructor(private readonly directory: KeycloakDirectory) {}

  /** The first of the table roles the user has in the region, in the order of DEELNEMER_ROLLEN, and their organisation. */
  async zoek(regio: string, sub: string): Promise<Gevonden> {
    const heeft = await this.perRol(regio, [...DEELNEMER_ROLLEN, ...ANDERE_ROLLEN], sub);
    const rol = DEELNEMER_ROLLEN.find((r) => heeft.get(r)?.length);
    if (rol) return { soort: 'deelnemer', rol, organisatie: heeft.get(rol)?.[0]?.organisatie ?? null };
    return ANDERE_ROLLEN.some((r) => heeft.get(r)?.length) ? { soort: 'zonder-tafelrol' } : { soort: 'onbekend' };
  }

  /** The names of the region's users with these roles, by Keycloak id. */
  async namen(regio: string, rollen: readonly Rol[]): Promise<Map<string, string>> {
    const perRol = await this.perRol(regio, rollen);
    return new Map([...perRol.values()].flat().flatMap((g) => (g.naam ? [[g.id, g.naam] as const] : [])));
  }

  /** Every user of the region with a table role, once each, with the first of their table roles as zoek gives it. */
  async tafelGebruikers(regio: string): Promise<TafelGebruiker[]> {
    const perRol = await this.perRol(regio, DEELNEMER_ROLLEN, undefined, 'Koers kon niet opvragen wie in de regio werkt. Probeer het over een minuut opnieuw.');
    const gezien = new Set<string>();
    return DEELNEMER_ROLLEN.flatMap((rol) =>
      (perRol.get(rol) ?? []).flatMap((g) => {
        if (gezien.has(g.id)) return [];
        gezien.add(g.id);
        return [{ ...g, rol }];
      }),
    );
  }

  /** The region's client representatives with their organisation, to find who receives a guest's invitation. */
  async clientvertegenwoordigers(regio: string): Promise<Gebruiker[]> {
    return (await this.perRol(regio, ['clientvertegenwoordiger'])).get('clientvertegenwoordiger') ?? [];
  }

  private async perRol(regio: string, rollen: readonly Rol[], sub?: string, reden?: string) {
    try {
      return await this.directory.perRol(regio, rollen, sub);
    } catch (error) {
      this.logger.error({ regio, error: String(error) }, 'Keycloak directory not available');
      throw new GebruikersOnbereikbaar(reden);
    }
  }
}
