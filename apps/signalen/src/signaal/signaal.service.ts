import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { AfwijkingGedetecteerdV1, afwijkingGekoppeldV1, CONSENSUS_PARTIJROLLEN, AfwijkingGekoppeldV1, CloudEvent, SignaalIngediendV1, signaalIngediendV1, TafelAfgerondV1 } from '@koers/contracts';
import { NietBevoegd, NietGevonden, OngeldigeInvoer, weigerPersoonsgegevens } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, inRegio, regioSql, schemaOf, tabel, TenantRepository } from '@koers/persistence';
import { Regioregister } from '@koers/register';
import { SignaalIndienenDto } from './dto/signaal-indienen.dto';
import { SignalenQuery } from './dto/signalen-query.dto';
import { LopendeTermijn, TermijnService } from '../termijn/termijn.service';
import { Signaal } from './signaal.entity';
import { magIndienen, OPEN_STATUSSEN, TREND_LOOPT_BIJ } from './signaal.rules';
import { Statuswijziging } from './statuswijziging.entity';
import { intakeregel } from './signaal-stap.service';

const signalen = new TenantRepository(Signaal);

@Injectable()
export class SignaalService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly termijnen: TermijnService,
    private readonly register: Regioregister,
  ) {}

  async dienIn(tenant: TenantContext, dto: SignaalIndienenDto): Promise<Signaal> {
    const indienerRol = tenant.rollen.find((rol) => magIndienen([rol], dto.bron));
    if (!indienerRol) {
      throw new NietBevoegd(`Met uw rol kunt u geen signaal met bron '${dto.bron}' indienen.`);
    }
    weigerPersoonsgegevens({ titel: dto.titel, omschrijving: dto.omschrijving, koersReferentie: dto.koersReferentie });
    const regio = kiesRegio(tenant, dto.regio);
    await this.weigerOnbekendInRegister(regio, dto.gemeenten, dto.indicatoren ?? []);

    const signaal = Object.assign(new Signaal(), {
      id: randomUUID(),
      regio,
      bron: dto.bron,
      titel: dto.titel,
      omschrijving: dto.omschrijving,
      gemeenten: dto.gemeenten,
      indicatoren: dto.indicatoren ?? [],
      koersReferentie: dto.koersReferentie ?? null,
      status: 'ingediend' as const,
      indienerSub: tenant.subject,
      indienerRol,
      indienerOrganisatie: tenant.organisatie ?? null,
      ingediendOp: new Date(),
    });

    await this.dataSource.transaction((manager) => this.kondigAan(manager, signaal));
    return signaal;
  }

  /**
   * A course deviation from monitoring becomes a `beleidsinformatie` signal, or joins the one that
   * holds the same gemeente + indicator: an open signal, or one whose koerstafel is not closed yet
   * — then tafels hears of it (`afwijking.gekoppeld.v1`, no figures) to show it in the table's
   * follow-up. The database allows one such signal per key, so two deviations handled at the same
   * moment cannot start two signals. Runs in the event handler's transaction; a redelivery finds its
   * deviation already attached and changes nothing.
   */
  async verwerkAfwijking(manager: EntityManager, event: CloudEvent<AfwijkingGedetecteerdV1>): Promise<{ signaalId: string; nieuw: boolean; tafelId?: string; gekoppeld: boolean }> {
    const afwijking = event.data;
    const bekend = await this.register.gemeenten(afwijking.regio, manager);
    const gemeenten = afwijking.gemeente ? [afwijking.gemeente] : [...bekend.keys()];
    if (!gemeenten.length) throw new Error(`regio ${afwijking.regio} heeft geen bekende gemeenten`);
    const trendSleutel = `${afwijking.gemeente ?? ''}|${afwijking.indicator}`;
    const waar = afwijking.gemeente ? (bekend.get(afwijking.gemeente) ?? afwijking.gemeente) : 'de regio';
    const signaal = Object.assign(new Signaal(), {
      id: randomUUID(),
      regio: afwijking.regio,
      bron: 'beleidsinformatie' as const,
      titel: `Afwijking van de koers: ${afwijking.indicatorNaam} in ${waar}`.slice(0, 200),
      omschrijving: `${afwijking.toelichting}\n\nDit signaal is automatisch aangemaakt door de monitoring; volgende afwijkingen van dezelfde reeks worden eraan toegevoegd.`,
      gemeenten,
      indicatoren: [afwijking.indicator],
      koersReferentie: afwijking.koersdocumentSectie ?? null,
      trendSleutel,
      status: 'ingediend' as const,
      indienerSub: event.source,
      indienerRol: 'systeem' as const,
      indienerOrganisatie: null,
      ingediendOp: new Date(),
    });
    const { raw } = await manager
      .createQueryBuilder()
      .insert()
      .into(Signaal)
      .values(signaal)
      .orIgnore()
      .returning(['id'])
      .execute();
    const nieuw = raw.length > 0;
    if (nieuw) await this.kondigAan(manager, signaal, false);
    const houder = nieuw
      ? { id: signaal.id, status: signaal.status, tafel_id: null }
      : (
          await regioSql({ regios: [afwijking.regio] })`SELECT s.id, s.status, s.tafel_id FROM ${tabel(schemaOf(this.dataSource), 'signaal')} s
             WHERE ${inRegio('s')} AND s.trend_sleutel = ${trendSleutel}
               AND (s.status = ANY(${OPEN_STATUSSEN}) OR (s.status = ${TREND_LOOPT_BIJ} AND s.tafel_afgerond_op IS NULL))`.lees<{ id: string; status: string; tafel_id: string | null }>(manager)
        )[0];
    const toegevoegd = await manager.query(
      `INSERT INTO "${schemaOf(this.dataSource)}".signaal_afwijking (event_id, signaal_id, regio, regel, toelichting, laatste_periode, laatste_waarde)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING event_id`,
      [event.id, houder.id, afwijking.regio, afwijking.regel, afwijking.toelichting, afwijking.laatstePeriode, afwijking.laatsteWaarde],
    );
    const tafelId = houder.status === TREND_LOOPT_BIJ && houder.tafel_id ? houder.tafel_id : undefined;
    const gekoppeld = Boolean(tafelId) && toegevoegd.length > 0;
    if (gekoppeld && tafelId) {
      const data: AfwijkingGekoppeldV1 = {
        signaalId: houder.id,
        tafelId,
        regio: afwijking.regio,
        afwijkingId: event.id,
        ...(afwijking.gemeente ? { gemeente: afwijking.gemeente } : {}),
        indicator: afwijking.indicator,
        regel: afwijking.regel,
        laatstePeriode: afwijking.laatstePeriode,
        gekoppeldOp: new Date().toISOString(),
      };
      await this.outbox.add(manager, this.outbox.event(afwijkingGekoppeldV1, data));
    }
    return { signaalId: houder.id, nieuw, ...(tafelId ? { tafelId } : {}), gekoppeld };
  }

  /**
   * The koerstafel on a signal was closed: its trend is free, so a later deviation of the same
   * gemeente + indicator opens a new signal. The same fact again changes nothing; a close for a
   * table that is not the signal's is refused (dead-lettered with the reason).
   */
  async tafelAfgerond(manager: EntityManager, event: CloudEvent<TafelAfgerondV1>): Promise<'afgerond' | 'al_afgerond'> {
    const { signaalId, tafelId, regio, afgerondOp } = event.data;
    const signaal = await signalen.query(manager, { regios: [regio] }, 's').andWhere('s.id = :signaalId', { signaalId }).setLock('pessimistic_write').getOne();
    if (!signaal || signaal.tafelId !== tafelId) {
      throw new NietGevonden(`Signaal ${signaalId}`, `Signaal ${signaalId} in regio ${regio} heeft geen koerstafel ${tafelId}; de afronding ervan hoort bij geen signaal.`);
    }
    if (signaal.tafelAfgerondOp) return 'al_afgerond';
    await manager.update(Signaal, { id: signaal.id }, { tafelAfgerondOp: new Date(afgerondOp) });
    return 'afgerond';
  }

  /** Stores a new signal, starts the deadline for taking it up and announces it, in the caller's transaction. */
  private async kondigAan(manager: EntityManager, signaal: Signaal, invoegen = true): Promise<void> {
    if (invoegen) await manager.insert(Signaal, signaal);
    await manager.insert(Statuswijziging, intakeregel(signaal));
    await this.termijnen.startOpnemen(manager, { start: signaal.ingediendOp, regio: signaal.regio, signaalId: signaal.id });
    const data: SignaalIngediendV1 = {
      signaalId: signaal.id,
      regio: signaal.regio,
      bron: signaal.bron,
      titel: signaal.titel,
      gemeenten: signaal.gemeenten,
      indienerRol: signaal.indienerRol,
      ...(signaal.indienerOrganisatie ? { indienerOrganisatie: signaal.indienerOrganisatie } : {}),
      ingediendOp: signaal.ingediendOp.toISOString(),
    };
    await this.outbox.add(manager, this.outbox.event(signaalIngediendV1, data));
  }

  /** One page of the region's signals matching the filters, with the total and their running deadlines. */
  async zoek(tenant: TenantContext, vraag: SignalenQuery): Promise<{ signalen: Signaal[]; totaal: number; termijnen: Map<string, LopendeTermijn[]> }> {
    const q = signalen.query(this.dataSource.manager, tenant, 's');
    // On top of the tenant's regions, so naming another region gives an empty list, never its signals.
    if (vraag.regio) q.andWhere('s.regio = :regio', { regio: vraag.regio });
    if (vraag.status?.length) q.andWhere('s.status IN (:...status)', { status: vraag.status });
    if (vraag.bron) q.andWhere('s.bron = :bron', { bron: vraag.bron });
    if (vraag.gemeente) q.andWhere('s.gemeenten @> ARRAY[:gemeente]::text[]', { gemeente: vraag.gemeente });
    if (vraag.indicator) q.andWhere('s.indicatoren @> ARRAY[:indicator]::text[]', { indicator: vraag.indicator });
    if (vraag.zoek) {
      q.andWhere(`to_tsvector('dutch', s.titel || ' ' || s.omschrijving) @@ websearch_to_tsquery('dutch', :zoek)`, { zoek: vraag.zoek });
    }
    if (vraag.verlopen !== undefined) {
      q.andWhere(
        `${vraag.verlopen ? '' : 'NOT '}EXISTS (SELECT 1 FROM "${schemaOf(this.dataSource)}".termijn t
           WHERE t.signaal_id = s.id AND t.afgerond_op IS NULL AND t.uiterlijk < :vandaag)`,
        { vandaag: this.termijnen.vandaag() },
      );
    }
    if (vraag.betrokken) this.alleenBetrokken(q, tenant);
    const [pagina, totaal] = await q
      .orderBy('s.ingediendOp', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .skip((vraag.pagina - 1) * vraag.paginaGrootte)
      .take(vraag.paginaGrootte)
      .getManyAndCount();
    return { signalen: pagina, totaal, termijnen: await this.termijnen.lopend(pagina.map((signaal) => signaal.id)) };
  }

  /**
   * The signals the caller takes part in: submitted by them or their organisation, taken up by them,
   * or their organisation is a party (with one of their roles) of a consensus round. One id list
   * from indexed lookups, so the outer query stays the tenant's page of signals.
   */
  private alleenBetrokken(q: SelectQueryBuilder<Signaal>, tenant: TenantContext): void {
    const schema = schemaOf(this.dataSource);
    const { organisatie } = tenant;
    const partijen = organisatie ? CONSENSUS_PARTIJROLLEN.filter((rol) => tenant.rollen.includes(rol)).map((rol) => JSON.stringify([{ organisatie, rol }])) : [];
    const ids = [
      `SELECT b.id FROM "${schema}".signaal b WHERE b.regio IN (:...betrokkenRegios) AND (b.indiener_sub = :betrokkenSub OR b.behandelaar_sub = :betrokkenSub)`,
      ...(organisatie ? [`SELECT b.id FROM "${schema}".signaal b WHERE b.regio IN (:...betrokkenRegios) AND b.indiener_organisatie = :betrokkenOrganisatie`] : []),
      ...(partijen.length
        ? [
            `SELECT r.signaal_id FROM "${schema}".consensusronde r WHERE r.regio IN (:...betrokkenRegios) AND (${partijen
              .map((_, i) => `r.partijen @> CAST(:betrokkenPartij${i} AS jsonb)`)
              .join(' OR ')})`,
          ]
        : []),
    ];
    q.andWhere(`s.id IN (${ids.join(' UNION ')})`, {
      betrokkenRegios: tenant.regios,
      betrokkenSub: tenant.subject,
      betrokkenOrganisatie: organisatie,
      ...Object.fromEntries(partijen.map((partij, i) => [`betrokkenPartij${i}`, partij])),
    });
  }

  /** Gemeenten and indicators are checked against the region's register (this service's copy of monitoring's); every unknown one is named. */
  private async weigerOnbekendInRegister(regio: string, gemeenten: readonly string[], indicatoren: readonly string[]): Promise<void> {
    const [bekendeGemeenten, catalogus] = await Promise.all([
      this.register.gemeenten(regio),
      indicatoren.length ? this.register.indicatoren(regio) : Promise.resolve([]),
    ]);
    const bekendeIndicatoren = new Set(catalogus.map((indicator) => indicator.code));
    const fouten = [
      ...gemeenten
        .filter((code) => !bekendeGemeenten.has(code))
        .map((code) => ({ naam: 'gemeenten', code: 'gemeente-buiten-regio', reden: `${code} hoort niet bij regio ${regio}` })),
      ...indicatoren
        .filter((code) => !bekendeIndicatoren.has(code))
        .map((code) => ({ naam: 'indicatoren', code: 'onbekende-indicator', reden: `${code} staat niet in de indicatorencatalogus van regio ${regio}` })),
    ];
    if (fouten.length) throw new OngeldigeInvoer(fouten);
  }
}
