import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { INDICATOR_RICHTINGEN, RegisterGepubliceerdV1 } from '@koers/contracts';

export class RegisterGemeenteResponse {
  @ApiProperty({ example: 'GM0988' }) code: string;
  @ApiProperty({ example: 'Weert' }) naam: string;
  @ApiProperty({ example: 1, description: 'Telt de wijzigingen; een kopie houdt de hoogste' }) versie: number;
}

export class RegisterIndicatorResponse {
  @ApiProperty({ example: 'jeugdhulp-met-verblijf' }) code: string;
  @ApiProperty() naam: string;
  @ApiProperty() definitie: string;
  @ApiProperty({ example: 'procent' }) eenheid: string;
  @ApiProperty({ enum: INDICATOR_RICHTINGEN }) richting: string;
  @ApiProperty() bron: string;
  @ApiProperty({ description: 'Uit de landelijke catalogus (niet van de regio zelf)' }) landelijk: boolean;
  @ApiProperty({ example: 1 }) versie: number;
}

/** The register of one region, the same as the data of `nl.koers.monitoring.register.gepubliceerd.v1`. */
export class RegisterResponse {
  @ApiProperty({ example: 'midden-limburg-west' }) regio: string;
  @ApiProperty({ type: [RegisterGemeenteResponse] }) gemeenten: RegisterGemeenteResponse[];
  @ApiProperty({ type: [RegisterIndicatorResponse] }) indicatoren: RegisterIndicatorResponse[];

  static from(register: RegisterGepubliceerdV1): RegisterResponse {
    return register;
  }
}

export class HerpublicatieDto {
  @ApiPropertyOptional({ description: "Verplicht als u in meer regio's werkt" }) @IsOptional() @IsString() regio?: string;
}

export class HerpublicatieResponse {
  @ApiProperty({ example: 'midden-limburg-west' }) regio: string;
  @ApiProperty({ example: 3 }) gemeenten: number;
  @ApiProperty({ example: 14 }) indicatoren: number;
}
