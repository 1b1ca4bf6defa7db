import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { BestaatAl } from '@koers/domain';
import { DATA_SOURCE } from '@koers/persistence';
import { GebiedService } from '../../gebied/gebied.service';
import { IndicatorService } from '../../indicator/indicator.service';
import { leveringGeweigerd } from '../../meting/meting.rules';
import { Koersdoel } from '../koersdoel.entity';
import { KoersdoelService, nieuwDoel } from '../koersdoel.service';
import { leesKoersdoelen, zelfdeDoel } from './koersdoel-csv.rules';

export interface KoersdoelLeveringResultaat {
  ontvangen: number;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
}

/**
 * The course targets of a koersdocument at once, all or nothing like the measurement intake: every
 * bad row is listed and nothing is stored; a target sent again unchanged changes nothing, a changed
 * one becomes a new version with the earlier one in its history.
 */
@Injectable()
export class KoersdoelLeveringService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly indicatoren: IndicatorService,
    private readonly gebieden: GebiedService,
    private readonly koersdoelen: KoersdoelService,
  ) {}

  async lever(tenant: TenantContext, regioKeuze: string | undefined, tekst: string): Promise<KoersdoelLeveringResultaat> {
    const regio = kiesRegio(tenant, regioKeuze);
    const [indicatoren, gemeenten] = await Promise.all([this.indicatoren.zichtbaarIn(regio), this.gebieden.gemeentenVan(regio)]);
    const gelezen = leesKoersdoelen(tekst, { regio, indicatoren: new Set(indicatoren.keys()), gemeenten: new Set(gemeenten.keys()) });
    if ('fouten' in gelezen) throw leveringGeweigerd(gelezen.fouten, gelezen.fouten.length, 'ongeldig-koersdoel');
    return this.dataSource.transaction(async (manager) => {
      const bestaand = await manager.getRepository(Koersdoel).createQueryBuilder('k').where('k.regio = :regio', { regio }).setLock('pessimistic_write').getMany();
      const perPlek = new Map(bestaand.map((doel) => [plek(doel), doel]));
      const resultaat: KoersdoelLeveringResultaat = { ontvangen: gelezen.rijen.length, nieuw: 0, gewijzigd: 0, ongewijzigd: 0 };
      for (const rij of gelezen.rijen) {
        const { doelwaarde, richting, koersdocumentSectie } = rij;
        const doel = perPlek.get(plek(rij));
        if (!doel) {
          if (!(await this.koersdoelen.voegIn(manager, nieuwDoel(tenant, regio, rij)))) {
            throw new BestaatAl(`Tegelijk is een koersdoel voor ${rij.indicator} in ${rij.gemeente ?? regio} vastgesteld; stuur het bestand opnieuw.`);
          }
          resultaat.nieuw++;
        } else if (zelfdeDoel(doel, rij)) {
          resultaat.ongewijzigd++;
        } else {
          await this.koersdoelen.nieuweVersie(manager, tenant, doel, { doelwaarde, richting, koersdocumentSectie });
          resultaat.gewijzigd++;
        }
      }
      return resultaat;
    });
  }
}

function plek(doel: { indicator: string; gemeente: string | null }): string {
  return `${doel.indicator}|${doel.gemeente ?? ''}`;
}
