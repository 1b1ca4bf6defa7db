import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class GastAanmeldenDto {
  @ApiProperty({ minLength: 2, maxLength: 40, description: 'Een zelfgekozen schuilnaam, niet de eigen naam; verder wordt niets over de gast opgeslagen' })
  @IsString()
  @Length(2, 40)
  alias: string;
}
