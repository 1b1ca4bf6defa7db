import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEELNEMER_ROLLEN } from '../../tafel/tafel.rules';
import type { Tafel } from '../../tafel/tafel.entity';
import type { Leerervaring, TafelAfwijking } from '../leerervaring.entity';

export class LeerervaringResponse {
  @ApiProperty({ format: 'uuid' }) tafelId: string;
  @ApiProperty() regio: string;
  @ApiProperty({ description: 'De titel van de tafel' }) titel: string;
  @ApiProperty({ type: [String] }) gemeenten: string[];
  @ApiProperty() watWerkte: string;
  @ApiProperty() watWerkteNiet: string;
  @ApiProperty() voorWie: string;
  @ApiProperty({ format: 'date-time' }) afgerondOp: string;

  static from(l: Leerervaring, tafel: Pick<Tafel, 'titel' | 'gemeenten'>): LeerervaringResponse {
    return {
      tafelId: l.tafelId,
      regio: l.regio,
      titel: tafel.titel,
      gemeenten: tafel.gemeenten,
      watWerkte: l.watWerkte,
      watWerkteNiet: l.watWerkteNiet,
      voorWie: l.voorWie,
      afgerondOp: l.afgerondOp.toISOString(),
    };
  }
}

export class LeerervaringenPagina {
  @ApiProperty({ type: [LeerervaringResponse] }) items: LeerervaringResponse[];
  @ApiProperty() totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}

export class AfrondingResponse extends LeerervaringResponse {
  @ApiProperty({ enum: ['afgerond'] }) status: string;
}

export class TafelAfwijkingResponse {
  @ApiProperty({ format: 'uuid', description: 'De id van de afwijking (het event van monitoring)' }) afwijkingId: string;
  @ApiProperty({ format: 'uuid' }) signaalId: string;
  @ApiPropertyOptional({ description: 'Ontbreekt bij een afwijking van de regio als geheel' }) gemeente?: string;
  @ApiProperty() indicator: string;
  @ApiProperty({ enum: ['verkeerde_kant_van_doel', 'opeenvolgend_verkeerde_richting', 'uitschieter'] }) regel: string;
  @ApiProperty() laatstePeriode: string;
  @ApiProperty({ format: 'date-time' }) gekoppeldOp: string;

  static from(a: TafelAfwijking): TafelAfwijkingResponse {
    return {
      afwijkingId: a.afwijkingId,
      signaalId: a.signaalId,
      ...(a.gemeente ? { gemeente: a.gemeente } : {}),
      indicator: a.indicator,
      regel: a.regel,
      laatstePeriode: a.laatstePeriode,
      gekoppeldOp: a.gekoppeldOp.toISOString(),
    };
  }
}

export class TafelOntvangerResponse {
  @ApiProperty({ description: 'Keycloak-id' }) sub: string;
  @ApiProperty({ enum: [...DEELNEMER_ROLLEN], description: 'Rol aan tafel' }) rol: string;
  @ApiPropertyOptional({ description: 'Bij een cliëntvertegenwoordiger: voor hoeveel gasten die hij meebracht hij het bericht krijgt' }) namensGasten?: number;
}

/** For notificaties: who hears of what happens to the table as a whole; never a guest's alias. */
export class TafelOntvangersResponse {
  @ApiProperty({ format: 'uuid' }) tafelId: string;
  @ApiProperty() regio: string;
  @ApiProperty({ description: 'Het begin van de probleemstelling, ≤ 120 tekens' }) onderwerp: string;
  @ApiProperty() status: string;
  @ApiProperty({ type: [TafelOntvangerResponse] }) ontvangers: TafelOntvangerResponse[];
  @ApiProperty({ example: '/tafels/{tafelId}' }) portaalPad: string;
}
