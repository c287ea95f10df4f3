/** Schemas every route shares. */
import { Type } from 'typebox';

export const ErrorBody = Type.Object(
  { code: Type.String({ description: 'stable machine-readable code' }), message: Type.String() },
  { $id: 'Error', description: 'Every refusal: a code and a sentence saying why' },
);
