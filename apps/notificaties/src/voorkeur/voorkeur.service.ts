import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { NietGevonden } from '@koers/domain';
import { DATA_SOURCE } from '@koers/persistence';
import { CATEGORIE_NAMEN, Categorie, isCategorie } from '../routering/categorieen';
import { EmailVoorkeur } from './voorkeur.entity';
import { Keuze, STANDAARD_KEUZE } from './voorkeur.rules';

/** Every user's own e-mail choices per category. Only the user themself reads or changes them. */
@Injectable()
export class VoorkeurService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Every category with the user's choice, the default where they made none. */
  async lijst(gebruikerSub: string): Promise<Array<{ categorie: Categorie; keuze: Keuze }>> {
    const eigen = await this.dataSource.getRepository(EmailVoorkeur).findBy({ gebruikerSub });
    const gekozen = new Map(eigen.map((v) => [v.categorie, v.keuze]));
    return CATEGORIE_NAMEN.map((categorie) => ({ categorie, keuze: gekozen.get(categorie) ?? STANDAARD_KEUZE }));
  }

  async wijzig(gebruikerSub: string, categorie: string, keuze: Keuze): Promise<{ categorie: Categorie; keuze: Keuze }> {
    if (!isCategorie(categorie)) {
      throw new NietGevonden(`E-mailvoorkeur ${categorie}`, `Er is geen e-mailvoorkeur '${categorie}'. U kunt kiezen over: ${CATEGORIE_NAMEN.join(', ')}.`);
    }
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(EmailVoorkeur)
      .values({ gebruikerSub, categorie, keuze, gewijzigdOp: new Date() })
      .orUpdate(['keuze', 'gewijzigd_op'], ['gebruiker_sub', 'categorie'])
      .execute();
    return { categorie, keuze };
  }

  /** The choice of each of these users for one category, in one query, inside the caller's transaction. */
  async keuzes(manager: EntityManager, gebruikerSubs: string[], categorie: Categorie): Promise<Map<string, Keuze>> {
    const eigen = gebruikerSubs.length
      ? await manager.getRepository(EmailVoorkeur).findBy({ gebruikerSub: In(gebruikerSubs), categorie })
      : [];
    const gekozen = new Map(eigen.map((v) => [v.gebruikerSub, v.keuze]));
    return new Map(gebruikerSubs.map((sub) => [sub, gekozen.get(sub) ?? STANDAARD_KEUZE]));
  }
}
