import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Gebruiker, TenantContext } from '@koers/auth';
import { CloudEvent } from '@koers/contracts';
import { NietGevonden } from '@koers/domain';
import { DATA_SOURCE } from '@koers/persistence';
import { OntvangersService } from '../routering/ontvangers.service';
import type { Route } from '../routering/route';
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
  async bezorg(event: Pick<CloudEvent, 'id' | 'type' | 'regio' | 'time'>, route: Pick<Route, 'ontvangers' | 'bericht' | 'groep'>, manager: EntityManager): Promise<Gebruiker[]> {
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
          groep: route.groep.sleutel,
          groepNaam: route.groep.naam,
          ontvangenOp,
          gelezenOp: null,
        })),
      )
      .orIgnore()
      .execute();
    return gebruikers;
  }

  /** `ongelezen` narrows the page to unread (true) or read (false) items; the unread count stays that of the group. */
  async lijst(tenant: TenantContext, pagina: number, paginaGrootte: number, filter: { groep?: string; ongelezen?: boolean } = {}) {
    const mijn = () => {
      const q = this.mijn(tenant);
      return filter.groep ? q.andWhere('i.groep = :groep', { groep: filter.groep }) : q;
    };
    const pagineer = () => {
      if (filter.ongelezen === undefined) return mijn();
      return mijn().andWhere(filter.ongelezen ? 'i.gelezenOp IS NULL' : 'i.gelezenOp IS NOT NULL');
    };
    const [[items, totaal], ongelezen] = await Promise.all([
      pagineer().orderBy('i.ontvangenOp', 'DESC').addOrderBy('i.id').skip((pagina - 1) * paginaGrootte).take(paginaGrootte).getManyAndCount(),
      mijn().andWhere('i.gelezenOp IS NULL').getCount(),
    ]);
    return { items, totaal, ongelezen };
  }

  /** The caller's items per group (kind of message), the group with the newest item first. */
  async groepen(tenant: TenantContext): Promise<Array<{ groep: string; naam: string; aantal: number; ongelezen: number; laatsteOp: Date }>> {
    const rijen: Array<{ groep: string; naam: string; aantal: number; ongelezen: number; laatste_op: Date }> = await this.mijn(tenant)
      .select('i.groep', 'groep')
      .addSelect('(array_agg(i.groep_naam ORDER BY i.ontvangen_op DESC))[1]', 'naam')
      .addSelect('count(*)::int', 'aantal')
      .addSelect('(count(*) FILTER (WHERE i.gelezen_op IS NULL))::int', 'ongelezen')
      .addSelect('max(i.ontvangen_op)', 'laatste_op')
      .groupBy('i.groep')
      .orderBy('laatste_op', 'DESC')
      .addOrderBy('i.groep')
      .getRawMany();
    return rijen.map((r) => ({ groep: r.groep, naam: r.naam, aantal: r.aantal, ongelezen: r.ongelezen, laatsteOp: r.laatste_op }));
  }

  private mijn(tenant: TenantContext) {
    return this.dataSource
      .getRepository(InboxItem)
      .createQueryBuilder('i')
      .where('i.ontvangerSub = :sub', { sub: tenant.subject })
      .andWhere('i.regio IN (:...regios)', { regios: tenant.regios });
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
