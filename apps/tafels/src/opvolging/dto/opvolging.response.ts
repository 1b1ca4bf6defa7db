import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MONITORING_OORDELEN } from '@koers/contracts';
import { AFSPRAAK_STATUSSEN, VOORTGANG } from '../../afspraak/afspraak.rules';

export class OpvolgingMetingResponse {
  @ApiProperty({ example: 'GM0988' }) gemeente: string;
  @ApiPropertyOptional({ example: 'Weert' }) naam?: string;
  @ApiProperty({ example: '2027-Q2' }) periode: string;
  @ApiProperty({ type: Number, nullable: true, description: 'null wanneer het cijfer op kleine aantallen rust die u niet mag zien' }) waarde: number | null;
  @ApiProperty({ example: '< 5' }) weergave: string;
  @ApiProperty({ description: 'Aan de goede kant van het doel' }) doelBereikt: boolean;
  @ApiPropertyOptional({ type: Boolean, description: 'Het cijfer is voor u niet te tonen (kleine aantallen)' }) onderdrukt?: boolean;
}

export class OpvolgingIndicatorResponse {
  @ApiProperty() indicator: string;
  @ApiProperty() doelwaarde: number;
  @ApiProperty({ enum: ['maximaal', 'minimaal'] }) richting: string;
  @ApiProperty({ enum: MONITORING_OORDELEN, description: 'Het oordeel dat de regels van monitoring nu zouden geven' }) oordeel: string;
  @ApiProperty({ type: [OpvolgingMetingResponse], description: 'Per plangemeente het laatste cijfer sinds de nulmeting' }) laatsteMetingen: OpvolgingMetingResponse[];
  @ApiProperty({ type: [String] }) ontbrekend: string[];
  @ApiProperty() toelichting: string;
}

export class OpvolgingStandResponse {
  @ApiProperty({ enum: MONITORING_OORDELEN }) oordeel: string;
  @ApiProperty({ type: [OpvolgingIndicatorResponse] }) indicatoren: OpvolgingIndicatorResponse[];
}

export class OpvolgingPlanResponse {
  @ApiProperty({ format: 'uuid' }) monitoringplanId: string;
  @ApiProperty({ enum: ['lopend', 'bevestigd', 'geevalueerd', 'vervallen'] }) status: string;
  @ApiPropertyOptional({ type: OpvolgingStandResponse, description: 'Waar het plan nu staat, zoals monitoring het u laat zien' }) stand?: OpvolgingStandResponse;
}

export class AfspraakOpvolgingResponse {
  @ApiProperty({ format: 'uuid' }) afspraakId: string;
  @ApiProperty({ description: 'De organisatie die de afspraak uitvoert' }) eigenaar: string;
  @ApiProperty({ enum: AFSPRAAK_STATUSSEN }) status: string;
  @ApiPropertyOptional({ enum: VOORTGANG, description: 'De voortgang zoals de eigenaar die meldde' }) voortgang?: string;
  @ApiPropertyOptional({ description: 'Waarom de eigenaar stopte' }) stopreden?: string;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ description: 'De deadline ligt voor vandaag (in Nederland) en de eigenaar meldde de afspraak niet uitgevoerd of gestopt' }) teLaat: boolean;
  @ApiPropertyOptional({ minimum: 1 }) dagenTeLaat?: number;
  @ApiPropertyOptional({ enum: MONITORING_OORDELEN, description: 'Het laatste oordeel van monitoring over het plan' }) oordeel?: string;
  @ApiPropertyOptional({ format: 'date-time' }) geevalueerdOp?: string;
  @ApiProperty({
    enum: ['beschikbaar', 'onbeschikbaar', 'geen_plan'],
    description: 'beschikbaar: de cijfers staan in plan; onbeschikbaar: monitoring was niet bereikbaar; geen_plan: monitoring kent (nog) geen plan voor de afspraak',
  })
  cijfers: string;
  @ApiPropertyOptional({ type: OpvolgingPlanResponse }) plan?: OpvolgingPlanResponse;
  @ApiProperty({ type: [String], example: ['jeugdhulp-met-verblijf: GM0988: geen meting over 2027-Q4'], description: 'Wat monitoring nog mist voor een oordeel (bij onvoldoende_data)' })
  ontbrekend: string[];
}

export class TafelOpvolgingResponse {
  @ApiProperty({ format: 'date', description: 'Vandaag in Nederland, waartegen de deadlines zijn gelegd' }) vandaag: string;
  @ApiProperty({ enum: ['beschikbaar', 'onbeschikbaar'], description: 'onbeschikbaar: monitoring gaf geen antwoord; voortgang en deadlines staan er wel' }) cijfers: string;
  @ApiProperty({ type: [AfspraakOpvolgingResponse], description: 'Elke huidige afspraak (niet vervangen, niet ingetrokken)' }) afspraken: AfspraakOpvolgingResponse[];
}
