import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { OngeldigeInvoer, weigerPersoonsgegevens, weigerTenzijToegestaan } from '@koers/domain';
import { DATA_SOURCE } from '@koers/persistence';
import { Correctie } from './correctie.entity';
import { SignaalCorrigerenDto } from './dto/signaal-corrigeren.dto';
import { alsHandelende, Handelende } from './handelende';
import { SignaalStapService } from './signaal-stap.service';
import { Signaal } from './signaal.entity';
import { magVoorbereiden, TEKST_CORRIGEREN } from './signaal.rules';

const TEKSTVELDEN = ['titel', 'omschrijving'] as const;

/**
 * PATCH /v1/signalen/{id}: the behandelaar corrects the title or description while preparing the
 * signal. What it said before stays on record (signaal_correctie, append-only), like a withdrawn
 * dossierstuk does.
 */
@Injectable()
export class CorrectieService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly stappen: SignaalStapService,
  ) {}

  async corrigeer(tenant: TenantContext, id: string, dto: SignaalCorrigerenDto): Promise<Signaal> {
    if (!TEKSTVELDEN.some((veld) => dto[veld] !== undefined)) {
      throw new OngeldigeInvoer([{ naam: 'titel', code: 'niets-te-corrigeren', reden: 'geef een nieuwe titel, een nieuwe omschrijving, of allebei' }]);
    }
    weigerPersoonsgegevens({ titel: dto.titel, omschrijving: dto.omschrijving, reden: dto.reden });
    const wie = alsHandelende(tenant, 'gemeente');
    return this.dataSource.transaction(async (manager) => {
      const signaal = await this.stappen.vergrendelEen(manager, tenant, id);
      weigerTenzijToegestaan(magVoorbereiden(signaal, wie.actor, TEKST_CORRIGEREN));
      const gewijzigd = TEKSTVELDEN.filter((veld) => dto[veld] !== undefined && dto[veld] !== signaal[veld]);
      if (!gewijzigd.length) return signaal;
      const vorige = Object.fromEntries(gewijzigd.map((veld) => [veld, signaal[veld]]));
      const nieuw = Object.fromEntries(gewijzigd.map((veld) => [veld, dto[veld] as string]));
      await manager.update(Signaal, { id: signaal.id }, nieuw);
      await this.legVast(manager, signaal, wie, { soort: 'tekst', vorige, nieuw, reden: dto.reden ?? null });
      return Object.assign(signaal, nieuw);
    });
  }

  /** Records a correction of a locked signal in the caller's transaction. */
  async legVast(
    manager: EntityManager,
    signaal: Signaal,
    wie: Handelende,
    correctie: Pick<Correctie, 'soort' | 'reden'> & Partial<Pick<Correctie, 'dossierstukId' | 'vorige' | 'nieuw'>>,
  ): Promise<Correctie> {
    const regel = Object.assign(new Correctie(), {
      id: randomUUID(),
      signaalId: signaal.id,
      regio: signaal.regio,
      dossierstukId: null,
      vorige: {},
      nieuw: {},
      wieSub: wie.sub,
      gemeente: wie.gemeente ?? null,
      wanneer: new Date(),
      ...correctie,
    });
    await manager.insert(Correctie, regel);
    return regel;
  }
}
