import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { NietGevonden, Statusconflict } from '@koers/domain';
import { DATA_SOURCE, schemaOf, sql } from '@koers/persistence';
import { AbonnementService } from '../abonnement/abonnement.service';
import { Aflevering, Poging } from './aflevering.entity';
import { AfleveringStatus, opnieuwBezwaar } from './aflevering.rules';
import { zetTerug } from './wachtrij';

/** The delivery log of a subscription and re-delivery on request. Every query goes through a visible subscription. */
@Injectable()
export class AfleveringService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly abonnementen: AbonnementService,
  ) {}

  /** A page of deliveries, newest first, each with its attempts (two queries, whatever the page size). */
  async log(tenant: TenantContext, abonnementId: string, pagina: number, paginaGrootte: number, status?: AfleveringStatus) {
    const abonnement = await this.abonnementen.vind(tenant, abonnementId);
    const [afleveringen, totaal] = await this.dataSource.getRepository(Aflevering).findAndCount({
      where: { abonnementId: abonnement.id, regio: abonnement.regio, ...(status ? { status } : {}) },
      order: { aangemaaktOp: 'DESC', volgnummer: 'DESC' },
      skip: (pagina - 1) * paginaGrootte,
      take: paginaGrootte,
    });
    const pogingen = afleveringen.length
      ? await this.dataSource.getRepository(Poging).find({ where: { afleveringId: In(afleveringen.map((a) => a.id)) }, order: { nummer: 'ASC' } })
      : [];
    const perAflevering = new Map<string, Poging[]>();
    for (const poging of pogingen) perAflevering.set(poging.afleveringId, [...(perAflevering.get(poging.afleveringId) ?? []), poging]);
    return { items: afleveringen.map((a) => ({ aflevering: a, pogingen: perAflevering.get(a.id) ?? [] })), totaal };
  }

  /** One delivery again, with the same webhook-id (so a receiver that did get it can recognise it) and a fresh schedule. */
  async opnieuw(tenant: TenantContext, abonnementId: string, afleveringId: string): Promise<void> {
    const abonnement = await this.abonnementen.vind(tenant, abonnementId);
    const repository = this.dataSource.getRepository(Aflevering);
    const aflevering = await repository.findOneBy({ id: afleveringId, abonnementId: abonnement.id, regio: abonnement.regio });
    if (!aflevering) throw new NietGevonden(`Aflevering ${afleveringId}`);
    const bezwaar = opnieuwBezwaar(aflevering.status);
    if (bezwaar) throw new Statusconflict(bezwaar, aflevering.status);
    await zetTerug(this.dataSource.manager, schemaOf(this.dataSource), abonnement, sql`a.id = ${aflevering.id}`);
  }

  /** Every failed delivery of events since `sinds`, again, in their original order. */
  async opnieuwMislukt(tenant: TenantContext, abonnementId: string, sinds: Date): Promise<number> {
    const abonnement = await this.abonnementen.vind(tenant, abonnementId);
    return zetTerug(this.dataSource.manager, schemaOf(this.dataSource), abonnement, sql`a.status = 'mislukt' AND a.aangemaakt_op >= ${sinds}`);
  }
}
