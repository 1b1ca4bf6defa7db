import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { nederlandsMoment } from '../../bijeenkomst/tijd.rules';
import { Opmerking, Verslag } from '../verslag.entity';
import { VERSLAG_STATUSSEN, VERWERKINGEN } from '../verslag.rules';

export class OpmerkingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'De rol aan tafel van wie hem schreef' }) rol: string;
  @ApiProperty() tekst: string;
  @ApiProperty({ format: 'date-time' }) geplaatstOp: string;
  @ApiPropertyOptional({ enum: VERWERKINGEN }) verwerking?: string;
  @ApiPropertyOptional() toelichting?: string;

  static from(o: Opmerking): OpmerkingResponse {
    return {
      id: o.id,
      rol: o.auteurRol,
      tekst: o.tekst,
      geplaatstOp: nederlandsMoment(o.geplaatstOp),
      ...(o.verwerking ? { verwerking: o.verwerking } : {}),
      ...(o.toelichting ? { toelichting: o.toelichting } : {}),
    };
  }
}

export class VerslagResponse {
  @ApiProperty({ format: 'uuid' }) bijeenkomstId: string;
  @ApiProperty({ format: 'uuid' }) tafelId: string;
  @ApiProperty({ enum: VERSLAG_STATUSSEN }) status: string;
  @ApiProperty() probleem: string;
  @ApiProperty() wieMoetMeedoen: string;
  @ApiProperty() stappen: string;
  @ApiProperty({ type: [String], description: 'De deelnemers die er waren (id aan tafel)' }) aanwezigen: string[];
  @ApiProperty({ format: 'date-time' }) vastgelegdOp: string;
  @ApiProperty({ format: 'date-time', description: 'Het eerste moment na de reactietermijn' }) reactiesTot: string;
  @ApiPropertyOptional({ format: 'date-time' }) vastgesteldOp?: string;
  @ApiPropertyOptional({ type: [OpmerkingResponse], description: 'Alleen voor deelnemers, juristen en de beheerder van de regio' })
  opmerkingen?: OpmerkingResponse[];

  static from(v: Verslag, opmerkingen?: readonly Opmerking[]): VerslagResponse {
    return {
      bijeenkomstId: v.bijeenkomstId,
      tafelId: v.tafelId,
      status: v.status,
      probleem: v.probleem,
      wieMoetMeedoen: v.wieMoetMeedoen,
      stappen: v.stappen,
      aanwezigen: v.aanwezigen,
      vastgelegdOp: nederlandsMoment(v.vastgelegdOp),
      reactiesTot: nederlandsMoment(v.reactiesTot),
      ...(v.vastgesteldOp ? { vastgesteldOp: nederlandsMoment(v.vastgesteldOp) } : {}),
      ...(opmerkingen ? { opmerkingen: opmerkingen.map(OpmerkingResponse.from) } : {}),
    };
  }
}
