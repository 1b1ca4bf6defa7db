import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class GebruikerToevoegenDto {
  @ApiProperty({ format: 'uuid', description: 'Keycloak-id van een gebruiker van de regio; zijn rol aan tafel is zijn rol in Koers' })
  @IsUUID()
  sub: string;
}
