import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { NietGevonden } from '@koers/domain';
import { DATA_SOURCE, inRegio, regioSql, schemaOf, tabel, TenantRepository } from '@koers/persistence';
import { ConsensusService } from '../consensus/consensus.service';
import { ConsensusrondeResponse } from '../consensus/dto/consensusronde.response';
import { DossierService } from '../dossier/dossier.service';
import { DossierstukResponse } from '../dossier/dto/dossierstuk.response';
import { SignaalDetailResponse, SignaalMetDossierResponse, StatuswijzigingResponse } from './dto/signaal-detail.response';
import { TermijnService } from '../termijn/termijn.service';
import { SignaalResponse } from '../signaal/dto/signaal.response';
import { Signaal } from '../signaal/signaal.entity';
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
    const [historie, dossier, { rondes, antwoorden }, termijnen] = await Promise.all([
      manager.find(Statuswijziging, { where: { regio: signaal.regio, signaalId: In(ids) }, order: { wanneer: 'ASC', id: 'ASC' } }),
      this.dossier.vanSignalen(manager, signaal.regio, ids),
      this.consensus.vanSignalen(manager, signaal.regio, ids),
      this.termijnen.lopend(ids),
    ]);
    const metDossier = (s: Signaal): SignaalMetDossierResponse => ({
      ...SignaalResponse.from(s, termijnen.get(s.id)),
      ...(s.behandelaarGemeente ? { behandelaarGemeente: s.behandelaarGemeente } : {}),
      ...(s.samengevoegdMet ? { samengevoegdMet: s.samengevoegdMet } : {}),
      ...(s.tafelId ? { tafelId: s.tafelId } : {}),
      historie: historie.filter((h) => h.signaalId === s.id).map(StatuswijzigingResponse.from),
      dossier: dossier.filter((d) => d.signaalId === s.id).map(DossierstukResponse.from),
      consensusrondes: rondes.filter((r) => r.signaalId === s.id).map((r) => ConsensusrondeResponse.from(r, antwoorden)),
    });
    return { ...metDossier(signaal), samengevoegdeSignalen: samengevoegd.map(metDossier) };
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
