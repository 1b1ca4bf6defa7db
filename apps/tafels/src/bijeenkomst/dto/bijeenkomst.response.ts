import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEELNEMER_ROLLEN } from '../../tafel/tafel.rules';
import { Aanwezigheid, ANTWOORDEN, Bijeenkomst } from '../bijeenkomst.entity';
import { BIJEENKOMST_STATUSSEN, Ontvanger } from '../bijeenkomst.rules';
import { nederlandsMoment } from '../tijd.rules';

export class AntwoordResponse {
  @ApiProperty({ format: 'uuid' }) deelnemerId: string;
  @ApiProperty({ enum: ANTWOORDEN }) antwoord: string;
  @ApiProperty({ format: 'date-time' }) beantwoordOp: string;

  static from(a: Aanwezigheid): AntwoordResponse {
    return { deelnemerId: a.deelnemerId, antwoord: a.antwoord, beantwoordOp: nederlandsMoment(a.beantwoordOp) };
  }
}

/**
 * Every user of the region sees that a meeting exists and when; its place, link, agenda and the
 * answers only the table's participants, the region's jurists and its beheerder.
 */
export class BijeenkomstResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tafelId: string;
  @ApiProperty({ format: 'date-time', example: '2026-03-02T10:00:00+01:00', description: 'Begin, met de Nederlandse offset van dat moment' }) start: string;
  @ApiProperty({ format: 'date-time', example: '2026-03-02T12:00:00+01:00' }) eind: string;
  @ApiProperty({ enum: BIJEENKOMST_STATUSSEN }) status: string;
  @ApiProperty({ description: 'Telt op bij elke verplaatsing en bij annuleren (SEQUENCE van de uitnodiging)' }) volgnummer: number;
  @ApiProperty({ format: 'date-time' }) geplandOp: string;
  @ApiPropertyOptional({ description: 'Alleen voor deelnemers, juristen en de beheerder van de regio' }) plaats?: string;
  @ApiPropertyOptional({ description: 'Alleen voor deelnemers, juristen en de beheerder van de regio' }) onlineLink?: string;
  @ApiPropertyOptional({ description: 'Alleen voor deelnemers, juristen en de beheerder van de regio' }) agenda?: string;
  @ApiPropertyOptional({ type: [AntwoordResponse], description: 'Wie komt; alleen voor deelnemers, juristen en de beheerder van de regio' })
  antwoorden?: AntwoordResponse[];

  static from(b: Bijeenkomst, details?: { antwoorden: readonly Aanwezigheid[] }): BijeenkomstResponse {
    return {
      id: b.id,
      tafelId: b.tafelId,
      start: nederlandsMoment(b.start),
      eind: nederlandsMoment(b.eind),
      status: b.status,
      volgnummer: b.volgnummer,
      geplandOp: nederlandsMoment(b.geplandOp),
      ...(details
        ? {
            ...(b.plaats ? { plaats: b.plaats } : {}),
            ...(b.onlineLink ? { onlineLink: b.onlineLink } : {}),
            agenda: b.agenda,
            antwoorden: details.antwoorden.map(AntwoordResponse.from),
          }
        : {}),
    };
  }
}

export class OntvangerResponse {
  @ApiProperty({ description: 'Keycloak-id van wie de uitnodiging krijgt' }) sub: string;
  @ApiProperty({ enum: [...DEELNEMER_ROLLEN], description: 'Rol aan tafel' }) rol: string;
  @ApiPropertyOptional({ description: 'Bij een cliëntvertegenwoordiger: voor hoeveel gasten die hij meebracht hij de uitnodiging krijgt' })
  namensGasten?: number;

  static from(o: Ontvanger): OntvangerResponse {
    return { sub: o.sub, rol: o.rol, ...(o.namensGasten ? { namensGasten: o.namensGasten } : {}) };
  }
}

/** What notificaties needs to write (or cancel) the invitation; never a guest's alias. */
export class UitnodigingResponse {
  @ApiProperty({ format: 'uuid' }) tafelId: string;
  @ApiProperty({ format: 'uuid' }) bijeenkomstId: string;
  @ApiProperty() regio: string;
  @ApiProperty({ description: 'Korte titel: het begin van de probleemstelling van de tafel (hooguit 120 tekens)' }) onderwerp: string;
  @ApiProperty({ format: 'date-time', example: '2026-03-02T10:00:00+01:00' }) start: string;
  @ApiProperty({ format: 'date-time', example: '2026-03-02T12:00:00+01:00' }) eind: string;
  @ApiPropertyOptional() plaats?: string;
  @ApiPropertyOptional() onlineLink?: string;
  @ApiProperty() agenda: string;
  @ApiProperty({ enum: BIJEENKOMST_STATUSSEN }) status: string;
  @ApiProperty({ description: 'SEQUENCE van de iCalendar-uitnodiging' }) volgnummer: number;
  @ApiProperty({ type: [OntvangerResponse], description: 'Elke gebruiker aan tafel één keer; voor gasten de cliëntvertegenwoordiger die hen aanmeldde' })
  ontvangers: OntvangerResponse[];
  @ApiProperty({ example: '/tafels/{tafelId}/bijeenkomsten/{bijeenkomstId}', description: 'Pad van de bijeenkomst in het portaal' }) portaalPad: string;
}
