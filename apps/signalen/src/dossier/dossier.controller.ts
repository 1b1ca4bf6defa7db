import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { UuidPipe } from '@koers/http';
import { DossierstukToevoegenDto } from './dto/dossierstuk-toevoegen.dto';
import { DossierstukResponse } from './dto/dossierstuk.response';
import { DossierService } from './dossier.service';

@ApiTags('signalen')
@Controller('v1/signalen/:id/dossierstukken')
export class DossierController {
  constructor(private readonly dossier: DossierService) {}

  @Post()
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: DossierstukResponse })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer, persoonsgegevens in de tekst, of een reeks/periode die monitoring niet kent; niets opgeslagen' })
  @ApiForbiddenResponse({ description: 'Alleen de behandelaar vult het dossier aan' })
  @ApiNotFoundResponse({ description: 'Signaal bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'Het signaal is niet (meer) in voorbereiding' })
  @ApiServiceUnavailableResponse({ description: 'Monitoring is niet bereikbaar; niets opgeslagen' })
  async voegToe(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Body() dto: DossierstukToevoegenDto,
  ): Promise<DossierstukResponse> {
    return DossierstukResponse.from(await this.dossier.voegToe(tenant, id, dto));
  }
}
