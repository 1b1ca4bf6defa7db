import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AFWIJKING_REGELS, INDIENERS } from '@koers/contracts';
import { ConsensusrondeResponse } from '../../consensus/dto/consensusronde.response';
import { DossierstukResponse } from '../../dossier/dto/dossierstuk.response';
import { SIGNAAL_STATUSSEN } from '../../signaal/signaal.rules';
import { Correctie } from '../../signaal/correctie.entity';
import { Statuswijziging } from '../../signaal/statuswijziging.entity';
import { SignaalResponse } from '../../signaal/dto/signaal.response';

export class StatuswijzigingResponse {
  @ApiPropertyOptional({ enum: SIGNAAL_STATUSSEN, description: 'Ontbreekt bij de indiening, de eerste regel' }) van?: string;
  @ApiProperty({ enum: SIGNAAL_STATUSSEN }) naar: string;
  @ApiProperty({ description: 'Keycloak-id van wie de stap zette, of de bron-URN als Koers hem zelf zette' }) wie: string;
  @ApiProperty({ enum: INDIENERS }) rol: string;
  @ApiPropertyOptional() organisatie?: string;
  @ApiPropertyOptional() gemeente?: string;
  @ApiProperty({ format: 'date-time' }) wanneer: string;
  @ApiPropertyOptional() reden?: string;

  static from(regel: Statuswijziging): StatuswijzigingResponse {
    return {
      ...(regel.van ? { van: regel.van } : {}),
      naar: regel.naar,
      wie: regel.wieSub,
      rol: regel.rol,
      ...(regel.organisatie ? { organisatie: regel.organisatie } : {}),
      ...(regel.gemeente ? { gemeente: regel.gemeente } : {}),
      wanneer: regel.wanneer.toISOString(),
      ...(regel.reden ? { reden: regel.reden } : {}),
    };
  }
}

/** A correction while the signal was prepared: its text, or a dossierstuk withdrawn. */
export class CorrectieResponse {
  @ApiProperty({ enum: ['tekst', 'dossierstuk_ingetrokken'] }) soort: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Bij dossierstuk_ingetrokken: welk stuk' }) dossierstukId?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'Bij tekst: de velden zoals ze waren' }) vorige?: Record<string, string>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'Bij tekst: de velden zoals ze werden' }) nieuw?: Record<string, string>;
  @ApiPropertyOptional() reden?: string;
  @ApiProperty({ description: 'Keycloak-id van de behandelaar' }) wie: string;
  @ApiPropertyOptional() gemeente?: string;
  @ApiProperty({ format: 'date-time' }) wanneer: string;

  static from(c: Correctie): CorrectieResponse {
    return {
      soort: c.soort,
      ...(c.dossierstukId ? { dossierstukId: c.dossierstukId } : {}),
      ...(c.soort === 'tekst' ? { vorige: c.vorige, nieuw: c.nieuw } : {}),
      ...(c.reden ? { reden: c.reden } : {}),
      wie: c.wieSub,
      ...(c.gemeente ? { gemeente: c.gemeente } : {}),
      wanneer: c.wanneer.toISOString(),
    };
  }
}

/** A course deviation of monitoring that raised the signal or joined it later. */
export class AfwijkingResponse {
  @ApiProperty({ format: 'uuid', description: 'De id van de gebeurtenis afwijking.gedetecteerd.v1' }) eventId: string;
  @ApiProperty({ enum: AFWIJKING_REGELS }) regel: string;
  @ApiProperty({ description: 'Uitleg in gewone taal, met de getallen' }) toelichting: string;
  @ApiProperty({ example: '2025-Q4' }) laatstePeriode: string;
  @ApiProperty() laatsteWaarde: number;
  @ApiProperty({ format: 'date-time' }) ontvangenOp: string;
}

/** A signal with everything on record about it. */
export class SignaalMetDossierResponse extends SignaalResponse {
  @ApiPropertyOptional({ description: 'Keycloak-id van de behandelaar, zodra het signaal in behandeling is genomen' }) behandelaar?: string;
  @ApiPropertyOptional({ description: 'Gemeente van de behandelaar, zodra het signaal in behandeling is genomen' }) behandelaarGemeente?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Het signaal waarin dit signaal is samengevoegd' }) samengevoegdMet?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'De koerstafel die op dit signaal is gestart' }) tafelId?: string;
  @ApiProperty({ type: [StatuswijzigingResponse], description: 'Elke statuswijziging, oudste eerst; de eerste is de indiening' }) historie: StatuswijzigingResponse[];
  @ApiProperty({ type: [DossierstukResponse] }) dossier: DossierstukResponse[];
  @ApiProperty({ type: [ConsensusrondeResponse] }) consensusrondes: ConsensusrondeResponse[];
  @ApiProperty({ type: [AfwijkingResponse], description: 'Elke afwijking van de koers die het signaal opende of zich erbij voegde, nieuwste eerst' })
  afwijkingen: AfwijkingResponse[];
  @ApiProperty({ type: [CorrectieResponse], description: 'Correcties van de tekst en ingetrokken dossierstukken, oudste eerst' })
  correcties: CorrectieResponse[];
}

export class SignaalDetailResponse extends SignaalMetDossierResponse {
  @ApiProperty({ type: [SignaalMetDossierResponse], description: 'Signalen die (direct of via een ander) in dit signaal zijn samengevoegd, met hun dossier en historie' })
  samengevoegdeSignalen: SignaalMetDossierResponse[];
}
