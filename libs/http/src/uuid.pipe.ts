import { ArgumentMetadata, Injectable, ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputException } from './problem';
import { dutchReason } from './validation-reasons';

/**
 * Nest's UUID check with a refusal a person can read: Nest's own says, in English and without the
 * parameter's name, "Validation failed (uuid is expected)".
 */
@Injectable()
export class UuidPipe extends ParseUUIDPipe {
  override async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    try {
      return await super.transform(value, metadata);
    } catch {
      const name = metadata.data ?? metadata.type;
      throw new InvalidInputException([{ name, code: 'isUuid', reason: dutchReason('isUuid', { field: name, each: false }) ?? `${name} moet een UUID zijn` }]);
    }
  }
}
