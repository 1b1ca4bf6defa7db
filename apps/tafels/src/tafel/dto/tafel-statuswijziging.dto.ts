import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { TAFEL_STATUSSEN, TafelStatus } from '../tafel.rules';

export class TafelStatuswijzigingDto {
  @ApiProperty({ enum: TAFEL_STATUSSEN, description: 'Met deze route: gepland (vraagt ten minste één deelnemer aan cliëntzijde)' })
  @IsIn(TAFEL_STATUSSEN)
  naar: TafelStatus;
}
