import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { AfwijkingGekoppeldV1, CloudEvent, tafelAfgerondV1 } from '@koers/contracts';
import { KLOK, Klok } from '@koers/due-work';
import { NietGevonden, weigerPersoonsgegevens } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { Afspraak } from '../afspraak/afspraak.entity';
import { ontvangers, onderwerpVan, Ontvanger } from '../bijeenkomst/bijeenkomst.rules';
import { DeelnemerService } from '../deelnemer/deelnemer.service';
import { Tafel } from '../tafel/tafel.entity';
import { Actor } from '../tafel/tafel.rules';
import { TafelService } from '../tafel/tafel.service';
import { vergrendelTafel } from '../tafel/vergrendel-tafel';
import { houdtAfrondingOp, standVoorAfronding } from './afronding.rules';
import { AfrondingDto, LeerervaringenQuery } from './dto/afronding.dto';
import { Leerervaring, TafelAfwijking } from './leerervaring.entity';

const leerervaringen = new TenantRepository(Leerervaring);
const tafels = new TenantRepository(Tafel);
const afwijkingen = new TenantRepository(TafelAfwijking);

/**
 * Closing a koerstafel (the step `afronding`, monitoring → afgerond) with what was learned; the
 * region's search through those lessons; and the course deviations that joined the table while it ran.
 */
