import { ApiProperty } from '@nestjs/swagger';
import { AfspraakResponse } from '../../afspraak/dto/afspraak.response';
import { DeelnemerResponse } from '../../deelnemer/dto/deelnemer.response';
import { TafelOpvolgingResponse } from '../../opvolging/dto/opvolging.response';
import { Tafel } from '../tafel.entity';
import { TAFEL_STATUSSEN } from '../tafel.rules';

/** What every user of the region sees of a table. */
export class TafelResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regio: string;
  @ApiProperty({ format: 'uuid' }) signaalId: string;
  @ApiProperty({ type: [String], description: 'Signalen die in het signaal zijn samengevoegd en meekwamen' }) samengevoegdeSignalen: string[];
  @ApiProperty({ type: [String] }) gemeenten: string[];
  @ApiProperty() titel: string;
  @ApiProperty({ description: 'De gedeelde probleemstelling' }) probleemstelling: string;
  @ApiProperty({ enum: TAFEL_STATUSSEN }) status: string;
  @ApiProperty({ description: 'Een afspraak bereikte haar effect niet: de tafel moet bijsturen (een nieuwe bijeenkomst plannen)' }) bijsturingNodig: boolean;
  @ApiProperty() behandelaarGemeente: string;
  @ApiProperty({ format: 'date-time' }) gestartOp: string;

  static from(t: Tafel): TafelResponse {
    return {
      id: t.id,
      regio: t.regio,
      signaalId: t.signaalId,
      samengevoegdeSignalen: t.samengevoegdeSignalen,
      gemeenten: t.gemeenten,
      titel: t.titel,
      probleemstelling: t.probleemstelling,
      status: t.status,
      bijsturingNodig: t.bijsturingNodig,
      behandelaarGemeente: t.behandelaarGemeente,
      gestartOp: t.gestartOp.toISOString(),
    };
  }
}

export class BewijsstukResponse {
  @ApiProperty({ format: 'uuid' }) signaalId: string;
  @ApiProperty({ enum: ['objectieve_data', 'ervaringsinformatie', 'juridisch_kader'] }) soort: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Zoals het in het dossier stond toen de tafel startte' }) inhoud: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) toegevoegdOp: string;
}

export class TafelDetailResponse extends TafelResponse {
  @ApiProperty({ type: [BewijsstukResponse], description: 'Het bewijs uit het dossier, zoals het was bij de start' }) bewijs: BewijsstukResponse[];
  @ApiProperty({ type: [DeelnemerResponse], description: 'De schuilnamen van gasten alleen voor de deelnemers, de juristen en de beheerder van de regio' })
  deelnemers: DeelnemerResponse[];
  @ApiProperty({ type: [AfspraakResponse], description: 'De afspraken van de tafel, elke versie, met hun toetsingen' }) afspraken: AfspraakResponse[];
  @ApiProperty({ type: TafelOpvolgingResponse, description: 'Per huidige afspraak: voortgang, deadline, het oordeel en de cijfers van monitoring zoals u ze mag zien' })
  opvolging: TafelOpvolgingResponse;
}

export class TafelsPagina {
  @ApiProperty({ type: [TafelResponse] }) items: TafelResponse[];
  @ApiProperty() totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}
