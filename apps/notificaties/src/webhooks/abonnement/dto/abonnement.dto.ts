import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { GEMEENTECODE_PATTERN, REGIO_PATTERN } from '@koers/contracts';
import { PaginaQuery } from '@koers/http';
import { Abonnement } from '../abonnement.entity';
import { ABONNEMENT_STATUSSEN } from '../abonnement.rules';

export class AbonnementAanmakenDto {
  @ApiProperty({ example: 'https://systeem.zorggroep-horizon.nl/koers/webhook', description: 'https; geen privé-, loopback- of link-local-adres' })
  @IsString()
  @MaxLength(2000)
  callbackUrl: string;

  @ApiProperty({ type: [String], example: ['nl.koers.signalen.*'], description: 'Exacte event-types of een prefix met .*' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  eventTypes: string[];

  @ApiPropertyOptional({ type: [String], example: ['GM0988'], description: 'Alleen events over deze gemeenten (en over de hele regio)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(new RegExp(GEMEENTECODE_PATTERN), { each: true, message: 'elke gemeente is een CBS-code als GM0988' })
  gemeenten?: string[];

  @ApiPropertyOptional({ description: 'Verplicht voor wie in meer dan één regio werkt', example: 'midden-limburg-west' })
  @IsOptional()
  @Matches(new RegExp(REGIO_PATTERN), { message: 'regio is een regiocode als midden-limburg-west' })
  regio?: string;

  @ApiPropertyOptional({ description: 'Alleen voor een beheerder (verplicht): de organisatie of gemeente (CBS-code) van wie het systeem is' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  organisatie?: string;
}

export class AbonnementenQuery extends PaginaQuery {
  @ApiPropertyOptional({ example: 'zorggroep-horizon', description: 'Alleen de abonnementen van deze organisatie of gemeente (CBS-code); voor een beheerder' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'organisatie is een code als zorggroep-horizon of GM0988' })
  organisatie?: string;
}

export class AbonnementResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regio: string;
  @ApiProperty() organisatie: string;
  @ApiProperty() callbackUrl: string;
  @ApiProperty({ type: [String] }) eventTypes: string[];
  @ApiProperty({ type: [String] }) gemeenten: string[];
  @ApiProperty({ enum: ABONNEMENT_STATUSSEN }) status: string;
  @ApiPropertyOptional() pauzeReden?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Sinds wanneer elke poging mislukt' }) falendSinds?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Tot wanneer ook het vorige geheim nog ondertekent' }) vorigGeheimGeldigTot?: string;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp: string;

  static from(abonnement: Abonnement, nu = new Date()): AbonnementResponse {
    return {
      id: abonnement.id,
      regio: abonnement.regio,
      organisatie: abonnement.organisatie,
      callbackUrl: abonnement.callbackUrl,
      eventTypes: abonnement.eventTypes,
      gemeenten: abonnement.gemeenten,
      status: abonnement.status,
      ...(abonnement.pauzeReden ? { pauzeReden: abonnement.pauzeReden } : {}),
      ...(abonnement.falendSinds ? { falendSinds: abonnement.falendSinds.toISOString() } : {}),
      ...(abonnement.vorigGeheimTot && abonnement.vorigGeheimTot > nu ? { vorigGeheimGeldigTot: abonnement.vorigGeheimTot.toISOString() } : {}),
      aangemaaktOp: abonnement.aangemaaktOp.toISOString(),
    };
  }
}

export class NieuwAbonnementResponse extends AbonnementResponse {
  @ApiProperty({ example: 'whsec_…', description: 'Het ondertekeningsgeheim; alleen nu zichtbaar, bewaar het veilig' }) geheim: string;
}

export class GeheimResponse {
  @ApiProperty({ example: 'whsec_…', description: 'Het nieuwe geheim; alleen nu zichtbaar' }) geheim: string;
  @ApiProperty({ format: 'date-time', description: 'Tot dan ondertekent ook het vorige geheim' }) vorigGeheimGeldigTot: string;
}

export class AbonnementenPagina {
  @ApiProperty({ type: [AbonnementResponse] }) items: AbonnementResponse[];
  @ApiProperty() totaal: number;
  @ApiProperty({ type: [String], description: 'Elke organisatie met een abonnement dat u mag zien, op volgorde; voor het filter organisatie' })
  organisaties: string[];
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}
