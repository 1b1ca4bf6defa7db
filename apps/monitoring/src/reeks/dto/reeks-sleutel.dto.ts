import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { GEMEENTECODE_PATTERN } from '@koers/contracts';

/** The region a request acts in; only needed from callers who work in more than one. */
export class RegioKeuze {
  @ApiPropertyOptional({ description: "Verplicht als u in meer regio's werkt" })
  @IsOptional()
  @IsString()
  regio?: string;
}

/** Which series: an indicator, of one gemeente or (without gemeente) of the region as a whole. */
export class ReeksSleutel extends RegioKeuze {
  @ApiProperty({ example: 'jeugdhulp-met-verblijf' })
  @IsString()
  indicator: string;

  @ApiPropertyOptional({ example: 'GM0988', description: 'Zonder gemeente: de regio als geheel' })
  @IsOptional()
  @Matches(new RegExp(GEMEENTECODE_PATTERN), { message: 'gemeente moet een CBS-gemeentecode zijn' })
  gemeente?: string;
}
