import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Gebruiker, TenantContext } from '@koers/auth';
import { CloudEvent } from '@koers/contracts';
import { NietGevonden } from '@koers/domain';
import { DATA_SOURCE } from '@koers/persistence';
import { OntvangersService } from '../routering/ontvangers.service';
import { Route } from '../routering/routering.rules';
import { InboxItem } from './inbox-item.entity';

@Injectable()
export class InboxService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly ontvangers: OntvangersService,
  ) {}

  /**
   * Puts the message in the inbox of every recipient, inside the transaction that marks the event
   * handled, and returns who they are (for the e-mail of the same message).
   */
  async bezorg(event: Pick<CloudEvent, 'id' | 'type' | 'regio' | 'time'>, route: Pick<Route, 'ontvangers' | 'bericht'>, manager: EntityManager): Promise<Gebruiker[]> {
    const gebruikers = await this.ontvangers.zoek(event.regio, route.ontvangers);
    if (!gebruikers.length) return gebruikers;
    const ontvangenOp = new Date(event.time);
    await manager
      .createQueryBuilder()
      .insert()
      .into(InboxItem)
      .values(
        gebruikers.map((gebruiker) => ({
          id: randomUUID(),
          regio: event.regio,
          ontvangerSub: gebruiker.id,
          eventId: event.id,
          eventType: event.type,
          ...route.bericht,
          ontvangenOp,
          gelezenOp: null,
        })),
      )
      .orIgnore()
      .execute();
    return gebruikers;
  }

  async lijst(tenant: TenantContext, pagina: number, paginaGrootte: number) {
    const mijn = () =>
      this.dataSource
        .getRepository(InboxItem)
        .createQueryBuilder('i')
        .where('i.ontvangerSub = :sub', { sub: tenant.subject })
        .andWhere('i.regio IN (:...regios)', { regios: tenant.regios });
    const [[items, totaal], ongelezen] = await Promise.all([
      mijn().orderBy('i.ontvangenOp', 'DESC').addOrderBy('i.id').skip((pagina - 1) * paginaGrootte).take(paginaGrootte).getManyAndCount(),
      mijn().andWhere('i.gelezenOp IS NULL').getCount(),
    ]);
    return { items, totaal, ongelezen };
  }

  /** Marks one of the caller's own items read (or unread again); anyone else's is "not found". */
  async markeer(tenant: TenantContext, id: string, gelezen: boolean): Promise<InboxItem> {
    const repository = this.dataSource.getRepository(InboxItem);
    const item = await repository.findOneBy({ id, ontvangerSub: tenant.subject, regio: In([...tenant.regios]) });
    if (!item) throw new NietGevonden(`Bericht ${id}`);
    if (gelezen !== (item.gelezenOp !== null)) {
      item.gelezenOp = gelezen ? new Date() : null;
      await repository.update({ id }, { gelezenOp: item.gelezenOp });
    }
    return item;
  }

  /** Marks every unread item of the caller read; returns how many. */
  async markeerAllesGelezen(tenant: TenantContext): Promise<number> {
    const { affected } = await this.dataSource
      .createQueryBuilder()
      .update(InboxItem)
      .set({ gelezenOp: () => 'now()' })
      .where('ontvanger_sub = :sub AND regio IN (:...regios) AND gelezen_op IS NULL', { sub: tenant.subject, regios: tenant.regios })
      .execute();
    return affected ?? 0;
  }
}
