import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ANTWOORDEN, Antwoord } from '../bijeenkomst.entity';

export class AntwoordDto {
  @ApiProperty({ enum: ANTWOORDEN, description: 'Of de deelnemer komt; een nieuw antwoord vervangt het vorige' })
  @IsIn(ANTWOORDEN)
  antwoord: Antwoord;
}
