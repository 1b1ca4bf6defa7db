import { RuleTester } from 'eslint';
import { parser as typescriptParser } from 'typescript-eslint';
import rule from './routes-declare-callers';

const tester = new RuleTester({ languageOptions: { parser: typescriptParser, ecmaVersion: 2022, sourceType: 'module' } });
const options = [{ decorators: ['Rollen', 'Public'] }];

tester.run('routes-declare-callers', rule, {
  valid: [
    { options, code: `@Controller('v1/x') class X { @Get() @Rollen('gemeente') lijst() {} }` },
    { options, code: `@Controller('v1/x') class X { @Post() @Rollen(...ROLLEN) maak() {} }` },
    { options, code: `@Public() @Controller('health') class H { @Get('live') live() {} @Get('ready') ready() {} }` },
    { options, code: `@Rollen('beheerder') @Controller('v1/x') class X { @Delete(':id') weg() {} }` },
    { options, code: `@Controller('v1/x') class X { @Get() @Public() open() {} hulp() {} }` },
    // Not a controller: nothing routes to it.
    { options, code: `class Dienst { @Get() iets() {} }` },
    // Another decorator that declares callers, once named in the options.
    { options: [{ decorators: ['Rollen', 'Public', 'Diensten'] }], code: `@Controller('v1/x') class X { @Get() @Diensten('koers-tafels') lees() {} }` },
  ],
  invalid: [
    {
      options,
      code: `@Controller('v1/x') class X { @Get() lijst() {} }`,
      errors: [{ message: 'Route X.lijst zegt niet wie hem mag aanroepen: zet @Rollen(...) of @Public() op de methode of op de controller.' }],
    },
    {
      options,
      code: `@Controller('v1/x') class X { @Get() @Rollen('jurist') lees() {} @Patch(':id') @HttpCode(200) wijzig() {} @Put() @ApiOkResponse() zet() {} }`,
      errors: [{ messageId: 'geenRollen', data: { route: 'X.wijzig', voorbeeld: 'Rollen' } }, { messageId: 'geenRollen', data: { route: 'X.zet', voorbeeld: 'Rollen' } }],
    },
    {
      options,
      code: `@ApiTags('x') @Controller('v1/x') class X { @Post() maak() {} @Delete(':id') weg() {} }`,
      errors: [{ messageId: 'geenRollen' }, { messageId: 'geenRollen' }],
    },
    {
      options,
      code: `@Controller('v1/x') class X { @Get() @Rollen() niemand() {} }`,
      errors: [{ message: '@Rollen() zonder rol laat niemand toe: noem de rollen die deze route mogen aanroepen.' }],
    },
    {
      // The default list, without options, is the same.
      code: `@Controller('v1/x') class X { @Get() @Diensten('koers-tafels') lees() {} }`,
      errors: [{ messageId: 'geenRollen' }],
    },
  ],
});
