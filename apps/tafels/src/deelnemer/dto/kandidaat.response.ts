import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEELNEMER_ROLLEN } from '../../tafel/tafel.rules';
import type { TafelGebruiker } from '../gebruikers-register';

export class KandidaatResponse {
  @ApiProperty({ format: 'uuid', description: 'Keycloak-id: wat POST /v1/tafels/{id}/deelnemers vraagt' }) sub: string;
  @ApiProperty({ enum: [...DEELNEMER_ROLLEN], description: 'De rol die hij aan tafel krijgt' }) rol: string;
  @ApiPropertyOptional({ description: 'Naam van een professional (gemeente, aanbieder, jurist); ontbreekt bij een cliëntvertegenwoordiger, net als aan tafel' }) naam?: string;
  @ApiPropertyOptional({ description: 'De organisatie, zoals Keycloak haar kent' }) organisatie?: string;
  @ApiProperty({ description: 'Zit al aan de tafel: hij staat in de lijst, maar kan niet nog eens worden toegevoegd' }) aanTafel: boolean;

  static from(g: TafelGebruiker, aanTafel: boolean, naamZichtbaar: boolean): KandidaatResponse {
    return {
      sub: g.id,
      rol: g.rol,
      ...(g.naam && naamZichtbaar ? { naam: g.naam } : {}),
      ...(g.organisatie ? { organisatie: g.organisatie } : {}),
      aanTafel,
    };
  }
}

export class KandidatenPagina {
  @ApiProperty({ type: [KandidaatResponse] }) items: KandidaatResponse[];
  @ApiProperty() totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}