@Injectable()
export class AfrondingService {
  private readonly logger = new Logger(AfrondingService.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tafels: TafelService,
    private readonly deelnemers: DeelnemerService,
    private readonly outbox: OutboxWriter,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  /**
   * The behandelaar closes the table once every agreement that counts reached its effect or was
   * stopped with a reason. In one transaction: the step, the lessons, the guests' aliases deleted,
   * and `tafel.afgerond.v1` (ids only; the lessons stay in this API).
   */
  async rondAf(tenant: TenantContext, tafelId: string, dto: AfrondingDto): Promise<{ tafel: Tafel; leerervaring: Leerervaring }> {
    const tekst = { watWerkte: dto.leerervaringen.watWerkte.trim(), watWerkteNiet: dto.leerervaringen.watWerkteNiet.trim(), voorWie: dto.leerervaringen.voorWie.trim() };
    weigerPersoonsgegevens({ 'leerervaringen.watWerkte': tekst.watWerkte, 'leerervaringen.watWerkteNiet': tekst.watWerkteNiet, 'leerervaringen.voorWie': tekst.voorWie });
    const actor: Actor = { soort: 'persoon', subject: tenant.subject, rollen: tenant.rollen };
    return this.dataSource.transaction(async (manager) => {
      const tafel = await vergrendelTafel(manager, tenant, tafelId);
      const alle = await manager
        .createQueryBuilder(Afspraak, 'a')
        .where('a.regio = :regio AND a.tafel_id = :tafelId', { regio: tafel.regio, tafelId: tafel.id })
        .orderBy('a.opgesteld_op', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .setLock('pessimistic_write')
        .getMany();
      const afspraken = alle.filter(houdtAfrondingOp).map(standVoorAfronding);
      await this.tafels.neemStap(manager, tafel, 'afgerond', 'afronding', actor, { afspraken, leerervaringen: tekst });
      const nu = this.klok.nu();
      const leerervaring = Object.assign(new Leerervaring(), { tafelId: tafel.id, regio: tafel.regio, ...tekst, afgerondDoorSub: tenant.subject, afgerondOp: nu });
      await manager.insert(Leerervaring, leerervaring);
      const gasten = await this.deelnemers.verwijderAliassen(manager, tafel, nu);
      await this.outbox.add(manager, this.outbox.event(tafelAfgerondV1, { tafelId: tafel.id, regio: tafel.regio, signaalId: tafel.signaalId, afgerondOp: nu.toISOString() }));
      this.logger.log({ tafelId: tafel.id, regio: tafel.regio, gastenZonderAlias: gasten }, 'koerstafel afgerond');
      return { tafel, leerervaring };
    });
  }

  /** One page of the lessons of the region's closed tables, newest first; `zoek` searches them in Dutch. */
  async zoek(tenant: TenantContext, vraag: LeerervaringenQuery): Promise<{ items: Array<{ leerervaring: Leerervaring; tafel: Tafel }>; totaal: number }> {
    const q = leerervaringen.query(this.dataSource.manager, tenant, 'l');
    if (vraag.regio) q.andWhere('l.regio = :regio', { regio: vraag.regio });
    if (vraag.zoek?.trim()) {
      // The same expression as the index of the migration.
      q.andWhere(`to_tsvector('dutch', l.wat_werkte || ' ' || l.wat_werkte_niet || ' ' || l.voor_wie) @@ websearch_to_tsquery('dutch', :zoek)`, { zoek: vraag.zoek.trim() });
    }
    const [pagina, totaal] = await q
      .orderBy('l.afgerondOp', 'DESC')
      .addOrderBy('l.tafelId', 'ASC')
      .skip((vraag.pagina - 1) * vraag.paginaGrootte)
      .take(vraag.paginaGrootte)
      .getManyAndCount();
    const bij = pagina.length ? await this.dataSource.manager.find(Tafel, { where: { regio: In([...new Set(pagina.map((l) => l.regio))]), id: In(pagina.map((l) => l.tafelId)) } }) : [];
    const perId = new Map(bij.map((t) => [t.id, t]));
    return { items: pagina.map((leerervaring) => ({ leerervaring, tafel: perId.get(leerervaring.tafelId) as Tafel })), totaal };
  }

  /** The lessons of one table, once it is closed. */
  async vanTafel(tenant: TenantContext, tafelId: string): Promise<{ tafel: Tafel; leerervaring: Leerervaring | null }> {
    const tafel = await tafels.findOne(this.dataSource.manager, tenant, { id: tafelId });
    if (!tafel) throw new NietGevonden(`Tafel ${tafelId}`);
    return { tafel, leerervaring: await leerervaringen.findOne(this.dataSource.manager, tenant, { tafelId }) };
  }

  /** The deviations that joined the table while it ran, oldest first. */
  async afwijkingen(tenant: TenantContext, tafelId: string): Promise<TafelAfwijking[]> {
    const tafel = await tafels.findOne(this.dataSource.manager, tenant, { id: tafelId });
    if (!tafel) throw new NietGevonden(`Tafel ${tafelId}`);
    return afwijkingen.query(this.dataSource.manager, { regios: [tafel.regio] }, 'a').andWhere('a.tafelId = :tafelId', { tafelId }).orderBy('a.gekoppeldOp', 'ASC').addOrderBy('a.afwijkingId', 'ASC').getMany();
  }

  /**
   * Signalen attached a new deviation to the table's signal. Kept once (its id is the key, and the
   * consumer's inbox holds the event id); for a table tafels does not know in that region it is
   * refused (dead-lettered). A table closed meanwhile keeps no more: signalen learns of the close
   * from `tafel.afgerond.v1`, and the next deviation opens a new signal.
   */
  async afwijkingGekoppeld(manager: EntityManager, event: CloudEvent<AfwijkingGekoppeldV1>): Promise<'gekoppeld' | 'al_gekoppeld' | 'tafel_afgerond'> {
    const a = event.data;
    const tafel = await vergrendelTafel(manager, { regios: [a.regio] }, a.tafelId);
    if (tafel.signaalId !== a.signaalId) {
      throw new NietGevonden(`Tafel ${a.tafelId}`, `Tafel ${a.tafelId} in regio ${a.regio} is niet gestart op signaal ${a.signaalId}; de gekoppelde afwijking hoort bij geen tafel.`);
    }
    if (tafel.status === 'afgerond') return 'tafel_afgerond';
    const { raw } = await manager
      .createQueryBuilder()
      .insert()
      .into(TafelAfwijking)
      .values({ afwijkingId: a.afwijkingId, tafelId: tafel.id, regio: a.regio, signaalId: a.signaalId, gemeente: a.gemeente ?? null, indicator: a.indicator, regel: a.regel, laatstePeriode: a.laatstePeriode, gekoppeldOp: new Date(a.gekoppeldOp) })
      .orIgnore()
      .returning(['afwijking_id'])
      .execute();
    return raw.length ? 'gekoppeld' : 'al_gekoppeld';
  }

  /** For notificaties: everyone at the table once, and for guests the client representative who brought them. */
  async ontvangers(tenant: TenantContext, tafelId: string): Promise<{ tafel: Tafel; onderwerp: string; ontvangers: Ontvanger[] }> {
    const tafel = await tafels.findOne(this.dataSource.manager, tenant, { id: tafelId });
    if (!tafel) throw new NietGevonden(`Tafel ${tafelId}`);
    const deelnemers = await this.deelnemers.vanTafel(this.dataSource.manager, tafel);
    const kv = deelnemers.some((d) => d.rol === 'gast') ? await this.deelnemers.clientvertegenwoordigers(tafel.regio) : [];
    return { tafel, onderwerp: onderwerpVan(tafel.probleemstelling), ontvangers: ontvangers(deelnemers, kv) };
  }
}
