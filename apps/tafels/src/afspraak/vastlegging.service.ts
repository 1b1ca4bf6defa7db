import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { afspraakPilotVoorgesteldV1, afspraakVastgelegdV1, CloudEvent, MonitoringplanAangemaaktV1, MonitoringplanBevestigdV1 } from '@koers/contracts';
import { KLOK, Klok } from '@koers/due-work';
import { NietGevonden } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE } from '@koers/persistence';
import { Tafel } from '../tafel/tafel.entity';
import { vergrendelTafel } from '../tafel/vergrendel-tafel';
import { AfspraakStand, TAFEL_LEVENSLOOP } from '../tafel/tafel.rules';
import { Afspraak } from './afspraak.entity';
import { AFSPRAAK_LEVENSLOOP, isHuidig } from './afspraak.rules';
import { actorVan } from './afspraak.service';

/**
 * Recording a table's agreements (the table's step `afspraken`, every concept agreement to
 * `vastgelegd`, in one transaction), and what monitoring tells of their plans: a plan made for an
 * agreement, a plan confirmed — after which the table moves to `monitoring` by itself.
 */
@Injectable()
export class VastleggingService {
  private readonly logger = new Logger(VastleggingService.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async legVast(tenant: TenantContext, tafelId: string): Promise<{ tafel: Tafel; afspraken: Afspraak[] }> {
    const actor = actorVan(tenant);
    return this.dataSource.transaction(async (manager) => {
      const tafel = await vergrendelTafel(manager, tenant, tafelId);
      const alle = await vergrendelAfspraken(manager, tafel);
      const huidig = alle.filter((a) => telVoorTafel(a));
      TAFEL_LEVENSLOOP.toegestaneStap(tafel, 'afspraken_vastgelegd', 'afspraken', actor, { afspraken: huidig.map(standVan) });
      const nu = this.klok.nu();
      const vastgelegd: Afspraak[] = [];
      for (const afspraak of huidig.filter((a) => a.status === 'concept')) {
        const toestand = { status: afspraak.status, eigenaar: afspraak.eigenaar, behandelaarSub: tafel.behandelaarSub };
        AFSPRAAK_LEVENSLOOP.toegestaneStap(toestand, 'vastgelegd', 'vastlegging', actor, { monitoringplan: Boolean(afspraak.monitoringplanId), akkoord: afspraak.toetsing === 'akkoord' });
        Object.assign(afspraak, { status: 'vastgelegd', vastgelegdOp: nu, gewijzigdOp: nu });
        await manager.update(Afspraak, { id: afspraak.id }, { status: 'vastgelegd', vastgelegdOp: nu, gewijzigdOp: nu });
        if (afspraak.vorigeVersieId) await this.vervang(manager, tafel, alle, afspraak.vorigeVersieId, actor, nu);
        await meldVastgelegd(this.outbox, manager, afspraak, nu);
        vastgelegd.push(afspraak);
      }
      tafel.status = 'afspraken_vastgelegd';
      await manager.update(Tafel, { id: tafel.id }, { status: tafel.status });
      return { tafel, afspraken: vastgelegd };
    });
  }

  /**
   * Monitoring made a plan for an agreement (linked by id, tafels never asks for it). A plan of a
   * recorded agreement stays: a newer plan for it is not taken over. A plan for an agreement tafels
   * does not know in that region is refused (dead-lettered with the reason).
   */
  async planAangemaakt(manager: EntityManager, event: CloudEvent<MonitoringplanAangemaaktV1>): Promise<'gekoppeld' | 'al_gekoppeld' | 'niet_voor_afspraak' | 'vastgelegd_houdt_plan'> {
    const { onderwerp, regio, monitoringplanId } = event.data;
    if (onderwerp.soort !== 'afspraak') return 'niet_voor_afspraak';
    const { afspraak } = await vergrendelMetTafel(manager, regio, onderwerp.id);
    if (afspraak.monitoringplanId === monitoringplanId) return 'al_gekoppeld';
    if (afspraak.status !== 'concept') return 'vastgelegd_houdt_plan';
    await manager.update(Afspraak, { id: afspraak.id }, { monitoringplanId, planBevestigd: false });
    return 'gekoppeld';
  }

  /** Monitoring confirmed a recorded agreement's plan; when every current agreement's plan is confirmed, the table moves to `monitoring`. */
  async planBevestigd(manager: EntityManager, event: CloudEvent<MonitoringplanBevestigdV1>): Promise<'bevestigd' | 'tafel_in_monitoring' | 'niet_voor_afspraak' | 'ander_plan'> {
    const { onderwerp, regio, monitoringplanId } = event.data;
    if (onderwerp.soort !== 'afspraak') return 'niet_voor_afspraak';
    const { tafel, afspraak } = await vergrendelMetTafel(manager, regio, onderwerp.id);
    if (afspraak.monitoringplanId !== monitoringplanId) {
      this.logger.warn({ afspraakId: afspraak.id, monitoringplanId, gekoppeld: afspraak.monitoringplanId }, 'confirmed plan is not the one linked to the agreement');
      return 'ander_plan';
    }
    await manager.update(Afspraak, { id: afspraak.id }, { planBevestigd: true });
    const huidig = (await manager.find(Afspraak, { where: { regio, tafelId: tafel.id } })).filter((a) => telVoorTafel(a));
    const standen = huidig.map((a) => standVan(a.id === afspraak.id ? { ...a, planBevestigd: true } : a));
    const oordeel = TAFEL_LEVENSLOOP.beoordeel(tafel, 'monitoring', 'plannen_bevestigd', { soort: 'systeem' }, { afspraken: standen });
    if (oordeel.uitkomst !== 'toegestaan') return 'bevestigd';
    await manager.update(Tafel, { id: tafel.id }, { status: 'monitoring' });
    return 'tafel_in_monitoring';
  }

  private async vervang(manager: EntityManager, tafel: Tafel, alle: readonly Afspraak[], id: string, actor: ReturnType<typeof actorVan>, nu: Date): Promise<void> {
    const vorige = alle.find((a) => a.id === id);
    if (!vorige) return;
    AFSPRAAK_LEVENSLOOP.toegestaneStap({ status: vorige.status, eigenaar: vorige.eigenaar, behandelaarSub: tafel.behandelaarSub }, 'vervangen', 'nieuwe_versie', actor, {});
    await manager.update(Afspraak, { id: vorige.id }, { status: 'vervangen', gewijzigdOp: nu });
  }
}

/** One fact per recorded agreement with its plan, and for a `pilot` the proposal for the pilots service. */
export async function meldVastgelegd(outbox: OutboxWriter, manager: EntityManager, a: Afspraak, nu: Date): Promise<void> {
  const ids = { afspraakId: a.id, tafelId: a.tafelId, regio: a.regio, versie: a.versie };
  const monitoringplanId = a.monitoringplanId as string;
  await outbox.add(manager, outbox.event(afspraakVastgelegdV1, { ...ids, monitoringplanId, vastgelegdOp: nu.toISOString() }));
  if (a.soort !== 'pilot') return;
  await outbox.add(
    manager,
    outbox.event(afspraakPilotVoorgesteldV1, {
      ...ids,
      bijeenkomstId: a.bijeenkomstId,
      eigenaar: a.eigenaar,
      gemeenten: a.gemeenten,
      voorDeHeleRegio: a.voorDeHeleRegio,
      deadline: a.deadline,
      monitoringplanId,
      ...(a.vorigeVersieId ? { vorigeVersieId: a.vorigeVersieId } : {}),
      voorgesteldOp: nu.toISOString(),
    }),
  );
}

/** The agreements the table's steps count: current ones, not those another gemeente took over (they follow their own course). */
export function telVoorTafel(a: Pick<Afspraak, 'status' | 'overgenomenVanId'>): boolean {
  return isHuidig(a.status) && !a.overgenomenVanId;
}

/** How the table's steps see an agreement; named by the start of its description, which holds no personal data. */
function standVan(a: Pick<Afspraak, 'id' | 'omschrijving' | 'status' | 'toetsing' | 'monitoringplanId' | 'planBevestigd'>): AfspraakStand {
  return {
    titel: a.omschrijving.length > 60 ? `${a.omschrijving.slice(0, 57)}...` : a.omschrijving,
    plan: Boolean(a.monitoringplanId),
    akkoord: a.status !== 'concept' || a.toetsing === 'akkoord',
    plannenBevestigd: a.planBevestigd,
  };
}

function vergrendelAfspraken(manager: EntityManager, tafel: Tafel): Promise<Afspraak[]> {
  return manager
    .createQueryBuilder(Afspraak, 'a')
    .where('a.regio = :regio AND a.tafel_id = :tafelId', { regio: tafel.regio, tafelId: tafel.id })
    .orderBy('a.opgesteld_op', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .setLock('pessimistic_write')
    .getMany();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The agreement a plan is about and its table, locked in the order recording locks them (table first). */
export async function vergrendelMetTafel(manager: EntityManager, regio: string, id: string): Promise<{ tafel: Tafel; afspraak: Afspraak }> {
  const onbekend = () => new NietGevonden(`Afspraak ${id}`, `Afspraak ${id} bestaat niet in regio ${regio}; het bericht van monitoring over haar plan hoort bij geen afspraak.`);
  if (!UUID.test(id)) throw onbekend();
  const gevonden = await manager.findOne(Afspraak, { where: { regio, id }, select: { id: true, tafelId: true } });
  if (!gevonden) throw onbekend();
  const tafel = await vergrendelTafel(manager, { regios: [regio] }, gevonden.tafelId);
  const afspraak = await manager.createQueryBuilder(Afspraak, 'a').where('a.regio = :regio AND a.id = :id', { regio, id }).setLock('pessimistic_write').getOne();
  if (!afspraak) throw onbekend();
  return { tafel, afspraak };
}
