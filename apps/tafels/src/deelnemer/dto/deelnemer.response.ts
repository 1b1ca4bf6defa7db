import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEELNEMER_ROLLEN } from '../../tafel/tafel.rules';
import { Deelnemer } from '../deelnemer.entity';

export class DeelnemerResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: [...DEELNEMER_ROLLEN, 'gast'] }) rol: string;
  @ApiPropertyOptional({ description: 'Keycloak-id van een gebruiker van de regio; ontbreekt bij een gast' }) sub?: string;
  @ApiPropertyOptional({ description: 'Naam van een professional (gemeente, aanbieder, jurist), zoals Keycloak hem kent' }) naam?: string;
  @ApiPropertyOptional({ description: 'De organisatie van de deelnemer, zoals Keycloak haar kende bij het toevoegen; bij een gast de cliëntorganisatie die hem aanmeldde' }) organisatie?: string;
  @ApiPropertyOptional({ description: 'Bij een gast: zijn schuilnaam, alleen zichtbaar voor de deelnemers, de juristen en de beheerder van de regio' })
  alias?: string;
  @ApiProperty({ format: 'date-time' }) toegevoegdOp: string;

  static from(d: Deelnemer, aliasZichtbaar: boolean, naam?: string): DeelnemerResponse {
    return {
      id: d.id,
      rol: d.rol,
      ...(d.sub ? { sub: d.sub } : {}),
      ...(naam ? { naam } : {}),
      ...(d.organisatie ? { organisatie: d.organisatie } : {}),
      ...(d.alias && aliasZichtbaar ? { alias: d.alias } : {}),
      toegevoegdOp: d.toegevoegdOp.toISOString(),
    };
  }
}
