import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { NietGevonden } from '@koers/domain';
import { DATA_SOURCE, inRegio, regioSql, schemaOf, tabel, TenantRepository } from '@koers/persistence';
import { ConsensusService } from '../consensus/consensus.service';
import { ConsensusrondeResponse } from '../consensus/dto/consensusronde.response';
import { DossierService } from '../dossier/dossier.service';
import { DossierstukResponse } from '../dossier/dto/dossierstuk.response';
import { AfwijkingResponse, CorrectieResponse, SignaalDetailResponse, SignaalMetDossierResponse, StatuswijzigingResponse } from './dto/signaal-detail.response';
import { TermijnService } from '../termijn/termijn.service';
import { SignaalResponse } from '../signaal/dto/signaal.response';
import { Signaal } from '../signaal/signaal.entity';
import { Correctie } from '../signaal/correctie.entity';
import { Statuswijziging } from '../signaal/statuswijziging.entity';

const signalen = new TenantRepository(Signaal);

/**
 * GET /v1/signalen/{id}: the signal with its history, dossier and consensus rounds, and the same for
 * every signal merged into it. A fixed number of queries, however many signals were merged.
 */
@Injectable()
export class SignaalDetailService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly dossier: DossierService,
    private readonly consensus: ConsensusService,
    private readonly termijnen: TermijnService,
  ) {}

  async haalOp(tenant: TenantContext, id: string): Promise<SignaalDetailResponse> {
    const manager = this.dataSource.manager;
    const signaal = await signalen.findOne(manager, tenant, { id });
    if (!signaal) throw new NietGevonden(`Signaal ${id}`);
    const samengevoegd = await this.samengevoegdIn(signaal);
    const ids = [signaal.id, ...samengevoegd.map((s) => s.id)];
    const [historie, dossier, { rondes, antwoorden }, termijnen, afwijkingen, correcties] = await Promise.all([
      manager.find(Statuswijziging, { where: { regio: signaal.regio, signaalId: In(ids) }, order: { wanneer: 'ASC', id: 'ASC' } }),
      this.dossier.vanSignalen(manager, signaal.regio, ids),
      this.consensus.vanSignalen(manager, signaal.regio, ids),
      this.termijnen.lopend(ids),
      this.afwijkingenVan(signaal.regio, ids),
      manager.find(Correctie, { where: { regio: signaal.regio, signaalId: In(ids) }, order: { wanneer: 'ASC', id: 'ASC' } }),
    ]);
    const metDossier = (s: Signaal): SignaalMetDossierResponse => ({
      ...SignaalResponse.from(s, termijnen.get(s.id)),
      ...(s.behandelaarSub ? { behandelaar: s.behandelaarSub } : {}),
      ...(s.behandelaarGemeente ? { behandelaarGemeente: s.behandelaarGemeente } : {}),
      ...(s.samengevoegdMet ? { samengevoegdMet: s.samengevoegdMet } : {}),
      ...(s.tafelId ? { tafelId: s.tafelId } : {}),
      historie: historie.filter((h) => h.signaalId === s.id).map(StatuswijzigingResponse.from),
      dossier: dossier.filter((d) => d.signaalId === s.id).map(DossierstukResponse.from),
      consensusrondes: rondes.filter((r) => r.signaalId === s.id).map((r) => ConsensusrondeResponse.from(r, antwoorden)),
      afwijkingen: afwijkingen.filter((a) => a.signaalId === s.id).map((a) => a.afwijking),
      correcties: correcties.filter((c) => c.signaalId === s.id).map(CorrectieResponse.from),
    });
    return { ...metDossier(signaal), samengevoegdeSignalen: samengevoegd.map(metDossier) };
  }

  /** The course deviations that raised or joined these signals, newest first. */
  private async afwijkingenVan(regio: string, ids: string[]): Promise<Array<{ signaalId: string; afwijking: AfwijkingResponse }>> {
    const rijen = await regioSql({ regios: [regio] })`SELECT a.event_id, a.signaal_id, a.regel, a.toelichting, a.laatste_periode, a.laatste_waarde::float8 AS laatste_waarde, a.ontvangen_op
        FROM ${tabel(schemaOf(this.dataSource), 'signaal_afwijking')} a
       WHERE ${inRegio('a')} AND a.signaal_id = ANY(${ids}::uuid[])
       ORDER BY a.ontvangen_op DESC, a.event_id`.lees<{
      event_id: string;
      signaal_id: string;
      regel: string;
      toelichting: string;
      laatste_periode: string;
      laatste_waarde: number;
      ontvangen_op: Date;
    }>(this.dataSource.manager);
    return rijen.map((r) => ({
      signaalId: r.signaal_id,
      afwijking: {
        eventId: r.event_id,
        regel: r.regel,
        toelichting: r.toelichting,
        laatstePeriode: r.laatste_periode,
        laatsteWaarde: r.laatste_waarde,
        ontvangenOp: r.ontvangen_op.toISOString(),
      },
    }));
  }

  /** Every signal merged into this one, directly or through another merged signal; oldest first. */
  private async samengevoegdIn(signaal: Signaal): Promise<Signaal[]> {
    const signalen = tabel(schemaOf(this.dataSource), 'signaal');
    const rijen = await regioSql({ regios: [signaal.regio] })`WITH RECURSIVE samengevoegd AS (
         SELECT t.id FROM ${signalen} t WHERE ${inRegio('t')} AND t.samengevoegd_met = ${signaal.id}
         UNION
         SELECT s.id FROM ${signalen} s JOIN samengevoegd m ON s.samengevoegd_met = m.id WHERE ${inRegio('s')}
       ) SELECT id FROM samengevoegd`.lees<{ id: string }>(this.dataSource.manager);
    if (!rijen.length) return [];
    return this.dataSource.manager.find(Signaal, { where: { regio: signaal.regio, id: In(rijen.map((r) => r.id)) }, order: { ingediendOp: 'ASC', id: 'ASC' } });
  }
}
