import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { SIGNAAL_STATUSSEN, SignaalStatus } from '../signaal.rules';

export class StatuswijzigingDto {
  @ApiProperty({ enum: SIGNAAL_STATUSSEN, description: 'Met deze route: in_voorbereiding (in behandeling nemen), afgewezen of samengevoegd' })
  @IsIn(SIGNAAL_STATUSSEN)
  naar: SignaalStatus;

  @ApiPropertyOptional({ minLength: 1, maxLength: 2000, description: 'Verplicht bij afgewezen' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reden?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Verplicht bij samengevoegd: het open signaal van dezelfde regio dat blijft' })
  @IsOptional()
  @IsUUID()
  samengevoegdMet?: string;
}
