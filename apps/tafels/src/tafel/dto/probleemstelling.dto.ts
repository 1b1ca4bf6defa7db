import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ProbleemstellingDto {
  @ApiProperty({ minLength: 1, maxLength: 5000, description: 'De gedeelde probleemstelling, zonder persoonsgegevens' })
  @IsString()
  @Length(1, 5000)
  probleemstelling: string;
}
