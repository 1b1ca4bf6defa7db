import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { MONITORING_OORDELEN, ORGANISATIE_PATTERN } from '@koers/contracts';
import { PaginaQuery } from '@koers/http';
import { AfspraakResponse } from '../../afspraak/dto/afspraak.response';
import { Overname } from '../overname.entity';
import { OVERNAME_STATUSSEN, OvernameStatus } from '../overname.rules';

export class OvernameAntwoordDto {
  @ApiProperty({ enum: ['overnemen', 'afslaan'] })
  @IsIn(['overnemen', 'afslaan'])
  antwoord: 'overnemen' | 'afslaan';

  @ApiPropertyOptional({ format: 'date', example: '2028-06-30', description: 'Bij overnemen verplicht: de deadline voor de eigen gemeente; niet in het verleden' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deadline is een datum als 2028-06-30' })
  deadline?: string;

  @ApiPropertyOptional({
    example: 'zorggroep-horizon',
    description: 'Bij overnemen: een andere organisatie aan de tafel die de afspraak voor de eigen gemeente uitvoert; zonder blijft de eigenaar van de geslaagde afspraak het',
  })
  @IsOptional()
  @Matches(new RegExp(ORGANISATIE_PATTERN), { message: 'eigenaar is een organisatiecode als zorggroep-horizon' })
  @Length(1, 100)
  eigenaar?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Bij afslaan verplicht: waarom, zonder persoonsgegevens; de regio leest het in Koers, het reist niet mee in events' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reden?: string;
}

export class OvernameQuery extends PaginaQuery {
  @ApiPropertyOptional({ enum: OVERNAME_STATUSSEN, default: 'open' })
  @IsOptional()
  @IsIn(OVERNAME_STATUSSEN)
  status: OvernameStatus = 'open';

  @ApiPropertyOptional({ format: 'uuid', description: 'Alleen het aanbod van deze geslaagde afspraak (de link in het bericht)' })
  @IsOptional()
  @IsUUID()
  afspraak?: string;
}

export class OvernameResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'De geslaagde afspraak die wordt aangeboden' }) afspraakId: string;
  @ApiProperty({ format: 'uuid' }) tafelId: string;
  @ApiProperty() regio: string;
  @ApiProperty({ description: 'De gemeente die het aanbod kreeg (CBS-code)' }) gemeente: string;
  @ApiPropertyOptional({ description: 'Haar naam, uit het register van de regio' }) gemeentenaam?: string;
  @ApiProperty({ enum: OVERNAME_STATUSSEN }) status: string;
  @ApiProperty({ format: 'date-time' }) aangebodenOp: string;
  @ApiPropertyOptional({ description: 'Bij afgeslagen: de reden (alleen binnen de regio)' }) reden?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Bij overgenomen: de eigen afspraak van de gemeente' }) overgenomenAfspraakId?: string;
  @ApiPropertyOptional({ format: 'date-time' }) beantwoordOp?: string;

  static from(o: Overname, namen?: ReadonlyMap<string, string>): OvernameResponse {
    const naam = namen?.get(o.gemeente);
    return {
      id: o.id,
      afspraakId: o.afspraakId,
      tafelId: o.tafelId,
      regio: o.regio,
      gemeente: o.gemeente,
      ...(naam ? { gemeentenaam: naam } : {}),
      status: o.status,
      aangebodenOp: o.aangebodenOp.toISOString(),
      ...(o.reden ? { reden: o.reden } : {}),
      ...(o.overgenomenAfspraakId ? { overgenomenAfspraakId: o.overgenomenAfspraakId } : {}),
      ...(o.beantwoordOp ? { beantwoordOp: o.beantwoordOp.toISOString() } : {}),
    };
  }
}

/** An offer with the successful agreement it is about, for the gemeente's inbox and the portal. */
export class AanbodResponse extends OvernameResponse {
  @ApiProperty({ type: AfspraakResponse, description: 'De geslaagde afspraak' }) afspraak: AfspraakResponse;
  @ApiProperty({ type: [String], description: 'De organisaties aan de tafel van de afspraak (codes): wie haar in uw gemeente mag uitvoeren als u een andere eigenaar kiest' })
  organisatiesAanTafel: string[];
}

export class AanbodLijst {
  @ApiProperty({ type: [AanbodResponse] }) items: AanbodResponse[];
  @ApiProperty({ description: 'Het aantal aanbiedingen met deze filters, over alle pagina’s' }) totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}

export class OvernameAntwoordResponse extends OvernameResponse {
  @ApiPropertyOptional({ type: AfspraakResponse, description: 'Bij overnemen: de nieuwe afspraak voor de eigen gemeente (concept; monitoring maakt er een plan bij, een jurist toetst haar)' })
  overgenomenAfspraak?: AfspraakResponse;
}

/** Per successful agreement: who took it over, who declined and why, and who has not answered. */
export class OvernamesVanAfspraakResponse {
  @ApiProperty({ format: 'uuid' }) afspraakId: string;
  @ApiPropertyOptional({ enum: MONITORING_OORDELEN }) oordeel?: string;
  @ApiProperty({ type: [OvernameResponse], description: 'Eén per gemeente waaraan de afspraak is aangeboden; leeg als zij (nog) niet is aangeboden' }) overnames: OvernameResponse[];
  @ApiProperty() overgenomen: number;
  @ApiProperty() afgeslagen: number;
  @ApiProperty({ description: 'Nog niet beantwoord' }) open: number;
}
