import { Injectable } from '@nestjs/common';
import { Gebruiker, KeycloakDirectory } from '@koers/auth';
import type { Ontvangers } from './route';

/** The people behind a route's recipients, looked up in the event's own region only. */
@Injectable()
export class OntvangersService {
  constructor(private readonly directory: KeycloakDirectory) {}

  /** Each person once, also when they match more than one line of the route. */
  async zoek(regio: string, ontvangers: Ontvangers[]): Promise<Gebruiker[]> {
    const gevonden = await Promise.all(
      ontvangers.map(async ({ behalveOrganisatie, ...o }) =>
        (await this.directory.findUsers({ regio, ...o })).filter((g) => !behalveOrganisatie || g.organisatie !== behalveOrganisatie),
      ),
    );
    const perId = new Map(gevonden.flat().map((gebruiker) => [gebruiker.id, gebruiker]));
    return [...perId.values()];
  }
}
