import { InvalidInputException } from './problem';
import { UuidPipe } from './uuid.pipe';

describe('UuidPipe', () => {
  const pipe = new UuidPipe();

  it('lets a UUID through', async () => {
    await expect(pipe.transform('9b2f0c4e-5d1a-4f0e-9a57-0c7d2e8b1f3a', { type: 'param', data: 'id' })).resolves.toBe('9b2f0c4e-5d1a-4f0e-9a57-0c7d2e8b1f3a');
  });

  it('refuses anything else in Dutch, naming the parameter', async () => {
    const refusal = await pipe.transform('niet-een-uuid', { type: 'param', data: 'rondeId' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InvalidInputException);
    expect((refusal as InvalidInputException).toProblem()).toMatchObject({
      status: 400,
      title: 'Ongeldige invoer',
      invalidParams: [{ name: 'rondeId', code: 'isUuid', reason: 'rondeId moet een UUID zijn' }],
    });
  });
});
