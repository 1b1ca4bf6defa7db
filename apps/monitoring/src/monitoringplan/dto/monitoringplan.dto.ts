import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { GEMEENTECODE_PATTERN, MONITORING_OORDELEN, PERIODE_PATTERN } from '@koers/contracts';
import { DOEL_RICHTINGEN, DoelRichting } from '../../koersdoel/koersdoel.entity';
import type { Kijker } from '@koers/domain';
import { Monitoringplan, MonitoringplanEvaluatie } from '../monitoringplan.entity';
import { Namen, toonEvaluatie, toonNulmeting } from '../monitoringplan-weergave.rules';
import type { PlanStand } from '../monitoringplan-stand.rules';
import { MONITORINGPLAN_STATUSSEN } from '../monitoringplan-levensloop.rules';

const GEMEENTECODE = new RegExp(GEMEENTECODE_PATTERN);
const PERIODE = new RegExp(PERIODE_PATTERN);

export class OnderwerpDto {
  @ApiProperty({ enum: ['afspraak', 'pilot'] }) @IsIn(['afspraak', 'pilot']) soort: 'afspraak' | 'pilot';
  @ApiProperty({ format: 'uuid', description: 'Id van de afspraak (tafels, die de afspraak eerst moet hebben gemeld) of pilot (pilots)' })
  @IsUUID('all', { message: 'onderwerp.id moet het id (een UUID) van een afspraak of pilot zijn' })
  id: string;
}

export class PlanIndicatorDto {
  @ApiProperty({ example: 'jeugdhulp-met-verblijf' }) @IsString() indicator: string;
  @ApiProperty({ example: 1.5 }) @IsNumber({ allowNaN: false, allowInfinity: false }) doelwaarde: number;
  @ApiProperty({ enum: DOEL_RICHTINGEN }) @IsIn([...DOEL_RICHTINGEN]) richting: DoelRichting;
  @ApiPropertyOptional({ description: 'Alleen cijfers van deze bron tellen' }) @IsOptional() @IsString() @Length(1, 200) bron?: string;
}

export class MonitoringplanMakenDto {
  @ApiProperty({ type: OnderwerpDto }) @ValidateNested() @Type(() => OnderwerpDto) onderwerp: OnderwerpDto;
  @ApiProperty({ example: 'Minder verblijf door gezinsgerichte ambulante hulp' }) @IsString() @Length(3, 300) titel: string;

