import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { NietGevonden, OngeldigeInvoer, Statusconflict, weigerPersoonsgegevens, weigerTenzijToegestaan } from '@koers/domain';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { Signaal } from '../signaal/signaal.entity';
import { CorrectieService } from '../signaal/correctie.service';
import { IntrekkingDto } from '../signaal/dto/signaal-corrigeren.dto';
import { DOSSIERSTUK_INTREKKEN, DossierSoort, magDossierAanvullen, magVoorbereiden } from '../signaal/signaal.rules';
import { alsHandelende } from '../signaal/handelende';
import { SignaalStapService } from '../signaal/signaal-stap.service';
import { DossierstukToevoegenDto } from './dto/dossierstuk-toevoegen.dto';
import { DossierInhoud, Dossierstuk, ObjectieveData } from './dossierstuk.entity';
import { MonitoringClient } from './monitoring.client';

const signalen = new TenantRepository(Signaal);

/** The behandelaar builds the dossier of a signal in preparation; every piece is kept as it was attached. */
@Injectable()
export class DossierService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly stappen: SignaalStapService,
    private readonly monitoring: MonitoringClient,
    private readonly correcties: CorrectieService,
  ) {}

  async voegToe(tenant: TenantContext, signaalId: string, dto: DossierstukToevoegenDto): Promise<Dossierstuk> {
    const wie = alsHandelende(tenant, 'gemeente');
    // Judged before monitoring is asked, so a refusal costs no call; judged again under the lock below.
    const signaal = await signalen.findOne(this.dataSource.manager, tenant, { id: signaalId });
    if (!signaal) throw new NietGevonden(`Signaal ${signaalId}`);
    weigerTenzijToegestaan(magDossierAanvullen(signaal, wie.actor));
    const inhoud = await this.inhoudVan(signaal, dto);

    return this.dataSource.transaction(async (manager) => {
      const vergrendeld = await this.stappen.vergrendelEen(manager, tenant, signaalId);
      weigerTenzijToegestaan(magDossierAanvullen(vergrendeld, wie.actor));
      const stuk = Object.assign(new Dossierstuk(), {
        id: randomUUID(),
        signaalId,
        regio: vergrendeld.regio,
        soort: dto.soort,
        inhoud,
        toegevoegdDoorSub: tenant.subject,
        toegevoegdDoorGemeente: tenant.gemeente ?? null,
        toegevoegdOp: new Date(),
        ingetrokkenOp: null,
      });
      await manager.insert(Dossierstuk, stuk);
      return stuk;
    });
  }

  /**
   * The behandelaar withdraws a piece added by mistake while preparing: it stays in the dossier,
   * marked withdrawn and recorded in the corrections, and no longer counts for completeness.
   */
  async trekIn(tenant: TenantContext, signaalId: string, stukId: string, dto: IntrekkingDto): Promise<Dossierstuk> {
    weigerPersoonsgegevens({ reden: dto.reden });
    const wie = alsHandelende(tenant, 'gemeente');
    return this.dataSource.transaction(async (manager) => {
      const signaal = await this.stappen.vergrendelEen(manager, tenant, signaalId);
      weigerTenzijToegestaan(magVoorbereiden(signaal, wie.actor, DOSSIERSTUK_INTREKKEN));
      const stuk = await manager.findOneBy(Dossierstuk, { id: stukId, signaalId, regio: signaal.regio });
      if (!stuk) throw new NietGevonden(`Dossierstuk ${stukId}`);
      if (stuk.ingetrokkenOp) {
        throw new Statusconflict(`Dossierstuk ${stukId} is al ingetrokken op ${stuk.ingetrokkenOp.toISOString()}.`, signaal.status, []);
      }
      stuk.ingetrokkenOp = new Date();
      await manager.update(Dossierstuk, { id: stuk.id }, { ingetrokkenOp: stuk.ingetrokkenOp });
      await this.correcties.legVast(manager, signaal, wie, { soort: 'dossierstuk_ingetrokken', dossierstukId: stuk.id, reden: dto.reden ?? null });
      return stuk;
    });
  }

  /** The dossiers of these signals (one query), oldest piece first. */
  vanSignalen(manager: EntityManager, regio: string, signaalIds: string[]): Promise<Dossierstuk[]> {
    if (!signaalIds.length) return Promise.resolve([]);
    return manager.find(Dossierstuk, { where: { regio, signaalId: In(signaalIds) }, order: { toegevoegdOp: 'ASC', id: 'ASC' } });
  }

  /** Which kinds of evidence the dossier holds, read in the caller's transaction. */
  async soortenVan(manager: EntityManager, signaal: Signaal): Promise<DossierSoort[]> {
    const rijen: Array<{ soort: DossierSoort }> = await manager
      .createQueryBuilder(Dossierstuk, 'd')
      .select('DISTINCT d.soort', 'soort')
      .where('d.regio = :regio AND d.signaal_id = :id AND d.ingetrokken_op IS NULL', { regio: signaal.regio, id: signaal.id })
      .getRawMany();
    return rijen.map((r) => r.soort);
  }

  private async inhoudVan(signaal: Signaal, dto: DossierstukToevoegenDto): Promise<DossierInhoud> {
    switch (dto.soort) {
      case 'objectieve_data':
        return this.objectieveData(signaal.regio, gevalideerd(dto.indicator), dto.gemeente, gevalideerd(dto.perioden));
      case 'ervaringsinformatie':
        weigerPersoonsgegevens({ verslag: dto.verslag });
        return { perspectief: gevalideerd(dto.perspectief), verslag: gevalideerd(dto.verslag) };
      case 'juridisch_kader':
        weigerPersoonsgegevens({ referentie: dto.referentie, toelichting: dto.toelichting });
        return { kader: gevalideerd(dto.kader), referentie: gevalideerd(dto.referentie), ...(dto.toelichting ? { toelichting: dto.toelichting } : {}) };
    }
  }

  /** Monitoring's values for the chosen periods, taken now and stored as received. */
  private async objectieveData(regio: string, indicator: string, gemeente: string | undefined, perioden: string[]): Promise<ObjectieveData> {
    const reeks = await this.monitoring.reeks(regio, indicator, gemeente);
    const punten = reeks.punten.filter((punt) => perioden.includes(punt.periode));
    const zonderMeting = perioden.filter((periode) => !punten.some((punt) => punt.periode === periode));
    if (zonderMeting.length) {
      throw new OngeldigeInvoer(
        zonderMeting.map((periode) => ({ naam: 'perioden', code: 'geen-meting', reden: `monitoring heeft voor ${indicator}${gemeente ? ` in ${gemeente}` : ''} geen meting over ${periode}` })),
      );
    }
    return {
      indicator,
      ...(gemeente ? { gemeente } : {}),
      perioden,
      punten,
      ...(reeks.koersdoel ? { koersdoel: reeks.koersdoel } : {}),
      opgehaaldOp: new Date().toISOString(),
    };
  }
}

/** A field the DTO already requires for this kind of dossierstuk; the check is for the type checker. */
function gevalideerd<T>(waarde: T | undefined): T {
  if (waarde === undefined) throw new Error('a field required by DossierstukToevoegenDto is missing after validation');
  return waarde;
}
