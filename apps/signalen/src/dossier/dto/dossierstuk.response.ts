import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOSSIER_SOORTEN } from '../../signaal/signaal.rules';
import { Dossierstuk } from '../dossierstuk.entity';

export class DossierstukResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) signaalId: string;
  @ApiProperty({ enum: DOSSIER_SOORTEN }) soort: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'objectieve_data: indicator, gemeente, perioden, punten (zoals monitoring ze gaf), koersdoel, opgehaaldOp; ' +
      'ervaringsinformatie: perspectief, verslag; juridisch_kader: kader, referentie, toelichting',
  })
  inhoud: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'Gemeente van wie het stuk toevoegde' }) toegevoegdDoorGemeente?: string;
  @ApiProperty({ format: 'date-time' }) toegevoegdOp: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Ingetrokken door de behandelaar; telt niet meer mee voor een compleet dossier' }) ingetrokkenOp?: string;

  static from(stuk: Dossierstuk): DossierstukResponse {
    return {
      id: stuk.id,
      signaalId: stuk.signaalId,
      soort: stuk.soort,
      inhoud: { ...stuk.inhoud },
      ...(stuk.toegevoegdDoorGemeente ? { toegevoegdDoorGemeente: stuk.toegevoegdDoorGemeente } : {}),
      toegevoegdOp: stuk.toegevoegdOp.toISOString(),
      ...(stuk.ingetrokkenOp ? { ingetrokkenOp: stuk.ingetrokkenOp.toISOString() } : {}),
    };
  }
}
