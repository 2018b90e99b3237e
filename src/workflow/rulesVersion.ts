/**
 * How a workflow reads the rules version (规则版本) its context applies, so that the engine can
 * refuse to run a record under rules other than its own.
 *
 * @remarks
 * When a workflow has it and a record carries a string `rulesVersion`, {@link safeTransition}
 * compares `of(context)` with `record.rulesVersion` and refuses any event but `migrateEvent`
 * with `RULES_VERSION_MISMATCH` when they differ. A record therefore changes rules only through
 * an explicit migration event, which its own guards and effect check and record (the suggestion
 * workflow's `migrateRules` carries `{ from, to }` and sets `rulesVersion`), so the migration is
 * itself an entry in the history and a replay knows which rules each stretch ran under.
 *
 * @typeParam TContext - The workflow's context type.
 * @example
 * ```ts
 * import type { RulesVersionSpec } from 'renda';
 *
 * const spec: RulesVersionSpec<{ rules: string }> = {
 *   of: (context) => context.rules,
 *   migrateEvent: 'migrateRules',
 * };
 * ```
 * @category Workflow engine
 */
export interface RulesVersionSpec<TContext = unknown> {
  /** The rules version the context applies, e.g. `id@version` of its policy. */
  readonly of: (context: TContext) => string;
  /** The event that moves a record to the context's rules; runs whatever the record's version. */
  readonly migrateEvent?: string;
}
