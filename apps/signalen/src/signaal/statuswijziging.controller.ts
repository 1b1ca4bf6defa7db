import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { UuidPipe } from '@koers/http';
import { SignaalResponse } from './dto/signaal.response';
import { StatuswijzigingDto } from './dto/statuswijziging.dto';
import { StatuswijzigingService } from './statuswijziging.service';

@ApiTags('signalen')
@Controller('v1/signalen/:id/statuswijzigingen')
export class StatuswijzigingController {
  constructor(private readonly statuswijzigingen: StatuswijzigingService) {}

  @Post()
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: SignaalResponse, description: 'Het signaal na de wijziging' })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer, of een reden / samengevoegdMet die bij deze stap hoort ontbreekt' })
  @ApiForbiddenResponse({ description: 'Alleen een gemeente van het signaal, of de behandelaar, zet deze stap' })
  @ApiNotFoundResponse({ description: 'Bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'Deze stap kan nu niet: noemt de huidige status en wat ontbreekt' })
  async wijzig(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: StatuswijzigingDto): Promise<SignaalResponse> {
    return SignaalResponse.from(await this.statuswijzigingen.wijzig(tenant, id, dto));
  }
}
