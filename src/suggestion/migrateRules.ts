import type { GuardSpec, RulesVersionSpec } from '../workflow/index.js';
import { migrateRulesPayload, payloadFieldNames } from './internal/payloads.js';
import { formatRulesVersion } from './policy.js';
import type {
  SuggestionContext,
  SuggestionEvent,
  SuggestionWorkflowTypes,
} from './suggestionTypes.js';

// A record changes rules only through an entry in its own history: the `migrateRules` event,
// `{ from, to }`, sent under the policy it moves to. The engine refuses every other event when
// the context's policy is not the record's (`RULES_VERSION_MISMATCH`), so this is the one way
// across, and a replay or a verification knows which rules each stretch of the history ran under.

/** The name of the suggestion workflow's migration event. */
export const MIGRATE_RULES = 'migrateRules';

/** The payload of `migrateRules`: the rules the record leaves and the rules it moves to. */
/** How the suggestion workflow reads the rules its context applies: `id@version` of the policy. */
export const suggestionRulesVersion: RulesVersionSpec<SuggestionContext> = {
  of: (context) => formatRulesVersion(context.policy),
  migrateEvent: MIGRATE_RULES,
};

/** `from` is the record's rules, `to` the context's, and they differ. */
export const migrationGuards: {
  readonly migratesToContextRules: GuardSpec<SuggestionWorkflowTypes, SuggestionEvent>;
} = {
  migratesToContextRules: {
    message: {
      'zh-Hans': '迁移须从记录当前的规则版本（from）迁到本次适用的规则版本（to），且两者不同',
      en: "a migration must go from the record's rules (from) to the rules applied now (to), and they must differ",
    },
    needsPayload: true,
    check: (record, event, context) => {
      if (event.type !== MIGRATE_RULES) return false;
      const { payload } = event;
      return (
        payload !== undefined &&
        payload.from === record.rulesVersion &&
        payload.to === formatRulesVersion(context.policy) &&
        payload.from !== payload.to
      );
    },
  },
};

const label = { 'zh-Hans': '迁移规则版本', 'zh-Hant': '遷移規則版本', en: 'Migrate rules' };

/** The `migrateRules` event: from any non-terminal state, staying there, by the office or the system. */
export const migrateRulesEvent = {
  label,
  describe: {
    'zh-Hans': '记录改按新的办理规则版本执行（迁移本身记入历史）',
    en: 'the record moves to a new version of the rules (the migration is itself a history entry)',
  },
  payload: migrateRulesPayload,
  fieldNames: payloadFieldNames.migrateRules,
  from: ['*'],
  roles: ['liaisonOffice', 'system'],
  guards: ['migratesToContextRules'],
  effect: (
    draft: { rulesVersion: string },
    event: { readonly payload?: { readonly to: string } },
  ) => {
    if (event.payload) draft.rulesVersion = event.payload.to;
  },
} as const;
