import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { tafelGestartV1 } from '@koers/contracts';
import { BestaatAl, NietBevoegd, NietGevonden, Statusconflict, weigerPersoonsgegevens } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { Deelnemer } from '../deelnemer/deelnemer.entity';
import { DeelnemerService } from '../deelnemer/deelnemer.service';
import { betrokkenTafels } from './betrokken';
import { ProbleemstellingDto } from './dto/probleemstelling.dto';
import { TafelStartenDto } from './dto/tafel-starten.dto';
import { TafelsQuery } from './dto/tafels-query.dto';
import { SignaalDetail, SignalenClient } from './signalen.client';
import { Bewijsinhoud, Bewijsstuk, Tafel } from './tafel.entity';
import { Aanleiding, Actor, Feiten, TAFEL_LEVENSLOOP, TafelStatus } from './tafel.rules';

const tafels = new TenantRepository(Tafel);

/** The koerstafel: started from a signal with consensus; every step goes through TAFEL_LEVENSLOOP. */
@Injectable()
export class TafelService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly signalen: SignalenClient,
    private readonly deelnemers: DeelnemerService,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * Signalen is asked at the start, once: it owns the signal's status, its behandelaar, its merged
   * signals and its dossier, so a signal that reached consensus before tafels ran starts like any other.
   */
  async start(tenant: TenantContext, dto: TafelStartenDto): Promise<Tafel> {
    const regio = kiesRegio(tenant, dto.regio);
    const signaal = await this.signalen.signaal(dto.signaalId);
    if (!signaal || signaal.regio !== regio) throw new NietGevonden(`Signaal ${dto.signaalId}`);
    if (signaal.status !== 'consensus_bereikt') {
      throw new Statusconflict(
        `Het signaal heeft status '${signaal.status}'; een koerstafel start alleen op een signaal waarover consensus is bereikt.`,
        signaal.status,
        ["status 'consensus_bereikt'"],
      );
    }
    if (!signaal.behandelaar || signaal.behandelaar !== tenant.subject) {
      throw new NietBevoegd('Alleen de behandelaar van het signaal start er een koerstafel op.', 'geen-behandelaar');
    }
    const tafel = Object.assign(new Tafel(), {
      id: randomUUID(),
      regio,
      signaalId: signaal.id,
      samengevoegdeSignalen: signaal.samengevoegdeSignalen.map((s) => s.id),
      gemeenten: [...new Set([signaal, ...signaal.samengevoegdeSignalen].flatMap((s) => s.gemeenten))],
      titel: signaal.titel,
      probleemstelling: signaal.omschrijving,
      bewijs: bewijsVan(signaal),
      status: 'voorbereiding' as const,
      bijsturingNodig: false,
      behandelaarSub: tenant.subject,
      behandelaarGemeente: signaal.behandelaarGemeente ?? tenant.gemeente ?? '',
      gestartOp: new Date(),
    });
    return this.dataSource.transaction(async (manager) => {
      const bestaand = await manager
        .createQueryBuilder(Tafel, 't')
        .where('t.regio = :regio AND t.signaal_id = :signaalId', { regio, signaalId: signaal.id })
        .setLock('pessimistic_write')
        .getOne();
      if (bestaand) throw new BestaatAl(`Op signaal ${signaal.id} is al koerstafel ${bestaand.id} gestart.`);
      await manager.insert(Tafel, tafel);
      await this.outbox.add(
        manager,
        this.outbox.event(tafelGestartV1, { tafelId: tafel.id, regio, signaalId: signaal.id, gestartOp: tafel.gestartOp.toISOString() }),
      );
      await this.deelnemers.voegBehandelaarToe(manager, tafel);
      return tafel;
    });
  }

  /** One page of the region's tables matching the filters, newest first, with the total. */
  async lijst(tenant: TenantContext, vraag: TafelsQuery): Promise<{ tafels: Tafel[]; totaal: number }> {
    const q = tafels.query(this.dataSource.manager, tenant, 't');
    if (vraag.status?.length) q.andWhere('t.status IN (:...status)', { status: vraag.status });
    if (vraag.signaal) q.andWhere('(t.signaal_id = :signaal OR t.samengevoegde_signalen @> ARRAY[:signaal]::uuid[])', { signaal: vraag.signaal });
    if (vraag.betrokken) {
      const { sql, parameters } = betrokkenTafels(this.dataSource, tenant);
      q.andWhere(`t.id IN (${sql})`, parameters);
    }
    const [lijst, totaal] = await q
      .orderBy('t.gestart_op', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .skip((vraag.pagina - 1) * vraag.paginaGrootte)
      .take(vraag.paginaGrootte)
      .getManyAndCount();
    return { tafels: lijst, totaal };
  }

  async haalOp(tenant: TenantContext, id: string): Promise<{ tafel: Tafel; deelnemers: Deelnemer[] }> {
    const tafel = await tafels.findOne(this.dataSource.manager, tenant, { id });
    if (!tafel) throw new NietGevonden(`Tafel ${id}`);
    return { tafel, deelnemers: await this.deelnemers.vanTafel(this.dataSource.manager, tafel) };
  }

  namen(tafel: Tafel, deelnemers: readonly Deelnemer[]): Promise<Map<string, string>> {
    return this.deelnemers.namen(tafel, deelnemers);
  }

  /** The gemeente rewrites the shared problem statement, in words without personal data. */
  async wijzigProbleemstelling(tenant: TenantContext, id: string, dto: ProbleemstellingDto): Promise<Tafel> {
    weigerPersoonsgegevens({ probleemstelling: dto.probleemstelling });
    return this.dataSource.transaction(async (manager) => {
      const tafel = await this.vergrendel(manager, tenant, id);
      if (!tenant.gemeente || !tafel.gemeenten.includes(tenant.gemeente)) {
        throw new NietBevoegd('Alleen een gemeente van de tafel past de probleemstelling aan.', 'geen-gemeente-van-tafel');
      }
      if (tafel.status === 'afgerond') {
        throw new Statusconflict(`De tafel heeft status '${tafel.status}'; de probleemstelling ligt vast.`, tafel.status, ['een tafel die niet is afgerond']);
      }
      tafel.probleemstelling = dto.probleemstelling.trim();
      await manager.update(Tafel, { id: tafel.id }, { probleemstelling: tafel.probleemstelling });
      return tafel;
    });
  }

  /** One step of the table's life cycle, in the transaction of the use case that causes it; the engine refuses what may not. */
  async neemStap(manager: EntityManager, tafel: Tafel, naar: TafelStatus, aanleiding: Aanleiding, actor: Actor, feiten: Feiten): Promise<void> {
    TAFEL_LEVENSLOOP.toegestaneStap(tafel, naar, aanleiding, actor, feiten);
    // Steering answers the verdict that asked for it; a later `niet_bereikt` flags the table again.
    const wijziging = aanleiding === 'bijsturen' ? { status: naar, bijsturingNodig: false } : { status: naar };
    Object.assign(tafel, wijziging);
    await manager.update(Tafel, { id: tafel.id }, wijziging);
  }

  /** The table under a row lock, for a use case that may take one of its steps; another region's is not found. */
  async vergrendel(manager: EntityManager, tenant: TenantContext, id: string): Promise<Tafel> {
    const tafel = await tafels.query(manager, tenant, 't').andWhere('t.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!tafel) throw new NietGevonden(`Tafel ${id}`);
    return tafel;
  }
}

/** Every piece of evidence still in the dossiers, as signalen kept it; withdrawn pieces stay behind. */
function bewijsVan(signaal: SignaalDetail): Bewijsstuk[] {
  return [signaal, ...signaal.samengevoegdeSignalen].flatMap((s) =>
    s.dossier.filter((stuk) => !stuk.ingetrokkenOp).map((stuk) => ({ signaalId: s.id, soort: stuk.soort, inhoud: stuk.inhoud as Bewijsinhoud, toegevoegdOp: stuk.toegevoegdOp })),
  );
}