  @ApiProperty({ type: [String], example: ['GM0988'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(GEMEENTECODE, { each: true, message: 'gemeenten moeten CBS-gemeentecodes zijn' })
  gemeenten: string[];

  @ApiPropertyOptional({ type: [String], example: ['GM1640'], description: 'Gemeenten om mee te vergelijken (verschil in verschillen)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(GEMEENTECODE, { each: true, message: 'vergelijkingsgemeenten moeten CBS-gemeentecodes zijn' })
  vergelijkingsgemeenten?: string[];

  @ApiProperty({ type: [PlanIndicatorDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlanIndicatorDto)
  indicatoren: PlanIndicatorDto[];

  @ApiProperty({ example: '2024-Q4', description: 'De nulmeting rust op perioden tot en met deze' })
  @Matches(PERIODE, { message: 'nulmetingTot moet een periode zijn (2025, 2025-H1, 2025-Q3 of 2025-07)' })
  nulmetingTot: string;

  @ApiPropertyOptional({ default: 4, description: 'Op hoeveel perioden de nulmeting rust (gemiddelde)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  nulmetingPerioden?: number;

  @ApiProperty({ type: [String], example: ['2025-Q2', '2025-Q4'], description: 'Meetmomenten; de laatste beslist' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @Matches(PERIODE, { each: true, message: 'meetmomenten moeten perioden zijn (2025, 2025-H1, 2025-Q3 of 2025-07)' })
  meetmomenten: string[];

  @ApiProperty({ example: '2026-03-01' }) @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'evaluatiedatum moet een datum zijn (JJJJ-MM-DD)' }) evaluatiedatum: string;

  @ApiPropertyOptional({ description: "Verplicht als u in meer regio's werkt" }) @IsOptional() @IsString() regio?: string;
}

export class EvaluatieResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['evaluatiedatum', 'op_verzoek'] }) aanleiding: string;
  @ApiProperty({ enum: MONITORING_OORDELEN }) oordeel: string;
  @ApiProperty() toelichting: string;
  @ApiProperty({ description: 'Per indicator: nulmeting, laatste meting, doel, verschil in verschillen en wat ontbrak', type: [Object] }) indicatoren: unknown[];
  @ApiProperty({ format: 'date-time' }) geevalueerdOp: string;

  /** As this reader may see it: a number resting on a small teller of another gemeente is left out, in the figures and the words. */
  static from(evaluatie: MonitoringplanEvaluatie, plan: Monitoringplan, lezer: { kijker: Kijker; namen: Namen }): EvaluatieResponse {
    const beslissend = plan.meetmomenten.at(-1);
    const indicatoren = evaluatie.indicatoren.map((e) => ({ indicator: e.indicator, ...toonEvaluatie(e, { indicator: e.indicator, beslissend, ...lezer }) }));
    return {
      id: evaluatie.id,
      aanleiding: evaluatie.aanleiding,
      oordeel: evaluatie.oordeel,
      toelichting: indicatoren.map((e) => `${e.indicator}: ${e.toelichting}`).join('\n'),
      indicatoren,
      geevalueerdOp: evaluatie.geevalueerdOp.toISOString(),
    };
  }
}

export class LaatsteMetingResponse {
  @ApiProperty({ example: 'GM0946' }) gemeente: string;
  @ApiPropertyOptional({ example: 'Nederweert' }) naam?: string;
  @ApiProperty({ example: '2025-Q2' }) periode: string;
  @ApiProperty({ type: Number, nullable: true, description: 'null wanneer het cijfer op kleine aantallen van een andere gemeente dan de uwe rust' }) waarde: number | null;
  @ApiProperty({ example: '< 5' }) weergave: string;
  @ApiProperty({ description: 'Aan de goede kant van het doel' }) doelBereikt: boolean;
  @ApiPropertyOptional({ type: Boolean, description: 'Het cijfer is voor u niet te tonen (kleine aantallen)' }) onderdrukt?: true;
}

export class IndicatorStandResponse {
  @ApiProperty({ example: 'uitval' }) indicator: string;
  @ApiProperty() doelwaarde: number;
  @ApiProperty({ enum: DOEL_RICHTINGEN }) richting: DoelRichting;
  @ApiProperty({ enum: MONITORING_OORDELEN, description: 'Het oordeel dat de regels nu zouden geven' }) oordeel: string;
  @ApiProperty({ type: [LaatsteMetingResponse], description: 'Per plangemeente de laatste meting sinds de nulmeting' }) laatsteMetingen: LaatsteMetingResponse[];
  @ApiProperty({ type: [String], example: ['GM0946: geen meting over 2025-Q4'], description: 'Welke gemeente welke nulmeting of meting nog mist' }) ontbrekend: string[];
  @ApiProperty() toelichting: string;
}

export class PlanStandResponse {
  @ApiProperty({ enum: MONITORING_OORDELEN }) oordeel: string;
  @ApiProperty({ type: [IndicatorStandResponse] }) indicatoren: IndicatorStandResponse[];
}

export class MonitoringplanResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regio: string;
  @ApiProperty({ type: OnderwerpDto }) onderwerp: OnderwerpDto;
  @ApiProperty() titel: string;
  @ApiProperty({ type: [String] }) gemeenten: string[];
  @ApiProperty({ type: [String] }) vergelijkingsgemeenten: string[];
  @ApiProperty({ description: 'Per indicator het doel en de nulmeting per gemeente, met de perioden waarop die rust', type: [Object] }) indicatoren: unknown[];
  @ApiProperty() nulmetingTot: string;
  @ApiProperty() nulmetingPerioden: number;
  @ApiProperty({ type: [String] }) meetmomenten: string[];
  @ApiProperty() evaluatiedatum: string;
  @ApiProperty({ enum: MONITORINGPLAN_STATUSSEN, description: 'lopend; bevestigd zodra tafels de afspraak vastlegde; geevalueerd op de evaluatiedatum; vervallen als tafels de afspraak in concept introk' }) status: string;
  @ApiPropertyOptional({ format: 'date-time' }) bevestigdOp?: string;
  @ApiPropertyOptional({ enum: MONITORING_OORDELEN, description: 'Het oordeel van de laatste evaluatie' }) oordeel?: string;
  @ApiPropertyOptional({
    type: PlanStandResponse,
    description:
      'Alleen in lijsten: waar het plan nu staat — per indicator de laatste meting sinds de nulmeting per gemeente tegen het doel (kleine aantallen zoals de lezer ze mag zien), het oordeel dat de regels nu zouden geven en wat nog ontbreekt (welke gemeente, welke periode)',
  })
  stand?: PlanStand;
  @ApiPropertyOptional({ type: [EvaluatieResponse], description: 'Alle evaluaties, oudste eerst (alleen bij één plan)' }) evaluaties?: EvaluatieResponse[];

  static from(plan: Monitoringplan, kijker: Kijker, extra: { evaluaties?: MonitoringplanEvaluatie[]; namen?: Namen; stand?: PlanStand } = {}): MonitoringplanResponse {
    const { evaluaties, namen = {}, stand } = extra;
    return {
      id: plan.id,
      regio: plan.regio,
      onderwerp: { soort: plan.onderwerpSoort, id: plan.onderwerpId },
      titel: plan.titel,
      gemeenten: plan.gemeenten,
      vergelijkingsgemeenten: plan.vergelijkingsgemeenten,
      indicatoren: plan.indicatoren.map((i) => ({
        ...i,
        nulmeting: Object.fromEntries(Object.entries(i.nulmeting).map(([gemeente, nulmeting]) => [gemeente, toonNulmeting(gemeente, nulmeting, kijker)])),
      })),
      nulmetingTot: plan.nulmetingTot,
      nulmetingPerioden: plan.nulmetingPerioden,
      meetmomenten: plan.meetmomenten,
      evaluatiedatum: plan.evaluatiedatum,
      status: plan.status,
      ...(plan.bevestigdOp ? { bevestigdOp: plan.bevestigdOp.toISOString() } : {}),
      ...(plan.oordeel ? { oordeel: plan.oordeel } : {}),
      ...(evaluaties ? { evaluaties: evaluaties.map((e) => EvaluatieResponse.from(e, plan, { kijker, namen })) } : {}),
      ...(stand ? { stand } : {}),
    };
  }
}
