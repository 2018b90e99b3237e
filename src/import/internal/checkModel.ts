import { ArgumentChecks, fieldName } from '../../stats/internal/invalidInput.js';
import { IMPORT_MODEL_ENTRIES, IMPORT_MODELS, type ImportModel } from '../importModels.js';

/** Refuses a model name import does not know, naming the ones it does. */
export function checkModel(fn: string, model: unknown): asserts model is ImportModel {
  if (typeof model === 'string' && Object.hasOwn(IMPORT_MODEL_ENTRIES, model)) return;
  const checks = new ArgumentChecks(fn);
  checks.add('UNKNOWN_VALUE', ['model'], {
    field: fieldName('模型', 'model'),
    expected: fieldName(IMPORT_MODELS.join('、'), `one of ${IMPORT_MODELS.join(', ')}`),
    got: model,
  });
  checks.done();
}
