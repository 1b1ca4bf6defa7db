import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional } from 'class-validator';
import { PaginaQuery } from '@koers/http';
import { Aflevering, Poging } from '../aflevering.entity';
import { AFLEVERING_STATUSSEN, AfleveringStatus } from '../aflevering.rules';

export class AfleveringenQuery extends PaginaQuery {
  @ApiPropertyOptional({ enum: AFLEVERING_STATUSSEN })
  @IsOptional()
  @IsIn(AFLEVERING_STATUSSEN)
  status?: AfleveringStatus;
}

export class OpnieuwSindsDto {
  @ApiProperty({ format: 'date-time', description: 'Alle mislukte afleveringen van events vanaf dit moment' })
  @IsDateString({ strict: true }, { message: 'sinds is een datum-tijd (RFC 3339), bijvoorbeeld 2026-11-25T08:00:00Z' })
  sinds: string;
}

export class PogingResponse {
  @ApiProperty() nummer: number;
  @ApiProperty({ format: 'date-time' }) tijdstip: string;
  @ApiPropertyOptional() statuscode?: number;
  @ApiProperty() duurMs: number;
  @ApiPropertyOptional() fout?: string;

  static from(poging: Poging): PogingResponse {
    return {
      nummer: poging.nummer,
      tijdstip: poging.tijdstip.toISOString(),
      ...(poging.statuscode !== null ? { statuscode: poging.statuscode } : {}),
      duurMs: poging.duurMs,
      ...(poging.fout ? { fout: poging.fout } : {}),
    };
  }
}

export class AfleveringResponse {
  @ApiProperty({ format: 'uuid', description: 'Ook de webhook-id van elke poging' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() eventType: string;
  @ApiProperty({ enum: AFLEVERING_STATUSSEN }) status: string;
  @ApiProperty() pogingen: number;
  @ApiPropertyOptional({ format: 'date-time' }) volgendePoging?: string;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp: string;
  @ApiPropertyOptional({ format: 'date-time' }) afgerondOp?: string;
  @ApiProperty({ type: [PogingResponse] }) pogingenLog: PogingResponse[];

  static from(aflevering: Aflevering, pogingen: Poging[]): AfleveringResponse {
    return {
      id: aflevering.id,
      eventId: aflevering.eventId,
      eventType: aflevering.eventType,
      status: aflevering.status,
      pogingen: aflevering.pogingen,
      ...(aflevering.status === 'wachtend' ? { volgendePoging: aflevering.volgendePoging.toISOString() } : {}),
      aangemaaktOp: aflevering.aangemaaktOp.toISOString(),
      ...(aflevering.afgerondOp ? { afgerondOp: aflevering.afgerondOp.toISOString() } : {}),
      pogingenLog: pogingen.map(PogingResponse.from),
    };
  }
}

export class AfleveringenPagina {
  @ApiProperty({ type: [AfleveringResponse] }) items: AfleveringResponse[];
  @ApiProperty() totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}

export class OpnieuwResponse {
  @ApiProperty({ description: 'Hoeveel afleveringen opnieuw op weg zijn' }) opnieuw: number;
}
