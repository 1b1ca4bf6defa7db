import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { createCloudEvent, currentTraceparent, SEED_REGIOS, SIGNAAL_INGEDIEND_V1, SignaalIngediendV1 } from '@koers/contracts';
import { InvalidInputException, NotFoundProblem } from '@koers/http';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { KOERS_SETTINGS } from '@koers/bootstrap';
import type { KoersSettings } from '@koers/config';
import { SignaalIndienenDto } from './dto/signaal-indienen.dto';
import { Signaal } from './signaal.entity';
import { magIndienen } from './signaal.rules';

const signalen = new TenantRepository(Signaal);

@Injectable()
export class SignaalService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KOERS_SETTINGS) private readonly settings: KoersSettings,
    private readonly outbox: OutboxWriter,
  ) {}

  async dienIn(tenant: TenantContext, dto: SignaalIndienenDto): Promise<Signaal> {
    const indienerRol = tenant.rollen.find((rol) => magIndienen([rol], dto.bron));
    if (!indienerRol) {
      throw new ForbiddenException(`Met uw rol kunt u geen signaal met bron '${dto.bron}' indienen.`);
    }
    const regio = kiesRegio(tenant, dto.regio);
    const onbekend = dto.gemeenten.filter((code) => !gemeentenVan(regio).has(code));
    if (onbekend.length) {
      throw new InvalidInputException(
        onbekend.map((code) => ({ name: 'gemeenten', code: 'gemeente-buiten-regio', reason: `${code} hoort niet bij regio ${regio}` })),
      );
    }

    const signaal = Object.assign(new Signaal(), {
      id: randomUUID(),
      regio,
      bron: dto.bron,
      titel: dto.titel,
      omschrijving: dto.omschrijving,
      gemeenten: dto.gemeenten,
      status: 'ingediend' as const,
      indienerSub: tenant.subject,
      indienerRol,
      indienerOrganisatie: tenant.organisatie ?? null,
      ingediendOp: new Date(),
    });

    await this.dataSource.transaction(async (manager) => {
      await manager.insert(Signaal, signaal);
      const data: SignaalIngediendV1 = {
        signaalId: signaal.id,
        regio,
        bron: signaal.bron,
        titel: signaal.titel,
        gemeenten: signaal.gemeenten,
        indienerRol: signaal.indienerRol,
        ...(signaal.indienerOrganisatie ? { indienerOrganisatie: signaal.indienerOrganisatie } : {}),
        ingediendOp: signaal.ingediendOp.toISOString(),
      };
      await this.outbox.add(
        manager,
        createCloudEvent({
          type: SIGNAAL_INGEDIEND_V1,
          source: this.settings.events.source,
          regio,
          subject: signaal.id,
          data,
          traceparent: currentTraceparent(),
        }),
      );
    });
    return signaal;
  }

  async haalOp(tenant: TenantContext, id: string): Promise<Signaal> {
    const signaal = await signalen.findOne(this.dataSource.manager, tenant, { id });
    if (!signaal) throw new NotFoundProblem(`Signaal ${id}`);
    return signaal;
  }

  async zoek(tenant: TenantContext, pagina: number, paginaGrootte: number): Promise<[Signaal[], number]> {
    return signalen
      .query(this.dataSource.manager, tenant, 's')
      .orderBy('s.ingediendOp', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .skip((pagina - 1) * paginaGrootte)
      .take(paginaGrootte)
      .getManyAndCount();
  }
}

function gemeentenVan(regio: string): Set<string> {
  return new Set(Object.keys(SEED_REGIOS.find((r) => r.code === regio)?.gemeenten ?? {}));
}
