import type { ConstituentOpinion } from '../../../model/constituentOpinion.js';
import {
  constituentOpinionFieldNames,
  OPINION_CHANNELS,
  OPINION_STATES,
} from '../../../model/constituentOpinion.js';
import { fieldName, issueOf, throwArgumentError } from '../../../stats/internal/invalidInput.js';

// The fields the opinion figures read, checked before a record is counted: a record that is not
// an opinion (a Symbol for a channel, a string for the deputies) is refused by name rather than
// counted into figures that no longer add up. Checking these few fields costs a handful of
// comparisons per record; the schema stays the place that checks a whole record.

const STATES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(OPINION_STATES);
const CHANNELS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(OPINION_CHANNELS);

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every(isText);
const isObjectList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null);

function refuse(field: string, expectedZh: string, expectedEn: string, got: unknown): never {
  const name = constituentOpinionFieldNames[field] ?? { 'zh-Hans': field, en: field };
  throwArgumentError('opinionStats', [
    issueOf('INVALID_TYPE', ['records', field], {
      field: fieldName(`群众意见的${name['zh-Hans']}`, `an opinion's ${name.en}`),
      expected: fieldName(expectedZh, expectedEn),
      got,
    }),
  ]);
}

/** Refuses a record whose fields the figures read are not an opinion's (throws `INVALID_INPUT`). */
export function checkReadableOpinion(record: ConstituentOpinion): void {
  const r = record as unknown as Record<string, unknown>;
  if (typeof r !== 'object' || r === null) refuse('record', '群众意见记录', 'an opinion record', r);
  if (!STATES.has(r.state))
    refuse('state', '群众意见办理状态之一', 'one of the opinion states', r.state);
  if (!CHANNELS.has(r.channel)) refuse('channel', '来源渠道之一', 'one of the channels', r.channel);
  if (!isText(r.receivedDay))
    refuse('receivedDay', 'YYYY-MM-DD 日期', 'a YYYY-MM-DD day', r.receivedDay);
  if (!isTextList(r.deputyIds))
    refuse('deputyIds', '代表编号列表', 'a list of deputy ids', r.deputyIds);
  if (r.stationId !== undefined && !isText(r.stationId)) {
    refuse('stationId', '站点编号', 'a station id', r.stationId);
  }
  if (!Number.isSafeInteger(r.round)) refuse('round', '整数', 'a whole number', r.round);
  for (const list of ['handlings', 'feedbacks', 'callbacks'] as const) {
    if (!isObjectList(r[list])) refuse(list, '对象列表', 'a list of objects', r[list]);
  }
  const c = r.classification as Record<string, unknown> | undefined;
  if (
    c !== undefined &&
    (typeof c !== 'object' || c === null || !isText(c.category) || !isText(c.level))
  ) {
    refuse('classification', '含分级与分类的对象', 'an object with a level and a category', c);
  }
}
