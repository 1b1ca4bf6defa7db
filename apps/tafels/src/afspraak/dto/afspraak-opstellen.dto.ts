import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { lijst, PaginaQuery, waarOfOnwaar } from '@koers/http';
import { AFSPRAAK_SOORTEN, AfspraakSoort, GEMEENTECODE_PATTERN, INDICATOR_RICHTINGEN, INDICATORCODE_PATTERN, IndicatorRichting, ORGANISATIE_PATTERN } from '@koers/contracts';
import { AFSPRAAK_STATUSSEN, AfspraakStatus, TOETSING_STATUSSEN, ToetsingStatus } from '../afspraak.rules';

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** The regional indicator an outcome criterion defines (Haarlem seed: formulated together with the providers). */
export class OutcomecriteriumDto {
  @ApiProperty({ example: 'doelrealisatie-ambulant', description: 'Code van de nieuwe regionale indicator' })
  @Matches(new RegExp(INDICATORCODE_PATTERN), { message: 'code is een indicatorcode als doelrealisatie-ambulant' })
  @Length(1, 100)
  code: string;

  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200) naam: string;
  @ApiProperty({ maxLength: 2000, description: 'Hoe de indicator wordt gemeten' }) @IsString() @Length(1, 2000) definitie: string;
  @ApiProperty({ maxLength: 50, example: 'procent' }) @IsString() @Length(1, 50) eenheid: string;
  @ApiProperty({ enum: INDICATOR_RICHTINGEN, description: 'Welke kant op is goed' }) @IsIn(INDICATOR_RICHTINGEN) richting: IndicatorRichting;
  @ApiProperty({ description: 'De streefwaarde' }) @IsNumber({ allowNaN: false, allowInfinity: false }) doelwaarde: number;
}

/** The fields of an agreement; every one may be amended while it is a concept (or, after bijsturen, in a new version). */
export class AfspraakVeldenDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'Wat er is afgesproken, zonder persoonsgegevens' })
  @IsOptional()
  @IsString()
  @Length(5, 2000)
  omschrijving?: string;

  @ApiPropertyOptional({ example: 'zorggroep-horizon', description: 'De organisatie aan tafel die de afspraak uitvoert (organisatiecode)' })
  @IsOptional()
  @Matches(new RegExp(ORGANISATIE_PATTERN), { message: 'eigenaar is een organisatiecode als zorggroep-horizon' })
  @Length(1, 100)
  eigenaar?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-06-30', description: 'Uiterlijk op deze dag uitgevoerd; niet in het verleden' })
  @IsOptional()
  @Matches(DATUM, { message: 'deadline is een datum als 2027-06-30' })
  deadline?: string;

  @ApiPropertyOptional({ example: 'Jeugdwet art. 2.3', description: 'De rechtsgrond waarin de afspraak past (een verwijzing)' })
  @IsOptional()
  @IsString()
  @Length(3, 500)
  rechtsgrond?: string;

  @ApiPropertyOptional({ example: 'GM0988', description: 'Voor één gemeente van de tafel; of anders voorDeHeleRegio' })
  @IsOptional()
  @Matches(new RegExp(GEMEENTECODE_PATTERN), { message: 'gemeente is een CBS-code als GM0988' })
  gemeente?: string;

  @ApiPropertyOptional({ description: 'true: voor alle gemeenten van de regio' })
  @IsOptional()
  @IsBoolean()
  voorDeHeleRegio?: boolean;

  @ApiPropertyOptional({ type: OutcomecriteriumDto, description: 'Alleen bij soort outcomecriterium, en daar verplicht' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutcomecriteriumDto)
  outcomecriterium?: OutcomecriteriumDto;
}

export class AfspraakOpstellenDto extends AfspraakVeldenDto {
  @ApiProperty({ enum: AFSPRAAK_SOORTEN })
  @IsIn(AFSPRAAK_SOORTEN)
  soort: AfspraakSoort;

  @ApiProperty({ format: 'uuid', description: 'De bijeenkomst waarin de afspraak is gemaakt' })
  @IsUUID()
  bijeenkomstId: string;
}

export class AfspraakWijzigenDto extends AfspraakVeldenDto {
  @ApiPropertyOptional({ enum: AFSPRAAK_SOORTEN })
  @IsOptional()
  @IsIn(AFSPRAAK_SOORTEN)
  soort?: AfspraakSoort;

  @ApiPropertyOptional({ format: 'uuid', description: 'Bij een nieuwe versie na bijsturen: de bijeenkomst waarin zij is gemaakt' })
  @IsOptional()
  @IsUUID()
  bijeenkomstId?: string;
}

export class ToetsingDto {
  @ApiProperty({ enum: ['akkoord', 'bezwaar'] })
  @IsIn(['akkoord', 'bezwaar'])
  oordeel: 'akkoord' | 'bezwaar';

  @ApiPropertyOptional({ maxLength: 2000, description: 'Bij bezwaar verplicht: waarom de afspraak niet past in de wet of de grondrechten van jongeren en ouders; bij akkoord de motivering, als de jurist die geeft' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reden?: string;
}

export class VoortgangDto {
  @ApiProperty({ enum: ['lopend', 'uitgevoerd', 'gestopt'] })
  @IsIn(['lopend', 'uitgevoerd', 'gestopt'])
  voortgang: 'lopend' | 'uitgevoerd' | 'gestopt';

  @ApiPropertyOptional({ maxLength: 2000, description: 'Bij gestopt verplicht: waarom' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reden?: string;
}

/**
 * Without `betrokken`, `eigenaar` or `status` this is the jurist's queue (by `toetsing`, standaard
 * open); with one of them it is a list of the region's agreements for every role.
 */
export class AfsprakenQuery extends PaginaQuery {
  @ApiPropertyOptional({ enum: TOETSING_STATUSSEN, description: 'De stand van de toetsing; in de toetsingsrij van de jurist standaard open' })
  @IsOptional()
  @IsIn(TOETSING_STATUSSEN)
  toetsing?: ToetsingStatus;

  @ApiPropertyOptional({
    description: 'true: alleen de afspraken van tafels waar de aanroeper aan meedoet (als behandelaar, deelnemer, of zijn organisatie zit aan tafel) of waarvan zijn organisatie eigenaar is',
  })
  @IsOptional()
  @Transform(waarOfOnwaar)
  @IsBoolean({ message: 'betrokken is true of false' })
  betrokken?: boolean;

  @ApiPropertyOptional({ example: 'zorggroep-horizon', description: 'Alleen de afspraken waarvan deze organisatie eigenaar is' })
  @IsOptional()
  @Matches(new RegExp(ORGANISATIE_PATTERN), { message: 'eigenaar is een organisatiecode als zorggroep-horizon' })
  @Length(1, 100)
  eigenaar?: string;

  @ApiPropertyOptional({ enum: AFSPRAAK_STATUSSEN, isArray: true, description: 'Eén of meer statussen, komma-gescheiden' })
  @IsOptional()
  @Transform(lijst)
  @ArrayMaxSize(AFSPRAAK_STATUSSEN.length)
  @IsIn(AFSPRAAK_STATUSSEN, { each: true })
  status?: AfspraakStatus[];
}

/** The list of agreements rather than the jurist's queue. */
export function isAfsprakenlijst(query: AfsprakenQuery): boolean {
  return query.betrokken !== undefined || query.eigenaar !== undefined || query.status !== undefined;
}
