import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { UuidPipe } from '@koers/http';
import { CorrectieService } from './correctie.service';
import { SignaalCorrigerenDto } from './dto/signaal-corrigeren.dto';
import { SignaalResponse } from './dto/signaal.response';

@ApiTags('signalen')
@Controller('v1/signalen')
export class CorrectieController {
  constructor(private readonly correcties: CorrectieService) {}

  @Patch(':id')
  @Rollen('gemeente')
  @ApiOkResponse({ type: SignaalResponse, description: 'Het signaal met de gecorrigeerde tekst; de vorige staat in correcties van GET /v1/signalen/{id}' })
  @ApiBadRequestResponse({ description: 'Geen titel of omschrijving, ongeldige invoer of persoonsgegevens in de tekst; niets opgeslagen' })
  @ApiForbiddenResponse({ description: 'Alleen de behandelaar corrigeert de tekst' })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'Het signaal is niet in voorbereiding: noemt de huidige status' })
  async corrigeer(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: SignaalCorrigerenDto): Promise<SignaalResponse> {
    return SignaalResponse.from(await this.correcties.corrigeer(tenant, id, dto));
  }
}
